import type { SessionView } from '../../core/views.ts';
import { agendaQuestion, agendaTitle, planTextLang } from '../i18n/planText.ts';
import { t } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

/**
 * What the session is discussing now, on the phone: the running agenda item and its policy
 * question, so that people online follow the same item as the room. Nothing before the run
 * starts or after it ends. A text the host did not write in the phone's language carries the
 * session's language as its `lang`, so a screen reader reads it in that language.
 */
export function AgendaNow({ session }: { session: SessionView }) {
  const index = session.run.status === 'running' ? session.run.current : null;
  const item = index === null ? undefined : session.agenda[index];
  if (index === null || !item) return null;
  return (
    <section class="card agenda-now" aria-labelledby="agenda-now-title" data-testid="participant-agenda-now">
      <p class="agenda-now-eyebrow">
        {t('run.itemOf', { n: index + 1, total: session.agenda.length })} · {t(`run.kind.${item.kind}`)}
      </p>
      <h2 id="agenda-now-title" class="agenda-now-title" data-testid="participant-agenda-title" {...USER_TEXT} lang={planTextLang(item.translations, 'title', session.language)}>
        {agendaTitle(item)}
      </h2>
      {item.policyQuestion && (
        <p class="agenda-now-question" {...USER_TEXT} lang={planTextLang(item.translations, 'policyQuestion', session.language)}>
          {agendaQuestion(item)}
        </p>
      )}
    </section>
  );
}
