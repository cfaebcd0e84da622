/**
 * The run of show: which agenda item is running, since when, and how long each item has
 * actually taken (RUN rules in SPEC.md); and what the big screen shows (PROJ rules).
 */

export const RUN_STATUSES = ['planned', 'running', 'ended'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Time spent on one agenda item. An item may run more than once (previous, jump). */
export interface ItemTiming {
  /** When the item first started; null while it has not. */
  readonly startedAt: number | null;
  /** Milliseconds spent on the item in finished stints; the running stint is added by views. */
  readonly spentMs: number;
}

export interface RunState {
  readonly status: RunStatus;
  /** Index of the running agenda item; null before the start and after the end. */
  readonly current: number | null;
  /** When the running item's current stint began. */
  readonly since: number | null;
  /** The session clock: when the run started and ended. */
  readonly startedAt: number | null;
  readonly endedAt: number | null;
  /** One per agenda item, by index. */
  readonly items: readonly ItemTiming[];
}

export function initialRun(agendaLength: number): RunState {
  return { status: 'planned', current: null, since: null, startedAt: null, endedAt: null, items: Array.from({ length: agendaLength }, () => NO_TIME) };
}

export const NO_TIME: ItemTiming = { startedAt: null, spentMs: 0 };

/**
 * What the projector's stage shows. `auto` picks by itself (an open poll, sharing the stage with
 * the question being answered, else that question, else the floor, else the title); the others
 * are the moderator's choice. `question` shows the question being answered in a Q&A round; a
 * pinned question switches a mode that would hide it to `question` (PROJ-4).
 */
export const PROJECTOR_MODES = ['auto', 'join', 'agenda', 'poll', 'question', 'speaker', 'queue', 'balance'] as const;
export type ProjectorMode = (typeof PROJECTOR_MODES)[number];

export interface ProjectorState {
  readonly mode: ProjectorMode;
  /** In `poll` mode: the poll shown; null shows the active poll. */
  readonly pollId: string | null;
}

export const initialProjector: ProjectorState = { mode: 'auto', pollId: null };
