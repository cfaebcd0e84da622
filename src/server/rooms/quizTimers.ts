import { quizDeadlines, type QuizDeadline } from '../../core/polls/quizTimer.ts';
import type { CommandEnvelope } from '../../core/protocol/clientMessages.ts';
import type { SessionState } from '../../core/sessionState.ts';
import type { CommandOutcome, CommandSource } from './commandProcessor.ts';

/** The server's own voice when it closes a quiz: a host action in the audit log, labelled as the timer. */
export const QUIZ_TIMER_SOURCE: CommandSource = { role: 'host', participantId: null, actor: 'server:quiz-timer', label: 'quiz timer' };

/**
 * The command that closes one opening of a quiz when its time is up (POLL-50, POLL-61): the same
 * in every process and from the room's timer or the quiz sweep alike, so the receipts let one
 * close reach the log whoever sends it.
 */
export function expiryCommand(deadline: Pick<QuizDeadline, 'pollId' | 'openedAt'>): CommandEnvelope {
  return { type: 'command', id: keyOf(deadline), command: { type: 'poll.expire', pollId: deadline.pollId, openedAt: deadline.openedAt } };
}

/** Node's timers take at most about 24.8 days; a longer wait is armed again when it ends. */
const MAX_DELAY_MS = 2_147_000_000;

/**
 * The quiz timers of one room (POLL-50): one timer per open quiz, armed from the state — its
 * stored `openedAt`, so a room loaded after a restart arms them again, and one whose time is
 * already up fires at once. When a timer ends it sends `poll.expire` through the room's command
 * path with an id derived from the opening: every process that holds the room sends the same
 * command, and the receipts and the decision (refused once the quiz is closed) let exactly one
 * close reach the log.
 */
export class QuizTimers {
  readonly #armed = new Map<string, { readonly key: string; readonly timer: ReturnType<typeof setTimeout> }>();
  #disposed = false;

  constructor(
    private readonly now: () => number,
    private readonly run: (source: CommandSource, envelope: CommandEnvelope) => Promise<CommandOutcome>,
    private readonly onError: (error: unknown, context: string) => void,
  ) {}

  /** Arms a timer for each open quiz without one and drops the timers of quizzes closed, reopened or deleted. */
  sync(state: SessionState): void {
    if (this.#disposed) return;
    const deadlines = quizDeadlines(state);
    const wanted = new Map(deadlines.map((d) => [d.pollId, d]));
    for (const [pollId, armed] of this.#armed) {
      const d = wanted.get(pollId);
      if (!d || keyOf(d) !== armed.key) {
        clearTimeout(armed.timer);
        this.#armed.delete(pollId);
      }
    }
    for (const d of deadlines) if (!this.#armed.has(d.pollId)) this.#arm(d);
  }

  /** Pending timers, for tests and the room's idle check. */
  get pending(): number {
    return this.#armed.size;
  }

  dispose(): void {
    this.#disposed = true;
    for (const { timer } of this.#armed.values()) clearTimeout(timer);
    this.#armed.clear();
  }

  #arm(deadline: QuizDeadline): void {
    const key = keyOf(deadline);
    // One millisecond past the deadline: a ballot at the deadline itself is still on time (POLL-26).
    const delay = Math.min(MAX_DELAY_MS, Math.max(1, deadline.closesAt + 1 - this.now()));
    const timer = setTimeout(() => void this.#fire(deadline, key), delay);
    // A pending quiz never keeps a process from exiting: the next process arms it again.
    timer.unref();
    this.#armed.set(deadline.pollId, { key, timer });
  }

  async #fire(deadline: QuizDeadline, key: string): Promise<void> {
    if (this.#armed.get(deadline.pollId)?.key !== key) return;
    const outcome = await this.run(QUIZ_TIMER_SOURCE, expiryCommand(deadline)).catch((error: unknown) => {
      this.onError(error, 'quiz timer');
      return null;
    });
    if (this.#armed.get(deadline.pollId)?.key !== key) return;
    this.#armed.delete(deadline.pollId);
    // Too early by this process's clock, or the save failed: try again. Any other refusal means
    // the quiz is closed (here or by another process) or no longer this opening's.
    const reason = outcome && !outcome.ok ? outcome.error.reason : null;
    if (outcome === null || reason === 'poll.timeNotUp' || reason === 'server.commitFailed') {
      if (this.#disposed) return;
      const retry = reason === 'poll.timeNotUp' ? deadline : { ...deadline, closesAt: this.now() + 1_000 };
      this.#arm(retry);
    }
  }
}

/** The command id of one opening's expiry: the same in every process. */
function keyOf(d: Pick<QuizDeadline, 'pollId' | 'openedAt'>): string {
  return `quiz-timer:${d.pollId}:${String(d.openedAt)}`;
}
