import type { SessionState } from '../sessionState.ts';

/** The agenda item a new question belongs to: the running item of the live agenda, or null before the start and after the end. */
export function currentAgendaItemForQa(state: SessionState): number | null {
  return state.run.current;
}
