import { gatherReportInputs, type ReportInputs } from '../../core/report/reportInputs.ts';
import { assembleReport, type SessionReport } from '../../core/report/sessionReport.ts';
import type { StoredReportTexts } from '../../core/report/reportTexts.ts';
import { replay } from '../../core/session.ts';
import type { SessionState } from '../../core/sessionState.ts';
import type { Store, StoredSession } from '../store/store.ts';

/**
 * A session's report from what the store holds (REPORT-1): the control log replayed, the
 * contributions counted, the published questions' text, and the texts people wrote. It reads
 * the committed record, never a room's memory, so the report is what the database holds.
 * `archivedInputs` is the seam for sessions whose contributions the retention job deleted:
 * it returns the aggregates kept for them (null when there are none), and the report is then
 * built from those alone.
 */
export interface ReportServiceOptions {
  readonly store: Pick<Store, 'loadSession' | 'reportTexts' | 'attendancePeak'>;
  readonly now: () => number;
  readonly archivedInputs?: (sessionId: string) => Promise<ReportInputs | null>;
}

export interface BuiltReport {
  readonly report: SessionReport;
  readonly texts: StoredReportTexts;
}

/** The report's inputs of a stored session, its log already replayed; the one place a stored session becomes them. */
export function inputsOfStored(state: SessionState, stored: StoredSession, peak: ReportInputs['participation']['peak'], asOf: number): ReportInputs {
  return gatherReportInputs({
    state,
    ballots: stored.votes,
    participants: stored.participants.map((p) => ({ id: p.id, channel: p.channel, ...p.declared })),
    upvotes: stored.upvotes,
    questionTexts: Object.fromEntries(stored.questions.map((q) => [q.id, q.content.text])),
    peak,
    asOf,
  });
}

export async function reportInputsOf(store: Pick<Store, 'loadSession' | 'attendancePeak'>, sessionId: string, asOf: number): Promise<ReportInputs | null> {
  const stored = await store.loadSession(sessionId);
  if (!stored) return null;
  // REPORT-11: the room records the peak as participants arrive.
  return inputsOfStored(replay(stored.events), stored, await store.attendancePeak(sessionId), asOf);
}

/** The report of a session, or null when there is no such session. */
export async function buildReport(options: ReportServiceOptions, sessionId: string): Promise<BuiltReport | null> {
  const now = options.now();
  const inputs = (await reportInputsOf(options.store, sessionId, now)) ?? (await options.archivedInputs?.(sessionId)) ?? null;
  if (!inputs) return null;
  const texts = await options.store.reportTexts(sessionId);
  return { report: assembleReport(inputs, texts.texts, now), texts };
}
