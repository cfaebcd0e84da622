import type { CommandInput } from '../../core/protocol/commands.ts';
import type { PollView } from '../../core/polls/pollViews.ts';
import { t } from '../i18n/index.ts';
import { CockpitDialog } from './CockpitDialog.tsx';

interface PollOpenConfirmProps {
  /** The poll the moderator asked to open while another is open; null: no question asked. */
  readonly poll: PollView | null;
  /** The poll open now. */
  readonly other: PollView | null;
  readonly run: (command: CommandInput) => Promise<boolean>;
  readonly onClose: () => void;
}

/**
 * "Another poll is open" (COCKPIT-5, POLL-8): close it and open this one, keep both open (the
 * one case the console sends `alongside`), or cancel. Focus starts on Cancel, so Enter changes
 * nothing.
 */
export function PollOpenConfirm({ poll, other, run, onClose }: PollOpenConfirmProps) {
  const choose = async (how: 'switch' | 'both') => {
    if (!poll) return;
    onClose();
    if (how === 'switch' && other) {
      if (await run({ type: 'poll.close', pollId: other.id })) await run({ type: 'poll.open', pollId: poll.id });
    } else {
      await run({ type: 'poll.open', pollId: poll.id, alongside: true });
    }
  };
  return (
    <CockpitDialog open={poll !== null} labelledBy="poll-confirm-title" testId="poll-confirm" onClose={onClose} initialFocus="[data-testid='poll-confirm-cancel']">
      <h2 id="poll-confirm-title" class="section-heading">
        {t('cockpit.pollConfirm.title')}
      </h2>
      <p class="cockpit-dialog-body">{t('cockpit.pollConfirm.body', { question: other?.question ?? '' })}</p>
      <div class="button-row">
        <button type="button" class="button button-primary" data-testid="poll-confirm-switch" onClick={() => void choose('switch')}>
          {t('cockpit.pollConfirm.switch')}
        </button>
        <button type="button" class="button button-secondary" data-testid="poll-confirm-both" onClick={() => void choose('both')}>
          {t('cockpit.pollConfirm.both')}
        </button>
        <button type="button" class="button button-quiet" data-testid="poll-confirm-cancel" onClick={onClose}>
          {t('cockpit.pollConfirm.cancel')}
        </button>
      </div>
    </CockpitDialog>
  );
}
