import { createSession, decide } from '../../src/core/decide.ts';
import type { Actor } from '../../src/core/decideContext.ts';
import type { Decision } from '../../src/core/errors.ts';
import type { DomainEvent } from '../../src/core/events.ts';
import { isSessionEvent } from '../../src/core/events.ts';
import { sessionPlanSchema, type SessionPlanInput } from '../../src/core/plan.ts';
import { commandSchema, type CommandInput } from '../../src/core/protocol/commands.ts';
import { evolve, replay } from '../../src/core/session.ts';
import type { SessionState } from '../../src/core/sessionState.ts';

export const NOW = 1_700_000_000_000;
export const MODERATOR: Actor = { role: 'moderator', participantId: null };

/** A session with these prepared polls (p1, p2, …), driven through decide and evolve, its clock moved by `tick`. */
export function pollSession(polls: SessionPlanInput['polls']) {
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

/** A decision's refusal reason, or 'ok'. */
export function reason(decision: Decision<unknown>): string {
  return decision.ok ? 'ok' : decision.error.reason;
}
