import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { MACHINE_REDIS_URL, requireRedis } from '../support/cluster.ts';
import { connectClient, createSession, joinAsParticipant, startInProcessServer, tempDir, TEST_HOST_TOKEN, tokenOf, type InProcessServer } from '../support/testServer.ts';
import { createPostgresDatabase, type PostgresDatabase } from './postgresDatabase.ts';

/**
 * POLL-50 on real servers: a quiz closes by itself when its timer runs out — once, with two
 * processes holding the room on one PostgreSQL database (Redis carrying changes between them),
 * and after a restart, from the stored opening time.
 */

const QUIZ_PLAN = { plan: { title: 'Quiz', polls: [{ question: 'Capital of France?', kind: 'quiz', options: ['Paris', 'Rome'], correct: [0], timerSeconds: 5 }] } };

async function live(client: OpenFloorClient): Promise<OpenFloorClient> {
  await client.waitFor((_s, status) => status === 'live', 20_000);
  return client;
}

describe('quiz auto-close', () => {
  const clients: OpenFloorClient[] = [];
  const servers: InProcessServer[] = [];
  let database: PostgresDatabase | null = null;
  const dir = tempDir();

  afterAll(async () => {
    for (const c of clients) c.close();
    for (const s of servers) await s.close().catch(() => undefined);
    await database?.drop();
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
});
