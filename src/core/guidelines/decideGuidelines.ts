import type { DecideContext } from '../decideContext.ts';
import { accept, refuse, type Decision } from '../errors.ts';
import type { CommandsOf } from '../protocol/commandSpec.ts';
import type { guidelinesCommands } from './guidelinesCommands.ts';
import type { ConductAccepted, GuidelinesEvent } from './guidelinesEvents.ts';

export type GuidelinesCommand = CommandsOf<typeof guidelinesCommands>;

/** `guidelines.set` (host, GUIDE-4) and `participant.acceptConduct` (GUIDE-3). */
export function decideGuidelines(command: GuidelinesCommand, ctx: Pick<DecideContext, 'actor' | 'now'>): Decision<GuidelinesEvent | ConductAccepted> {
  if (command.type === 'guidelines.set') {
    return accept({ type: 'guidelines.set', at: ctx.now, guidelines: command.guidelines, codeOfConduct: command.codeOfConduct });
  }
  const participantId = ctx.actor.participantId;
  if (participantId === null) return refuse('participant.only', { action: 'accept the code of conduct' });
  // Accepting again is harmless: the stored time is the latest, the gate opens either way.
  return accept({ type: 'participant.conductAccepted', at: ctx.now, participantId });
}
