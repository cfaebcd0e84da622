import { describe, expect, it } from 'vitest';
import { createSession, decide } from '../../core/decide.ts';
import { isSessionEvent, type SessionEvent } from '../../core/events.ts';
import { sessionPlanSchema, type SessionPlanInput } from '../../core/plan.ts';
import type { CommandEnvelope } from '../../core/protocol/clientMessages.ts';
import { commandSchema } from '../../core/protocol/commands.ts';
import { replay } from '../../core/session.ts';
import { NOW, MODERATOR } from '../../../test/support/pollDecisions.ts';
import type { OpenPoll, StoredSession } from '../store/store.ts';
import type { CommandOutcome, CommandSource } from './commandProcessor.ts';
import { QuizSweep, type QuizSweepOptions } from './quizSweep.ts';
import { expiryCommand, QUIZ_TIMER_SOURCE } from './quizTimers.ts';
import type { SessionRoom } from './sessionRoom.ts';

const QUIZ = { question: 'Capital?', kind: 'quiz' as const, options: ['Paris', 'Rome'], correct: [0], timerSeconds: 10 };
const CHOICE = { question: 'Lunch?', kind: 'single' as const, options: ['Yes', 'No'] };

/** A stored log: the session created with this poll (p1), opened at NOW. */
function openedLog(poll: NonNullable<SessionPlanInput['polls']>[number]): SessionEvent[] {
  let n = 0;
  const newId = () => `p${String(++n)}`;
  const events = [...createSession(sessionPlanSchema.parse({ title: 'T', polls: [poll] }), { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId })];
  const decision = decide(replay(events), commandSchema.parse({ type: 'poll.open', pollId: 'p1' }), { actor: MODERATOR, now: NOW, newId });
  if (!decision.ok) throw new Error(decision.error.reason);
  return [...events, ...decision.events.filter(isSessionEvent)];
}

/** A sweep over one stored session, a registry that records what the rooms were sent, and a clock the test moves. */
function sweepOver(events: SessionEvent[], options: { loadedHere?: boolean } = {}) {
  const state = replay(events);
  const open: OpenPoll[] = Object.values(state.polls).flatMap((p) => (p.status === 'open' && p.openedAt !== null ? [{ sessionId: 's1', pollId: p.id, openedAt: p.openedAt }] : []));
  const sent: { source: CommandSource; envelope: CommandEnvelope }[] = [];
  let loads = 0;
  let clock = NOW;
  const room = {
    execute: (source: CommandSource, envelope: CommandEnvelope): Promise<CommandOutcome> => {
      sent.push({ source, envelope });
      return Promise.resolve({ ok: true, seq: 9 });
    },
  } as unknown as SessionRoom;
  const store: QuizSweepOptions['store'] = {
    openPolls: () => Promise.resolve(open),
    loadSession: (): Promise<StoredSession> => {
      loads += 1;
      return Promise.resolve({ events, commands: [], votes: [], participants: [], questions: [], upvotes: [] });
    },
  };
  const rooms: QuizSweepOptions['rooms'] = {
    loadedRoom: () => Promise.resolve(options.loadedHere ? room : null),
    get: () => Promise.resolve(room),
  };
  const sweep = new QuizSweep({ store, rooms, now: () => clock, intervalMs: 60_000, onError: (error) => { throw error; } });
  return { sweep, sent, open, loads: () => loads, setClock: (at: number) => { clock = at; } };
}

describe('quiz sweep (POLL-61)', () => {
  it('POLL-61: sends the room timer’s own poll.expire, as the timer, for a quiz whose time is up; none before', async () => {
    const { sweep, sent, setClock } = sweepOver(openedLog(QUIZ));
    setClock(NOW + 10_000);
    expect(await sweep.runOnce()).toEqual({ open: 1, due: 0, expired: 0 });
    expect(sent).toEqual([]);
    setClock(NOW + 10_001);
    expect(await sweep.runOnce()).toEqual({ open: 1, due: 1, expired: 1 });
    expect(sent).toEqual([{ source: QUIZ_TIMER_SOURCE, envelope: expiryCommand({ pollId: 'p1', openedAt: NOW }) }]);
    expect(sent[0]?.envelope).toEqual({ type: 'command', id: `quiz-timer:p1:${String(NOW)}`, command: { type: 'poll.expire', pollId: 'p1', openedAt: NOW } });
  });

  it('POLL-61: a poll with no timer stays open, however long', async () => {
    const { sweep, sent, setClock } = sweepOver(openedLog(CHOICE));
    setClock(NOW + 86_400_000);
    expect(await sweep.runOnce()).toEqual({ open: 1, due: 0, expired: 0 });
    expect(sent).toEqual([]);
  });

  it('POLL-61: leaves a room this process holds to its own timers (POLL-50)', async () => {
    const { sweep, sent, setClock } = sweepOver(openedLog(QUIZ), { loadedHere: true });
    setClock(NOW + 60_000);
    expect(await sweep.runOnce()).toEqual({ open: 1, due: 0, expired: 0 });
    expect(sent).toEqual([]);
  });

  it('POLL-61: an opening’s deadline is worked out once: later passes over the same open polls read no log', async () => {
    const { sweep, loads, setClock } = sweepOver(openedLog(QUIZ));
    await sweep.runOnce();
    await sweep.runOnce();
    setClock(NOW + 5_000);
    await sweep.runOnce();
    expect(loads()).toBe(1);
  });

  it('POLL-61: once stopped, a pass sends nothing', async () => {
    const { sweep, sent, setClock } = sweepOver(openedLog(QUIZ));
    setClock(NOW + 60_000);
    await sweep.stop();
    expect((await sweep.runOnce()).due).toBe(0);
    expect(sent).toEqual([]);
  });
});
