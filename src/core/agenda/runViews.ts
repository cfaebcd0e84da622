import type { AgendaItem } from '../plan.ts';
import type { RunState } from './runTypes.ts';

/**
 * Planned against actual, from the run state and a clock: what the run panel, the projector
 * and the host show (RUN-4). Pure, so that every screen computes the same figures from the
 * server's times.
 */

/** Milliseconds spent on item `index` so far, the running stint included. */
export function itemActualMs(run: RunState, index: number, now: number): number {
  const spent = run.items[index]?.spentMs ?? 0;
  if (run.current !== index || run.since === null) return spent;
  return spent + Math.max(0, now - run.since);
}

/** The session clock: milliseconds since the run started, stopped at its end. */
export function sessionClockMs(run: RunState, now: number): number {
  if (run.startedAt === null) return 0;
  return Math.max(0, (run.endedAt ?? now) - run.startedAt);
}

/** Planned minutes of the whole agenda. */
export function plannedTotalMinutes(agenda: readonly AgendaItem[]): number {
  return agenda.reduce((sum, item) => sum + item.plannedMinutes, 0);
}

/** Minutes into the session at which item `index` is planned to start. */
export function plannedStartMinutes(agenda: readonly AgendaItem[], index: number): number {
  return plannedTotalMinutes(agenda.slice(0, index));
}

export type ItemPace = 'on_time' | 'warning' | 'overrun';

/** Share of an item's planned time after which the pace shows a warning. */
export const PACE_WARNING_SHARE = 0.8;

/**
 * How an item is doing against its plan: `overrun` past its planned minutes, `warning` from
 * 80 % of them (RUN-4).
 */
export function itemPace(item: AgendaItem, actualMs: number): ItemPace {
  const plannedMs = item.plannedMinutes * 60_000;
  if (actualMs > plannedMs) return 'overrun';
  if (actualMs >= plannedMs * PACE_WARNING_SHARE) return 'warning';
  return 'on_time';
}

/**
 * Milliseconds the session is behind its plan (negative: ahead): the time used so far against
 * the planned time of the items finished and the running one's planned share so far.
 */
export function scheduleDriftMs(agenda: readonly AgendaItem[], run: RunState, now: number): number {
  if (run.startedAt === null || run.current === null) return 0;
  const plannedSoFar = plannedStartMinutes(agenda, run.current) * 60_000 + Math.min(itemActualMs(run, run.current, now), (agenda[run.current]?.plannedMinutes ?? 0) * 60_000);
  return sessionClockMs(run, now) - plannedSoFar;
}
