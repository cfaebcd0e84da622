import { isDeepStrictEqual } from 'node:util';
import { joinSession } from '../../src/client/joinApi.ts';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import type { CommandInput } from '../../src/core/protocol/commands.ts';
import { PUBLIC_QUEUE_LENGTH } from '../../src/core/floor/floorViews.ts';
import { balancedClient, PrivateRedis, startCluster } from '../../test/support/cluster.ts';
import { tokenOf, type ServerProcess } from '../../test/support/testServer.ts';
import { createPostgresDatabase, type PostgresDatabase } from '../../test/integration/postgresDatabase.ts';
import { machineLine, mapLimit, readOptions, sleep, waitUntil } from './common.ts';
import { fmt, percentile } from './loadClients.ts';
import { participantIds, readStoredTruth, type StoredTruth } from './storedTruth.ts';
import { WatchedScreen } from './watchedScreen.ts';

/**
 * Redis down for a minute (issue 19, SCALE-5, SCALE-9): two OpenFloor processes on a fresh
 * PostgreSQL database and a private `redis-server`; participants and two moderators spread over
 * both. Votes, questions, approvals and hands added by the moderators keep flowing while Redis
 * is killed (SIGKILL) for `--outageSeconds` and started again. Checked, each a failure that
 * makes the exit code 1:
 * - every acknowledged write is in PostgreSQL (each participant's ballot is its last
 *   acknowledged vote, every acknowledged question, approval and hand is there, each control
 *   command applied once) — at the end of the outage and at the end of the run;
 * - every screen shows exactly what PostgreSQL holds (sequence, tally, floor queue in order,
 *   questions, own vote) within `--catchUpSeconds` of Redis's return: catch-up p50/max;
 * - every sequence rendered by screens on both processes showed the same floor queue (one
 *   order of control events), and no screen's sequence went back;
 * - no client is stuck: every command is answered within `--answerSeconds`, every client is
 *   live with nothing pending at the end, and a fresh moderator on each process is welcomed
 *   with what PostgreSQL holds.
 *
 *   npm run reliability:redis           60 s outage, 40 participants
 *   npm run reliability:redis:quick     10 s outage, 12 participants (about 50 s)
 */

const { values: o, quick } = readOptions('redisOutage', {
  participants: { full: 40, quick: 12, help: 'participants, half on each process' },
  warmupSeconds: { full: 8, quick: 4, help: 'load with Redis up before the outage' },
  outageSeconds: { full: 60, quick: 10, help: 'how long Redis is down' },
  afterSeconds: { full: 10, quick: 4, help: 'load with Redis back, after the catch-up' },
  catchUpSeconds: { full: 10, quick: 10, help: 'every screen must show the store within this of Redis coming back' },
  answerSeconds: { full: 15, quick: 15, help: 'every command must be answered within this' },
  voteEveryMs: { full: 1_200, quick: 800, help: 'a participant votes again after this (jittered)' },
  askEverySeconds: { full: 20, quick: 15, help: 'a participant asks a question after this (QA-12: 5 a minute)' },
  staffEveryMs: { full: 1_500, quick: 1_000, help: 'each moderator adds a hand (and the first approves a question) after this' },
});

const failures: string[] = [];
function fail(message: string): void {
  failures.push(message);
  console.error(`FAIL ${message}`);
}

type Phase = 'warmup' | 'outage' | 'after';

interface Sent {
  readonly actor: number;
  readonly command: CommandInput;
  readonly phase: Phase;
  readonly sentAt: number;
  answeredAt: number | null;
  ackId: string | null;
  refused: string | null;
}

/** One participant or moderator sending one command at a time, as a page does. */
interface Actor {
  readonly screen: WatchedScreen;
  readonly token: string;
  busy: boolean;
  nextAt: number;
  nextAskAt: number;
  asked: number;
  added: number;
  /** The participant's last acknowledged vote. */
  ballot: readonly string[] | null;
}

