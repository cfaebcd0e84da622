import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refusal } from '../../core/errors.ts';
import type { CommandEnvelope } from '../../core/protocol/clientMessages.ts';
import { NOW, pollSession } from '../../../test/support/pollDecisions.ts';
import type { CommandOutcome } from './commandProcessor.ts';
import { QuizTimers, QUIZ_TIMER_SOURCE } from './quizTimers.ts';

const QUIZ = { question: 'Capital?', kind: 'quiz' as const, options: ['Paris', 'Rome'], correct: [0], timerSeconds: 10 };

/** The room's clock is the test's: timers and `now` move together. */
describe('quiz timers of a room (POLL-50)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  function timers(answers: CommandOutcome[] = []) {
    const sent: CommandEnvelope[] = [];
    const quiz = new QuizTimers(
      () => Date.now(),
      (source, envelope) => {
        expect(source).toBe(QUIZ_TIMER_SOURCE);
        sent.push(envelope);
        return Promise.resolve(answers.shift() ?? { ok: true, seq: 1 });
      },
      (error) => {
        throw error;
      },
    );
    return { quiz, sent };
  }

  it('POLL-50: an open quiz’s timer sends poll.expire for its opening just after the deadline, with an id every process shares', async () => {
    const s = pollSession([QUIZ]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    const { quiz, sent } = timers();
    quiz.sync(s.state);
    expect(quiz.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ type: 'command', id: `quiz-timer:p1:${String(NOW)}`, command: { type: 'poll.expire', pollId: 'p1', openedAt: NOW } }]);
    expect(quiz.pending).toBe(0);
  });

  it('POLL-50: a quiz whose time is already up (a room loaded after a restart) is expired at once', async () => {
    const s = pollSession([QUIZ]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    vi.setSystemTime(NOW + 60_000);
    const { quiz, sent } = timers();
    quiz.sync(s.state);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((e) => e.command)).toEqual([{ type: 'poll.expire', pollId: 'p1', openedAt: NOW }]);
  });

  it('POLL-50: too early or not saved, the timer tries again; closed by hand or elsewhere, it stops', async () => {
    const s = pollSession([QUIZ]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    const { quiz, sent } = timers([{ ok: false, error: refusal('poll.timeNotUp') }, { ok: false, error: refusal('server.commitFailed') }, { ok: false, error: refusal('poll.notOpen') }]);
    quiz.sync(s.state);
    await vi.advanceTimersByTimeAsync(10_001);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_001);
    expect(sent).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(3);
    expect(quiz.pending).toBe(0);
  });

  it('POLL-50: closing, reopening or disposing drops the timer of the earlier opening', async () => {
    const s = pollSession([QUIZ]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    const { quiz, sent } = timers();
    quiz.sync(s.state);
    s.run({ type: 'poll.close', pollId: 'p1' });
    quiz.sync(s.state);
    expect(quiz.pending).toBe(0);
    s.tick(4_000);
    vi.setSystemTime(NOW + 4_000);
    s.run({ type: 'poll.open', pollId: 'p1' });
    quiz.sync(s.state);
    await vi.advanceTimersByTimeAsync(10_001);
    expect(sent.map((e) => e.id)).toEqual([`quiz-timer:p1:${String(NOW + 4_000)}`]);
    s.run({ type: 'poll.close', pollId: 'p1' });
    s.run({ type: 'poll.open', pollId: 'p1' });
    quiz.sync(s.state);
    quiz.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(1);
  });
});
