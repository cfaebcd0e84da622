import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinSession } from '../../src/client/joinApi.ts';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { ClientState } from '../../src/core/clientState.ts';
import { balancedClient, MACHINE_REDIS_URL, PrivateRedis, requireRedis, startCluster } from '../support/cluster.ts';
import { RawConnection } from '../support/rawProtocol.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import { createInvite, eventually, rawSocket, startServerProcess, TEST_HOST_TOKEN, tokenOf, type ServerProcess } from '../support/testServer.ts';
import { createPostgresDatabase, type PostgresDatabase } from './postgresDatabase.ts';

/**
 * Issue 19: several OpenFloor processes on loopback, one PostgreSQL database, one Redis.
 * Participants are spread over the processes and the moderators sit on others; every figure
 * a screen shows must be the same on every process and equal to what the database holds.
 * Counts stay small: the machine's two cores are shared.
 */

interface Seat {
  readonly client: OpenFloorClient;
  readonly token: string;
  /** The process it prefers (index into the cluster). */
  readonly home: number;
}

/** Connects through a "load balancer" that prefers `home` and falls back to any live process. */
function routeFrom(alive: () => readonly (ServerProcess | null)[], home: number): () => string[] {
  return () => {
    const all = alive();
    const preferred = all[home];
    return [...(preferred ? [preferred.baseUrl] : []), ...all.filter((p, i): p is ServerProcess => p !== null && i !== home).map((p) => p.baseUrl)];
  };
}

async function live(client: OpenFloorClient): Promise<ClientState> {
  const state = await client.waitFor((_s, status) => status === 'live', 20_000);
  return state;
}

async function participant(processes: () => readonly (ServerProcess | null)[], home: number, joinCode: string): Promise<Seat> {
  const at = processes()[home];
  if (!at) throw new Error(`process ${home} is down`);
  const joined = await joinSession(at.baseUrl, joinCode, home % 2 === 0 ? 'onsite' : 'online');
  const client = balancedClient(routeFrom(processes, home), joined.participantToken);
  const state = await live(client);
  if ((state.guidelines?.codeOfConduct.length ?? 0) > 0) await client.send({ type: 'participant.acceptConduct' });
  return { client, token: joined.participantToken, home };
}

function staff(processes: () => readonly (ServerProcess | null)[], home: number, link: string): OpenFloorClient {
  return balancedClient(routeFrom(processes, home), tokenOf(link));
}

/** What the database holds: the session's control log, in sequence order. */
async function storedLog(url: string): Promise<{ seq: number; type: string; payload: Record<string, unknown> }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ seq: string; type: string; payload: string }>(
      `select seq, type, payload from events where session_id = (select id from sessions order by created_at limit 1) order by seq`,
    );
    return rows.map((r) => ({ seq: Number(r.seq), type: r.type, payload: JSON.parse(r.payload) as Record<string, unknown> }));
  } finally {
    await client.end();
  }
}

function expectedTally(votes: readonly string[]): { total: number; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  for (const v of votes) counts[v] = (counts[v] ?? 0) + 1;
  return { total: votes.length, counts };
}

function tallyOf(client: OpenFloorClient, pollId: string): { total: number; counts: Record<string, number> } | null {
  const t = client.state.tallies[pollId];
  if (!t?.counts) return null;
  return { total: t.total, counts: Object.fromEntries(Object.entries(t.counts).filter(([, n]) => n > 0)) };
}

