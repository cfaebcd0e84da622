import { itemActualMs } from '../../core/agenda/runViews.ts';
import { agendaQuestion, agendaTitle } from '../i18n/planText.ts';
import type { SessionView } from '../../core/views.ts';
import { formatDuration } from '../floor/floorTime.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { t } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

/** The running agenda item with its planned and actual time (REPORT-7), on the server's clock. */
export function DeskNow({ session, clock }: { session: SessionView; clock: ServerClock }) {
  const { run, agenda } = session;
  const index = run.current;
  const item = index === null ? undefined : agenda[index];
  return (
    <section class="speaker-card desk-now" aria-labelledby="desk-now" data-testid="desk-now">
      <h2 id="desk-now" class="speaker-card-title">
        {t('desk.now')}
        {item && index !== null && <span class="muted"> · {t('desk.item', { n: index + 1, total: agenda.length })}</span>}
      </h2>
      {run.status === 'planned' && <p class="muted">{t('desk.notStarted')}</p>}
      {run.status === 'ended' && <p class="muted">{t('desk.ended')}</p>}
      {run.status === 'running' && item && index !== null && (
        <>
          <p class="speaker-current" data-testid="desk-now-title" {...USER_TEXT}>
            {agendaTitle(item)}
          </p>
          {item.policyQuestion && <p class="muted" {...USER_TEXT}>{agendaQuestion(item)}</p>}
          <p dir="ltr">
            {t('desk.planned', { minutes: item.plannedMinutes })} · <strong data-testid="desk-now-actual">{t('desk.actual', { time: formatDuration(itemActualMs(run, index, clock.second.value)) })}</strong>
          </p>
        </>
      )}
    </section>
  );
}
