import type { PollShift, ShiftCell } from './pollShift.ts';
import type { Audience } from '../roles.ts';
import type { SessionState } from '../sessionState.ts';
import type { Tally } from './ballotBox.ts';
import type { BreakdownCell, BreakdownDimension } from './pollBreakdown.ts';
import type { PollSummary } from './pollResults.ts';
import { resultsPublic, takesText, type Poll } from './pollTypes.ts';

/**
 * Polls as each audience sees them. The public never sees a draft (PRIV-2), and a tally's
 * distribution is left out where the results are not public (PRIV-1). No view names a voter.
 */

export interface PollView {
  readonly id: string;
  readonly question: string;
  readonly kind: Poll['kind'];
  readonly options: Poll['options'];
  readonly status: Poll['status'];
  readonly resultsVisibility: Poll['resultsVisibility'];
  readonly revealed: boolean;
  /** Whether participants and the projector see the distribution now. */
  readonly resultsPublic: boolean;
  readonly openedAt: number | null;
  readonly closedAt: number | null;
  /** The agenda item the poll was prepared for, if any. */
  readonly agendaItem: number | null;
  /** Multiple choice: most options per ballot (POLL-20). */
  readonly maxChoices: number | null;
  /** Rating: the scale and its labelled ends (POLL-22). */
  readonly scale: Poll['scale'];
  /** Word cloud: words per ballot (POLL-24). */
  readonly maxWords: number | null;
  /** Quiz: seconds to answer (POLL-26). The correct options travel in the tally, once public. */
  readonly timerSeconds: number | null;
  /** The breakdown a moderator shows the public beside the results (POLL-60); null: none. */
  readonly shownBreakdown: BreakdownDimension | null;
}

export interface TallyView {
  readonly pollId: string;
  /** Participants who voted. Always shown: it says how many took part, not how they voted. */
  readonly total: number;
  /**
   * Votes per option id, or null where this audience may not see the distribution. Empty for
   * word clouds and open text: their entries travel, bounded, in `summary` (POLL-24).
   */
  readonly counts: Readonly<Record<string, number>> | null;
  /** What the kind adds to the counts (mean, ranks, top entries, class result); null where hidden or none. */
  readonly summary?: PollSummary | null;
  /** Staff only: the counts by channel, stakeholder group and region, small cells merged (POLL-28). */
  readonly breakdowns?: Readonly<Record<BreakdownDimension, readonly BreakdownCell[]>> | null;
  /**
   * To the public, while the results are public: the one breakdown a moderator chose to show
   * (POLL-60), small cells merged as for staff.
   */
  readonly shownBreakdown?: ShownBreakdown | null;
  /**
   * A paired poll's shift from its earlier poll, overall and by channel (POLL-34, POLL-35): to
   * staff always, to the public once both polls' results are public.
   */
  readonly shift?: PollShiftView | null;
}

/** The results by one dimension, as the public sees them (POLL-60). */
export interface ShownBreakdown {
  readonly dimension: BreakdownDimension;
  readonly cells: readonly BreakdownCell[];
}

/** The shift of a poll from the earlier poll it is paired with (POLL-35). */
export interface PollShiftView extends PollShift {
  readonly beforeId: string;
  readonly beforeQuestion: string;
  /**
   * Staff only (the cockpit, the poll's CSV): the shift by declared stakeholder group and by
   * region, merged like the channels (POLL-35); a dimension with no group apart is empty.
   */
  readonly byDeclared?: DeclaredShift;
}

/** The shift by each declared dimension (POLL-35): the groups side by side, small ones merged. */
export interface DeclaredShift {
  readonly stakeholderGroup: readonly ShiftCell[];
  readonly regionalGroup: readonly ShiftCell[];
}

/** Whether `audience` sees the poll at all. */
export function seesPoll(audience: Audience, poll: Poll): boolean {
  return poll.status !== 'draft' || audience === 'staff';
}

/** A poll as `audience` sees it, or null if it may not see it at all. */
export function pollView(audience: Audience, poll: Poll): PollView | null {
  if (!seesPoll(audience, poll)) return null;
  return {
    id: poll.id,
    question: poll.question,
    kind: poll.kind,
    options: poll.options,
    status: poll.status,
    resultsVisibility: poll.resultsVisibility,
    revealed: poll.revealed,
    resultsPublic: resultsPublic(poll),
    openedAt: poll.openedAt,
    closedAt: poll.closedAt,
    agendaItem: poll.agendaItem,
    maxChoices: poll.maxChoices,
    scale: poll.scale,
    maxWords: poll.maxWords,
    timerSeconds: poll.timerSeconds,
    shownBreakdown: poll.shownBreakdown,
  };
}

export function pollViews(audience: Audience, state: SessionState): PollView[] {
  return state.pollOrder.flatMap((id) => {
    const poll = state.polls[id];
    const view = poll ? pollView(audience, poll) : null;
    return view ? [view] : [];
  });
}

/** Whether `audience` sees the distribution of `poll`'s votes. */
export function seesDistribution(audience: Audience, poll: Poll): boolean {
  return audience === 'staff' || resultsPublic(poll);
}

/**
 * A tally as `audience` sees it, or null if it may not see the poll at all. `summarise` gives
 * the kind's summary for staff (true) or the public (false); it is asked only when the
 * audience may see the distribution, so a hidden result is never even computed for it.
 */
export function tallyView(audience: Audience, poll: Poll, tally: Tally, summarise?: (staff: boolean) => PollSummary | null): TallyView | null {
  if (!seesPoll(audience, poll)) return null;
  if (!seesDistribution(audience, poll)) return { pollId: poll.id, total: tally.total, counts: null, summary: null };
  const counts = takesText(poll.kind) ? {} : tally.counts;
  return { pollId: poll.id, total: tally.total, counts, summary: summarise ? summarise(audience === 'staff') : null };
}
