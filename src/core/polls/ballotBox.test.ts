import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BallotBox, recount, type Tally } from './ballotBox.ts';
import { decide } from '../decide.ts';
import { type Actor } from '../decideContext.ts';
import { sessionPlanSchema } from '../plan.ts';
import { commandSchema } from '../protocol/commands.ts';
import { evolve, initialState } from '../session.ts';
import { type SessionState } from '../sessionState.ts';

/** Fixed seed: a failure replays the same way on every machine. */
const FC = { seed: 424242, numRuns: 200 } as const;
const NOW = 1_700_000_000_000;

type Kind = 'single' | 'multiple';
type Message = readonly [participantId: string, optionIds: readonly string[]];

function optionIdsOf(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `o${String(i + 1)}`);
}

/** A valid ballot (POLL-3) for a poll of this kind over these options. */
function validBallot(kind: Kind, ids: readonly string[]): fc.Arbitrary<string[]> {
  return kind === 'single' ? fc.constantFrom(...ids).map((id) => [id]) : fc.shuffledSubarray([...ids], { minLength: 1 });
}

/** Poll shape, then a random sequence of vote messages over it (repetitions, changes, any order). */
const pollAndMessages = fc
  .record({ kind: fc.constantFrom<Kind>('single', 'multiple'), optionCount: fc.integer({ min: 2, max: 6 }) })
  .chain(({ kind, optionCount }) => {
    const ids = optionIdsOf(optionCount);
    const message = fc.tuple(fc.integer({ min: 1, max: 8 }).map((n) => `u${String(n)}`), validBallot(kind, ids));
    return fc.record({ kind: fc.constant(kind), ids: fc.constant(ids), messages: fc.array(message, { maxLength: 60, size: 'max' }) });
  });

/** The expected tally, computed here without `recount`: per participant, keep only the last message. */
function expectedTally(messages: readonly Message[]): Tally {
  const latest: Record<string, readonly string[]> = {};
  for (const [participantId, optionIds] of messages) latest[participantId] = optionIds;
  const counts: Record<string, number> = {};
  for (const optionIds of Object.values(latest)) {
    for (const id of new Set(optionIds)) counts[id] = (counts[id] ?? 0) + 1;
  }
  return { total: Object.keys(latest).length, counts };
}

/** Counts without the zero entries, which a tally may leave out. */
function nonZero(tally: Tally): Tally {
  return { total: tally.total, counts: Object.fromEntries(Object.entries(tally.counts).filter(([, n]) => n !== 0)) };
}

