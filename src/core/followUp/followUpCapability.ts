import { capability } from '../capability.ts';
import { accept } from '../errors.ts';
import { followUpCommands } from './followUpCommands.ts';
import { FOLLOW_UP_EVENT_TYPES, type FollowUpEvent } from './followUpTypes.ts';
import type { SessionState } from '../sessionState.ts';

/** The follow-up event the host announces; participants sign up for it over HTTP (REPORT-13). */
export const followUpCapability = capability({
  name: 'followUp',
  commands: followUpCommands,
  decide: (_state, command, ctx) => accept({ type: 'followUp.announced', at: ctx.now, followUp: command.followUp }),
  events: FOLLOW_UP_EVENT_TYPES,
  evolve: (state: SessionState, event: FollowUpEvent): SessionState => ({ ...state, followUp: event.followUp }),
});
