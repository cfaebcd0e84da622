import { isDeepStrictEqual } from 'node:util';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { PUBLIC_QUEUE_LENGTH } from '../../src/core/floor/floorViews.ts';
import type { StoredTruth } from './storedTruth.ts';

/** Events a participant's screen gets no message for (a question waiting for moderation). */
const UNSEEN_BY_PARTICIPANTS = new Set(['qa.asked']);

/**
 * One screen of the Redis outage run (a participant's or a moderator's `OpenFloorClient`) and
 * what it showed: the floor queue at every sequence it rendered (from welcomes and
 * `floor.updated`), and any step back of its sequence. `differences` compares what it shows
 * now with what PostgreSQL holds.
 */
export class WatchedScreen {
  /** Hand ids of the queue as shown at each sequence. */
  readonly floorAt = new Map<number, readonly string[]>();
  readonly problems: string[] = [];
  #lastSeq = 0;

  constructor(
    readonly name: string,
    readonly client: OpenFloorClient,
    readonly staff: boolean,
    /** Process index it is connected to. */
    readonly process: number,
    /** The participant's id in the store; null for staff. */
    public participantId: string | null = null,
  ) {
    client.on('welcome', (m) => {
      if (m.snapshot) this.#floor(m.seq, m.snapshot.floor.queue.map((h) => h.id));
    });
    client.on('floor.updated', (m) => this.#floor(m.seq, m.floor.queue.map((h) => h.id)));
    client.subscribe((state) => {
      if (state.seq < this.#lastSeq) this.problems.push(`${name}: sequence went back from ${this.#lastSeq} to ${state.seq}`);
      this.#lastSeq = Math.max(this.#lastSeq, state.seq);
    });
  }

  #floor(seq: number, ids: readonly string[]): void {
    const seen = this.floorAt.get(seq);
    // The same sequence rendered twice (a welcome after a reconnect) must show the same floor.
    if (seen && !isDeepStrictEqual(seen, ids)) this.problems.push(`${this.name}: two floors at sequence ${seq}`);
    this.floorAt.set(seq, ids);
  }

  /** What this screen shows that differs from the store; empty when it shows exactly the store. */
  differences(truth: StoredTruth, pollId: string, ownBallot: readonly string[] | null): string[] {
    const state = this.client.state;
    const out: string[] = [];
    // A participant is sent nothing for a question waiting for moderation (QA-3): its sequence may stay before such events.
    let shownFrom = truth.lastSeq;
    while (!this.staff && shownFrom > 0 && UNSEEN_BY_PARTICIPANTS.has(truth.types[shownFrom - 1] ?? '')) shownFrom -= 1;
    if (state.seq < shownFrom || state.seq > truth.lastSeq) out.push(`sequence ${state.seq}, stored ${truth.lastSeq} (${truth.types.slice(state.seq).join(', ')})`);
    const tally = state.tallies[pollId];
    const shown = tally?.counts ? { total: tally.total, counts: Object.fromEntries(Object.entries(tally.counts).filter(([, n]) => n > 0)) } : null;
    if (!isDeepStrictEqual(shown, { total: truth.tally.total, counts: truth.tally.counts })) out.push(`tally ${JSON.stringify(shown)}, stored ${JSON.stringify(truth.tally)}`);
    // The queue's order is derived from the session's policy (FLOOR-7), compared across screens by the caller.
    const hands = new Set(truth.hands.map((h) => h.id));
    const queue = (state.floor?.queue ?? []).map((h) => h.id);
    const expectedLength = this.staff ? hands.size : Math.min(hands.size, PUBLIC_QUEUE_LENGTH);
    if (queue.length !== expectedLength || queue.some((id) => !hands.has(id))) out.push(`floor queue of ${queue.length} hands, ${expectedLength} expected from the store`);
    const questions = new Set(state.qa.questions.map((q) => q.id));
    const expectedQuestions = this.staff ? new Set(truth.questions.keys()) : truth.published;
    if (!isDeepStrictEqual(questions, expectedQuestions)) out.push(`${questions.size} questions shown, stored ${expectedQuestions.size}`);
    if (!this.staff && ownBallot !== null && !isDeepStrictEqual(state.myVotes[pollId] ?? null, ownBallot)) out.push(`own vote ${JSON.stringify(state.myVotes[pollId])}, stored ${JSON.stringify(ownBallot)}`);
    return out;
  }
}