async function main(): Promise<void> {
  const started = new Date();
  console.log(
    `redis outage${quick ? ' (quick)' : ''}: 2 processes, ${o.participants} participants, Redis down ${o.outageSeconds} s; ${started.toISOString()}; ${machineLine()}`,
  );
  const redis = await PrivateRedis.start();
  let database: PostgresDatabase | null = null;
  const cluster: ServerProcess[] = [];
  const clients: OpenFloorClient[] = [];
  try {
    database = await createPostgresDatabase();
    cluster.push(...(await startCluster(2, { DATABASE_URL: database.url, REDIS_URL: redis.url, COMMANDS_PER_SECOND: '50' })));
    const [a, b] = cluster as [ServerProcess, ServerProcess];
    const connect = (at: number, token: string) => {
      const client = balancedClient(() => [cluster[at]?.baseUrl ?? ''], token);
      clients.push(client);
      return client;
    };
    const live = (client: OpenFloorClient) => client.waitFor((_s, status) => status === 'live', 20_000);

    const moderators = [
      new WatchedScreen('moderator on A', connect(0, tokenOf(a.demo.moderator)), true, 0),
      new WatchedScreen('online moderator on B', connect(1, tokenOf(b.demo.onlineModerator)), true, 1),
    ];
    await Promise.all(moderators.map((m) => live(m.client)));
    const first = moderators[0]?.client;
    const sessionId = first?.state.session?.id ?? '';
    const poll = first?.state.polls[0];
    if (!first || !poll) throw new Error('the demo session has no poll');
    await first.send({ type: 'poll.open', pollId: poll.id });

    const tokens = await mapLimit(
      Array.from({ length: o.participants }, (_v, i) => i),
      8,
      async (i) => (await joinSession(cluster[i % 2]?.baseUrl ?? '', a.demo.joinCode, i % 2 === 0 ? 'onsite' : 'online')).participantToken,
    );
    const participants = tokens.map((token, i) => new WatchedScreen(`participant ${i} on ${i % 2 === 0 ? 'A' : 'B'}`, connect(i % 2, token), false, i % 2));
    await Promise.all(participants.map((p) => live(p.client)));
    await Promise.all(participants.filter((p) => (p.client.state.guidelines?.codeOfConduct.length ?? 0) > 0).map((p) => p.client.send({ type: 'participant.acceptConduct' })));
    const ids = await participantIds(database.url, tokens);
    participants.forEach((p, i) => (p.participantId = ids.get(tokens[i] ?? '') ?? null));

    const now = () => performance.now();
    const actors: Actor[] = [...moderators, ...participants].map((screen, i) => ({
      screen,
      token: i < moderators.length ? '' : (tokens[i - moderators.length] ?? ''),
      busy: false,
      nextAt: now() + Math.random() * 1_000,
      nextAskAt: now() + Math.random() * o.askEverySeconds * 1_000,
      asked: 0,
      added: 0,
      ballot: null,
    }));
    const sent: Sent[] = [];
    let phase: Phase = 'warmup';
    let running = false;

    /** The next command of an actor, or null when it has nothing to send now. */
    const nextCommand = (actor: Actor, index: number): CommandInput | null => {
      if (actor.screen.staff) {
        // The first moderator approves a waiting question every other turn; both add hands.
        const waiting = actor.screen.client.state.qa.questions.find((q) => q.status === 'pending');
        if (index === 0 && waiting && actor.added % 2 === 1) {
          actor.added += 1;
          return { type: 'qa.approve', questionId: waiting.id, version: waiting.version, text: null };
        }
        actor.added += 1;
        return { type: 'floor.add', label: `${index === 0 ? 'A' : 'B'}${actor.added}`, channel: index === 0 ? 'onsite' : 'online', intent: 'comment' };
      }
      if (now() >= actor.nextAskAt) {
        actor.nextAskAt = now() + o.askEverySeconds * 1_000 * (0.8 + Math.random() * 0.4);
        actor.asked += 1;
        return { type: 'qa.ask', text: `What happens next for group ${String.fromCharCode(97 + (index % 26))}${index}x${actor.asked}?`, displayName: null };
      }
      const option = poll.options[Math.floor(Math.random() * poll.options.length)];
      return option ? { type: 'poll.vote', pollId: poll.id, optionIds: [option.id] } : null;
    };

    /** Sends each actor's next command when it has none in flight and its pause is over, until stopped. */
    const startLoad = async (): Promise<void> => {
      running = true;
      while (running) {
        actors.forEach((actor, index) => {
          if (actor.busy || now() < actor.nextAt) return;
          const command = nextCommand(actor, index);
          if (!command) return;
          const record: Sent = { actor: index, command, phase, sentAt: now(), answeredAt: null, ackId: null, refused: null };
          sent.push(record);
          actor.busy = true;
          actor.screen.client
            .send(command)
            .then((ack) => {
              record.ackId = ack.id;
              if (command.type === 'poll.vote') actor.ballot = command.optionIds;
            })
            .catch((error: unknown) => {
              record.refused = (error as { reason?: string }).reason ?? String(error);
            })
            .finally(() => {
              record.answeredAt = now();
              actor.busy = false;
              actor.nextAt = now() + (actor.screen.staff ? o.staffEveryMs : o.voteEveryMs) * (0.5 + Math.random());
            });
        });
        await sleep(20);
      }
    };

    /** Stops sending and waits for every command in flight to be answered; false if one is stuck. */
    const pause = async (load: Promise<void>): Promise<boolean> => {
      running = false;
      await load;
      return waitUntil(() => actors.every((x) => !x.busy), o.answerSeconds * 1_000, 50);
    };

    /** Every acknowledged write, checked against what PostgreSQL holds. */
    const checkAcknowledged = (truth: StoredTruth, when: string) => {
      let lost = 0;
      const report = (message: string) => {
        lost += 1;
        if (lost <= 10) fail(`${when}: ${message}`);
      };
      for (const actor of actors) {
        const id = actor.screen.participantId;
        if (actor.ballot !== null && !isDeepStrictEqual(truth.ballots.get(id ?? '') ?? null, actor.ballot)) {
          report(`${actor.screen.name}'s last acknowledged vote ${JSON.stringify(actor.ballot)} is stored as ${JSON.stringify(truth.ballots.get(id ?? ''))}`);
        }
      }
      const texts = new Set(truth.questions.values());
      const labels = truth.hands.map((h) => h.label);
      for (const s of sent) {
        if (s.ackId === null) continue;
        const c = s.command;
        if (c.type === 'qa.ask' && !texts.has(c.text)) report(`acknowledged question "${c.text}" is not stored`);
        if (c.type === 'floor.add' && labels.filter((l) => l === c.label).length !== 1) report(`acknowledged hand ${c.label} is stored ${labels.filter((l) => l === c.label).length} times`);
        if (c.type === 'qa.approve' && !truth.published.has(c.questionId)) report(`acknowledged approval of ${c.questionId} is not stored`);
        if (c.type !== 'poll.vote' && truth.commandIds.get(s.ackId) !== 1) report(`control command ${s.ackId} (${c.type}) applied ${truth.commandIds.get(s.ackId) ?? 0} times`);
      }
      if (lost > 10) fail(`${when}: ${lost} acknowledged writes missing or doubled in all`);
      return lost;
    };

    /** Waits until every screen shows the store; returns each screen's time (ms) or null if it never did. */
    const catchUp = async (truth: StoredTruth, from: number, limitMs: number): Promise<Map<WatchedScreen, number | null>> => {
      const times = new Map<WatchedScreen, number | null>();
      const screens = actors.map((x) => x.screen);
      const ownBallot = (s: WatchedScreen) => actors.find((x) => x.screen === s)?.ballot ?? null;
      await waitUntil(
        () => {
          for (const s of screens) if (!times.has(s) && s.differences(truth, poll.id, ownBallot(s)).length === 0) times.set(s, now() - from);
          return times.size === screens.length;
        },
        limitMs,
        25,
      );
      for (const s of screens) {
        if (times.has(s)) continue;
        times.set(s, null);
        fail(`${s.name} does not show the store ${fmt(limitMs / 1000)} s after Redis came back: ${s.differences(truth, poll.id, ownBallot(s)).join('; ')}`);
      }
      return times;
    };

    const warmLoad = startLoad();
    await sleep(o.warmupSeconds * 1_000);
    phase = 'outage';
    const outageStart = now();
    await redis.stop();
    await sleep(o.outageSeconds * 1_000);
    if (!(await pause(warmLoad))) fail(`commands still unanswered ${o.answerSeconds} s after the outage's load stopped`);
    const atReturn = await readStoredTruth(database.url, sessionId, poll.id);
    checkAcknowledged(atReturn, 'end of the outage');
    const behind = actors.filter((x) => x.screen.differences(atReturn, poll.id, x.ballot).length > 0).length;
    await redis.start();
    const back = now();
    const outageMs = back - outageStart;
    const times = await catchUp(atReturn, back, Math.max(o.catchUpSeconds * 1_000, 30_000));
    const caught = [...times.values()].filter((t): t is number => t !== null);
    const late = [...times.entries()].filter(([, t]) => t === null || t > o.catchUpSeconds * 1_000);
    for (const [screen, t] of late) if (t !== null) fail(`${screen.name} caught up only after ${fmt(t / 1000, 1)} s (limit ${o.catchUpSeconds} s)`);

    // Load again with Redis up: the bus must carry every change again, not only the resync.
    phase = 'after';
    const afterLoad = startLoad();
    await sleep(o.afterSeconds * 1_000);
    if (!(await pause(afterLoad))) fail('commands still unanswered at the end');
    const atEnd = await readStoredTruth(database.url, sessionId, poll.id);
    checkAcknowledged(atEnd, 'end of the run');
    const settled = await catchUp(atEnd, now(), o.catchUpSeconds * 1_000);

    // One order of control events: every sequence rendered on both processes showed the same floor.
    const staffFloor = new Map<number, readonly string[]>();
    let compared = 0;
    for (const s of moderators) {
      for (const [seq, ids] of s.floorAt) {
        const other = staffFloor.get(seq);
        if (other && !isDeepStrictEqual(other, ids)) fail(`sequence ${seq}: the staff screens show different floors`);
        if (other) compared += 1;
        staffFloor.set(seq, ids);
      }
    }
    for (const s of participants) {
      for (const [seq, ids] of s.floorAt) {
        const staff = staffFloor.get(seq);
        if (!staff) continue;
        compared += 1;
        if (!isDeepStrictEqual(staff.slice(0, PUBLIC_QUEUE_LENGTH), ids)) fail(`sequence ${seq}: ${s.name} shows another floor than the staff`);
      }
    }
    const order = (s: WatchedScreen) => (s.client.state.floor?.queue ?? []).map((h) => h.id);
    const reference = moderators[0] ? order(moderators[0]) : [];
    for (const s of moderators) if (!isDeepStrictEqual(order(s), reference)) fail(`${s.name}: the floor queue is in another order than on the first moderator's screen`);
    for (const s of participants) if (!isDeepStrictEqual(order(s), reference.slice(0, PUBLIC_QUEUE_LENGTH))) fail(`${s.name}: the floor queue's head is another than the staff's`);
    for (const actor of actors) for (const problem of actor.screen.problems) fail(problem);

    // No client stuck: live, nothing pending, every command answered in time, none refused.
    for (const actor of actors) {
      const c = actor.screen.client;
      if (c.status !== 'live' || c.pendingCount > 0) fail(`${actor.screen.name} is ${c.status} with ${c.pendingCount} commands pending`);
    }
    const unanswered = sent.filter((s) => s.answeredAt === null);
    if (unanswered.length > 0) fail(`${unanswered.length} commands never answered`);
    const slow = sent.filter((s) => s.answeredAt !== null && s.answeredAt - s.sentAt > o.answerSeconds * 1_000);
    if (slow.length > 0) fail(`${slow.length} commands answered after more than ${o.answerSeconds} s`);
    const refused = sent.filter((s) => s.refused !== null);
    for (const s of refused.slice(0, 5)) fail(`${s.command.type} refused: ${s.refused}`);

    // A newcomer on each process is welcomed with what the store holds.
    for (const [at, server] of cluster.entries()) {
      const fresh = new WatchedScreen(`fresh moderator on ${at === 0 ? 'A' : 'B'}`, connect(at, tokenOf(server.demo.moderator)), true, at);
      await live(fresh.client);
      const differences = fresh.differences(atEnd, poll.id, null);
      if (differences.length > 0) fail(`${fresh.name}: ${differences.join('; ')}`);
    }

    const latency = (p: Phase) => sent.filter((s) => s.phase === p && s.answeredAt !== null).map((s) => (s.answeredAt ?? 0) - s.sentAt);
    const count = (p: Phase, type?: string) => sent.filter((s) => s.phase === p && s.ackId !== null && (type === undefined || s.command.type === type)).length;
    console.log('');
    for (const p of ['warmup', 'outage', 'after'] as const) {
      const l = latency(p);
      console.log(
        `${p.padEnd(7)} acknowledged: ${fmt(count(p))} (${fmt(count(p, 'poll.vote'))} votes, ${fmt(count(p, 'qa.ask'))} questions, ${fmt(count(p, 'qa.approve'))} approvals, ${fmt(count(p, 'floor.add'))} hands); answer p50 ${fmt(percentile(l, 50))} ms, max ${fmt(Math.max(0, ...l))} ms`,
      );
    }
    const seconds = (values: readonly number[], p: number) => fmt(percentile(values, p) / 1000, 2);
    console.log(`Redis down ${fmt(outageMs / 1000, 1)} s; at its return ${behind} of ${actors.length} screens differed from the store (sequence ${atReturn.lastSeq}, ${atReturn.tally.total} ballots, ${atReturn.hands.length} hands, ${atReturn.questions.size} questions)`);
    console.log(`catch-up after Redis came back: ${caught.length} of ${times.size} screens, p50 ${seconds(caught, 50)} s, p90 ${seconds(caught, 90)} s, max ${fmt(Math.max(0, ...caught) / 1000, 2)} s`);
    const settledTimes = [...settled.values()].filter((t): t is number => t !== null);
    console.log(`at the end (Redis up): ${settledTimes.length} of ${settled.size} screens equal to the store, after ${fmt(Math.max(0, ...settledTimes) / 1000, 2)} s at most; ${fmt(compared)} (screen, sequence) floors compared across the processes; store at sequence ${atEnd.lastSeq}`);
  } finally {
    for (const client of clients) client.close();
    await Promise.all(cluster.map((p) => p.kill('SIGKILL')));
    await redis.stop();
    await database?.drop();
  }
  if (failures.length > 0) {
    console.error(`\nredis outage: ${failures.length} failure(s)`);
    process.exit(1);
  }
  console.log('redis outage: ok');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
