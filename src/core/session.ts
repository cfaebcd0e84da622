import { initialProjector, initialRun } from './agenda/runTypes.ts';
import { initialDesk } from './desk/deskTypes.ts';
import { evolveByCapability } from './capabilities.ts';
import type { SessionCreated, SessionEvent } from './events.ts';
import { initialFloor } from './floor/floorTypes.ts';
import { qaSettingsOf } from './qa/effectiveQaSettings.ts';
import { initialQa } from './qa/qaTypes.ts';
import type { SessionState } from './sessionState.ts';

/**
 * A session's control state as the fold of its log: `initialState` from the first event,
 * then `evolve` routes each event to the capability that owns it.
 */

/** Builds the state from a session's first event. */
export function initialState(created: SessionCreated): SessionState {
  return {
    id: created.sessionId,
    seq: 1,
    joinCode: created.joinCode,
    plan: created.plan,
    createdAt: created.at,
    polls: {},
    pollOrder: [],
    activePollId: null,
    floor: initialFloor(created.plan.floor.policy, created.plan.floor.speakingLimitSeconds, created.plan.floor.warningSeconds),
    speakerNotes: {},
    run: initialRun(created.plan.agenda.length),
    projector: initialProjector,
    qa: initialQa(qaSettingsOf(created.plan).selectionPolicy),
    desk: initialDesk,
    followUp: null,
  };
}

/** Applies one control event. Pure and total: replaying a log always gives the same state. */
export function evolve(state: SessionState, event: SessionEvent): SessionState {
  if (event.type === 'session.created') return initialState(event);
  return evolveByCapability({ ...state, seq: state.seq + 1 }, event);
}

/** Folds a whole log; the first event must be `session.created`. */
export function replay(events: readonly SessionEvent[]): SessionState {
  const [first, ...rest] = events;
  if (!first || first.type !== 'session.created') throw new Error('a session log starts with session.created');
  return rest.reduce(evolve, initialState(first));
}
