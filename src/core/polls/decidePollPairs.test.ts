import { describe, expect, it } from 'vitest';
import { createSession, decide } from '../decide.ts';
import type { Actor } from '../decideContext.ts';
import type { Decision } from '../errors.ts';
import type { DomainEvent } from '../events.ts';
import { isSessionEvent } from '../events.ts';
import { sessionPlanSchema, type SessionPlanInput } from '../plan.ts';
import { commandSchema, type CommandInput } from '../protocol/commands.ts';
import { evolve, replay } from '../session.ts';
import { STAFF_ROLES } from '../roles.ts';
import { pollCommands } from './pollCommands.ts';
import type { SessionState } from '../sessionState.ts';

const NOW = 1_700_000_000_000;
const MODERATOR: Actor = { role: 'moderator', participantId: null };

/** A session with these prepared polls (p1, p2, …), driven through decide and evolve. */
function session(polls: SessionPlanInput['polls']) {
  let n = 0;
  const newId = () => `p${String(++n)}`;
  let state: SessionState = replay(createSession(sessionPlanSchema.parse({ title: 'T', polls }), { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId }));
  let now = NOW;
  return {
    get state() {
      return state;
    },
    tick(ms: number) {
      now += ms;
    },
    run(input: CommandInput, actor: Actor = MODERATOR): Decision<DomainEvent> {
      const decision = decide(state, commandSchema.parse(input), { actor, now, newId });
      if (decision.ok) for (const e of decision.events) if (isSessionEvent(e)) state = evolve(state, e);
      return decision;
    },
  };
}

function reason(decision: Decision<unknown>): string {
  return decision.ok ? 'ok' : decision.error.reason;
}

describe('poll pairs in decide (POLL-34)', () => {
  const yesNo = { question: 'Do you know the SDGs?', options: ['Yes', 'No'] };

  it('POLL-34: a later poll with the same question pairs with an earlier one; unpairing and deleting the earlier poll end the pair', () => {
    const s = session([yesNo, yesNo, { ...yesNo, kind: 'multiple' as const }, { question: 'Other', options: ['Yes', 'Maybe'] }, { question: 'Words', kind: 'wordcloud' as const }, { question: 'Words', kind: 'wordcloud' as const }]);
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p1', beforeId: 'p2' }))).toBe('poll.pairOrder');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p2', beforeId: 'p2' }))).toBe('poll.pairSelf');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p3', beforeId: 'p1' }))).toBe('poll.pairKind');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p4', beforeId: 'p1' }))).toBe('poll.pairOptions');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p6', beforeId: 'p5' }))).toBe('poll.pairKind');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p2', beforeId: 'nope' }))).toBe('poll.notFound');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p2', beforeId: null }))).toBe('poll.notPaired');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p2', beforeId: 'p1' }))).toBe('ok');
    expect(s.state.polls['p2']?.pairedWith).toBe('p1');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p2', beforeId: 'p1' }))).toBe('poll.alreadyPaired');
    expect(reason(s.run({ type: 'poll.pair', pollId: 'p2', beforeId: null }))).toBe('ok');
    expect(s.state.polls['p2']?.pairedWith).toBeNull();
    s.run({ type: 'poll.pair', pollId: 'p2', beforeId: 'p1' });
    expect(reason(s.run({ type: 'poll.delete', pollId: 'p1' }))).toBe('ok');
    expect(s.state.polls['p2']?.pairedWith).toBeNull();
  });

  it('POLL-34: only staff may pair polls', () => {
    expect(pollCommands['poll.pair'].roles).toEqual(STAFF_ROLES);
  });
});
