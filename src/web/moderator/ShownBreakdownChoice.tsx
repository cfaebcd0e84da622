import type { BreakdownDimension } from '../../core/polls/pollBreakdown.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { PollView } from '../../core/polls/pollViews.ts';
import { PAIRABLE_KINDS } from '../../core/polls/pollShift.ts';
import { t, type MessageKey } from '../i18n/index.ts';

/** What the public may see beside the overall; `none` stands for null on the wire. */
const CHOICES: Record<BreakdownDimension | 'none', MessageKey> = {
  none: 'shownBreakdown.none',
  channel: 'shownBreakdown.channel',
  stakeholderGroup: 'shownBreakdown.stakeholderGroup',
  regionalGroup: 'shownBreakdown.regionalGroup',
};

/**
 * The moderator's choice of what the projector and the phones show beside a poll's overall
 * results (POLL-60): nothing, or the results side by side by room, stakeholder group or region.
 */
export function ShownBreakdownChoice({ poll, run }: { poll: PollView; run: (command: CommandInput) => Promise<boolean> }) {
  // The kinds with shares per option: those `poll.showBreakdown` takes (POLL-60).
  if (!PAIRABLE_KINDS.includes(poll.kind)) return null;
  const id = `shown-breakdown-choice-${poll.id}`;
  const hintId = `${id}-hint`;
  return (
    <p class="poll-pair">
      <label class="field-label" for={id}>
        {t('shownBreakdown.label')}
      </label>{' '}
      <select
        id={id}
        class="select-input"
        data-testid="poll-shown-breakdown"
        aria-describedby={hintId}
        value={poll.shownBreakdown ?? 'none'}
        onChange={(event) => {
          const value = event.currentTarget.value as BreakdownDimension | 'none';
          void run({ type: 'poll.showBreakdown', pollId: poll.id, dimension: value === 'none' ? null : value });
        }}
      >
        {(Object.keys(CHOICES) as (keyof typeof CHOICES)[]).map((value) => (
          <option key={value} value={value}>
            {t(CHOICES[value])}
          </option>
        ))}
      </select>
      <span id={hintId} class="field-hint">
        {t('shownBreakdown.hint')}
      </span>
    </p>
  );
}
