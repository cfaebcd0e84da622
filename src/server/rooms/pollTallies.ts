import type { BallotBox } from '../../core/polls/ballotBox.ts';
import { summarisePoll, type PollSummary } from '../../core/polls/pollResults.ts';
import type { Poll } from '../../core/polls/pollTypes.ts';
import { resultsPublic } from '../../core/polls/pollTypes.ts';
import { tallyView, type TallyView } from '../../core/polls/pollViews.ts';
import { screenText } from '../../core/qa/filters/index.ts';
import { qaSettingsOf } from '../../core/qa/effectiveQaSettings.ts';
import type { Audience } from '../../core/roles.ts';
import type { SessionState } from '../../core/sessionState.ts';

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

  constructor(private readonly ballots: BallotBox) {}

  view(audience: Audience, state: SessionState, poll: Poll): TallyView | null {
    return tallyView(audience, poll, this.ballots.tally(poll.id), (staff) => this.summary(state, poll, staff));
  }

  summary(state: SessionState, poll: Poll, staff: boolean): PollSummary | null {
    const settings = qaSettingsOf(state.plan);
    const box = this.ballots;
    const tally = box.tally(poll.id);
    return summarisePoll(
      poll,
      { total: tally.total, counts: tally.counts, places: box.places(poll.id), ballots: () => box.ballotsWithTime(poll.id) },
      {
        staff,
        flagged: settings.filters ? (text) => this.#flagged(text, settings.phoneRegions, settings.allowedDomains) : () => false,
        preModeration: settings.preModeration,
        topEntries: staff ? TOP_ENTRIES_STAFF : TOP_ENTRIES,
        showCorrect: staff || poll.status === 'closed' || (poll.revealed && resultsPublic(poll)),
      },
    );
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
