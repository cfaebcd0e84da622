import type { SessionState } from '../session.ts';

/**
 * The agenda item a new question belongs to: the index of the live agenda's current item, or
 * null when unknown.
 *
 * The live agenda (which item runs now) is being built on another branch; until it is merged
 * there is no current item, so this answers null. At the merge, this one function is wired to
 * the live agenda's current index; nothing else in the Q&A needs to change.
 */
export function currentAgendaItemForQa(_state: SessionState): number | null {
  return null;
}
