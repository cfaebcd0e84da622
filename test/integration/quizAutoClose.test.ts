import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { MACHINE_REDIS_URL, requireRedis } from '../support/cluster.ts';
import { connectClient, createSession, joinAsParticipant, startInProcessServer, tempDir, TEST_HOST_TOKEN, tokenOf, type InProcessServer } from '../support/testServer.ts';
import { createPostgresDatabase, type PostgresDatabase } from './postgresDatabase.ts';

/**
 * POLL-50 on real servers: a quiz closes by itself when its timer runs out — once, with two
 * processes holding the room on one PostgreSQL database (Redis carrying changes between them),
 * and after a restart, from the stored opening time. POLL-61: after a restart that no client
 * follows, the quiz sweep closes it in the store all the same, once, with one process or two.
 */

const QUIZ_PLAN = { plan: { title: 'Quiz', polls: [{ question: 'Capital of France?', kind: 'quiz', options: ['Paris', 'Rome'], correct: [0], timerSeconds: 5 }] } };

async function live(client: OpenFloorClient): Promise<OpenFloorClient> {
  await client.waitFor((_s, status) => status === 'live', 20_000);
  return client;
}

/** Looked at this often by the sweep in these tests (POLL-61); the default is far longer. */
const SWEEP_ENV = { QUIZ_SWEEP_MS: '100' } as const;

/** The `poll.closed` events stored for a poll. */
async function closesOf(server: InProcessServer, sessionId: string, pollId: string): Promise<number> {
  const stored = await server.store.loadSession(sessionId);
  return stored?.events.filter((e) => e.type === 'poll.closed' && e.pollId === pollId).length ?? 0;
}

/** Waits until the store holds a close of the poll, or `timeoutMs` passed. */
async function storedClose(server: InProcessServer, sessionId: string, pollId: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const closes = await closesOf(server, sessionId, pollId);
    if (closes > 0) return closes;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return closesOf(server, sessionId, pollId);
}

/** The audit lines of the quiz's expiry, through the host's route. */
async function expiryAudit(server: InProcessServer, sessionId: string): Promise<{ action: string; label: string | null }[]> {
  const response = await fetch(`${server.baseUrl}/api/sessions/${sessionId}/audit`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } });
  const audit = (await response.json()) as { entries: { action: string; label: string | null }[] };
  return audit.entries.filter((e) => e.action === 'poll.expire');
}

/**
 * A quiz opened by a moderator on a server that then stops before the time is up: the session,
 * its poll, when the quiz was opened (from the store), and the session's projector link.
 */
async function quizLeftOpen(env: Record<string, string>): Promise<{ sessionId: string; pollId: string; openedAt: number; projectorLink: string }> {
  const first = await startInProcessServer(env);
  try {
    const session = await createSession(first.baseUrl, QUIZ_PLAN);
    const moderator = await live(connectClient(first.baseUrl, tokenOf(session.links.moderator)));
    const pollId = moderator.state.polls[0]?.id ?? '';
    await moderator.send({ type: 'poll.open', pollId });
    moderator.close();
    const openedAt = (await first.store.loadSession(session.id))?.events.find((e) => e.type === 'poll.opened')?.at ?? 0;
    return { sessionId: session.id, pollId, openedAt, projectorLink: session.links.projector };
  } finally {
    await first.close();
  }
}

