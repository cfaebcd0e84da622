import type { CommandInput } from '../../core/protocol/commands.ts';
import { nowAnswering, type QaClientState } from '../../core/qa/qaClientState.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { t, tn } from '../i18n/index.ts';
import { qaPolicyName } from '../qa/qaNames.ts';
import { USER_TEXT } from '../components/userText.ts';

interface NowAnsweringProps {
  readonly qa: QaClientState;
  /** Questions waiting for review, for the count. */
  readonly waiting: number;
  readonly run: (command: CommandInput) => Promise<boolean>;
  readonly showQuestions: () => void;
}

/**
 * The question being answered in the "now" column (COCKPIT-1): its text, room and upvotes;
 * Answered and Unpin; Next question by the Q&A policy (Q), which also puts it on the big
 * screen (PROJ-4); and how many questions wait for review, one click from the Questions pane.
 */
export function NowAnswering({ qa, waiting, run, showQuestions }: NowAnsweringProps) {
  const board = qa.board;
  const current = nowAnswering(qa);
  const open = qa.questions.some((q) => q.status === 'published' && q.id !== current?.id);
  return (
    <section class="card cockpit-card cockpit-question" data-testid="cockpit-question" aria-labelledby="cockpit-question-heading">
      <div class="cockpit-card-head">
        <h2 id="cockpit-question-heading" class="cockpit-eyebrow">
          {t('cockpit.question.title')}
        </h2>
        <button type="button" class="link-button cockpit-more" data-testid="cockpit-review-link" onClick={showQuestions}>
          {tn('cockpit.question.waiting', waiting)}
        </button>
      </div>
      {current ? (
        <>
          <p class="cockpit-question-text" data-testid="qa-now-text" title={current.text} {...USER_TEXT}>
            {current.text}
          </p>
          <div class="qa-item-meta">
            <ChannelBadge channel={current.channel} />
            <span class="qa-pill">{tn('qa.upvotes', current.upvotes)}</span>
          </div>
        </>
      ) : (
        <p class="muted">{t('cockpit.question.none')}</p>
      )}
      <div class="button-row cockpit-question-actions">
        <button type="button" class="button button-primary button-small" data-testid="qa-next" aria-keyshortcuts="Q" aria-disabled={open ? undefined : 'true'} title={board ? qaPolicyName(board.policy) : undefined} onClick={() => void run({ type: 'qa.next' })}>
          {t('qa.mod.next')}
          <kbd class="kbd-hint" aria-hidden="true">
            Q
          </kbd>
        </button>
        {current && (
          <>
            <button type="button" class="button button-secondary button-small" data-testid="qa-now-answered" onClick={() => void run({ type: 'qa.answer', questionId: current.id })}>
              {t('qa.mod.answered')}
            </button>
            <button type="button" class="button button-quiet button-small" data-testid="qa-now-unpin" onClick={() => void run({ type: 'qa.pin', questionId: null })}>
              {t('qa.mod.unpin')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
