import { accept, refuse, type Decision } from '../errors.ts';
import type { CommandOf } from '../protocol/commands.ts';
import type { DomainEvent } from '../session.ts';

/** `guidelines.set` (host, GUIDE-4) and `participant.acceptConduct` (GUIDE-3). */
export function decideGuidelines(
  command: CommandOf<'guidelines.set'> | CommandOf<'participant.acceptConduct'>,
  ctx: { readonly participantId: string | null; readonly now: number },
): Decision<DomainEvent> {
  if (command.type === 'guidelines.set') {
    return accept({ type: 'guidelines.set', at: ctx.now, guidelines: command.guidelines, codeOfConduct: command.codeOfConduct });
  }
  if (ctx.participantId === null) return refuse('forbidden', 'only participants accept the code of conduct');
  // Accepting again is harmless: the stored time is the latest, the gate opens either way.
  return accept({ type: 'participant.conductAccepted', at: ctx.now, participantId: ctx.participantId });
}
