import type { SessionEvent } from '../events.ts';
import type { SessionState } from '../sessionState.ts';
import type { ProjectorMode } from './runTypes.ts';

/**
 * The events that put the big screen in `mode` (PROJ-1), with the balance meter following the
 * `balance` mode (PROJ-3): showing it turns the meter on, leaving it turns it off.
 */
export function projectorSwitch(state: SessionState, mode: ProjectorMode, pollId: string | null, at: number): SessionEvent[] {
  const events: SessionEvent[] = [{ type: 'projector.shown', at, mode, pollId: mode === 'poll' ? pollId : null }];
  const shown = state.floor.balanceShown;
  if (mode === 'balance' && !shown) events.push({ type: 'floor.balanceShown', at, shown: true });
  if (mode !== 'balance' && state.projector.mode === 'balance' && shown) events.push({ type: 'floor.balanceShown', at, shown: false });
  return events;
}

/**
 * What follows a question pinned as "now answering" (PROJ-4): the moderator means the room to
 * see it. `auto` and `question` show it already (auto shares the stage with an open poll);
 * any other mode gives way to `question`.
 */
export function projectorForPinnedQuestion(state: SessionState, at: number): SessionEvent[] {
  const mode = state.projector.mode;
  return mode === 'auto' || mode === 'question' ? [] : projectorSwitch(state, 'question', null, at);
}
