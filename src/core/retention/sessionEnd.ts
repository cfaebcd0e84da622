import type { RunState } from '../agenda/runTypes.ts';
import type { SessionPlan } from '../plan.ts';

/**
 * When a session has ended and when its retention period is over (RETAIN-1, RETAIN-2). Pure:
 * the times come in as arguments, the store supplies the last activity.
 */

export const DAY_MS = 24 * 60 * 60_000;

/**
 * A session whose run of show was never ended counts as ended this long after its last
 * activity: long enough for a session that runs over or continues the next morning, short
 * enough that a forgotten session is not kept for ever.
 */
export const UNENDED_SESSION_GRACE_MS = DAY_MS;

/**
 * When the session ended (RETAIN-2): when the moderators ended the run of show, or later if
 * anything happened after that (a late vote, a plan change); a run never ended counts as ended
 * `UNENDED_SESSION_GRACE_MS` after the last activity. `lastActivityAt` is the latest write of
 * the session: control event, contribution, join.
 */
export function sessionEndedAt(run: Pick<RunState, 'status' | 'endedAt'>, lastActivityAt: number): number {
  if (run.status === 'ended' && run.endedAt !== null) return Math.max(run.endedAt, lastActivityAt);
  return lastActivityAt + UNENDED_SESSION_GRACE_MS;
}

/** When the session's contributions are due for deletion (RETAIN-1): its end plus `retentionDays` days. */
export function retentionDueAt(state: { readonly run: Pick<RunState, 'status' | 'endedAt'>; readonly plan: Pick<SessionPlan, 'retentionDays'> }, lastActivityAt: number): number {
  return sessionEndedAt(state.run, lastActivityAt) + state.plan.retentionDays * DAY_MS;
}
