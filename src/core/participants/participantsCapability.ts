import { capability } from '../capability.ts';
import { decideParticipants } from './decideParticipants.ts';
import { participantCommands } from './participantCommands.ts';

/** What participants say about themselves (channel, groups): contributions only, no control events. */
export const participantsCapability = capability({
  name: 'participants',
  commands: participantCommands,
  decide: (state, command, ctx) => decideParticipants(command, ctx, state.plan.youthMode),
  events: [],
  evolve: (state) => state,
});
