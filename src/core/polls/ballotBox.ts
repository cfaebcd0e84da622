/**
 * The ballots of a session's polls, one per (poll, participant), and the tallies derived
 * from them. A ballot is an idempotent upsert: the same ballot twice changes nothing, a new
 * one replaces the old (POLL-1, POLL-2). Tallies are kept up to date by the difference
 * between the old and the new ballot, and always equal a recount (`recount`), which the
 * property tests check. A mutable structure on purpose: a poll storm of thousands of votes
 * a second must not copy a map per vote. It does no I/O.
 */

export interface Tally {
  /** Participants with a ballot in this poll. */
  readonly total: number;
  /** Ballots naming each option; options without votes are absent or 0. */
  readonly counts: Readonly<Record<string, number>>;
}

interface PollBallots {
  readonly ballots: Map<string, readonly string[]>;
  readonly counts: Map<string, number>;
  /** Per option, the sum of its 1-based places on the ballots (ranking polls, POLL-23). */
  readonly places: Map<string, number>;
  /** When each ballot was cast (quiz points, POLL-26). */
  readonly castAt: Map<string, number>;
  /** The box's change count at this poll's last change: what a cache of its results is keyed by. */
  version: number;
}

/** How a ballot is compared and when it was cast. */
export interface CastOptions {
  /** Ranking ballots: the order is the vote, so a new order is a new ballot. */
  readonly ordered?: boolean;
  readonly at?: number;
}

function sameBallot(a: readonly string[], b: readonly string[], ordered: boolean): boolean {
  if (a.length !== b.length) return false;
  if (ordered) return a.every((id, i) => b[i] === id);
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((id) => set.has(id));
}

const EMPTY: ReadonlyMap<string, number> = new Map();

export class BallotBox {
  readonly #polls = new Map<string, PollBallots>();
  /** Changes to any poll so far: versions never repeat, even for a poll dropped and cast in again. */
  #changes = 0;

  #poll(pollId: string): PollBallots {
    let poll = this.#polls.get(pollId);
    if (!poll) {
      poll = { ballots: new Map(), counts: new Map(), places: new Map(), castAt: new Map(), version: ++this.#changes };
      this.#polls.set(pollId, poll);
    }
    return poll;
  }

  /** Records a participant's ballot; returns whether anything changed. */
  cast(pollId: string, participantId: string, optionIds: readonly string[], options: CastOptions = {}): boolean {
    const poll = this.#poll(pollId);
    const previous = poll.ballots.get(participantId);
    // The same ballot again keeps its first time: a retry never costs quiz points.
    if (previous && sameBallot(previous, optionIds, options.ordered === true)) return false;
    (previous ?? []).forEach((id, i) => {
      poll.counts.set(id, (poll.counts.get(id) ?? 0) - 1);
      poll.places.set(id, (poll.places.get(id) ?? 0) - (i + 1));
    });
    optionIds.forEach((id, i) => {
      poll.counts.set(id, (poll.counts.get(id) ?? 0) + 1);
      poll.places.set(id, (poll.places.get(id) ?? 0) + (i + 1));
    });
    poll.ballots.set(participantId, [...optionIds]);
    poll.castAt.set(participantId, options.at ?? 0);
    poll.version = ++this.#changes;
    return true;
  }

  /**
   * Changes with every ballot that changes the poll's counts, and never comes back to an earlier
   * value: results derived from the ballots may be kept while it stays the same. 0: no ballot yet.
   */
  version(pollId: string): number {
    return this.#polls.get(pollId)?.version ?? 0;
  }

  /** Participants with a ballot in the poll. */
  total(pollId: string): number {
    return this.#polls.get(pollId)?.ballots.size ?? 0;
  }

  /** Ballots naming each option or entry, as kept (0 where all that named it changed their ballot). */
  counts(pollId: string): ReadonlyMap<string, number> {
    return this.#polls.get(pollId)?.counts ?? EMPTY;
  }

  /** Per option, the sum of its 1-based places over the ballots (POLL-23). */
  places(pollId: string): Readonly<Record<string, number>> {
    const poll = this.#polls.get(pollId);
    const places: Record<string, number> = {};
    for (const [id, n] of poll?.places ?? []) if (n > 0) places[id] = n;
    return places;
  }

  /** Every ballot of a poll with its time, for results that weigh each ballot (quiz points). */
  *ballotsWithTime(pollId: string): Iterable<{ readonly optionIds: readonly string[]; readonly at: number }> {
    const poll = this.#polls.get(pollId);
    if (!poll) return;
    for (const [participantId, optionIds] of poll.ballots) yield { optionIds, at: poll.castAt.get(participantId) ?? 0 };
  }

  /** Each participant's ballot in a poll, for breakdowns by their profile (POLL-28). */
  ballotEntries(pollId: string): Iterable<readonly [participantId: string, optionIds: readonly string[]]> {
    return this.#polls.get(pollId)?.ballots ?? [];
  }

  ballotOf(pollId: string, participantId: string): readonly string[] | undefined {
    return this.#polls.get(pollId)?.ballots.get(participantId);
  }

  /** A participant's ballots in every poll, for their own screen after a reconnect. */
  ballotsOf(participantId: string): Record<string, string[]> {
    const mine: Record<string, string[]> = {};
    for (const [pollId, poll] of this.#polls) {
      const ballot = poll.ballots.get(participantId);
      if (ballot) mine[pollId] = [...ballot];
    }
    return mine;
  }

  tally(pollId: string): Tally {
    const poll = this.#polls.get(pollId);
    if (!poll) return { total: 0, counts: {} };
    const counts: Record<string, number> = {};
    for (const [id, n] of poll.counts) if (n > 0) counts[id] = n;
    return { total: poll.ballots.size, counts };
  }

  /** Forgets a deleted poll's ballots. */
  drop(pollId: string): void {
    this.#polls.delete(pollId);
  }
}

/** The tally by definition: counts over each participant's ballot. Reference for tests. */
export function recount(ballots: Iterable<readonly [participantId: string, optionIds: readonly string[]]>): Tally {
  const latest = new Map<string, readonly string[]>(ballots);
  const counts: Record<string, number> = {};
  for (const optionIds of latest.values()) for (const id of optionIds) counts[id] = (counts[id] ?? 0) + 1;
  return { total: latest.size, counts };
}
