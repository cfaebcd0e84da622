import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import { joinSession, socketUrl } from '../src/client/joinApi.ts';
import { acceptConductIfAsked } from './conduct.ts';
import { CommandRefused, OpenFloorClient, type SocketLike } from '../src/client/openFloorClient.ts';
import { sleep, sleepUntil, wallNow } from './clock.ts';
import type {
  FleetEnvelope,
  FleetReply,
  FleetRequest,
  IngestRequest,
  IngestResult,
  JoinRequest,
  KindScreensResult,
  KindStormRequest,
  KindWatchRequest,
  KindWatchResult,
  TextKind,
  JoinResult,
  ScreensResult,
  StormRequest,
  StormResult,
} from './fleetProtocol.ts';
import { kindReader, ScreenTracker } from './screenTracker.ts';
import { Histogram } from './stats.ts';

/**
 * One load-generating process: up to 18,000 participants, each an `OpenFloorClient` over a
 * `ws` socket (no permessage-deflate), joining as a phone does (`POST /api/join`, then the
 * hello). The orchestrator (bench/run.ts) drives it over IPC, phase by phase.
 */

const MAX_SOCKETS = 18_000;

if (!process.send) {
  console.error('bench/fleet.ts is started by bench/run.ts (it needs an IPC channel).');
  process.exit(2);
}

// The fleet dies with its orchestrator.
process.on('disconnect', () => process.exit(1));
// Exit handlers run when the orchestrator ends it (so BENCH_FLEET_CPU_PROF profiles are written).
process.on('SIGTERM', () => process.exit(0));

function reply(message: FleetReply): void {
  process.send?.(message);
}

class Member {
  client: OpenFloorClient | null = null;
  /** Sockets opened for this participant: more than one means it reconnected. */
  sockets = 0;
  /** When the first socket completed its upgrade. */
  openedAt = 0;
  /** Storm votes alternate between o1 and o3, so each one changes the ballot. */
  nextOption: 'o1' | 'o3';
  /** When this participant may send its next ingest vote. */
  nextAllowedAt = 0;

  constructor(readonly index: number) {
    this.nextOption = index % 2 === 0 ? 'o1' : 'o3';
  }

  vote(pollId: string): Promise<unknown> {
    const option = this.nextOption;
    this.nextOption = option === 'o1' ? 'o3' : 'o1';
    if (!this.client) return Promise.reject(new Error('not connected'));
    return this.client.send({ type: 'poll.vote', pollId, optionIds: [option] });
  }

  /** A word-cloud ballot (three words) or an open-text answer, drawn from the storm's vocabulary. */
  write(pollId: string, kind: TextKind, vocabulary: number): Promise<unknown> {
    if (!this.client) return Promise.reject(new Error('not connected'));
    const entries = kind === 'wordcloud' ? [...new Set([0, 1, 2].map(() => stormWord(zipf(vocabulary))))] : [stormAnswer(zipf(vocabulary))];
    return this.client.send({ type: 'poll.write', pollId, entries });
  }
}

/** Zipf-like pick among n, as in bench/pollKinds.ts: a few words are common, most are rare, as in a real room. */
function zipf(n: number): number {
  return Math.min(n - 1, Math.floor(n ** Math.random()) - 1);
}

function stormWord(i: number): string {
  return `word${i.toString(36)}`;
}

function stormAnswer(i: number): string {
  return `Idea number ${String(i)} for safer platforms, with more words in it`;
}


const members: Member[] = [];
let tracker = new ScreenTracker();
let tallyBytes = { count: 0, sum: 0 };
/** Size of the first welcome frame seen by the sampled participant. */
let welcomeBytes = 0;
/** One participant per fleet also records the raw size of its frames. */
let sampleChosen = false;
let stormWindow = { start: Number.POSITIVE_INFINITY, end: Number.NEGATIVE_INFINITY };
/** The word-cloud or open-text poll being probed (bench/kindProbes.ts), if any. */
interface KindPhase {
  readonly pollId: string;
  readonly kind: TextKind;
  readonly tracker: ScreenTracker;
  readonly seeders: ReadonlySet<Member>;
  base: number | null;
  window: { start: number; end: number };
  bytes: { count: number; sum: number; max: number };
}
let kindPhase: KindPhase | null = null;
let phaseErrors = new Map<string, number>();
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

function countError(kind: string): void {
  phaseErrors.set(kind, (phaseErrors.get(kind) ?? 0) + 1);
}

function takeErrors(): Record<string, number> {
  const out = Object.fromEntries(phaseErrors);
  phaseErrors = new Map();
  return out;
}

