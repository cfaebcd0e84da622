import { useState } from 'preact/hooks';
import type { QuestionView } from '../../core/qa/qaViews.ts';
import { t } from '../i18n/index.ts';

/** The text of a question as the moderator last read it, and whether it changed since (QA-14). */
export interface SeenText {
  /** The version the moderator read: what approve, reject, merge and edit send. */
  readonly version: number;
  readonly text: string;
  /** The question's text changed after it was shown. */
  readonly changed: boolean;
  /** The moderator has read the new text: actions name it from now on. */
  readonly acknowledge: () => void;
}

/**
 * Remembers the text a question had when it was first shown. It moves on only when the
 * moderator says they have read the new one, never by itself: an edit arriving a moment
 * before a click must not be approved under the old one's name.
 */
export function useSeenText(question: QuestionView): SeenText {
  const [seen, setSeen] = useState({ version: question.version, text: question.text });
  return {
    version: seen.version,
    text: seen.text,
    changed: question.version !== seen.version,
    acknowledge: () => setSeen({ version: question.version, text: question.text }),
  };
}

/** "Changed while you were reading": the text read before, beside the new one above it, until acknowledged. */
export function QaChangedNotice({ seen }: { seen: SeenText }) {
  if (!seen.changed) return null;
  return (
    <div class="qa-changed" role="status" data-testid="qa-changed">
      <p class="qa-changed-title">{t('qa.mod.changedTitle')}</p>
      <p class="field-hint">{t('qa.mod.changedHint')}</p>
      <p class="qa-changed-before" data-testid="qa-changed-before">
        {t('qa.mod.changedBefore', { text: seen.text })}
      </p>
      <button type="button" class="button button-secondary button-small" data-testid="qa-changed-read" onClick={seen.acknowledge}>
        {t('qa.mod.changedRead')}
      </button>
    </div>
  );
}
