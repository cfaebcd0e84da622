import type { EntryResult, EntryStatus } from '../../core/polls/pollResults.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { formatNumber, t, type MessageKey } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

const STATUS: Record<EntryStatus, MessageKey> = {
  shown: 'pollMod.status.shown',
  held: 'pollMod.status.held',
  pending: 'pollMod.status.pending',
  hidden: 'pollMod.status.hidden',
};

/**
 * The words or answers of a word cloud or open-text poll for the moderator (POLL-24,
 * POLL-25): each with its count and status, and a button to hide it, or to show it when the
 * filters held it, pre-moderation waits for it, or it was hidden.
 */
export function EntryModeration({ pollId, entries, run }: { pollId: string; entries: readonly EntryResult[]; run: (command: CommandInput) => Promise<boolean> }) {
  if (entries.length === 0) return null;
  return (
    <section class="entry-moderation" aria-labelledby={`entries-${pollId}`}>
      <h4 id={`entries-${pollId}`} class="entry-heading">
        {t('pollMod.entries')}
      </h4>
      <ul class="entry-list" data-testid="poll-entries">
        {entries.map(({ status = 'shown', ...entry }) => (
          <li key={entry.key} class="entry-row" data-status={status} data-testid="poll-entry-row">
            <span class="entry-text" {...USER_TEXT}>{entry.text}</span>
            <span class="entry-count">{formatNumber(entry.count)}</span>
            <span class="entry-status">{t(STATUS[status])}</span>
            {status === 'shown' ? (
              <button type="button" class="button button-quiet" data-testid="poll-entry-hide" onClick={() => void run({ type: 'poll.judge', pollId, key: entry.key, verdict: 'hidden' })}>
                {t('pollMod.hide', { text: entry.text })}
              </button>
            ) : (
              <button type="button" class="button button-secondary" data-testid="poll-entry-approve" onClick={() => void run({ type: 'poll.judge', pollId, key: entry.key, verdict: 'approved' })}>
                {t('pollMod.approve', { text: entry.text })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