function errorKind(error: unknown): string {
  if (error instanceof CommandRefused) return `refused:${error.code}`;
  return 'failed';
}

function createSocket(member: Member, sampleFrames: boolean): (url: string) => SocketLike {
  return (url) => {
    member.sockets++;
    const socket = new WebSocket(url, { perMessageDeflate: false });
    if (member.openedAt === 0) socket.once('open', () => (member.openedAt = wallNow()));
    if (sampleFrames) {
      socket.on('message', (data: Buffer, isBinary: boolean) => {
        if (welcomeBytes === 0 && !isBinary && data.subarray(0, 17).toString() === '{"type":"welcome"') welcomeBytes = data.byteLength;
        const now = wallNow();
        // A tally frame starts with its type (both servers write it first).
        if (isBinary || data.subarray(0, 15).toString() !== '{"type":"tally"') return;
        if (now >= stormWindow.start && now <= stormWindow.end) {
          tallyBytes.count++;
          tallyBytes.sum += data.byteLength;
        }
        const phase = kindPhase;
        if (phase && now >= phase.window.start && now <= phase.window.end) {
          phase.bytes.count++;
          phase.bytes.sum += data.byteLength;
          phase.bytes.max = Math.max(phase.bytes.max, data.byteLength);
        }
      });
    }
    return socket as unknown as SocketLike;
  };
}

async function join(request: JoinRequest): Promise<JoinResult> {
  if (members.length + request.count > MAX_SOCKETS) throw new Error(`a fleet holds at most ${MAX_SOCKETS} sockets`);
  takeErrors();
  const connectToWelcome = new Histogram();
  const connectToOpen = new Histogram();
  const openToWelcome = new Histogram();
  const joinToWelcome = new Histogram();
  const httpJoin = new Histogram();
  const samples: string[] = [];
  loopDelay.reset();
  const deadline = request.startAt + request.windowMs + request.graceMs;
  let joined = 0;
  let lastWelcomeAt = 0;
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const acquire = async () => {
    while (inFlight >= request.concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    inFlight++;
  };
  const release = () => {
    inFlight--;
    waiting.shift()?.();
  };
  const fail = (kind: string, detail: string) => {
    countError(kind);
    if (samples.length < 5) samples.push(`${kind}: ${detail}`);
  };

  const joinOne = async (i: number): Promise<void> => {
    const member = new Member(request.firstIndex + i);
    const scheduled = request.startAt + (i * request.windowMs) / request.count;
    await sleepUntil(scheduled);
    let token: string;
    if (request.target === 'openfloor') {
      if (!request.joinCode) throw new Error('OpenFloor joins need a join code');
      await acquire();
      const started = wallNow();
      try {
        if (started > deadline) return fail('timeout', 'join never started');
        const result = await joinSession(request.baseUrl, request.joinCode, member.index % 2 === 0 ? 'onsite' : 'online');
        httpJoin.record(wallNow() - started);
        token = result.participantToken;
      } catch (error) {
        return fail('http', error instanceof Error ? error.message : String(error));
      } finally {
        release();
      }
    } else {
      token = `reference-participant-${member.index}`;
    }
    const createdAt = wallNow();
    const sample = !sampleChosen;
    sampleChosen = true;
    const client = new OpenFloorClient({ url: socketUrl(request.baseUrl), token, createSocket: createSocket(member, sample), minRetryMs: 500, maxRetryMs: 5_000 });
    member.client = client;
    const welcomed = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        unsubscribe();
        resolve(false);
      }, Math.max(0, deadline - wallNow()));
      const unsubscribe = client.subscribe((_state, status) => {
        if (status === 'live' || status === 'refused') {
          clearTimeout(timer);
          unsubscribe();
          resolve(status === 'live');
        }
      });
    });
    if (!welcomed) {
      const kind = client.status === 'refused' ? 'refused' : member.sockets > 1 ? 'closed' : 'timeout';
      // A participant that could not join leaves, so that it loads nothing after the phase.
      client.close();
      return fail(kind, `status ${client.status} after ${member.sockets} socket(s)`);
    }
    const now = wallNow();
    try {
      // After the welcome is timed: reading the code of conduct is the person's time, not the server's.
      await acceptConductIfAsked(client);
    } catch (error) {
      client.close();
      return fail('refused', `code of conduct: ${error instanceof Error ? error.message : String(error)}`);
    }
    members.push(member);
    connectToWelcome.record(now - createdAt);
    if (member.openedAt > 0) {
      connectToOpen.record(member.openedAt - createdAt);
      openToWelcome.record(now - member.openedAt);
    }
    joinToWelcome.record(now - scheduled);
    lastWelcomeAt = Math.max(lastWelcomeAt, now);
    joined++;
    tracker.watch(client, request.pollId);
  };

  await Promise.all(Array.from({ length: request.count }, (_, i) => joinOne(i)));
  return {
    joined,
    errors: takeErrors(),
    errorSamples: samples,
    connectToWelcome: connectToWelcome.toJSON(),
    connectToOpen: connectToOpen.toJSON(),
    openToWelcome: openToWelcome.toJSON(),
    joinToWelcome: joinToWelcome.toJSON(),
    httpJoin: httpJoin.toJSON(),
    lastWelcomeAt,
    welcomeBytes,
    eventLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
  };
}

