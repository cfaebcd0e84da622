import WebSocket from 'ws';
import { joinSession, socketUrl } from '../src/client/joinApi.ts';
import { acceptConductIfAsked } from './conduct.ts';
import { OpenFloorClient, type SocketLike } from '../src/client/openFloorClient.ts';
import type { Fleet, ServerChild } from './children.ts';
import { sleep, sleepUntil, wallNow } from './clock.ts';
import type { IngestResult, JoinResult, ScreensResult, StormResult, Target } from './fleetProtocol.ts';
import { log, recordPhase, sampleCpu, settledRss } from './measure.ts';
import type { Scale } from './options.ts';
import { runKindProbes, type KindFigures } from './kindProbes.ts';
import { ScreenTracker } from './screenTracker.ts';
import { Histogram, percentileOf, type HistogramData } from './stats.ts';

/**
 * One server under load, phase by phase: the room (a poll with live results, the projector,
 * the probe voters), the join storm, memory at rest, the poll storm with its probes, and
 * (OpenFloor only) durable ingest. Each phase that fails is recorded and the next one still
 * runs where it can, so a bad moment loses one figure, not all of them.
 */

export interface JoinFigures {
  readonly joined: number;
  readonly errors: Record<string, number>;
  readonly errorSamples: string[];
  readonly connectToWelcome: Histogram;
  readonly connectToOpen: Histogram;
  readonly openToWelcome: Histogram;
  readonly joinToWelcome: Histogram;
  readonly httpJoin: Histogram;
  readonly allJoinedSeconds: number;
  readonly welcomeBytes: number;
  readonly fleetLoopDelayP99Ms: number[];
}

export interface StormFigures {
  readonly seconds: number;
  readonly drainSeconds: number;
  /** Server CPU from the storm's start until every screen drained (or the wait ended). */
  readonly fanOutCpuSeconds: number;
  readonly tallyFrames: number;
  readonly framesPerCpuSecond: number;
  readonly tallyFrameBytes: number;
  readonly votesSent: number;
  readonly votesAcked: number;
  readonly voteErrors: Record<string, number>;
  readonly ackLatency: Histogram;
  readonly behindMax: number;
  readonly reconnects: number;
  readonly fleetLoopDelayP99Ms: number[];
}

export interface ScreenFigures {
  readonly probes: number;
  readonly probeErrors: number;
  /** The probes' votes: send → ack, in the lightly loaded orchestrator (the fleets' acks wait behind the frames they parse). */
  readonly probeAck: Histogram;
  /** Every (probe, screen) pair. */
  readonly pairs: Histogram;
  /** Per probe, the latency of its last screen. */
  readonly lastScreen: number[];
  /** The projector alone (it runs in the lightly loaded orchestrator). */
  readonly projector: Histogram;
  readonly missingPairs: number;
  readonly screens: number;
}

export interface IngestFigures {
  readonly votesPerSecond: number;
  readonly acked: number;
  readonly sent: number;
  readonly errors: Record<string, number>;
  readonly ackLatency: Histogram;
  readonly serverCpuSeconds: number;
  readonly seconds: number;
}

export interface TargetResult {
  readonly target: Target;
  readonly serverPid: number;
  readonly participants: number;
  join: JoinFigures | null;
  memory: { rssBefore: number; rssAfter: number; perParticipant: number } | null;
  storm: StormFigures | null;
  screens: ScreenFigures | null;
  ingest: IngestFigures | null;
  /** Word-cloud and open-text polls, probed as single choice is (OpenFloor only, issue 15). */
  kinds: KindFigures[] | null;
  readonly failures: string[];
}

export interface Room {
  readonly target: Target;
  readonly server: ServerChild;
  readonly baseUrl: string;
  /** OpenFloor: the staff links and join code. */
  readonly staff: { readonly moderator: string; readonly projector: string; readonly joinCode: string; readonly hostToken: string } | null;
  /** The reference: its fixed poll id. */
  readonly pollId: string | null;
}

/** `onFrame` sees each raw text frame's bytes. */
export function connect(baseUrl: string, token: string, onFrame?: (data: Buffer) => void): OpenFloorClient {
  return new OpenFloorClient({
    url: socketUrl(baseUrl),
    token,
    createSocket: (url) => {
      const socket = new WebSocket(url, { perMessageDeflate: false });
      if (onFrame) socket.on('message', (data: Buffer, isBinary: boolean) => isBinary || onFrame(data));
      return socket as unknown as SocketLike;
    },
    minRetryMs: 500,
    maxRetryMs: 5_000,
  });
}

