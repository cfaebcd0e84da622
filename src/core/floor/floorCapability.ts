import { capability } from '../capability.ts';
import { decideFloor } from './decideFloor.ts';
import { floorCommands } from './floorCommands.ts';
import { FLOOR_EVENT_TYPES, evolveFloor, type FloorEvent } from './floorEvents.ts';

/** The floor: one speaking queue for both rooms, its policies, timer and ledger (FLOOR rules). */
export const floorCapability = capability({
  name: 'floor',
  commands: floorCommands,
  decide: (state, command, ctx) =>
    decideFloor(state, command, { role: ctx.actor.role, participantId: ctx.actor.participantId, profile: ctx.actor.profile ?? null, now: ctx.now, newId: ctx.newId }),
  events: FLOOR_EVENT_TYPES,
  evolve: (state, event: FloorEvent) => ({ ...state, floor: evolveFloor(state.floor, event) }),
});
