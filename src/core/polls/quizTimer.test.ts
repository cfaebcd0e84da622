import { describe, expect, it } from 'vitest';
import type { Actor } from '../decideContext.ts';
import { NOW, pollSession as session, reason } from '../../../test/support/pollDecisions.ts';
import { quizDeadlines } from './quizTimer.ts';

const ALICE: Actor = { role: 'participant', participantId: 'u1' };
const QUIZ = { question: 'Capital?', kind: 'quiz' as const, options: ['Paris', 'Rome'], correct: [0], timerSeconds: 10 };

describe('quiz timer (POLL-50)', () => {
  it('POLL-50: an open quiz’s deadline is read from its openedAt; drafts, closed quizzes and other kinds have none', () => {
    const s = session([QUIZ, { question: 'Pick', options: ['a', 'b'] }, { ...QUIZ, question: 'Second?' }]);
    expect(quizDeadlines(s.state)).toEqual([]);
    s.tick(500);
    s.run({ type: 'poll.open', pollId: 'p1' });
    s.run({ type: 'poll.open', pollId: 'p2', alongside: true });
    expect(quizDeadlines(s.state)).toEqual([{ pollId: 'p1', openedAt: NOW + 500, closesAt: NOW + 10_500 }]);
    s.run({ type: 'poll.close', pollId: 'p1' });
    expect(quizDeadlines(s.state)).toEqual([]);
  });

  it('POLL-50: poll.expire closes the quiz once its time is up, with the same poll.closed event as a manual close', () => {
    const s = session([QUIZ]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    const openedAt = NOW;
    s.tick(9_999);
    expect(reason(s.run({ type: 'poll.expire', pollId: 'p1', openedAt }))).toBe('poll.timeNotUp');
    expect(s.state.polls['p1']?.status).toBe('open');
    s.tick(1);
    const closed = s.run({ type: 'poll.expire', pollId: 'p1', openedAt });
    expect(closed.ok && closed.events).toEqual([{ type: 'poll.closed', at: NOW + 10_000, pollId: 'p1' }]);
    expect(s.state.polls['p1']?.status).toBe('closed');
    // Idempotent: a second process's timer, or a late retry, changes nothing.
    expect(reason(s.run({ type: 'poll.expire', pollId: 'p1', openedAt }))).toBe('poll.notOpen');
    expect(reason(s.run({ type: 'poll.vote', pollId: 'p1', optionIds: ['o1'] }, ALICE))).toBe('poll.closed');
  });

  it('POLL-50: the timer of an earlier opening never closes the quiz opened again', () => {
    const s = session([QUIZ]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    s.tick(3_000);
    s.run({ type: 'poll.close', pollId: 'p1' });
    s.tick(1_000);
    s.run({ type: 'poll.open', pollId: 'p1' });
    s.tick(7_000);
    // The first opening's time is up, but that opening is over.
    expect(reason(s.run({ type: 'poll.expire', pollId: 'p1', openedAt: NOW }))).toBe('poll.notOpen');
    expect(s.state.polls['p1']?.status).toBe('open');
    expect(quizDeadlines(s.state)).toEqual([{ pollId: 'p1', openedAt: NOW + 4_000, closesAt: NOW + 14_000 }]);
  });

  it('POLL-50: only an open quiz expires; an unknown poll is not found', () => {
    const s = session([{ question: 'Pick', options: ['a', 'b'] }]);
    s.run({ type: 'poll.open', pollId: 'p1' });
    s.tick(60_000);
    expect(reason(s.run({ type: 'poll.expire', pollId: 'p1', openedAt: NOW }))).toBe('poll.noTimer');
    expect(reason(s.run({ type: 'poll.expire', pollId: 'nope', openedAt: NOW }))).toBe('poll.notFound');
  });
});