function reconnectCount(): number {
  return members.reduce((sum, m) => sum + m.sockets - 1, 0);
}

/** `send` casts a member's next ballot (a vote by default); members that do not `takePart` sit the storm out. */
async function storm(request: StormRequest, send: (member: Member) => Promise<unknown> = (m) => m.vote(request.pollId), takePart: (member: Member) => boolean = () => true): Promise<StormResult> {
  takeErrors();
  const voters = members.filter((m) => m.client?.status === 'live' && takePart(m));
  if (voters.length === 0) countError('no participant connected');
  const end = request.startAt + request.durationMs;
  // Frames are counted from the storm's start until the report, after the backlog drained.
  stormWindow = { start: request.startAt, end };
  tracker.setWindow(request.startAt, Number.POSITIVE_INFINITY);
  const reconnectsBefore = reconnectCount();
  const ackLatency = new Histogram();
  const pending: Promise<void>[] = [];
  let sent = 0;
  let acked = 0;
  let behindMax = 0;
  let next = 0;
  loopDelay.reset();
  await sleepUntil(request.startAt);
  // Open loop: every 10 ms, send what the schedule says is due, whatever the answers do.
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = wallNow();
      const due = Math.floor((Math.min(now, end) - request.startAt) * (request.votesPerSecond / 1000));
      behindMax = Math.max(behindMax, due - sent);
      while (sent < due && voters.length > 0) {
        const member = voters[next++ % voters.length];
        if (!member) break;
        const sentAt = wallNow();
        sent++;
        pending.push(
          send(member).then(
            () => {
              acked++;
              ackLatency.record(wallNow() - sentAt);
            },
            (error: unknown) => countError(errorKind(error)),
          ),
        );
      }
      if (now >= end) {
        clearInterval(timer);
        resolve();
      }
    };
    const timer = setInterval(tick, 10);
    tick();
  });
  await Promise.race([Promise.all(pending), sleep(request.drainMs)]);
  const unanswered = sent - acked - [...phaseErrors.values()].reduce((a, b) => a + b, 0);
  if (unanswered > 0) phaseErrors.set('unanswered', unanswered);
  return {
    sent,
    acked,
    errors: takeErrors(),
    behindMax,
    ackLatency: ackLatency.toJSON(),
    tallyFrameBytes: { ...tallyBytes },
    reconnects: reconnectCount() - reconnectsBefore,
    eventLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
  };
}

/** Waits (up to `waitMs`) until every screen has seen the last probe, then reports. */
async function screens(probeSendTimes: readonly number[], waitMs: number): Promise<ScreensResult> {
  const deadline = wallNow() + waitMs;
  while (wallNow() < deadline && !tracker.allSeen(probeSendTimes.length)) await sleep(100);
  return tracker.report(probeSendTimes);
}

async function ingest(request: IngestRequest): Promise<IngestResult> {
  takeErrors();
  const voters = members.filter((m) => m.client?.status === 'live');
  if (voters.length === 0) countError('no participant connected');
  const end = request.startAt + request.durationMs;
  const ackLatency = new Histogram();
  let sent = 0;
  let acked = 0;
  let ackedInWindow = 0;
  loopDelay.reset();
  await sleepUntil(request.startAt);
  // Closed loop: each participant keeps one vote outstanding, at most one per minGapMs.
  const loop = async (member: Member): Promise<void> => {
    member.nextAllowedAt = 0;
    while (wallNow() < end) {
      const wait = member.nextAllowedAt - wallNow();
      if (wait > 0) await sleep(wait);
      if (wallNow() >= end) break;
      const sentAt = wallNow();
      member.nextAllowedAt = sentAt + request.minGapMs;
      sent++;
      try {
        await member.vote(request.pollId);
        const now = wallNow();
        acked++;
        if (now <= end) ackedInWindow++;
        ackLatency.record(now - sentAt);
      } catch (error) {
        countError(errorKind(error));
        if (error instanceof Error && !(error instanceof CommandRefused)) break;
      }
    }
  };
  const loops = Promise.all(voters.map(loop));
  await Promise.race([loops, sleepUntil(end + request.drainMs)]);
  return { sent, ackedInWindow, acked, errors: takeErrors(), ackLatency: ackLatency.toJSON(), eventLoopDelayP99Ms: loopDelay.percentile(99) / 1e6 };
}

