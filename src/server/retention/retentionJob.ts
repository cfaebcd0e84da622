import { retentionDueAt } from '../../core/retention/sessionEnd.ts';
import { replay } from '../../core/session.ts';
import { PeriodicPass } from '../jobs/periodicPass.ts';
import { archiveIfDue, type ErasureDeps } from './sessionErasure.ts';

/** Once an hour by default (`RETENTION_INTERVAL_MS`). */
export const DEFAULT_RETENTION_INTERVAL_MS = 60 * 60_000;

export interface RetentionJobOptions extends ErasureDeps {
  /** The job's clock, apart from the server's so that tests can move it on (RETAIN-1). */
  readonly now: () => number;
  readonly intervalMs: number;
  readonly onError: (error: unknown, context: string) => void;
}

/** What one pass did. */
export interface RetentionPass {
  /** Sessions not archived that were looked at. */
  readonly checked: number;
  /** Sessions archived by this pass. */
  readonly archived: number;
}

/**
 * The retention job (RETAIN-1): at start, then every `intervalMs`, archives every session
 * whose retention period is over. When a session is due depends on its log (its plan's
 * retention, the run's end) and on its last activity; the job replays a session's log only
 * when its last activity changed since the previous pass, so a pass over idle sessions costs
 * one query.
 */
export class RetentionJob {
  readonly #passes: PeriodicPass<RetentionPass>;
  /** By session: the last activity seen and the due time worked out from it. */
  readonly #due = new Map<string, { readonly lastActivityAt: number; readonly dueAt: number }>();

  constructor(private readonly options: RetentionJobOptions) {
    this.#passes = new PeriodicPass({ run: () => this.#run(), failed: { checked: 0, archived: 0 }, intervalMs: options.intervalMs, onError: options.onError, label: 'retention pass' });
  }

  /** Runs a pass now, then every `intervalMs`; the timer never keeps the process alive. */
  start(): void {
    this.#passes.start();
  }

  /** Stops the timer and waits for a pass under way. */
  stop(): Promise<void> {
    return this.#passes.stop();
  }

  /** Runs one pass (or joins the one under way); never rejects: failures go to `onError`. */
  runOnce(): Promise<RetentionPass> {
    return this.#passes.runOnce();
  }

  async #run(): Promise<RetentionPass> {
    const { store } = this.options;
    const now = this.options.now();
    const candidates = await store.retentionCandidates();
    const kept = new Set<string>();
    let archived = 0;
    for (const candidate of candidates) {
      kept.add(candidate.id);
      try {
        const dueAt = await this.#dueAt(candidate.id, candidate.lastActivityAt);
        if (dueAt === null || dueAt > now) continue;
        if (await archiveIfDue(this.options, candidate.id, now)) {
          archived += 1;
          this.#due.delete(candidate.id);
        }
      } catch (error) {
        // One session that fails (a log that does not load) does not hold up the others.
        this.options.onError(error, `retention of a session`);
      }
    }
    for (const id of this.#due.keys()) if (!kept.has(id)) this.#due.delete(id);
    // Rows that raced an archiving (a join committed just after it) go now.
    await store.purgeArchived();
    // A checkpoint another connection blocked during an erasure is tried again here.
    await store.scrub();
    return { checked: candidates.length, archived };
  }

  async #dueAt(sessionId: string, lastActivityAt: number): Promise<number | null> {
    const known = this.#due.get(sessionId);
    if (known?.lastActivityAt === lastActivityAt) return known.dueAt;
    const stored = await this.options.store.loadSession(sessionId);
    if (!stored) return null;
    const dueAt = retentionDueAt(replay(stored.events), lastActivityAt);
    this.#due.set(sessionId, { lastActivityAt, dueAt });
    return dueAt;
  }
}
