import { decideByCapability } from './capabilities.ts';
import type { DecideContext } from './decideContext.ts';
import type { Decision } from './errors.ts';
import type { DomainEvent, SessionEvent } from './events.ts';
import type { SessionPlan } from './plan.ts';
import { preparedPollEvents } from './polls/preparedPolls.ts';
import type { Command } from './protocol/commands.ts';
import type { SessionState } from './sessionState.ts';

/** The events that create a session: its creation, then its prepared polls as drafts, paired where they repeat (POLL-36). */
export function createSession(plan: SessionPlan, ids: { sessionId: string; joinCode: string }, ctx: Pick<DecideContext, 'now' | 'newId'>): SessionEvent[] {
  return [
    { type: 'session.created', at: ctx.now, sessionId: ids.sessionId, joinCode: ids.joinCode, plan },
    ...preparedPollEvents(plan.polls, ctx),
  ];
}

/**
 * Decides what a command does to a session: the events to commit, or a typed refusal. The
 * capability that declares the command decides it (`capabilities.ts`). Authorisation by role
 * happens before (see `permissions.ts`); this checks the rules of the domain. Pure: same
 * state, command and context, same answer.
 */
export function decide(state: SessionState, command: Command, ctx: DecideContext): Decision<DomainEvent> {
  return decideByCapability(state, command, ctx);
}
