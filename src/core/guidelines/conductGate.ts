import { refuse, type Decision } from '../errors.ts';
import type { SessionPlan } from '../plan.ts';
import { COMMANDS, type CommandType } from '../protocol/commands.ts';

/**
 * Commands that are contributions of a participant's own (a vote, a raised hand, a question,
 * an upvote), as their capabilities declare them (`conductGated`). Where the session has a
 * code of conduct, they are refused with `conduct_required` until the participant accepted
 * it (GUIDE-3). Channel and declared groups are not gated: they stay open so the guidelines
 * can be chosen.
 */
export const CONDUCT_GATED_COMMANDS: ReadonlySet<CommandType> = new Set((Object.keys(COMMANDS) as CommandType[]).filter((type) => COMMANDS[type].conductGated === true));

/** Whether the session asks participants to accept a code of conduct. */
export function conductRequired(plan: SessionPlan): boolean {
  return plan.codeOfConduct.trim() !== '';
}

/** The refusal of a gated command by a participant who has not accepted yet, or null when it may go on. */
export function conductGate<E>(plan: SessionPlan, command: CommandType, accepted: boolean): Decision<E> | null {
  if (accepted || !CONDUCT_GATED_COMMANDS.has(command) || !conductRequired(plan)) return null;
  return refuse('conduct.required');
}
