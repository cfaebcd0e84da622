import type { BallotBox } from '../../core/polls/ballotBox.ts';
import { breakdown, type BreakdownCell, type BreakdownDimension } from '../../core/polls/pollBreakdown.ts';
import { takesText } from '../../core/polls/pollTypes.ts';
import type { ParticipantProfile } from '../../core/decideContext.ts';
import { entriesFromRanking, rankEntries, summarisePoll, type EntryRanking, type PollSummary } from '../../core/polls/pollResults.ts';
import type { Poll } from '../../core/polls/pollTypes.ts';
import { resultsPublic } from '../../core/polls/pollTypes.ts';
import { pollShift } from '../../core/polls/pollShift.ts';
import { tallyView, type PollShiftView, type TallyView } from '../../core/polls/pollViews.ts';
import { screenText } from '../../core/qa/filters/index.ts';
import { qaSettingsOf } from '../../core/qa/effectiveQaSettings.ts';
import type { Audience } from '../../core/roles.ts';
import type { SessionState } from '../../core/sessionState.ts';

/** What an export or a report takes of a poll (POLL-33). */
export interface PollResults {
  readonly poll: Poll;
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly summary: PollSummary | null;
  readonly breakdowns: Readonly<Record<BreakdownDimension, readonly BreakdownCell[]>> | null;
  /** The shift from the earlier poll of its pair, overall and by channel (POLL-35); null when unpaired. */
  readonly shift?: PollShiftView | null;
}

/** Words or answers on the wire per poll and audience, at most (POLL-24: a bounded frame). */
export const TOP_ENTRIES = 60;
/** Staff see more, to judge what the filters held. */
export const TOP_ENTRIES_STAFF = 200;
/** Distinct texts whose screening is remembered; beyond it the cache starts afresh. */
const SCREEN_CACHE = 20_000;

/**
 * The tallies of a room's polls as each audience sees them, with each kind's summary
 * (POLL-22..POLL-27). Screens each distinct word or answer once with the Q&A's filters.
 */
export class PollTallies {
  readonly #screened = new Map<string, boolean>();
  /** Per word-cloud or open-text poll, its ranking and what it was built from. */
  readonly #rankings = new Map<string, { readonly version: number; readonly verdicts: Poll['verdicts']; readonly plan: SessionState['plan']; readonly ranking: EntryRanking }>();

  constructor(
    private readonly ballots: BallotBox,
    /** A participant's channel and declared groups, for breakdowns (POLL-28). */
    private readonly profileOf: (participantId: string) => ParticipantProfile,
  ) {}

