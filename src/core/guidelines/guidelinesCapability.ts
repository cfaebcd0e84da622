import { capability } from '../capability.ts';
import { decideGuidelines } from './decideGuidelines.ts';
import { guidelinesCommands } from './guidelinesCommands.ts';
import { GUIDELINES_EVENT_TYPES, evolveGuidelines } from './guidelinesEvents.ts';

/** Guidelines per channel and the code of conduct (GUIDE rules). */
export const guidelinesCapability = capability({
  name: 'guidelines',
  commands: guidelinesCommands,
  decide: (_state, command, ctx) => decideGuidelines(command, ctx),
  events: GUIDELINES_EVENT_TYPES,
  evolve: evolveGuidelines,
});
