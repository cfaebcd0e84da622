import { capability } from '../capability.ts';
import { decideDesk, evolveDesk } from './decideDesk.ts';
import { deskCommands } from './deskCommands.ts';
import { DESK_EVENT_TYPES } from './deskTypes.ts';

/** The rapporteur's desk: notes per agenda item, written by the rapporteur, read by staff (REPORT-6..REPORT-10). */
export const deskCapability = capability({ name: 'desk', commands: deskCommands, decide: decideDesk, events: DESK_EVENT_TYPES, evolve: evolveDesk });
