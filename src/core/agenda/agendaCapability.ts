import { capability } from '../capability.ts';
import { agendaCommands } from './agendaCommands.ts';
import { decideAgenda } from './decideAgenda.ts';
import { AGENDA_EVENT_TYPES, evolveAgenda } from './runEvents.ts';

/** The run of show, the plan and what the big screen shows (RUN, PROJ rules). */
export const agendaCapability = capability({ name: 'agenda', commands: agendaCommands, decide: decideAgenda, events: AGENDA_EVENT_TYPES, evolve: evolveAgenda });
