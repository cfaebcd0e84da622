import type { SessionPlan } from '../plan.ts';
import type { SessionState } from '../sessionState.ts';
import { NO_TIME, type ItemTiming, type ProjectorMode, type RunState } from './runTypes.ts';

/** Control events of the run of show and the projector; sequenced with the session's others. */
export type AgendaEvent =
  | { readonly type: 'agenda.started'; readonly at: number }
  | { readonly type: 'agenda.itemStarted'; readonly at: number; readonly index: number }
  | { readonly type: 'agenda.ended'; readonly at: number }
  /** The host or moderator changed the plan (RUN-7). */
  | { readonly type: 'plan.updated'; readonly at: number; readonly plan: SessionPlan }
  | { readonly type: 'projector.shown'; readonly at: number; readonly mode: ProjectorMode; readonly pollId: string | null };

export const AGENDA_EVENT_TYPES = ['agenda.started', 'agenda.itemStarted', 'agenda.ended', 'plan.updated', 'projector.shown'] as const satisfies readonly AgendaEvent['type'][];

const AGENDA_EVENTS: ReadonlySet<string> = new Set(AGENDA_EVENT_TYPES);

export function isAgendaEvent(event: { readonly type: string }): event is AgendaEvent {
  return AGENDA_EVENTS.has(event.type);
}

/** Adds the running stint to its item's time: the item leaves the stage at `at`. */
function closeStint(run: RunState, at: number): RunState {
  if (run.current === null || run.since === null) return run;
  const index = run.current;
  const spent = Math.max(0, at - run.since);
  const items = run.items.map((item, i) => (i === index ? { ...item, spentMs: item.spentMs + spent } : item));
  return { ...run, items, current: null, since: null };
}

/** One timing per agenda item: items added later start untimed, removed ones drop off the end. */
function resized(items: readonly ItemTiming[], length: number): ItemTiming[] {
  return Array.from({ length }, (_, i) => items[i] ?? NO_TIME);
}

/** Applies one run-of-show event. Pure and total, like `evolve`. */
export function evolveAgenda(state: SessionState, event: AgendaEvent): SessionState {
  const { run } = state;
  switch (event.type) {
    case 'agenda.started':
      return { ...state, run: { ...run, status: 'running', startedAt: event.at } };
    case 'agenda.itemStarted': {
      const closed = closeStint(run, event.at);
      const items = resized(closed.items, Math.max(closed.items.length, event.index + 1));
      const item = items[event.index] ?? NO_TIME;
      items[event.index] = { ...item, startedAt: item.startedAt ?? event.at };
      return { ...state, run: { ...closed, items, current: event.index, since: event.at } };
    }
    case 'agenda.ended':
      return { ...state, run: { ...closeStint(run, event.at), status: 'ended', endedAt: event.at } };
    case 'plan.updated':
      return { ...state, plan: event.plan, run: { ...run, items: resized(run.items, event.plan.agenda.length) } };
    case 'projector.shown':
      return { ...state, projector: { mode: event.mode, pollId: event.pollId } };
  }
}
