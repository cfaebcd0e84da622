import type { DecideContext } from '../decideContext.ts';
import { accept, refuse, type Decision } from '../errors.ts';
import type { CommandsOf } from '../protocol/commandSpec.ts';
import type { participantCommands } from './participantCommands.ts';
import type { ParticipantEvent } from './participantEvents.ts';

export type ParticipantCommand = CommandsOf<typeof participantCommands>;

/**
 * Decides what a participant says about themselves; only participants may. In youth mode no
 * gender is taken (PRIV-7): the page does not ask, and a client that sends one is refused.
 */
export function decideParticipants(command: ParticipantCommand, ctx: DecideContext, youthMode: boolean): Decision<ParticipantEvent> {
  const participantId = ctx.actor.participantId;
  const at = ctx.now;
  switch (command.type) {
    case 'participant.setChannel':
      if (participantId === null) return refuse('participant.only', { action: 'have a channel' });
      return accept({ type: 'participant.channelSet', at, participantId, channel: command.channel });
    case 'participant.declare': {
      if (participantId === null) return refuse('participant.only', { action: 'declare groups' });
      const { stakeholderGroup, regionalGroup, gender } = command;
      if (youthMode && gender !== null) return refuse('participant.youthNoGender');
      return accept({ type: 'participant.declared', at, participantId, declared: { stakeholderGroup, regionalGroup, gender } });
    }
  }
}
