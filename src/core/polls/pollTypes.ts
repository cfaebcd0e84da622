import type { PollDraft, RatingScale } from '../plan.ts';
import type { BreakdownDimension } from './pollBreakdown.ts';

/** Polls: drafts, open and closed polls of a session (POLL rules in SPEC.md). */

export type PollStatus = 'draft' | 'open' | 'closed';

export interface PollOption {
  readonly id: string;
  readonly label: string;
}

export interface Poll {
  readonly id: string;
  readonly question: string;
  readonly kind: PollDraft['kind'];
  readonly options: readonly PollOption[];
  readonly resultsVisibility: PollDraft['resultsVisibility'];
  readonly status: PollStatus;
  /** Set by the moderator: show the distribution whatever `resultsVisibility` says. */
  readonly revealed: boolean;
  readonly createdAt: number;
  readonly openedAt: number | null;
  readonly closedAt: number | null;
  /** Index of the agenda item the poll was prepared for; null if none (RUN-6). */
  readonly agendaItem: number | null;
  /** Multiple choice: the most options a ballot may name; null = all (POLL-20). */
  readonly maxChoices: number | null;
  /** Rating: the scale; its options are its points, `o1` the lowest (POLL-22). */
  readonly scale: RatingScale | null;
  /** Word cloud: words per ballot (POLL-24). */
  readonly maxWords: number | null;
  /** Quiz: the ids of the correct options (POLL-26); empty for other kinds. */
  readonly correct: readonly string[];
  /** Quiz: seconds to answer after opening (POLL-26). */
  readonly timerSeconds: number | null;
  /** The earlier poll this one is the "after" of (POLL-34); null when not paired. */
  readonly pairedWith: string | null;
  /** The breakdown the public sees beside the results, chosen by a moderator (POLL-60); null: none. */
  readonly shownBreakdown: BreakdownDimension | null;
  /** Word cloud and open text: the moderator's verdict per entry key (POLL-24, POLL-25). */
  readonly verdicts: Readonly<Record<string, EntryVerdict>>;
}

/** A moderator's verdict on a word or answer; an entry without one follows the filters. */
export type EntryVerdict = 'approved' | 'hidden';

/** The kinds whose ballots are free words or text rather than option ids. */
export function takesText(kind: Poll['kind']): kind is 'wordcloud' | 'open_text' {
  return kind === 'wordcloud' || kind === 'open_text';
}

/** The polls part of the session state. */
export interface PollsState {
  readonly polls: Readonly<Record<string, Poll>>;
  /** Poll ids in creation order. */
  readonly pollOrder: readonly string[];
  /** The poll the big screen shows: the one opened last. */
  readonly activePollId: string | null;
}

/** A session holds at most this many polls. */
export const MAX_POLLS = 200;

/** The poll with this id, or undefined; never a member of Object.prototype (ids come from clients). */
export function pollById(state: Pick<PollsState, 'polls'>, pollId: string): Poll | undefined {
  return Object.hasOwn(state.polls, pollId) ? state.polls[pollId] : undefined;
}

/** Whether the distribution of a poll's votes may be shown to participants and the projector. */
export function resultsPublic(poll: Poll): boolean {
  if (poll.revealed) return true;
  if (poll.resultsVisibility === 'live') return poll.status !== 'draft';
  if (poll.resultsVisibility === 'after_close') return poll.status === 'closed';
  return false;
}
