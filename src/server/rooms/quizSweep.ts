import { quizDeadlines } from '../../core/polls/quizTimer.ts';
import { replay } from '../../core/session.ts';
import { PeriodicPass } from '../jobs/periodicPass.ts';
import type { OpenPoll, Store } from '../store/store.ts';
import type { CommandOutcome } from './commandProcessor.ts';
import { expiryCommand, QUIZ_TIMER_SOURCE } from './quizTimers.ts';
import type { RoomRegistry } from './roomRegistry.ts';

/** Every 30 seconds by default (`QUIZ_SWEEP_MS`): a quiz nobody watches closes at most that late. */
export const DEFAULT_QUIZ_SWEEP_MS = 30_000;

export interface QuizSweepOptions {
  readonly store: Pick<Store, 'openPolls' | 'loadSession'>;
  readonly rooms: Pick<RoomRegistry, 'loadedRoom' | 'get'>;
  readonly now: () => number;
  readonly intervalMs: number;
  readonly onError: (error: unknown, context: string) => void;
}

/** What one pass did. */
export interface QuizSweepPass {
  /** Polls open in the store. */
  readonly open: number;
  /** Quizzes whose time was up in rooms this process did not hold: each sent `poll.expire`. */
  readonly due: number;
  /** Of those, the expiries acknowledged (sent here or, with the same command id, by another process). */
  readonly expired: number;
}

/**
 * The quiz sweep (POLL-61): at start, then every `intervalMs`, closes in the store the quizzes
 * whose time is up in sessions whose room this process does not hold. A room's own timers
 * (POLL-50) close its quizzes while a process holds it; after a restart that no client follows,
 * nothing would load the room and the quiz would stay open in the report, the exports and the
 * host's pages. The sweep loads such a room and sends the room timer's own command — same
 * source, same id — through it, so the log, the audit and the tallies are as after any timer, and
 * with several processes the receipts let one close land (the others get that close's answer, or
 * `poll.notOpen`). A pass costs one query while nothing changed: the deadline of an opening is
 * worked out once, by replaying its session's log, and kept while the poll stays open.
 */
export class QuizSweep {
  readonly #passes: PeriodicPass<QuizSweepPass>;
  /** Set by `stop`: a pass under way sends no further command. */
  #stopped = false;
  /** By opening (session, poll, openedAt): when its time is up, or null for a poll with no timer. */
  readonly #deadlines = new Map<string, number | null>();

  constructor(private readonly options: QuizSweepOptions) {
    this.#passes = new PeriodicPass({ run: () => this.#run(), failed: { open: 0, due: 0, expired: 0 }, intervalMs: options.intervalMs, onError: options.onError, label: 'quiz sweep' });
  }

  /** Runs a pass now, then every `intervalMs`; the timer never keeps the process alive. */
  start(): void {
    this.#stopped = false;
    this.#passes.start();
  }

  /** Stops the timer and waits for a pass under way (a shutdown, a drain). */
  stop(): Promise<void> {
    this.#stopped = true;
    return this.#passes.stop();
  }

  /** Runs one pass (or joins the one under way); never rejects: failures go to `onError`. */
  runOnce(): Promise<QuizSweepPass> {
    return this.#passes.runOnce();
  }

  async #run(): Promise<QuizSweepPass> {
    const open = await this.options.store.openPolls();
    await this.#learnDeadlines(open);
    const now = this.options.now();
    const dueBySession = bySession(
      open.filter((poll) => {
        const closesAt = this.#deadlines.get(keyOf(poll));
        // One millisecond past the deadline, as the room's timer: a ballot at the deadline is on time (POLL-26).
        return closesAt !== undefined && closesAt !== null && now > closesAt;
      }),
    );
    let due = 0;
    let expired = 0;
    for (const [sessionId, polls] of dueBySession) {
      try {
        // A room held here has its timers armed (POLL-50): they close the quiz.
        if (this.#stopped || (await this.options.rooms.loadedRoom(sessionId))) continue;
        const room = await this.options.rooms.get(sessionId);
        if (!room) continue;
        for (const poll of polls) {
          if (this.#stopped) break;
          due += 1;
          const outcome: CommandOutcome = await room.execute(QUIZ_TIMER_SOURCE, expiryCommand(poll));
          if (outcome.ok) expired += 1;
        }
      } catch (error) {
        // One session that fails (a log that does not load) does not hold up the others.
        this.options.onError(error, 'quiz sweep of a session');
      }
    }
    return { open: open.length, due, expired };
  }

  /** Works out the deadline of each opening not seen before; forgets the openings no longer open. */
  async #learnDeadlines(open: readonly OpenPoll[]): Promise<void> {
    const current = new Set(open.map(keyOf));
    for (const key of this.#deadlines.keys()) if (!current.has(key)) this.#deadlines.delete(key);
    const unknown = bySession(open.filter((poll) => !this.#deadlines.has(keyOf(poll))));
    for (const [sessionId, polls] of unknown) {
      try {
        const stored = await this.options.store.loadSession(sessionId);
        const deadlines = stored ? quizDeadlines(replay(stored.events)) : [];
        for (const poll of polls) {
          // An opening the log no longer shows (closed or opened again since the query) has none; the next pass sees the new one.
          const deadline = deadlines.find((d) => d.pollId === poll.pollId && d.openedAt === poll.openedAt);
          this.#deadlines.set(keyOf(poll), deadline?.closesAt ?? null);
        }
      } catch (error) {
        this.options.onError(error, 'quiz sweep: a session log');
      }
    }
  }
}

function keyOf(poll: OpenPoll): string {
  return `${poll.sessionId}\u0000${poll.pollId}\u0000${String(poll.openedAt)}`;
}

/** The polls grouped by their session, in the order given. */
function bySession(polls: readonly OpenPoll[]): Map<string, OpenPoll[]> {
  const out = new Map<string, OpenPoll[]>();
  for (const poll of polls) {
    const group = out.get(poll.sessionId);
    if (group) group.push(poll);
    else out.set(poll.sessionId, [poll]);
  }
  return out;
}
