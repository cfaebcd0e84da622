import { createHash } from 'node:crypto';
import { keptAfterRetention, type ReportInputs } from '../../core/report/reportInputs.ts';
import { aggregateSession, type SessionAggregates } from '../../core/retention/sessionAggregates.ts';
import { retentionDueAt } from '../../core/retention/sessionEnd.ts';
import { replay } from '../../core/session.ts';
import type { SessionState } from '../../core/sessionState.ts';
import { forgetDemoSession } from '../demoSession.ts';
import { inputsOfStored } from '../report/reportService.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { Store, StoredSession } from '../store/store.ts';
import { platformKey } from '../integrations/platformConfig.ts';

/**
 * The two ways a session's data goes (RETAIN rules): archived when its retention period is
 * over (every contribution deleted, the aggregates kept), or deleted now by the host (every
 * row). Both go through the room registry, so that the room stops taking commands, lets the
 * running ones commit, and closes its connections after the erasure.
 */

export interface ErasureDeps {
  readonly store: Store;
  readonly rooms: RoomRegistry;
  readonly newId: () => string;
}

/** The erasure log names a session by this hash of its id, never by the id (RETAIN-5). */
export function sessionHash(sessionId: string): string {
  return createHash('sha256').update(sessionId, 'utf8').digest('hex');
}

/** The aggregates of a stored session, its state already replayed (RETAIN-3). */
export function aggregatesOf(state: SessionState, stored: StoredSession, asOf: number): SessionAggregates {
  return aggregateSession({
    state,
    ballots: stored.votes,
    participants: stored.participants.map((p) => ({ channel: p.channel, ...p.declared })),
    upvotes: stored.upvotes.length,
    asOf,
  });
}

/**
 * REPORT-12: the report's inputs of a stored session, kept past its retention period: counts,
 * tallies, FLOOR-10 tables, timings and the peak; no name, note or question text.
 */
export function keptReportInputs(state: SessionState, stored: StoredSession, peak: ReportInputs['participation']['peak'], asOf: number): ReportInputs {
  return keptAfterRetention(inputsOfStored(state, stored, peak, asOf));
}

/** RETAIN-4: deletes every row of a session now, at the host's request. False if there is no such session. */
export function deleteSessionNow(deps: ErasureDeps, sessionId: string, at: number): Promise<boolean> {
  return deps.rooms.erase(sessionId, async () => {
    await forgetDemoSession(deps.store, sessionId);
    // INTEG-9: the platform's settings and secrets go with the session.
    await deps.store.deleteSetting(platformKey(sessionId));
    return deps.store.deleteSession(sessionId, { id: deps.newId(), sessionHash: sessionHash(sessionId), at, by: 'host', action: 'session.deleted' });
  });
}

/**
 * RETAIN-1, RETAIN-3: archives a session whose retention period is over at `now`. Checked
 * again once its room has stopped taking commands, against what the store holds then: a
 * session used since the job looked is kept.
 */
export function archiveIfDue(deps: ErasureDeps, sessionId: string, now: number): Promise<boolean> {
  return deps.rooms.erase(sessionId, async () => {
    const [activity] = await deps.store.retentionCandidates(sessionId);
    const stored = await deps.store.loadSession(sessionId);
    if (!activity || !stored) return false;
    const state = replay(stored.events);
    if (retentionDueAt(state, activity.lastActivityAt) > now) return false;
    // A running item counts up to the last thing that happened, not up to the deletion.
    const aggregates = aggregatesOf(state, stored, activity.lastActivityAt);
    const inputs = keptReportInputs(state, stored, await deps.store.attendancePeak(sessionId), activity.lastActivityAt);
    await forgetDemoSession(deps.store, sessionId);
    // INTEG-9: the platform's settings and secrets go with the session.
    await deps.store.deleteSetting(platformKey(sessionId));
    return deps.store.archiveSession(sessionId, aggregates, { id: deps.newId(), sessionHash: sessionHash(sessionId), at: now, by: 'retention', action: 'session.archived' }, inputs);
  });
}