describe("scale-out: three processes on PostgreSQL and the machine's Redis", () => {
  let database: PostgresDatabase;
  const cluster: (ServerProcess | null)[] = [];
  const processes = () => cluster;
  const clients: OpenFloorClient[] = [];
  let env: Record<string, string>;

  beforeAll(async () => {
    await requireRedis();
    database = await createPostgresDatabase();
    env = { DATABASE_URL: database.url, REDIS_URL: MACHINE_REDIS_URL };
    cluster.push(...(await startCluster(3, env)));
  }, 120_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all(cluster.map((p) => p?.kill('SIGKILL')));
    await database?.drop();
  });

  const demo = () => {
    const first = cluster[0];
    if (!first) throw new Error('no first process');
    return first.demo;
  };

  it('SCALE-2, SCALE-3: participants on every process, moderators on two others: exact tallies and one order of control events everywhere', async () => {
    const moderatorA = staff(processes, 0, demo().moderator);
    const moderatorB = staff(processes, 1, demo().onlineModerator);
    const moderatorC = staff(processes, 2, demo().moderator);
    clients.push(moderatorA, moderatorB, moderatorC);
    await Promise.all([moderatorA, moderatorB, moderatorC].map(live));
    const seats: Seat[] = [];
    for (let i = 0; i < 9; i++) seats.push(await participant(processes, i % 3, demo().joinCode));
    clients.push(...seats.map((s) => s.client));

    const poll = moderatorA.state.polls[0];
    if (!poll) throw new Error('the demo session has no poll');
    await moderatorA.send({ type: 'poll.open', pollId: poll.id });
    await eventually(() => seats.every((s) => s.client.state.polls.find((p) => p.id === poll.id)?.status === 'open'), 10_000, 'the poll open on every process');

    const choices = seats.map((_s, i) => poll.options[i % 2]?.id ?? 'none');
    await Promise.all(seats.map((s, i) => s.client.send({ type: 'poll.vote', pollId: poll.id, optionIds: [choices[i] ?? ''] })));
    const expected = expectedTally(choices);
    const screens = [moderatorA, moderatorB, moderatorC, ...seats.map((s) => s.client)];
    await eventually(() => screens.every((screen) => isDeepStrictEqual(tallyOf(screen, poll.id), expected)), 10_000, 'the same tally everywhere').catch((error: unknown) => {
      throw new Error(`${String(error)}: ${JSON.stringify(screens.map((c) => tallyOf(c, poll.id)))}`);
    });
    expect(tallyOf(moderatorB, poll.id)).toEqual(expected);

    // Two moderators on two processes add hands at once while every participant raises theirs.
    const added = async (moderator: OpenFloorClient, prefix: string) => {
      for (let i = 0; i < 5; i++) await moderator.send({ type: 'floor.add', label: `${prefix}${i}`, channel: 'onsite', intent: 'comment' });
    };
    await Promise.all([added(moderatorA, 'A'), added(moderatorB, 'B'), ...seats.map((s) => s.client.send({ type: 'floor.raise', intent: 'comment', label: null }))]);

    const log = await storedLog(database.url);
    const lastSeq = log.at(-1)?.seq ?? 0;
    expect(log.map((e) => e.seq)).toEqual(log.map((_e, i) => i + 1));
    const raised = log.filter((e) => e.type === 'floor.handRaised');
    expect(raised).toHaveLength(10 + seats.length);
    for (const screen of [moderatorA, moderatorB, moderatorC]) {
      await eventually(() => screen.state.seq === lastSeq && (screen.state.floor?.queue.length ?? 0) === raised.length, 10_000, 'every staff screen at the last sequence');
    }
    // The same queue, in the same order, on every process.
    const queueOf = (c: OpenFloorClient) => (c.state.floor?.queue ?? []).map((h) => h.id);
    expect(queueOf(moderatorB)).toEqual(queueOf(moderatorA));
    expect(queueOf(moderatorC)).toEqual(queueOf(moderatorA));
    // Each moderator's own additions in the order it sent them.
    const labels = raised.map((e) => (e.payload.hand as { speaker: { label?: string | null } }).speaker.label ?? '');
    expect(labels.filter((l) => l.startsWith('A'))).toEqual(['A0', 'A1', 'A2', 'A3', 'A4']);
    expect(labels.filter((l) => l.startsWith('B'))).toEqual(['B0', 'B1', 'B2', 'B3', 'B4']);
    await eventually(() => seats.every((s) => s.client.state.seq === lastSeq), 10_000, 'every participant at the last sequence');
  });

  it('SCALE-4: a command id is applied once across processes: a retry on another process, and the same command on two processes at once', async () => {
    const joined = await joinSession(cluster[0]?.baseUrl ?? '', demo().joinCode, 'online');
    const onA = await RawConnection.open(cluster[0]?.baseUrl ?? '', joined.participantToken);
    const onB = await RawConnection.open(cluster[1]?.baseUrl ?? '', joined.participantToken);
    try {
      expect((await onA.command('conduct-1', { type: 'participant.acceptConduct' })).answer).toMatchObject({ type: 'ack' });
      const first = await onA.command('raise-1', { type: 'floor.raise', intent: 'comment', label: null });
      expect(first.answer).toMatchObject({ type: 'ack' });
      const retry = await onB.command('raise-1', { type: 'floor.raise', intent: 'comment', label: null });
      expect(retry.answer).toEqual(first.answer);
      const both = await Promise.all([onA.command('lower-1', { type: 'floor.lower' }), onB.command('lower-1', { type: 'floor.lower' })]);
      expect(both[0].answer).toMatchObject({ type: 'ack' });
      expect(both[1].answer).toEqual(both[0].answer);
      const log = await storedLog(database.url);
      const hand = log.filter((e) => e.type === 'floor.handRaised').at(-1)?.payload.hand as { id: string };
      expect(log.filter((e) => e.type === 'floor.handLowered' && e.payload.handId === hand.id)).toHaveLength(1);
    } finally {
      onA.terminate();
      onB.terminate();
    }
  });

  it('SCALE-6: a link of every role revoked through one process is cut on every process', async () => {
    const hostOn = cluster[0]?.baseUrl ?? '';
    const { sessions } = (await (await fetch(`${hostOn}/api/sessions`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } })).json()) as { sessions: { id: string }[] };
    const sessionId = sessions[0]?.id ?? '';
    for (const role of ['moderator', 'online_moderator', 'rapporteur', 'projector'] as const) {
      const invite = await createInvite(hostOn, sessionId, { role, label: `${role} laptop on another process` });
      const elsewhere = await RawConnection.open(cluster[2]?.baseUrl ?? '', tokenOf(invite.link));
      const response = await fetch(`${hostOn}/api/sessions/${sessionId}/invites/${invite.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } });
      expect(response.status).toBe(200);
      // As on one process (ROLE-2): told why, then cut without a closing handshake.
      expect((await elsewhere.closed).code, role).toBe(1006);
      expect(elsewhere.frames.at(-1), role).toMatchObject({ type: 'error', id: null, reason: 'link.revoked' });
    }
  });

  it('SCALE-6: a speaker link revoked through one process is cut on the others, and its reconnect is refused on every process', async () => {
    const [a, b, c] = [cluster[0]?.baseUrl ?? '', cluster[1]?.baseUrl ?? '', cluster[2]?.baseUrl ?? ''];
    const { sessions } = (await (await fetch(`${a}/api/sessions`, { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } })).json()) as { sessions: { id: string }[] };
    const sessionId = sessions[0]?.id ?? '';
    const invite = await createInvite(a, sessionId, { role: 'speaker', label: 'Panel laptop', panelSpeaker: 0 });
    const token = tokenOf(invite.link);
    // The page's own client, behind a balancer that sends it to B first and to A when B refuses.
    const page = balancedClient(() => [b, a], token);
    clients.push(page);
    await live(page);
    const onC = await RawConnection.open(c, token);
    const response = await fetch(`${a}/api/sessions/${sessionId}/invites/${invite.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } });
    expect(response.status).toBe(200);
    expect((await onC.closed).code).toBe(1006);
    expect(onC.frames.at(-1)).toMatchObject({ type: 'error', id: null, reason: 'link.revoked' });
    // Cut on B as well, and it stays away: no welcome on any process after the revocation.
    await page.waitFor((_s, status) => status === 'refused', 10_000);
    expect(page.refusal?.reason).toMatch(/^link\.(revoked|invalid)$/);
    for (const at of [a, b, c]) {
      const again = await rawSocket(at);
      again.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token, lastSeq: 0 }));
      expect(await again.closed).toBe(4401);
      expect(again.messages).toEqual([expect.objectContaining({ type: 'error', reason: 'link.invalid' })]);
    }
  });

  it('SCALE-6: an organiser revoked through a process that does not hold their session is cut on every process', async () => {
    const hostOn = cluster[0]?.baseUrl ?? '';
    const elsewhereOn = cluster[2]?.baseUrl ?? '';
    const admin = { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' };
    // A session made through the third process, so the first never loads its room.
    const made = await fetch(`${elsewhereOn}/api/sessions`, { method: 'POST', headers: admin, body: JSON.stringify({ template: 'child-online-safety-round-table' }) });
    const { id: sessionId } = (await made.json()) as { id: string };
    const granted = await fetch(`${elsewhereOn}/api/organisers`, { method: 'POST', headers: admin, body: JSON.stringify({ label: 'Organiser on another process', sessionIds: [sessionId] }) });
    const { link, organiser } = (await granted.json()) as { link: string; organiser: { id: string } };
    const token = /#organiser=(.+)$/.exec(link)?.[1] ?? '';
    const socket = await rawSocket(elsewhereOn);
    socket.socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token, sessionId, lastSeq: 0 }));
    await eventually(() => socket.messages.some((m) => (m as { type: string }).type === 'welcome'), 10_000, 'welcome');
    const response = await fetch(`${hostOn}/api/organisers/${organiser.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(await socket.closed).toBe(1006);
    expect(socket.messages.at(-1)).toMatchObject({ type: 'error', reason: 'link.revoked' });
  });

  it('SCALE-5: a process killed with SIGKILL mid-vote: its clients reconnect to another and lose nothing; started again, it serves the same session', async () => {
    const moderator = staff(processes, 0, demo().moderator);
    clients.push(moderator);
    await live(moderator);
    const poll = moderator.state.polls[1];
    if (!poll) throw new Error('the demo session has no second poll');
    for (const open of moderator.state.polls.filter((p) => p.status === 'open')) await moderator.send({ type: 'poll.close', pollId: open.id });
    await moderator.send({ type: 'poll.open', pollId: poll.id });
    const seats: Seat[] = [];
    for (let i = 0; i < 6; i++) seats.push(await participant(processes, 1 + (i % 2), demo().joinCode));
    clients.push(...seats.map((s) => s.client));
    await eventually(() => seats.every((s) => s.client.state.polls.find((p) => p.id === poll.id)?.status === 'open'), 10_000, 'the poll open everywhere');

    const choices = seats.map((_s, i) => poll.options[(i + 1) % poll.options.length]?.id ?? 'none');
    const victim = cluster[1];
    if (!victim) throw new Error('no second process');
    // Half the votes go out, the process dies, then the rest: every one must be counted once.
    const early = Promise.all(seats.slice(0, 3).map((s, i) => s.client.send({ type: 'poll.vote', pollId: poll.id, optionIds: [choices[i] ?? ''] })));
    await victim.kill('SIGKILL');
    cluster[1] = null;
    const late = Promise.all(seats.slice(3).map((s, i) => s.client.send({ type: 'poll.vote', pollId: poll.id, optionIds: [choices[i + 3] ?? ''] })));
    await Promise.all([early, late]);
    await eventually(() => tallyOf(moderator, poll.id)?.total === seats.length, 15_000, 'every vote counted after the kill');
    expect(tallyOf(moderator, poll.id)).toEqual(expectedTally(choices));
    // The clients of the dead process resumed elsewhere from their last sequence.
    await eventually(() => seats.every((s) => s.client.status === 'live' && s.client.state.seq === moderator.state.seq), 15_000, 'every client live again');

    const restarted = await startServerProcess({ PORT: '0', ...env });
    cluster[1] = restarted;
    const observer = staff(processes, 1, demo().onlineModerator);
    clients.push(observer);
    await live(observer);
    expect(observer.state.seq).toBe(moderator.state.seq);
    expect(tallyOf(observer, poll.id)).toEqual(expectedTally(choices));
  });
});

describe('scale-out: Redis stopped and started under a running session', () => {
  let database: PostgresDatabase;
  let redis: PrivateRedis;
  const cluster: ServerProcess[] = [];
  const clients: OpenFloorClient[] = [];

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    database = await createPostgresDatabase();
    cluster.push(...(await startCluster(2, { DATABASE_URL: database.url, REDIS_URL: redis.url })));
  }, 120_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await Promise.all(cluster.map((p) => p.kill('SIGKILL')));
    await redis?.stop();
    await database?.drop();
  });

  it('SCALE-5: no acknowledged write is lost while Redis is down; every screen catches up within seconds of its return', async () => {
    const processes = () => cluster;
    const first = cluster[0];
    if (!first) throw new Error('no process');
    const moderatorA = staff(processes, 0, first.demo.moderator);
    const moderatorB = staff(processes, 1, first.demo.onlineModerator);
    clients.push(moderatorA, moderatorB);
    await Promise.all([live(moderatorA), live(moderatorB)]);
    const seats: Seat[] = [];
    for (let i = 0; i < 4; i++) seats.push(await participant(processes, i % 2, first.demo.joinCode));
    clients.push(...seats.map((s) => s.client));
    const poll = moderatorA.state.polls[0];
    if (!poll) throw new Error('no poll');
    await moderatorA.send({ type: 'poll.open', pollId: poll.id });
    await eventually(() => seats.every((s) => s.client.state.polls.find((p) => p.id === poll.id)?.status === 'open'), 10_000, 'the poll open everywhere');

    await redis.stop();
    // Acknowledged on both processes: PostgreSQL is the truth while the bus is down.
    const choices = seats.map((_s, i) => poll.options[i % 2]?.id ?? 'none');
    await Promise.all(seats.map((s, i) => s.client.send({ type: 'poll.vote', pollId: poll.id, optionIds: [choices[i] ?? ''] })));
    await moderatorA.send({ type: 'floor.add', label: 'During the outage A', channel: 'onsite', intent: 'comment' });
    // B's room has not seen A's hand: its commit conflicts, catches up from the store, and lands after it.
    await moderatorB.send({ type: 'floor.add', label: 'During the outage B', channel: 'online', intent: 'comment' });

    await redis.start();
    const expected = expectedTally(choices);
    for (const screen of [moderatorA, moderatorB]) {
      await eventually(() => isDeepStrictEqual(tallyOf(screen, poll.id), expected), 10_000, 'the whole tally on both processes after Redis is back');
    }
    const log = await storedLog(database.url);
    const lastSeq = log.at(-1)?.seq ?? 0;
    await eventually(() => [moderatorA, moderatorB, ...seats.map((s) => s.client)].every((c) => c.state.seq === lastSeq), 10_000, 'every screen at the last sequence');
    const labels = (c: OpenFloorClient) => (c.state.floor?.queue ?? []).map((h) => h.label);
    expect(labels(moderatorA)).toEqual(labels(moderatorB));
    expect(labels(moderatorA)).toEqual(expect.arrayContaining(['During the outage A', 'During the outage B']));
  });
});
