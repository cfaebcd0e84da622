import type { ClientState } from '../../core/clientState.ts';
import { t } from '../i18n/index.ts';

/**
 * The text of the question being answered, for the speaker view (SPEAK-1). MERGE SLOT: Q&A
 * (issue 5) lands from another branch; the lead returns its pinned question's text from the
 * client state here. Until then nothing is pinned.
 */
export function pinnedQuestionOf(_state: ClientState): string | null {
  return null;
}

/** The question being answered, on the speaker view (SPEAK-1). */
export function PinnedQuestion({ text }: { text: string | null }) {
  return (
    <section class="speaker-card speaker-pinned" aria-labelledby="speaker-pinned-title" data-testid="speaker-pinned">
      <h2 id="speaker-pinned-title" class="speaker-card-title">
        {t('speaker.pinned')}
      </h2>
      {text ? <p class="speaker-pinned-text">{text}</p> : <p class="muted">{t('speaker.noPinned')}</p>}
    </section>
  );
}