async function kindWatch(request: KindWatchRequest): Promise<KindWatchResult> {
  takeErrors();
  kindPhase?.tracker.stop();
  const live = members.filter((m) => m.client?.status === 'live');
  const seeders = new Set(request.seedText === null ? [] : live.filter((m) => m.index % request.seedEvery === 0));
  const tracker = new ScreenTracker();
  const phase: KindPhase = { pollId: request.pollId, kind: request.kind, tracker, seeders, base: null, window: { start: Number.POSITIVE_INFINITY, end: Number.NEGATIVE_INFINITY }, bytes: { count: 0, sum: 0, max: 0 } };
  kindPhase = phase;
  const read = kindReader(request.probe, () => phase.base);
  for (const m of live) if (m.client) tracker.watch(m.client, request.pollId, read);
  let seeded = 0;
  const text = request.seedText;
  if (text !== null) {
    await Promise.all(
      [...seeders].map((m) =>
        (m.client?.send({ type: 'poll.write', pollId: request.pollId, entries: [text] }) ?? Promise.reject(new Error('not connected'))).then(
          () => void seeded++,
          (error: unknown) => countError(errorKind(error)),
        ),
      ),
    );
  }
  return { seeded, seedErrors: takeErrors() };
}

async function kindStorm(request: KindStormRequest): Promise<StormResult> {
  const phase = kindPhase;
  if (phase?.pollId !== request.pollId) throw new Error('kindStorm before kindWatch');
  phase.base = request.base;
  phase.window = { start: request.startAt, end: request.startAt + request.durationMs };
  phase.tracker.setWindow(request.startAt, Number.POSITIVE_INFINITY);
  return storm({ op: 'storm', pollId: request.pollId, votesPerSecond: request.votesPerSecond, startAt: request.startAt, durationMs: request.durationMs, drainMs: request.drainMs }, (m) =>
    m.write(request.pollId, request.kind, request.vocabulary),
  (m) => !phase.seeders.has(m),
  );
}

async function kindScreens(probeSendTimes: readonly number[], waitMs: number): Promise<KindScreensResult> {
  const phase = kindPhase;
  if (!phase) throw new Error('kindScreens before kindWatch');
  const deadline = wallNow() + waitMs;
  while (wallNow() < deadline && !phase.tracker.everySeen(probeSendTimes.length)) await sleep(100);
  const report = phase.tracker.report(probeSendTimes);
  phase.tracker.stop();
  kindPhase = null;
  return { ...report, tallyFrameBytes: { ...phase.bytes } };
}

async function close(): Promise<{ closed: number }> {
  let closed = 0;
  for (const member of members) {
    if (member.client) {
      member.client.close();
      closed++;
    }
  }
  members.length = 0;
  // Ready for the next server.
  kindPhase?.tracker.stop();
  kindPhase = null;
  tracker = new ScreenTracker();
  tallyBytes = { count: 0, sum: 0 };
  welcomeBytes = 0;
  sampleChosen = false;
  stormWindow = { start: Number.POSITIVE_INFINITY, end: Number.NEGATIVE_INFINITY };
  // Let the close frames go out.
  await sleep(200);
  return { closed };
}

async function handle(request: FleetRequest): Promise<unknown> {
  switch (request.op) {
    case 'join':
      return join(request);
    case 'storm':
      return storm(request);
    case 'screens':
      return screens(request.probeSendTimes, request.waitMs);
    case 'ingest':
      return ingest(request);
    case 'kindWatch':
      return kindWatch(request);
    case 'kindStorm':
      return kindStorm(request);
    case 'kindScreens':
      return kindScreens(request.probeSendTimes, request.waitMs);
    case 'close':
      return close();
  }
}

process.on('message', (message: FleetEnvelope) => {
  handle(message.request).then(
    (result) => reply({ id: message.id, ok: true, result }),
    (error: unknown) => reply({ id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});

reply({ id: -1, ok: true, result: 'ready' });
