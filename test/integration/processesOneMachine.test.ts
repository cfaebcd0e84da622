import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { joinSession } from '../../src/client/joinApi.ts';
import { OpenFloorClient, type SocketLike } from '../../src/client/openFloorClient.ts';
import { MACHINE_REDIS_URL, requireRedis } from '../support/cluster.ts';
import { eventually, startServerProcess, tempDir, tokenOf, type ServerProcess } from '../support/testServer.ts';
import { createPostgresDatabase, type PostgresDatabase } from './postgresDatabase.ts';

/**
 * SCALE-8: `npm start`'s entry with OPENFLOOR_PROCESSES=2 runs two worker processes behind one
 * port (node:cluster). Sockets of one session land on both; every screen shows the exact tally;
 * a worker drained with SIGTERM hands its clients to the other without losing a vote.
 */

/** A client whose every connection records which worker took it (the upgrade's x-openfloor-worker). */
interface Tracked {
  readonly client: OpenFloorClient;
  /** The worker of the latest connection. */
  worker: string | null;
}

function tracked(baseUrl: string, token: string): Tracked {
  const seat: Tracked = { client: null as unknown as OpenFloorClient, worker: null };
  const client = new OpenFloorClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/ws`,
    token,
    minRetryMs: 50,
    maxRetryMs: 300,
    createSocket: (url) => {
      const socket = new WebSocket(url);
      socket.on('upgrade', (response) => {
        const worker = response.headers['x-openfloor-worker'];
        seat.worker = typeof worker === 'string' ? worker : null;
      });
      return socket as unknown as SocketLike;
    },
  });
  (seat as { client: OpenFloorClient }).client = client;
  return seat;
}

function tallyOf(client: OpenFloorClient, pollId: string): { total: number; counts: Record<string, number> } | null {
  const t = client.state.tallies[pollId];
  if (!t?.counts) return null;
  return { total: t.total, counts: Object.fromEntries(Object.entries(t.counts).filter(([, n]) => n > 0)) };
}

function expectedTally(votes: readonly string[]): { total: number; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  for (const v of votes) counts[v] = (counts[v] ?? 0) + 1;
  return { total: votes.length, counts };
}

/** The worker processes of the primary: its children that run the server (tsx also starts an esbuild child). */
function workerPids(primary: number): number[] {
  let children: number[];
  try {
    children = execFileSync('pgrep', ['-P', String(primary)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('server/main.');
    } catch {
      return false;
    }
  });
}

describe('SCALE-8: OPENFLOOR_PROCESSES=2 on PostgreSQL and Redis', () => {
  let database: PostgresDatabase;
  let server: ServerProcess | null = null;
  const clients: OpenFloorClient[] = [];

  beforeAll(async () => {
    await requireRedis();
    database = await createPostgresDatabase();
    server = await startServerProcess({ PORT: '0', DATABASE_URL: database.url, REDIS_URL: MACHINE_REDIS_URL, OPENFLOOR_PROCESSES: '2', COMMANDS_PER_SECOND: '100' });
  }, 90_000);

  afterAll(async () => {
    for (const c of clients) c.close();
    await server?.kill('SIGKILL');
    for (const pid of server ? workerPids(server.pid) : []) process.kill(pid, 'SIGKILL');
    await database?.drop();
  }, 60_000);

  it('both workers serve sockets of one session, every screen shows the exact tally, and a worker drained with SIGTERM loses nothing', async () => {
    if (!server) throw new Error('no server');
    const base = server.baseUrl;
    expect(server.output.join('')).toContain('Processes: 2 on this machine (OPENFLOOR_PROCESSES), sharing the port.');
    expect(workerPids(server.pid)).toHaveLength(2);

    // Moderator screens until one sits on each worker (connections are handed out round robin).
    const screens: Tracked[] = [];
    for (let i = 0; i < 6 && new Set(screens.map((s) => s.worker)).size < 2; i++) {
      const screen = tracked(base, tokenOf(server.demo.moderator));
      clients.push(screen.client);
      screens.push(screen);
      await screen.client.waitFor((_s, status) => status === 'live', 20_000);
    }
    expect(new Set(screens.map((s) => s.worker))).toEqual(new Set(['1', '2']));

    const voters: Tracked[] = [];
    for (let i = 0; i < 8; i++) {
      const joined = await joinSession(base, server.demo.joinCode, i % 2 ? 'online' : 'onsite');
      const voter = tracked(base, joined.participantToken);
      clients.push(voter.client);
      voters.push(voter);
      const state = await voter.client.waitFor((_s, status) => status === 'live', 20_000);
      if ((state.guidelines?.codeOfConduct.length ?? 0) > 0) await voter.client.send({ type: 'participant.acceptConduct' });
    }
    expect(new Set(voters.map((v) => v.worker))).toEqual(new Set(['1', '2']));

    const moderator = screens[0]?.client;
    const poll = moderator?.state.polls[0];
    if (!moderator || !poll) throw new Error('the demo session has no poll');
    await moderator.send({ type: 'poll.open', pollId: poll.id });
    await eventually(() => voters.every((v) => v.client.state.polls.find((p) => p.id === poll.id)?.status === 'open'), 10_000, 'the poll open on both workers');
    const options = poll.options.map((o) => o.id);
    const choices = voters.map((_v, i) => options[i % options.length] ?? '');
    await Promise.all(voters.map((v, i) => v.client.send({ type: 'poll.vote', pollId: poll.id, optionIds: [choices[i] ?? ''] })));
    const exact = (votes: readonly string[]) => {
      const expected = expectedTally(votes);
      return eventually(() => screens.every((s) => isDeepStrictEqual(tallyOf(s.client, poll.id), expected)), 15_000, 'the exact tally on every screen').catch((error: unknown) => {
        throw new Error(`${String(error)}: ${JSON.stringify(screens.map((s) => [s.worker, tallyOf(s.client, poll.id)]))}`);
      });
    };
    await exact(choices);

    // Drain worker 1 with SIGTERM: its clients reconnect (to the other worker or its replacement)
    // and every vote they change afterwards counts.
    const pids = workerPids(server.pid);
    const drained = pids[0];
    if (drained === undefined) throw new Error('no worker');
    process.kill(drained, 'SIGTERM');
    await eventually(() => !workerPids(server?.pid ?? -1).includes(drained), 30_000, 'the drained worker gone');
    await eventually(() => [...voters, ...screens].every((s) => s.client.status === 'live'), 30_000, 'every client live again');
    const second = voters.map((_v, i) => options[(i + 1) % options.length] ?? '');
    await Promise.all(voters.map((v, i) => v.client.send({ type: 'poll.vote', pollId: poll.id, optionIds: [second[i] ?? ''] })));
    await exact(second);
    // The primary replaced the drained worker.
    await eventually(() => workerPids(server?.pid ?? -1).length === 2, 30_000, 'a replacement worker');

    // SIGTERM to the primary drains both workers and ends with 0.
    const code = await server.signal('SIGTERM');
    expect(code).toBe(0);
    server = null;
  }, 180_000);
});

describe('SCALE-8: OPENFLOOR_PROCESSES=2 on SQLite', () => {
  it('is refused at start-up with one line naming the alternative', async () => {
    const dir = tempDir();
    try {
      await expect(startServerProcess({ PORT: '0', DATABASE_URL: `${dir.path}/one.db`, OPENFLOOR_PROCESSES: '2' })).rejects.toThrow(
        /server exited with 1:\nopenfloor: invalid configuration: OPENFLOOR_PROCESSES=2 \(2 processes\) needs DATABASE_URL=postgres:\/\/… and REDIS_URL=redis:\/\/…: a SQLite file has one writer, so run one process \(OPENFLOOR_PROCESSES=1\) or move to PostgreSQL \+ Redis/,
      );
    } finally {
      dir.remove();
    }
  }, 60_000);
});