describe('BallotBox', () => {
  it('POLL-1: re-sending the same vote never counts twice', () => {
    const box = new BallotBox();
    expect(box.cast('p1', 'u1', ['o1'])).toBe(true);
    expect(box.cast('p1', 'u1', ['o1'])).toBe(false);
    expect(box.cast('p1', 'u1', ['o1'])).toBe(false);
    expect(box.tally('p1')).toEqual({ total: 1, counts: { o1: 1 } });
  });

  it('POLL-1: the same multiple-choice ballot in another order is the same vote', () => {
    const box = new BallotBox();
    expect(box.cast('p1', 'u1', ['o1', 'o3'])).toBe(true);
    expect(box.cast('p1', 'u1', ['o3', 'o1'])).toBe(false);
    expect(box.tally('p1')).toEqual({ total: 1, counts: { o1: 1, o3: 1 } });
  });

  it('POLL-2: changing a vote replaces the previous one', () => {
    const box = new BallotBox();
    box.cast('p1', 'u1', ['o1']);
    box.cast('p1', 'u2', ['o1']);
    expect(box.cast('p1', 'u1', ['o2'])).toBe(true);
    expect(box.ballotOf('p1', 'u1')).toEqual(['o2']);
    expect(nonZero(box.tally('p1'))).toEqual({ total: 2, counts: { o1: 1, o2: 1 } });
    box.cast('p1', 'u2', ['o2', 'o3']);
    expect(nonZero(box.tally('p1'))).toEqual({ total: 2, counts: { o2: 2, o3: 1 } });
  });

  it('POLL-5: a poll\'s version changes with each ballot that changes it, never with a repeat, and never comes back after a drop', () => {
    const box = new BallotBox();
    expect(box.version('p1')).toBe(0);
    box.cast('p1', 'u1', ['o1']);
    const first = box.version('p1');
    box.cast('p1', 'u1', ['o1']);
    expect(box.version('p1')).toBe(first);
    box.cast('p2', 'u1', ['o1']);
    expect(box.version('p1')).toBe(first);
    box.cast('p1', 'u1', ['o2']);
    const second = box.version('p1');
    expect(second).toBeGreaterThan(first);
    box.drop('p1');
    box.cast('p1', 'u1', ['o2']);
    expect([first, second]).not.toContain(box.version('p1'));
    expect(box.total('p1')).toBe(1);
    expect([...box.counts('p1')]).toEqual([['o2', 1]]);
  });

  it('POLL-5: a poll without ballots has an empty tally', () => {
    expect(new BallotBox().tally('nope')).toEqual({ total: 0, counts: {} });
  });

  it('POLL-5: ballots in one poll do not count in another', () => {
    const box = new BallotBox();
    box.cast('p1', 'u1', ['o1']);
    box.cast('p2', 'u1', ['o2']);
    box.cast('p2', 'u2', ['o2']);
    expect(box.tally('p1')).toEqual({ total: 1, counts: { o1: 1 } });
    expect(box.tally('p2')).toEqual({ total: 2, counts: { o2: 2 } });
    expect(box.ballotsOf('u1')).toEqual({ p1: ['o1'], p2: ['o2'] });
    expect(box.ballotsOf('u3')).toEqual({});
  });

  it('POLL-5: dropping a deleted poll forgets its ballots only', () => {
    const box = new BallotBox();
    box.cast('p1', 'u1', ['o1']);
    box.cast('p2', 'u1', ['o2']);
    box.drop('p1');
    expect(box.tally('p1')).toEqual({ total: 0, counts: {} });
    expect(box.ballotOf('p1', 'u1')).toBeUndefined();
    expect(box.tally('p2')).toEqual({ total: 1, counts: { o2: 1 } });
  });

  it('POLL-5: the tally equals a recount of each participant’s latest ballot, whatever the order and repetition', () => {
    fc.assert(
      fc.property(pollAndMessages, ({ messages }) => {
        const box = new BallotBox();
        for (const [participantId, optionIds] of messages) box.cast('p1', participantId, optionIds);
        const tally = nonZero(box.tally('p1'));
        expect(tally).toEqual(nonZero(recount(messages)));
        expect(tally).toEqual(nonZero(expectedTally(messages)));
        // Every participant's stored ballot names the options of their latest message.
        for (const participantId of new Set(messages.map(([p]) => p))) {
          const latest = messages.filter(([p]) => p === participantId).at(-1)?.[1] ?? [];
          expect(new Set(box.ballotOf('p1', participantId))).toEqual(new Set(latest));
        }
      }),
      FC,
    );
  });

  it('POLL-5: vote commands decided against an open poll give the tally of the latest accepted ballots; refused ones change nothing', () => {
    const anyBallot = (ids: readonly string[]) =>
      fc.array(fc.constantFrom(...ids, 'o7', 'o12', 'x'), { minLength: 1, maxLength: 4 });
    const scenario = fc
      .record({ kind: fc.constantFrom<Kind>('single', 'multiple'), optionCount: fc.integer({ min: 2, max: 6 }) })
      .chain(({ kind, optionCount }) => {
        const ids = optionIdsOf(optionCount);
        const message = fc.tuple(
          fc.integer({ min: 1, max: 8 }).map((n) => `u${String(n)}`),
          fc.oneof({ arbitrary: validBallot(kind, ids), weight: 3 }, { arbitrary: anyBallot(ids), weight: 1 }),
        );
        return fc.record({ kind: fc.constant(kind), optionCount: fc.constant(optionCount), messages: fc.array(message, { maxLength: 60, size: 'max' }) });
      });

    fc.assert(
      fc.property(scenario, ({ kind, optionCount, messages }) => {
        const ids = optionIdsOf(optionCount);
        const state = openPoll(kind, ids);
        const box = new BallotBox();
        const accepted: Message[] = [];
        for (const [participantId, optionIds] of messages) {
          const actor: Actor = { role: 'participant', participantId };
          const command = commandSchema.parse({ type: 'poll.vote', pollId: 'p1', optionIds });
          const decision = decide(state, command, { actor, now: NOW, newId: () => 'unused' });
          // Validity computed independently of `checkBallot` (POLL-3).
          const valid =
            optionIds.every((id) => ids.includes(id)) &&
            new Set(optionIds).size === optionIds.length &&
            (kind === 'multiple' || optionIds.length === 1);
          expect(decision.ok).toBe(valid);
          if (!decision.ok) {
            expect(decision.error.code).toBe('invalid_input');
            continue;
          }
          for (const event of decision.events) {
            if (event.type !== 'vote.cast') throw new Error(`unexpected ${event.type}`);
            expect(event.participantId).toBe(participantId);
            box.cast(event.pollId, event.participantId, event.optionIds);
          }
          accepted.push([participantId, optionIds]);
        }
        expect(nonZero(box.tally('p1'))).toEqual(nonZero(expectedTally(accepted)));
      }),
      FC,
    );
  });

  it('POLL-1/POLL-2: shuffling and duplicating messages that end in the same final ballots gives the same tally', () => {
    const scenario = fc
      .record({ kind: fc.constantFrom<Kind>('single', 'multiple'), optionCount: fc.integer({ min: 2, max: 6 }) })
      .chain(({ kind, optionCount }) => {
        const ids = optionIdsOf(optionCount);
        // Per participant: earlier ballots they later changed, then their final ballot sent 1–3 times.
        const history = fc.record({
          earlier: fc.array(validBallot(kind, ids), { maxLength: 3 }),
          final: validBallot(kind, ids),
          repeats: fc.integer({ min: 1, max: 3 }),
        });
        return fc.record({
          histories: fc.array(history, { minLength: 1, maxLength: 8, size: 'max' }),
          schedule: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
          schedule2: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
        });
      });

    /** Interleaves the participants' queues, keeping each participant's own order (last writer wins). */
    function interleave(queues: Message[][], schedule: readonly number[]): Message[] {
      const pending = queues.map((q) => [...q]).filter((q) => q.length > 0);
      const out: Message[] = [];
      let step = 0;
      while (pending.length > 0) {
        const index = (schedule[step % schedule.length] ?? 0) % pending.length;
        step++;
        const queue = pending[index];
        if (!queue) break;
        const next = queue.shift();
        if (next) out.push(next);
        if (queue.length === 0) pending.splice(index, 1);
      }
      return out;
    }

    fc.assert(
      fc.property(scenario, ({ histories, schedule, schedule2 }) => {
        const queues: Message[][] = histories.map((h, i) => {
          const participantId = `u${String(i + 1)}`;
          return [
            ...h.earlier.map((b): Message => [participantId, b]),
            ...Array.from({ length: h.repeats }, (): Message => [participantId, h.final]),
          ];
        });
        const finals: Message[] = histories.map((h, i) => [`u${String(i + 1)}`, h.final]);

        const reference = new BallotBox();
        for (const [p, b] of finals) reference.cast('p1', p, b);

        for (const order of [interleave(queues, schedule), interleave(queues, schedule2), [...finals].reverse()]) {
          const box = new BallotBox();
          for (const [p, b] of order) box.cast('p1', p, b);
          expect(nonZero(box.tally('p1'))).toEqual(nonZero(reference.tally('p1')));
          expect(box.tally('p1').total).toBe(histories.length);
        }
      }),
      FC,
    );
  });
});

/** A session state with one open poll `p1` of this kind and these option ids. */
function openPoll(kind: Kind, ids: readonly string[]): SessionState {
  const plan = sessionPlanSchema.parse({ title: 'Ballots' });
  let state = initialState({ type: 'session.created', at: NOW, sessionId: 's1', joinCode: '123456', plan });
  state = evolve(state, {
    type: 'poll.created',
    at: NOW,
    poll: { id: 'p1', question: 'Q?', kind, options: ids.map((id) => ({ id, label: `label ${id}` })), resultsVisibility: 'live' },
  });
  return evolve(state, { type: 'poll.opened', at: NOW, pollId: 'p1' });
}