describe('quiz auto-close', () => {
  const clients: OpenFloorClient[] = [];
  const servers: InProcessServer[] = [];
  let database: PostgresDatabase | null = null;
  const databases: PostgresDatabase[] = [];
  const dir = tempDir();

  afterAll(async () => {
    for (const c of clients) c.close();
    for (const s of servers) await s.close().catch(() => undefined);
    await database?.drop();
    for (const d of databases) await d.drop();
    dir.remove();
  });

  it('POLL-50: two processes on PostgreSQL both hold the room; the quiz closes once, by itself, and the projector shows its results', async () => {
    await requireRedis();
    database = await createPostgresDatabase();
    const env = { DATABASE_URL: database.url, REDIS_URL: MACHINE_REDIS_URL, TALLY_INTERVAL_MS: '50' };
    const a = await startInProcessServer(env);
    servers.push(a);
    const b = await startInProcessServer(env);
    servers.push(b);
    const session = await createSession(a.baseUrl, QUIZ_PLAN);
    const moderator = await live(connectClient(a.baseUrl, tokenOf(session.links.moderator)));
    const projector = await live(connectClient(b.baseUrl, tokenOf(session.links.projector)));
    clients.push(moderator, projector);
    const pollId = moderator.state.polls[0]?.id ?? '';
    await moderator.send({ type: 'poll.open', pollId });
    const voter = await joinAsParticipant(b.baseUrl, session.joinCode, 'online');
    clients.push(voter);
    await voter.send({ type: 'poll.vote', pollId, optionIds: ['o1'] });

    // Nobody closes it: the timer does, within a moment of the five seconds.
    const closed = await projector.waitFor((s) => s.polls.find((p) => p.id === pollId)?.status === 'closed', 15_000);
    const poll = closed.polls.find((p) => p.id === pollId);
    // As after a manual close: the correct option and the class result reach the projector.
    expect(poll?.resultsPublic).toBe(true);
    await projector.waitFor((s) => s.tallies[pollId]?.summary?.kind === 'quiz' && s.tallies[pollId].summary.correct !== null, 5_000);
    expect(projector.state.tallies[pollId]?.summary).toMatchObject({ kind: 'quiz', correct: ['o1'], correctCount: 1 });
    const openedAt = (await a.store.loadSession(session.id))?.events.find((e) => e.type === 'poll.opened')?.at ?? 0;
    expect(poll?.closedAt ?? 0).toBeGreaterThanOrEqual(openedAt + 5_000);

    // Both processes' timers have fired by now; the log holds one close, and the audit names the timer once.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const stored = await a.store.loadSession(session.id);
    expect(stored?.events.filter((e) => e.type === 'poll.closed')).toHaveLength(1);
    const audit = (await (await fetch(`${a.baseUrl}/api/sessions/${session.id}/audit`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } })).json()) as { entries: { action: string; label: string | null }[] };
    expect(audit.entries.filter((e) => e.action === 'poll.expire')).toEqual([expect.objectContaining({ action: 'poll.expire', label: 'quiz timer' })]);
  });

  it('POLL-50: after a restart the timer is armed again from the stored opening: the quiz closes when the room is loaded', async () => {
    const env = { DATABASE_URL: join(dir.path, 'quiz.db') };
    const first = await startInProcessServer(env);
    const session = await createSession(first.baseUrl, QUIZ_PLAN);
    const moderator = await live(connectClient(first.baseUrl, tokenOf(session.links.moderator)));
    const pollId = moderator.state.polls[0]?.id ?? '';
    await moderator.send({ type: 'poll.open', pollId });
    moderator.close();
    // The process stops before the time is up; nothing runs while it is gone.
    await first.close();
    await new Promise((resolve) => setTimeout(resolve, 5_200));

    const second = await startInProcessServer(env);
    servers.push(second);
    const projector = connectClient(second.baseUrl, tokenOf(session.links.projector));
    clients.push(projector);
    const closed = await projector.waitFor((s) => s.polls.find((p) => p.id === pollId)?.status === 'closed', 10_000);
    expect(closed.polls.find((p) => p.id === pollId)?.status).toBe('closed');
    const stored = await second.store.loadSession(session.id);
    expect(stored?.events.filter((e) => e.type === 'poll.closed')).toHaveLength(1);
  });

  for (const kind of ['SQLite', 'PostgreSQL'] as const) {
    it(`POLL-61 (${kind}): restarted with no client connecting, the sweep closes the stored quiz once its time is up, once`, async () => {
      const pg = kind === 'PostgreSQL' ? await createPostgresDatabase() : null;
      if (pg) databases.push(pg);
      const env = { DATABASE_URL: pg ? pg.url : join(dir.path, 'sweep.db'), ...SWEEP_ENV };
      const { sessionId, pollId, openedAt } = await quizLeftOpen(env);
      const second = await startInProcessServer(env);
      servers.push(second);

      // Nobody loads the room: the sweep alone closes the quiz, once its five seconds are over.
      expect(await storedClose(second, sessionId, pollId, Math.max(0, openedAt + 5_000 - Date.now()) + 5_000)).toBe(1);
      const stored = await second.store.loadSession(sessionId);
      const closedAt = stored?.events.find((e) => e.type === 'poll.closed')?.at ?? 0;
      expect(closedAt).toBeGreaterThanOrEqual(openedAt + 5_000);
      // Later passes find nothing open: still one close, one audit line naming the timer.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await closesOf(second, sessionId, pollId)).toBe(1);
      expect(await expiryAudit(second, sessionId)).toEqual([{ action: 'poll.expire', label: 'quiz timer' }].map((e) => expect.objectContaining(e)));
    });
  }

  it('POLL-61: two processes on PostgreSQL, neither holding the room, sweep at the same moment: both send the expiry, one close lands', async () => {
    await requireRedis();
    const pg = await createPostgresDatabase();
    databases.push(pg);
    // Their own passes run at start only (before the time is up): the test makes them sweep together.
    const env = { DATABASE_URL: pg.url, REDIS_URL: MACHINE_REDIS_URL, QUIZ_SWEEP_MS: '3600000' };
    const { sessionId, pollId, openedAt } = await quizLeftOpen({ DATABASE_URL: pg.url });
    const a = await startInProcessServer(env);
    servers.push(a);
    const b = await startInProcessServer(env);
    servers.push(b);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, openedAt + 5_000 - Date.now()) + 50));
    expect(a.app.rooms.loaded + b.app.rooms.loaded).toBe(0);

    const passes = await Promise.all([a.app.quizSweep.runOnce(), b.app.quizSweep.runOnce()]);
    // Each process found the quiz due and sent poll.expire; the loser got the winner's answer or poll.notOpen.
    expect(passes.map((p) => p.due)).toEqual([1, 1]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await closesOf(a, sessionId, pollId)).toBe(1);
    expect(await expiryAudit(b, sessionId)).toHaveLength(1);
    // A later pass finds nothing open.
    expect(await a.app.quizSweep.runOnce()).toEqual({ open: 0, due: 0, expired: 0 });
  });

  it('POLL-61: the sweep of a process that does not hold the room races the timer of the process that does: one close, which the holder’s screens show', async () => {
    await requireRedis();
    const pg = await createPostgresDatabase();
    databases.push(pg);
    const env = { DATABASE_URL: pg.url, REDIS_URL: MACHINE_REDIS_URL, QUIZ_SWEEP_MS: '3600000' };
    const { sessionId, pollId, openedAt, projectorLink } = await quizLeftOpen({ DATABASE_URL: pg.url });
    const sweeper = await startInProcessServer(env);
    servers.push(sweeper);
    const holder = await startInProcessServer(env);
    servers.push(holder);
    // The holder loads the room for its projector and arms the room's timer (POLL-50); the sweeper holds nothing.
    const projector = await live(connectClient(holder.baseUrl, tokenOf(projectorLink)));
    clients.push(projector);
    expect(sweeper.app.rooms.loaded).toBe(0);

    // The sweeper's pass at the moment the holder's timer fires, and passes after it: whoever commits first, one close.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, openedAt + 5_000 - Date.now()) + 1));
    const passes = await Promise.all([sweeper.app.quizSweep.runOnce(), new Promise((resolve) => setTimeout(resolve, 5)).then(() => sweeper.app.quizSweep.runOnce())]);
    await projector.waitFor((state) => state.polls.find((p) => p.id === pollId)?.status === 'closed', 10_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await closesOf(holder, sessionId, pollId)).toBe(1);
    expect(await expiryAudit(sweeper, sessionId)).toHaveLength(1);
    // A sweeper that sent the expiry holds the room now, with the same state as the holder's: closed, once.
    for (const pass of passes) expect(pass.expired).toBeLessThanOrEqual(pass.due);
    const loaded = await sweeper.app.rooms.loadedRoom(sessionId);
    expect(loaded === null ? 'not loaded' : loaded.state.polls[pollId]?.status).toMatch(/^(not loaded|closed)$/);
    expect(await sweeper.app.quizSweep.runOnce()).toEqual({ open: 0, due: 0, expired: 0 });
  });
});
