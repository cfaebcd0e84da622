import type { ClientState } from '../../core/clientState.ts';
import { nowAnswering } from '../../core/qa/qaClientState.ts';
import { t } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

/** The text of the question being answered (pinned by a moderator, QA-6), for the speaker view (SPEAK-1). */
export function pinnedQuestionOf(state: ClientState): string | null {
  return nowAnswering(state.qa)?.text ?? null;
}

/** The question being answered, on the speaker view (SPEAK-1). */
export function PinnedQuestion({ text }: { text: string | null }) {
  return (
    <section class="speaker-card speaker-pinned" aria-labelledby="speaker-pinned-title" data-testid="speaker-pinned">
      <h2 id="speaker-pinned-title" class="speaker-card-title">
        {t('speaker.pinned')}
      </h2>
      {text ? <p class="speaker-pinned-text" {...USER_TEXT}>{text}</p> : <p class="muted">{t('speaker.noPinned')}</p>}
    </section>
  );
}