  /** Both audiences' views of a poll, as a broadcast sends them: a paired poll's shift is computed once. */
  views(state: SessionState, poll: Poll): { readonly staff: TallyView | null; readonly public: TallyView | null } {
    const shift = this.shift(state, poll, 'staff');
    return { staff: this.view('staff', state, poll, shift), public: this.view('public', state, poll, this.#publicSeesShift(state, poll) ? publicShift(shift) : null) };
  }

  /** A poll's tally as `audience` sees it; `shift` when the caller has it already. */
  view(audience: Audience, state: SessionState, poll: Poll, shift: PollShiftView | null = this.shift(state, poll, audience)): TallyView | null {
    // Words and answers travel in the summary, never as counts: no record of every text is built.
    const tally = takesText(poll.kind) ? { total: this.ballots.total(poll.id), counts: {} } : this.ballots.tally(poll.id);
    const view = tallyView(audience, poll, tally, (staff) => this.summary(state, poll, staff));
    if (!view || takesText(poll.kind)) return view;
    const withShift = shift ? { ...view, shift } : view;
    if (audience === 'staff') return { ...withShift, breakdowns: this.breakdowns(poll.id) };
    // POLL-60: the one breakdown a moderator shows, only where the public sees the results at all.
    if (poll.shownBreakdown === null || withShift.counts === null) return withShift;
    return { ...withShift, shownBreakdown: { dimension: poll.shownBreakdown, cells: this.breakdown(poll.id, poll.shownBreakdown) } };
  }

  /**
   * The shift of a paired poll from its earlier poll, overall and by channel, groups under five
   * on either side merged (POLL-35); staff and exports also get it by declared stakeholder group
   * and region. The public sees it, by channel only, once both polls' results are public.
   */
  shift(state: SessionState, poll: Poll, audience: Audience | 'export'): PollShiftView | null {
    if (poll.pairedWith === null) return null;
    const before = state.polls[poll.pairedWith];
    if (!before) return null;
    if (audience === 'public' && !this.#publicSeesShift(state, poll)) return null;
    const optionIds = poll.options.map((o) => o.id);
    const shiftBy = (dimension: BreakdownDimension) => {
      const groupOf = this.#groupOf(dimension);
      return pollShift({ ballots: this.ballots.ballotEntries(before.id), groupOf }, { ballots: this.ballots.ballotEntries(poll.id), groupOf }, optionIds);
    };
    const shift = { beforeId: before.id, beforeQuestion: before.question, ...shiftBy('channel') };
    if (audience === 'public') return shift;
    return { ...shift, byDeclared: { stakeholderGroup: shiftBy('stakeholderGroup').byGroup, regionalGroup: shiftBy('regionalGroup').byGroup } };
  }

  /** Whether the public sees a paired poll's shift: once both polls' results are public (POLL-35). */
  #publicSeesShift(state: SessionState, poll: Poll): boolean {
    const before = poll.pairedWith === null ? undefined : state.polls[poll.pairedWith];
    return before !== undefined && resultsPublic(poll) && resultsPublic(before);
  }

  /**
   * A poll's results for an export or a report (POLL-33): the counts, the summary as the public
   * sees it (hidden and held entries left out; a quiz's correct options included) and the
   * breakdowns. Never a ballot or a voter.
   */
  results(state: SessionState, pollId: string): PollResults | null {
    const poll = state.polls[pollId];
    if (!poll) return null;
    const tally = this.ballots.tally(pollId);
    const summary = this.summary(state, { ...poll, status: poll.status === 'open' ? 'open' : 'closed', revealed: true }, false);
    return { poll, total: tally.total, counts: takesText(poll.kind) ? {} : tally.counts, summary, breakdowns: takesText(poll.kind) ? null : this.breakdowns(pollId), shift: this.shift(state, poll, 'export') };
  }

  /** The counts by channel, stakeholder group and region, groups under five merged (POLL-28). */
  breakdowns(pollId: string): Record<BreakdownDimension, BreakdownCell[]> {
    const ballots = [...this.ballots.ballotEntries(pollId)];
    return {
      channel: breakdown(ballots, this.#groupOf('channel')),
      stakeholderGroup: breakdown(ballots, this.#groupOf('stakeholderGroup')),
      regionalGroup: breakdown(ballots, this.#groupOf('regionalGroup')),
    };
  }

  /** The counts by one dimension, groups under five merged (POLL-28, POLL-60). */
  breakdown(pollId: string, dimension: BreakdownDimension): BreakdownCell[] {
    return breakdown(this.ballots.ballotEntries(pollId), this.#groupOf(dimension));
  }

  #groupOf(dimension: BreakdownDimension): (participantId: string) => string | null {
    if (dimension === 'channel') return (id) => this.profileOf(id).channel;
    return (id) => this.profileOf(id).declared[dimension];
  }

  summary(state: SessionState, poll: Poll, staff: boolean): PollSummary | null {
    const topEntries = staff ? TOP_ENTRIES_STAFF : TOP_ENTRIES;
    if (takesText(poll.kind)) return entriesFromRanking(this.ranking(state, poll), { staff, topEntries });
    const settings = qaSettingsOf(state.plan);
    const box = this.ballots;
    const tally = box.tally(poll.id);
    return summarisePoll(
      poll,
      { total: tally.total, counts: tally.counts, places: box.places(poll.id), ballots: () => box.ballotsWithTime(poll.id) },
      {
        staff,
        flagged: () => false,
        preModeration: settings.preModeration,
        topEntries,
        showCorrect: staff || poll.status === 'closed' || (poll.revealed && resultsPublic(poll)),
      },
    );
  }

  /**
   * A word-cloud or open-text poll's entries ranked, with their status (POLL-24, POLL-25): built
   * again only when its ballots, its verdicts or the plan (filters, pre-moderation) changed, so
   * that both audiences, every broadcast and every welcome in between share one.
   */
  ranking(state: SessionState, poll: Poll): EntryRanking {
    const version = this.ballots.version(poll.id);
    const kept = this.#rankings.get(poll.id);
    if (kept && kept.version === version && kept.verdicts === poll.verdicts && kept.plan === state.plan) return kept.ranking;
    const settings = qaSettingsOf(state.plan);
    const ranking = rankEntries(poll, this.ballots.counts(poll.id), {
      flagged: settings.filters ? (text) => this.#flagged(text, settings.phoneRegions, settings.allowedDomains) : () => false,
      preModeration: settings.preModeration,
    });
    this.#rankings.set(poll.id, { version, verdicts: poll.verdicts, plan: state.plan, ranking });
    return ranking;
  }

  /** Forgets what was kept of a deleted poll. */
  drop(pollId: string): void {
    this.#rankings.delete(pollId);
  }

  #flagged(text: string, phoneRegions: readonly string[] | null, allowedDomains: readonly string[]): boolean {
    let flagged = this.#screened.get(text);
    if (flagged === undefined) {
      flagged = screenText(text, { ...(phoneRegions ? { phoneRegions } : {}), allowedDomains }).flags.length > 0;
      if (this.#screened.size >= SCREEN_CACHE) this.#screened.clear();
      this.#screened.set(text, flagged);
    }
    return flagged;
  }
}

/**
 * The shift as the public gets it (POLL-35): overall and by channel. Not by declared group: the
 * room already sees one breakdown a moderator chose (POLL-60), and every further dimension of
 * marginals shown side by side is one more way to intersect them down to a few people.
 */
function publicShift(shift: PollShiftView | null): PollShiftView | null {
  if (!shift) return null;
  const { byDeclared: _staffOnly, ...rest } = shift;
  return rest;
}
