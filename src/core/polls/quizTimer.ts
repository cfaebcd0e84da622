import type { SessionState } from '../sessionState.ts';
import type { Poll } from './pollTypes.ts';

/**
 * When a quiz's timer runs out (POLL-26, POLL-50): the moment from which it takes no answer and
 * the server closes it. Pure: the server arms its timers from these, after a restart too, since
 * they are read from the stored `openedAt`.
 */

/** An open quiz's deadline; `openedAt` names the opening it belongs to, so a reopened quiz gets a new one. */
export interface QuizDeadline {
  readonly pollId: string;
  readonly openedAt: number;
  readonly closesAt: number;
}

/** The moment a quiz stops taking answers, or null when the poll has no running timer. */
export function quizClosesAt(poll: Poll): number | null {
  if (poll.kind !== 'quiz' || poll.status !== 'open' || poll.openedAt === null || poll.timerSeconds === null) return null;
  return poll.openedAt + poll.timerSeconds * 1000;
}

/** Every open quiz's deadline, in poll order. */
export function quizDeadlines(state: SessionState): QuizDeadline[] {
  const out: QuizDeadline[] = [];
  for (const id of state.pollOrder) {
    const poll = state.polls[id];
    const closesAt = poll ? quizClosesAt(poll) : null;
    // quizClosesAt is null unless the poll has an openedAt.
    if (poll && poll.openedAt !== null && closesAt !== null) out.push({ pollId: id, openedAt: poll.openedAt, closesAt });
  }
  return out;
}