async function live(client: OpenFloorClient, what: string): Promise<void> {
  await client.waitFor((_state, status) => status === 'live' || status === 'refused', 30_000);
  if (client.status !== 'live') throw new Error(`${what} was refused: ${client.refusal?.message ?? client.status}`);
}

export function merge(data: readonly HistogramData[]): Histogram {
  const h = new Histogram();
  for (const d of data) h.merge(d);
  return h;
}

function sumErrors(maps: readonly Readonly<Record<string, number>>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const map of maps) for (const [k, v] of Object.entries(map)) out[k] = (out[k] ?? 0) + v;
  return out;
}

export function total(map: Readonly<Record<string, number>>): number {
  return Object.values(map).reduce((a, b) => a + b, 0);
}

function split(count: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(count / parts) + (i < count % parts ? 1 : 0));
}

/** A promise awaited later: its rejection is handled then, not reported as unhandled now. */
function later<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Optional hooks around the measured phases (to profile the server during each). */
export interface PhaseHooks {
  begin(phase: string): Promise<void>;
  end(phase: string): Promise<void>;
}

const noHooks: PhaseHooks = { begin: async () => undefined, end: async () => undefined };

export async function runTarget(room: Room, scale: Scale, fleets: readonly Fleet[], hooks: PhaseHooks = noHooks): Promise<TargetResult> {
  const { target, server, baseUrl, staff } = room;
  const result: TargetResult = { target, serverPid: server.pid, participants: scale.participants, join: null, memory: null, storm: null, screens: null, ingest: null, kinds: null, failures: [] };
  const fail = (phase: string, error: unknown) => {
    result.failures.push(`${target} ${phase}: ${describe(error)}`);
    log(`${target} ${phase} failed: ${describe(error)}`);
  };
  const locals: OpenFloorClient[] = [];
  try {
    // ---- The room: a moderator opens a poll with live results; the projector shows it.
    let pollId: string;
    let projector: OpenFloorClient;
    let moderatorClient: OpenFloorClient | null = null;
    let staffFrameMax = 0;
    if (target === 'openfloor') {
      if (!staff) throw new Error('OpenFloor needs its staff links');
      const moderator = connect(baseUrl, staff.moderator, (data) => {
        if (data.subarray(0, 15).toString() === '{"type":"tally"') staffFrameMax = Math.max(staffFrameMax, data.byteLength);
      });
      moderatorClient = moderator;
      locals.push(moderator);
      await live(moderator, 'the moderator');
      const poll = moderator.state.polls.find((p) => p.resultsVisibility === 'live' && p.kind === 'single' && p.options.length >= 3);
      if (!poll) throw new Error('the demo session has no single-choice poll with live results and three options');
      pollId = poll.id;
      await moderator.send({ type: 'poll.open', pollId });
      projector = connect(baseUrl, staff.projector);
      locals.push(projector);
      await live(projector, 'the projector');
      await projector.waitFor((s) => s.polls.some((p) => p.id === pollId && p.status === 'open'), 10_000);
    } else {
      if (!room.pollId) throw new Error('the reference names its poll');
      pollId = room.pollId;
      projector = connect(baseUrl, 'reference-projector');
      locals.push(projector);
      await live(projector, 'the projector');
    }
    const tracker = new ScreenTracker();
    tracker.watch(projector, pollId);
    // The projector alone too: it sits in this lightly loaded process, so its latency is the
    // server's own, without a saturated fleet's backlog.
    const projectorTracker = new ScreenTracker();
    projectorTracker.watch(projector, pollId);

    // Probe voters: dedicated participants, one vote each, for o2.
    const probes: OpenFloorClient[] = [];
    for (let i = 0; i < scale.probes; i++) {
      const token = staff ? (await joinSession(baseUrl, staff.joinCode, 'onsite')).participantToken : `reference-probe-${i}`;
      const client = connect(baseUrl, token);
      probes.push(client);
      locals.push(client);
    }
    await Promise.all(probes.map((c, i) => live(c, `probe ${i}`)));
    await Promise.all(probes.map((c) => acceptConductIfAsked(c)));
    for (const c of probes) tracker.watch(c, pollId);

    // Memory before: the server with its room, staff and probes, at rest.
    const rssBefore = await settledRss(server.pid, scale.settleMs);

    // ---- Join storm.
    try {
      log(`${target}: join storm, ${scale.participants.toLocaleString('en-US')} participants in ${scale.joinWindowMs / 1000} s`);
      const shares = split(scale.participants, fleets.length);
      await hooks.begin('join storm');
      const startAt = wallNow() + 300;
      const a = sampleCpu(server.pid, fleets);
      const joins = (await Promise.all(
        fleets.map((f, i) =>
          f.call(
            {
              op: 'join',
              target,
              baseUrl,
              joinCode: staff?.joinCode ?? null,
              pollId,
              count: shares[i] ?? 0,
              firstIndex: shares.slice(0, i).reduce((x, y) => x + y, 0),
              startAt,
              windowMs: scale.joinWindowMs,
              concurrency: scale.joinConcurrency,
              graceMs: scale.joinGraceMs,
            },
            scale.joinWindowMs + scale.joinGraceMs + 30_000,
          ),
        ),
      )) as JoinResult[];
      recordPhase(target, 'join storm', a, sampleCpu(server.pid, fleets));
      await hooks.end('join storm');
      const join: JoinFigures = {
        joined: joins.reduce((x, r) => x + r.joined, 0),
        errors: sumErrors(joins.map((r) => r.errors)),
        errorSamples: joins.flatMap((r) => [...r.errorSamples]),
        connectToWelcome: merge(joins.map((r) => r.connectToWelcome)),
        connectToOpen: merge(joins.map((r) => r.connectToOpen)),
        openToWelcome: merge(joins.map((r) => r.openToWelcome)),
        joinToWelcome: merge(joins.map((r) => r.joinToWelcome)),
        httpJoin: merge(joins.map((r) => r.httpJoin)),
        allJoinedSeconds: (Math.max(...joins.map((r) => r.lastWelcomeAt)) - startAt) / 1000,
        welcomeBytes: Math.max(...joins.map((r) => r.welcomeBytes)),
        fleetLoopDelayP99Ms: joins.map((r) => r.eventLoopDelayP99Ms),
      };
      result.join = join;
      log(
        `${target}: ${join.joined.toLocaleString('en-US')} joined (${total(join.errors)} errors), connect→welcome p50 ${join.connectToWelcome.percentile(50).toFixed(0)} ms, p99 ${join.connectToWelcome.percentile(99).toFixed(0)} ms (upgrade p99 ${join.connectToOpen.percentile(99).toFixed(0)} ms, hello → welcome p99 ${join.openToWelcome.percentile(99).toFixed(0)} ms), all in after ${join.allJoinedSeconds.toFixed(1)} s`,
      );
      if (join.errorSamples.length) log(`${target}: join errors, e.g. ${join.errorSamples.slice(0, 3).join(' | ')}`);
      if (join.joined === 0) throw new Error('no participant could join');

      // Memory after: every participant connected and at rest.
      const rssAfter = await settledRss(server.pid, scale.settleMs);
      result.memory = { rssBefore, rssAfter, perParticipant: (rssAfter - rssBefore) / join.joined };
      log(`${target}: RSS ${(rssBefore / 2 ** 20).toFixed(1)} → ${(rssAfter / 2 ** 20).toFixed(1)} MiB, ${(result.memory.perParticipant / 1024).toFixed(1)} KiB per participant`);
    } catch (error) {
      fail('join storm', error);
    }

    // ---- Poll storm with probes.
    try {
      log(`${target}: poll storm, ${scale.stormVotesPerSecond.toLocaleString('en-US')} votes/s for ${scale.stormMs / 1000} s, probes for o2`);
      await hooks.begin('poll storm');
      const startAt = wallNow() + 500;
      const end = startAt + scale.stormMs;
      tracker.setWindow(startAt, Number.POSITIVE_INFINITY);
      const voteShares = split(scale.stormVotesPerSecond, fleets.length);
      const calls = fleets.map((f, i) =>
        later(f.call({ op: 'storm', pollId, votesPerSecond: voteShares[i] ?? 0, startAt, durationMs: scale.stormMs, drainMs: scale.stormDrainMs }, scale.stormMs + scale.stormDrainMs + 60_000)),
      );
      await sleepUntil(startAt);
      const s0 = sampleCpu(server.pid, fleets);
      const probeSendTimes: number[] = [];
      let probeErrors = 0;
      const probeAck = new Histogram();
      await sleep(500);
      // One probe at a time: the next once the projector shows the last (after a random pause
      // of up to one tally interval, so that probes do not lock onto the tally's rhythm), or
      // after 250 ms.
      for (let k = 1; k <= probes.length && wallNow() < end - 300; k++) {
        const client = probes[k - 1];
        if (!client) break;
        const sentAt = wallNow();
        probeSendTimes.push(sentAt);
        client.send({ type: 'poll.vote', pollId, optionIds: ['o2'] }).then(
          () => probeAck.record(wallNow() - sentAt),
          () => probeErrors++,
        );
        const seen = await projector.waitFor((s) => (s.tallies[pollId]?.counts?.o2 ?? 0) >= k, 250).then(
          () => true,
          () => false,
        );
        if (seen) await sleep(Math.min(Math.random() * scale.tallyIntervalMs, sentAt + 250 - wallNow()));
      }
      await sleepUntil(end);
      const s1 = sampleCpu(server.pid, fleets);
      const stormPhase = recordPhase(target, 'poll storm', s0, s1);
      await hooks.end('poll storm');
      const storms = (await Promise.all(calls)) as StormResult[];
      // Every screen should see the last probe; a saturated fleet drains its backlog late.
      const localWait = (async () => {
        const until = wallNow() + scale.screensWaitMs;
        while (wallNow() < until && !tracker.allSeen(probeSendTimes.length)) await sleep(100);
      })();
      const fleetScreens = (await Promise.all(fleets.map((f) => f.call({ op: 'screens', probeSendTimes, waitMs: scale.screensWaitMs }, scale.screensWaitMs + 60_000)))) as ScreensResult[];
      await localWait;
      // Fan-out counts the frames of the storm wherever they were when it ended: the server's
      // CPU until the last screen drained its backlog, and the frames delivered until then.
      const drainPhase = recordPhase(target, 'storm drain', s1, sampleCpu(server.pid, fleets));
      const allScreens = [...fleetScreens, tracker.report(probeSendTimes)];
      const lastScreen: number[] = [];
      probeSendTimes.forEach((_, i) => {
        const values = allScreens.map((s) => s.lastScreen[i] ?? null).filter((v): v is number => v !== null);
        if (values.length > 0) lastScreen.push(Math.max(...values));
      });
      const tallyFrames = allScreens.reduce((x, r) => x + r.tallyFrames, 0);
      const fanOutCpuSeconds = stormPhase.serverCpuSeconds + drainPhase.serverCpuSeconds;
      const frameBytes = storms.reduce((x, r) => ({ count: x.count + r.tallyFrameBytes.count, sum: x.sum + r.tallyFrameBytes.sum }), { count: 0, sum: 0 });
      const storm: StormFigures = {
        seconds: stormPhase.wallSeconds,
        drainSeconds: drainPhase.wallSeconds,
        fanOutCpuSeconds,
        tallyFrames,
        framesPerCpuSecond: tallyFrames / fanOutCpuSeconds,
        tallyFrameBytes: frameBytes.count ? frameBytes.sum / frameBytes.count : Number.NaN,
        votesSent: storms.reduce((x, r) => x + r.sent, 0),
        votesAcked: storms.reduce((x, r) => x + r.acked, 0),
        voteErrors: sumErrors(storms.map((r) => r.errors)),
        ackLatency: merge(storms.map((r) => r.ackLatency)),
        behindMax: Math.max(...storms.map((r) => r.behindMax)),
        reconnects: storms.reduce((x, r) => x + r.reconnects, 0),
        fleetLoopDelayP99Ms: storms.map((r) => r.eventLoopDelayP99Ms),
      };
      const screens: ScreenFigures = {
        probes: probeSendTimes.length,
        probeErrors,
        probeAck,
        pairs: merge(allScreens.map((s) => s.pairs)),
        lastScreen,
        projector: Histogram.from(projectorTracker.report(probeSendTimes).pairs),
        missingPairs: allScreens.reduce((x, s) => x + s.missing, 0),
        screens: allScreens.reduce((x, s) => x + s.screens, 0),
      };
      result.storm = storm;
      result.screens = screens;
      log(
        `${target}: ${tallyFrames.toLocaleString('en-US')} tally frames of ${storm.tallyFrameBytes.toFixed(0)} B for ${fanOutCpuSeconds.toFixed(2)} server CPU s (storm + ${storm.drainSeconds.toFixed(1)} s drain) = ${Math.round(storm.framesPerCpuSecond).toLocaleString('en-US')}/CPU s; ` +
          `${storm.votesAcked.toLocaleString('en-US')}/${storm.votesSent.toLocaleString('en-US')} votes acked; ${screens.probes} probes × ${screens.screens.toLocaleString('en-US')} screens (${screens.missingPairs.toLocaleString('en-US')} pairs unseen): ` +
          `probe ack p50/p99 ${probeAck.percentile(50).toFixed(0)}/${probeAck.percentile(99).toFixed(0)} ms, vote→screen p50 ${screens.pairs.percentile(50).toFixed(0)} ms, p99 ${screens.pairs.percentile(99).toFixed(0)} ms, last screen p99 ${percentileOf(lastScreen, 99).toFixed(0)} ms, projector p99 ${screens.projector.percentile(99).toFixed(0)} ms`,
      );
    } catch (error) {
      fail('poll storm', error);
    }

    // ---- Durable ingest (OpenFloor only: its reference is raw SQLite), with the fan-out running.
    if (target === 'openfloor' && !scale.kindsOnly) {
      try {
        log(`${target}: durable ingest, closed loop, ${scale.ingestMs / 1000} s`);
        await hooks.begin('durable ingest');
        const startAt = wallNow() + 500;
        const calls = fleets.map((f) => later(f.call({ op: 'ingest', pollId, startAt, durationMs: scale.ingestMs, minGapMs: 105, drainMs: 5_000 }, scale.ingestMs + 60_000)));
        await sleepUntil(startAt);
        const a = sampleCpu(server.pid, fleets);
        await sleepUntil(startAt + scale.ingestMs);
        const phase = recordPhase(target, 'durable ingest', a, sampleCpu(server.pid, fleets));
        await hooks.end('durable ingest');
        const results = (await Promise.all(calls)) as IngestResult[];
        const acked = results.reduce((x, r) => x + r.ackedInWindow, 0);
        const ingest: IngestFigures = {
          votesPerSecond: acked / (scale.ingestMs / 1000),
          acked,
          sent: results.reduce((x, r) => x + r.sent, 0),
          errors: sumErrors(results.map((r) => r.errors)),
          ackLatency: merge(results.map((r) => r.ackLatency)),
          serverCpuSeconds: phase.serverCpuSeconds,
          seconds: phase.wallSeconds,
        };
        result.ingest = ingest;
        log(
          `${target}: ${Math.round(ingest.votesPerSecond).toLocaleString('en-US')} votes/s acknowledged after commit, ack p50 ${ingest.ackLatency.percentile(50).toFixed(0)} ms, p99 ${ingest.ackLatency.percentile(99).toFixed(0)} ms, errors ${JSON.stringify(ingest.errors)}`,
        );
      } catch (error) {
        fail('durable ingest', error);
      }
    }

    // ---- Word-cloud and open-text polls, the same participants connected (OpenFloor only).
    if (target === 'openfloor' && staff && moderatorClient) {
      await hooks.begin('poll kinds');
      const takeStaffFrameMax = () => {
        const max = staffFrameMax;
        staffFrameMax = 0;
        return max;
      };
      result.kinds = await runKindProbes({ serverPid: server.pid, baseUrl, hostToken: staff.hostToken, joinCode: staff.joinCode, moderator: moderatorClient, takeStaffFrameMax, projector, probes }, scale, fleets, (phase, error) => fail(phase, error));
      await hooks.end('poll kinds');
    }
  } catch (error) {
    fail('room', error);
  } finally {
    for (const c of locals) c.close();
    // The fleets close their participants and are ready for the next server.
    await Promise.all(fleets.map((f) => f.call({ op: 'close' }, 30_000).catch((error: unknown) => fail('close', error))));
  }
  return result;
}
