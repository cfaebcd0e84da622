import { randomBytes } from 'node:crypto';
import pg from 'pg';
import WebSocket from 'ws';
import { joinSession } from '../src/client/joinApi.ts';
import { OpenFloorClient, type SocketLike } from '../src/client/openFloorClient.ts';
import { killAll, startServerChild, stopChild, type ServerChild } from './children.ts';
import { wallNow } from './clock.ts';
import { Histogram } from './stats.ts';

/**
 * Issue 19, part 7: the same closed-loop vote load against 1, 2 (and 4) OpenFloor processes
 * (the build, `dist/node`) on one PostgreSQL database with Redis between them. Participants are
 * spread over the processes round robin; each sends its next vote when the last one is
 * acknowledged (acknowledged = committed in PostgreSQL). Per process count: votes acknowledged
 * per second, ack latency p50/p99, and the time until a moderator on the last process sees the
 * whole tally after the load stops. The load generator runs in this process, on the same cores.
 *
 * `cN` in COUNTS runs one server with OPENFLOOR_PROCESSES=N instead: N node:cluster workers on
 * one port, the way `npm start` uses every core of one machine (SCALE-8).
 *
 * Run by bench/run.ts as its own process: `node --import tsx bench/cluster.ts PARTICIPANTS
 * SECONDS COUNTS` (COUNTS like `1,2,4,c2`); prints one line of JSON.
 */

const participants = Number(process.argv[2] ?? 200);
const seconds = Number(process.argv[3] ?? 5);
/** `N`: N separate processes on ports of their own; `cN`: one `npm start` with OPENFLOOR_PROCESSES=N (SCALE-8), one port. */
const counts = (process.argv[4] ?? '1,2').split(',').map((c) => ({ processes: Number(c.replace(/^c/, '')), shared: c.startsWith('c') }));
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const HOST_TOKEN = 'bench-host-token-0123456789abcdef';

export interface ClusterRun {
  readonly processes: number;
  /** One port shared by `processes` node:cluster workers (OPENFLOOR_PROCESSES), not separate servers. */
  readonly shared: boolean;
  readonly participants: number;
  readonly seconds: number;
  readonly votesAcked: number;
  readonly votesPerSecond: number;
  readonly ackP50Ms: number;
  readonly ackP99Ms: number;
  /** From the end of the load until a moderator on the last process shows every ballot. */
  readonly settleMs: number;
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function client(baseUrl: string, token: string): OpenFloorClient {
  const url = `${baseUrl.replace(/^http/, 'ws')}/ws`;
  return new OpenFloorClient({ url, token, minRetryMs: 50, maxRetryMs: 500, createSocket: (u) => new WebSocket(u) as unknown as SocketLike });
}

function answeredWithin<T>(pending: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`a vote got no answer within ${ms} ms`)), ms);
  });
  return Promise.race([pending, late]).finally(() => clearTimeout(timer));
}

async function runWith({ processes: count, shared }: { processes: number; shared: boolean }): Promise<ClusterRun> {
  const name = `openfloor_bench_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const servers: ServerChild[] = [];
  const clients: OpenFloorClient[] = [];
  try {
    const env = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: url.toString(), REDIS_URL, OPENFLOOR_HOST_TOKEN: HOST_TOKEN, LOG_LEVEL: 'warn', COMMANDS_PER_SECOND: '1000' };
    if (shared) servers.push(await startServerChild('dist/node/server/main.js', { ...env, OPENFLOOR_PROCESSES: String(count) }, /Data: .*\n/));
    else for (let i = 0; i < count; i++) servers.push(await startServerChild('dist/node/server/main.js', env, /Data: .*\n/));
    const bases = servers.map((s) => /running at (\S+)/.exec(s.banner)?.[1] ?? '');
    const banner = servers[0]?.banner ?? '';
    const joinCode = (/join code (\d{3}(?: \d{3})+)/.exec(banner)?.[1] ?? '').replaceAll(' ', '');
    const moderatorToken = /Moderator: +\S+#(\S+)/.exec(banner)?.[1] ?? '';
    const moderator = client(bases[0] ?? '', moderatorToken);
    const watcher = client(bases.at(-1) ?? '', moderatorToken);
    clients.push(moderator, watcher);
    await Promise.all([moderator, watcher].map((c) => c.waitFor((_s, status) => status === 'live', 20_000)));
    const poll = moderator.state.polls[0];
    if (!poll) throw new Error('the demo session has no poll');
    await moderator.send({ type: 'poll.open', pollId: poll.id });
    const voters: OpenFloorClient[] = [];
    for (let i = 0; i < participants; i++) {
      const base = bases[i % bases.length] ?? '';
      const joined = await joinSession(base, joinCode, i % 2 ? 'online' : 'onsite');
      const voter = client(base, joined.participantToken);
      voters.push(voter);
      clients.push(voter);
    }
    await Promise.all(voters.map(async (v) => {
      const state = await v.waitFor((_s, status) => status === 'live', 30_000);
      if ((state.guidelines?.codeOfConduct.length ?? 0) > 0) await v.send({ type: 'participant.acceptConduct' });
    }));
    const latency = new Histogram();
    let acked = 0;
    const end = wallNow() + seconds * 1000;
    const lastChoice = new Map<OpenFloorClient, string>();
    await Promise.all(voters.map(async (v, i) => {
      for (let n = 0; wallNow() < end; n++) {
        const option = poll.options[(i + n) % poll.options.length]?.id ?? '';
        const sent = wallNow();
        // Every command gets an answer: one that does not is a failure, not a wait for the bound.
        await answeredWithin(v.send({ type: 'poll.vote', pollId: poll.id, optionIds: [option] }), 10_000);
        latency.record(wallNow() - sent);
        acked += 1;
        lastChoice.set(v, option);
      }
    }));
    const stopped = wallNow();
    const expected: Record<string, number> = {};
    for (const option of lastChoice.values()) expected[option] = (expected[option] ?? 0) + 1;
    const shows = (counts: Readonly<Record<string, number>> | null | undefined) => Object.entries(expected).every(([id, n]) => counts?.[id] === n);
    await watcher.waitFor((state) => state.tallies[poll.id]?.total === voters.length && shows(state.tallies[poll.id]?.counts), 20_000);
    const settleMs = wallNow() - stopped;
    return {
      processes: count,
      shared,
      participants,
      seconds,
      votesAcked: acked,
      votesPerSecond: acked / seconds,
      ackP50Ms: latency.percentile(50),
      ackP99Ms: latency.percentile(99),
      settleMs,
    };
  } finally {
    for (const c of clients) c.close();
    await Promise.all(servers.map((s) => stopChild(s.child, 'SIGTERM', 5_000)));
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

async function main(): Promise<void> {
  const runs: ClusterRun[] = [];
  for (const count of counts) runs.push(await runWith(count));
  console.log(JSON.stringify(runs));
}

main().then(
  () => {
    killAll();
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    killAll();
    process.exit(1);
  },
);
