import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { SessionPlanInput } from '../../src/core/plan.ts';
import { TEMPLATES } from '../../src/core/templates.ts';
import { RawConnection } from '../../test/support/rawProtocol.ts';
import { createSession, startServerProcess, tempDir, TEST_HOST_TOKEN, tokenOf, type ServerProcess } from '../../test/support/testServer.ts';
import { connectParticipant, Counter, fmt, joinParticipants, machineLine, mapLimit, median, percentile, quickFlag, RssSampler, sleep } from './loadClients.ts';

/**
 * Floods and slow readers (issue 12, PROTO-9, PROTO-10). A live poll with N honest voters,
 * watched by a projector and a sample of the voters' phones, measured twice: first alone
 * (baseline), then with one participant flooding commands as fast as it can (its own process)
 * and 100 sockets that never read (paused; each stays paused for 45 s, longer than the
 * heartbeat allows, is read to see what became of it, and is replaced). Each phase reports
 * vote-to-screen p99 (probe votes for option o2, one participant each, until every screen's
 * tally shows them) and ack p99 of the honest votes; the ratio loaded/baseline has a target of
 * 1.2. A last phase shows the send-queue bounds themselves: the honest voters leave but for the
 * watching screens, 100 fresh sockets stop reading, and both moderators change the projector
 * mode as fast as their rate allows (each change sends the whole session, ~30 KB, to every
 * socket: nothing the server may coalesce), so the never-readers pass 4 MiB and must be closed
 * with 4408 while every reading screen gets every frame. The server's memory (VmRSS of its
 * process) is sampled every second.
 *
 * Exits 1 if an honest voter loses an ack (refused, unanswered or its socket closed), if a
 * reading screen misses a frame in the last phase, or if the server's memory is not bounded:
 * over the loaded phase its median of the last tenth may exceed the median of the first tenth
 * by at most RSS_GROWTH_MIB, and it may never exceed RSS_MAX_MIB.
 *
 *   npm run reliability:floods          2,000 voters, 2 min baseline, 10 min loaded
 *   npm run reliability:floods:quick      300 voters, 15 s baseline, 25 s loaded
 */

const quick = quickFlag();
const SETTINGS = quick
  ? { voters: 300, screens: 40, baselineMs: 15_000, loadedMs: 25_000, voteEveryMs: 4_000, probeEveryMs: 200, burstMs: 20_000 }
  : { voters: 2_000, screens: 100, baselineMs: 120_000, loadedMs: 600_000, voteEveryMs: 8_000, probeEveryMs: 500, burstMs: 20_000 };
const NON_READERS = 100;
/** A never-reading socket stays paused this long: past the heartbeat's 30–60 s. */
const NON_READER_PAUSE_MS = 45_000;
/** The last phase: both moderators and the host at 8 changes a second each, for `SETTINGS.burstMs`. */
const BURST_CHANGES_PER_SECOND = 8;
const RSS_GROWTH_MIB = 100;
const RSS_MAX_MIB = 1_536;
const TALLY_PREFIX = '{"type":"tally"';
const SESSION_PREFIX = '{"type":"session.updated"';

const failures: string[] = [];
function fail(message: string): void {
  failures.push(message);
  if (failures.length <= 20) console.error(`FAIL ${message}`);
}

/** A plan as large as the schema allows in agenda text, so that a session frame weighs about 30 KB. */
function largePlan(): SessionPlanInput {
  const template = TEMPLATES['child-online-safety-round-table'];
  const question = 'How do we keep children safe online while respecting their rights to participation, privacy and access to information, and who is responsible for what? '.repeat(3).slice(0, 480);
  const agenda = Array.from({ length: 50 }, (_v, i) => ({ title: `Agenda item ${i + 1}: discussion round on policy area ${i + 1} with the panel and the floor`, policyQuestion: question, plannedMinutes: 5, kind: 'discussion' as const }));
  return { ...template, agenda, polls: template.polls.map((p) => ({ ...p, agendaItem: 0 })) } as SessionPlanInput;
}

/**
 * Every screen's view of the probe count: probe k is the k-th vote for o2 (by a participant of
 * its own, nobody else votes o2), so a tally shows it once its count for o2 is at least k.
 */
class ScreenTracker {
  /** seen[k]: when each screen first showed o2 ≥ k. */
  readonly seen: number[][] = [];
  screens = 0;

  /** An `onFrame` hook for one screen. */
  screen(pollId: string): (raw: string, at: number) => void {
    this.screens += 1;
    let shown = 0;
    return (raw, at) => {
      if (!raw.startsWith(TALLY_PREFIX)) return;
      const tally = JSON.parse(raw) as { pollId: string; counts: Record<string, number> | null };
      if (tally.pollId !== pollId) return;
      const o2 = tally.counts?.o2 ?? 0;
      for (let k = shown + 1; k <= o2; k++) (this.seen[k] ??= []).push(at);
      shown = Math.max(shown, o2);
    };
  }

  allSeen(k: number): boolean {
    return (this.seen[k]?.length ?? 0) >= this.screens;
  }
}

interface PhaseFigures {
  readonly name: string;
  /** Vote to screen, every (probe, screen) pair; a pair never seen counts with its time so far. */
  readonly screen: number[];
  unseen: number;
  /** Send to ack of every honest vote (background and probes). */
  readonly acks: number[];
  lost: number;
  probes: number;
  votes: number;
  loopDelayP99: number;
  /** A newcomer's join and connect (HTTP join, socket, welcome, code of conduct), for the probes. */
  readonly joins: number[];
  readonly joinFailures: Counter;
}

function newPhase(name: string): PhaseFigures {
  return { name, screen: [], unseen: 0, acks: [], lost: 0, probes: 0, votes: 0, loopDelayP99: Number.NaN, joins: [], joinFailures: new Counter() };
}

async function main(): Promise<void> {
  const started = new Date();
  const dir = tempDir();
  const env = { DATABASE_URL: join(dir.path, 'floods.db'), PORT: '0' };
  console.log(
    `floods${quick ? ' (quick)' : ''}: ${fmt(SETTINGS.voters)} voters (one vote each per ${SETTINGS.voteEveryMs / 1000} s), ${SETTINGS.screens} phones and a projector watched, ` +
      `baseline ${SETTINGS.baselineMs / 1000} s, loaded ${SETTINGS.loadedMs / 1000} s; ${started.toISOString()}; ${machineLine()}`,
  );
  const server: ServerProcess = await startServerProcess(env);
  const rss = new RssSampler(server.pid);
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  let flooder: ReturnType<typeof spawn> | null = null;
  try {
    rss.phase = 'setup';
    const session = await createSession(server.baseUrl, { plan: largePlan() });
    const moderatorA = await RawConnection.open(server.baseUrl, tokenOf(session.links.moderator), { keep: false, wanted: () => false });
    const moderatorB = await RawConnection.open(server.baseUrl, tokenOf(session.links.onlineModerator), { keep: false, wanted: () => false });
    const sessionBytes = JSON.stringify(moderatorA.welcome.snapshot?.session ?? {}).length;
    const pollId = moderatorA.welcome.snapshot?.polls[0]?.id ?? '';
    const opened = await moderatorA.command('open', { type: 'poll.open', pollId });
    if (opened.answer.type !== 'ack') throw new Error(`poll.open: ${opened.answer.reason}`);

    const tracker = new ScreenTracker();
    const projector = await RawConnection.open(server.baseUrl, tokenOf(session.links.projector), { keep: false, wanted: () => false, onFrame: tracker.screen(pollId) });
    const joinStarted = performance.now();
    const tokens = await joinParticipants(server.baseUrl, session.joinCode, SETTINGS.voters + 1 + NON_READERS * 2);
    const voterTokens = tokens.slice(0, SETTINGS.voters);
    const flooderToken = tokens[SETTINGS.voters] ?? '';
    const spareTokens = tokens.slice(SETTINGS.voters + 1);
    const voters = await mapLimit(voterTokens, 32, (token, i) =>
      connectParticipant(server.baseUrl, token, i < SETTINGS.screens ? { keep: false, wanted: () => false, onFrame: tracker.screen(pollId) } : { keep: false, wanted: () => false }),
    );
    // An honest voter's socket is never closed by the server while it votes.
    const honestCloses = new Counter();
    for (const v of voters) void v.closed.then(({ code }) => (rss.phase === 'baseline' || rss.phase === 'loaded' || rss.phase === 'setup' ? honestCloses.add(code) : undefined));
    console.log(`setup: ${fmt(voters.length)} voters joined and connected in ${fmt((performance.now() - joinStarted) / 1000, 1)} s; a session frame is ${fmt(sessionBytes / 1024, 1)} KB`);

    // Honest voters: each changes its vote between o1 and o3 at its own pace; probes vote o2.
    let phase = newPhase('baseline');
    let running = true;
    const honest = voters.map(async (conn, i) => {
      let n = 0;
      await sleep(Math.random() * SETTINGS.voteEveryMs);
      while (running && conn.isOpen) {
        n += 1;
        const p = phase;
        const sentAt = performance.now();
        p.votes += 1;
        conn
          .command(`v${i}-${n}`, { type: 'poll.vote', pollId, optionIds: [n % 2 === 0 ? 'o1' : 'o3'] }, 30_000)
          .then(({ answer, at }) => {
            if (answer.type === 'ack') p.acks.push(at - sentAt);
            else {
              p.lost += 1;
              fail(`${p.name}: honest vote v${i}-${n} refused: ${answer.reason}`);
            }
          })
          .catch((error: unknown) => {
            p.lost += 1;
            fail(`${p.name}: honest vote v${i}-${n}: ${error instanceof Error ? error.message : String(error)}`);
          });
        await sleep(SETTINGS.voteEveryMs * (0.5 + Math.random()));
      }
    });

    // Probes: participants of their own (joined as needed, outside the timing), one vote for o2 each.
    const probeSends: number[] = [0];
    const probePhase: PhaseFigures[] = [];
    const readyProbes: RawConnection[] = [];
    const refillProbes = async () => {
      while (running) {
        if (readyProbes.length >= 4) {
          await sleep(20);
          continue;
        }
        // Joining is timed too: a flood must not keep newcomers out.
        const p = phase;
        const joinStarted = performance.now();
        try {
          const [token] = await joinParticipants(server.baseUrl, session.joinCode, 1);
          readyProbes.push(await connectParticipant(server.baseUrl, token ?? '', { keep: false, wanted: () => false, welcomeTimeoutMs: 30_000 }));
          p.joins.push(performance.now() - joinStarted);
        } catch (error) {
          p.joinFailures.add(error instanceof Error ? error.message : String(error));
        }
      }
    };
    const refilling = refillProbes();
    const probing = (async () => {
      while (running) {
        const conn = readyProbes.shift();
        if (!conn) {
          await sleep(5);
          continue;
        }
        const p = phase;
        const k = probeSends.length;
        const sentAt = performance.now();
        probeSends.push(sentAt);
        probePhase[k] = p;
        p.probes += 1;
        p.votes += 1;
        void conn
          .command(`probe-${k}`, { type: 'poll.vote', pollId, optionIds: ['o2'] }, 30_000)
          .then(({ answer, at }) => {
            if (answer.type === 'ack') p.acks.push(at - sentAt);
            else {
              p.lost += 1;
              fail(`${p.name}: probe ${k} refused: ${answer.reason}`);
            }
          })
          .catch((error: unknown) => {
            p.lost += 1;
            fail(`${p.name}: probe ${k}: ${error instanceof Error ? error.message : String(error)}`);
          })
          .finally(() => setTimeout(() => void conn.close(), 5_000));
        await sleep(SETTINGS.probeEveryMs);
      }
    })();

    /** Vote-to-screen pairs of the probes sent in phase `p`, waiting up to 10 s for the last ones. */
    const collectScreens = async (p: PhaseFigures) => {
      const ks = probePhase.flatMap((q, k) => (q === p ? [k] : []));
      const deadline = performance.now() + 10_000;
      while (performance.now() < deadline && !ks.every((k) => tracker.allSeen(k))) await sleep(50);
      const now = performance.now();
      for (const k of ks) {
        const sentAt = probeSends[k] ?? now;
        const times = tracker.seen[k] ?? [];
        for (const t of times) p.screen.push(t - sentAt);
        const unseen = tracker.screens - times.length;
        for (let i = 0; i < unseen; i++) p.screen.push(now - sentAt);
        p.unseen += unseen;
      }
    };

    // Baseline.
    rss.phase = 'baseline';
    loopDelay.reset();
    await sleep(SETTINGS.baselineMs);
    const baseline = phase;
    baseline.loopDelayP99 = loopDelay.percentile(99) / 1e6;

    // Loaded: the flooder and 100 never-reading sockets join the same poll.
    const loaded = newPhase('loaded');
    phase = loaded;
    rss.phase = 'loaded';
    loopDelay.reset();
    const flooderOut: string[] = [];
    // Its stdin is a pipe from this process: when this process ends, however, so does the flooder.
    flooder = spawn(process.execPath, ['--import', 'tsx', 'scripts/reliability/flooder.ts', server.baseUrl, flooderToken, pollId], { stdio: ['pipe', 'pipe', 'inherit'] });
    const child = flooder;
    process.once('exit', () => child.kill('SIGKILL'));
    flooder.stdout?.on('data', (chunk: Buffer) => flooderOut.push(chunk.toString()));
    const flooderExited = new Promise<void>((resolve) => flooder?.on('exit', () => resolve()));
    const nonReaderOutcomes = new Counter();
    let nonReaderCycles = 0;
    const loadedEnds = performance.now() + SETTINGS.loadedMs;
    const nonReading = spareTokens.slice(0, NON_READERS).map(async (token, i) => {
      // Staggered, so that they are not all replaced at once.
      await sleep((i / NON_READERS) * Math.min(NON_READER_PAUSE_MS, SETTINGS.loadedMs));
      while (performance.now() < loadedEnds) {
        let conn: RawConnection;
        try {
          conn = await connectParticipant(server.baseUrl, token, { keep: false, wanted: () => false });
        } catch (error) {
          nonReaderOutcomes.add(`refused at connect: ${error instanceof Error ? error.message : String(error)}`);
          await sleep(1_000);
          continue;
        }
        conn.pause();
        nonReaderCycles += 1;
        await sleep(Math.min(NON_READER_PAUSE_MS, Math.max(0, loadedEnds - performance.now())));
        // Read what piled up: a close (4408 past 4 MiB, 1006 cut by the heartbeat) or frames still coming.
        conn.resume();
        const outcome = await Promise.race([conn.closed.then(({ code }) => `closed ${code}`), sleep(3_000).then(() => 'open, reading again')]);
        nonReaderOutcomes.add(outcome);
        await conn.close();
      }
    });
    await sleep(SETTINGS.loadedMs);
    loaded.loopDelayP99 = loopDelay.percentile(99) / 1e6;
    running = false;
    flooder.kill('SIGTERM');
    await Promise.all([flooderExited, ...nonReading]);
    await Promise.all([honest, probing, refilling]);
    await collectScreens(baseline);
    await collectScreens(loaded);
    for (const conn of readyProbes) await conn.close();
    const flooderStats = JSON.parse(flooderOut.join('').trim() || '{}') as { cpuSeconds?: number; connections?: number; refusedConnections?: number; sent?: number; acks?: number; errors?: Record<string, number>; closes?: Record<string, number> };

    // The bounds themselves: honest voters leave but for the screens; 100 fresh sockets stop reading.
    rss.phase = 'burst';
    const readers = [projector, ...voters.slice(0, SETTINGS.screens)];
    const leaving = voters.slice(SETTINGS.screens);
    await Promise.all(leaving.map((conn) => conn.close()));
    const sessionFrames = new Map<RawConnection, number>();
    for (const r of readers) {
      sessionFrames.set(r, 0);
      r.socket.on('message', (data: Buffer) => {
        if (data.subarray(0, SESSION_PREFIX.length).toString() === SESSION_PREFIX) sessionFrames.set(r, (sessionFrames.get(r) ?? 0) + 1);
      });
    }
    const stalled = await mapLimit(spareTokens.slice(NON_READERS, NON_READERS * 2), 32, (token) => connectParticipant(server.baseUrl, token, { keep: false, wanted: () => false }));
    for (const conn of stalled) conn.pause();
    const burstStarted = performance.now();
    let changes = 0;
    const burstFailures = new Counter();
    const modes = ['agenda', 'join'] as const;
    // The host is the third sender: three senders at 8 changes a second fill 4 MiB past the kernel's ~4 MB in seconds.
    const host = await RawConnection.open(server.baseUrl, TEST_HOST_TOKEN, { sessionId: session.id, keep: false, wanted: () => false });
    await Promise.all(
      [moderatorA, moderatorB, host].map(async (mod, m) => {
        let n = 0;
        while (performance.now() - burstStarted < SETTINGS.burstMs) {
          n += 1;
          const tick = performance.now();
          const { answer } = await mod.command(`show-${m}-${n}`, { type: 'projector.show', mode: modes[(n + m) % 2] ?? 'join', pollId: null }, 30_000);
          if (answer.type === 'ack') changes += 1;
          else burstFailures.add(answer.reason);
          await sleep(1000 / BURST_CHANGES_PER_SECOND - (performance.now() - tick));
        }
      }),
    );
    const burstMs = performance.now() - burstStarted;
    // Read what piled up on the stalled sockets: each must have been closed (4408) or get all of it.
    let stalledBytes = 0;
    for (const conn of stalled) conn.socket.on('message', (data: Buffer) => (stalledBytes += data.byteLength));
    for (const conn of stalled) conn.resume();
    const stalledOutcomes = new Counter();
    await Promise.all(stalled.map(async (conn) => stalledOutcomes.add(await Promise.race([conn.closed.then(({ code }) => `closed ${code}`), sleep(10_000).then(() => 'still open')]))));
    // Readers on a busy machine may lag: give them up to 10 s to read the last frames.
    const readDeadline = performance.now() + 10_000;
    while (performance.now() < readDeadline && readers.some((r) => (sessionFrames.get(r) ?? 0) < changes)) await sleep(50);
    const readerCounts = readers.map((r) => sessionFrames.get(r) ?? 0);
    const readersMissing = readerCounts.filter((n) => n < changes).length;
    if (readersMissing > 0) fail(`burst: ${readersMissing} of ${readers.length} reading screens missed session frames (${changes} changes; fewest received ${Math.min(...readerCounts)})`);
    rss.phase = 'end';
    await sleep(2_000);

    // Figures.
    const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
    const describe = (p: PhaseFigures) =>
      `${p.name}: ${fmt(p.votes)} honest votes (${fmt(p.probes)} probes), ack p50/p99 ${fmt(median(p.acks), 1)}/${fmt(percentile(p.acks, 99), 1)} ms, ` +
      `vote to screen p50/p99 ${fmt(median(p.screen), 1)}/${fmt(percentile(p.screen, 99), 1)} ms over ${fmt(p.screen.length)} (probe, screen) pairs${p.unseen > 0 ? ` (${p.unseen} never seen)` : ''}, ` +
      `acks lost ${p.lost}; a newcomer's join to welcome p50/p99 ${fmt(median(p.joins), 1)}/${fmt(percentile(p.joins, 99), 1)} ms (${fmt(p.joins.length)} joins` +
      `${p.joinFailures.total > 0 ? `, failed: ${p.joinFailures.toString()}` : ''}); generator event-loop delay p99 ${fmt(p.loopDelayP99, 1)} ms`;
    console.log(`\n${describe(baseline)}\n${describe(loaded)}`);
    const screenRatio = ratio(percentile(loaded.screen, 99), percentile(baseline.screen, 99));
    const ackRatio = ratio(percentile(loaded.acks, 99), percentile(baseline.acks, 99));
    console.log(`loaded/baseline: vote to screen p99 ${fmt(screenRatio, 2)} (target ≤ 1.20: ${screenRatio <= 1.2 ? 'met' : 'MISSED'}), ack p99 ${fmt(ackRatio, 2)}`);
    const errors = new Counter();
    for (const [reason, n] of Object.entries(flooderStats.errors ?? {})) errors.add(reason, n);
    const closes = new Counter();
    for (const [code, n] of Object.entries(flooderStats.closes ?? {})) closes.add(code, n);
    console.log(
      `flooder: ${fmt(flooderStats.sent ?? 0)} commands sent on ${fmt(flooderStats.connections ?? 0)} sockets (${fmt(flooderStats.refusedConnections ?? 0)} connections refused), ` +
        `${fmt(flooderStats.acks ?? 0)} acknowledged, refusals ${errors.toString()}; closes ${closes.toString()}; the flooder process used ${fmt(flooderStats.cpuSeconds ?? Number.NaN, 1)} s of CPU in the ${SETTINGS.loadedMs / 1000} s`,
    );
    console.log(`never-reading sockets (loaded phase): ${fmt(nonReaderCycles)} paused for up to ${NON_READER_PAUSE_MS / 1000} s each; when read again: ${nonReaderOutcomes.toString()}`);
    console.log(
      `burst: ${fmt(changes)} projector changes in ${fmt(burstMs / 1000, 1)} s (${fmt((changes * sessionBytes) / (burstMs / 1000) / 1024)} KB/s to every socket)${burstFailures.total > 0 ? `, refused ${burstFailures.toString()}` : ''}; ` +
        `${NON_READERS} stalled sockets: ${stalledOutcomes.toString()} (${fmt(stalledBytes / NON_READERS / 2 ** 20, 1)} MiB each read after resuming); ${readers.length - readersMissing} of ${readers.length} reading screens got every frame`,
    );
    if (honestCloses.total > 0) fail(`honest voters' sockets closed while voting: ${honestCloses.toString()}`);

    // Memory.
    const loadedRss = rss.of('loaded');
    const tenth = Math.max(1, Math.floor(loadedRss.length / 10));
    const growth = median(loadedRss.slice(-tenth)) - median(loadedRss.slice(0, tenth));
    const summary = (name: string) => {
      const s = rss.of(name);
      return `${name} ${fmt(median(s))} (max ${fmt(Math.max(...s))}; CPU ${fmt(rss.cores(name), 2)} cores)`;
    };
    console.log(
      `server RSS, MiB: ${['start', 'setup', 'baseline', 'loaded', 'burst', 'end'].map(summary).join('; ')}; loaded phase growth (median of the last tenth − first tenth) ${fmt(growth, 1)} MiB ` +
        `(bound ${RSS_GROWTH_MIB}); max ${fmt(rss.max)} MiB (bound ${fmt(RSS_MAX_MIB)})`,
    );
    if (growth > RSS_GROWTH_MIB) fail(`server memory grew ${fmt(growth, 1)} MiB over the loaded phase (bound ${RSS_GROWTH_MIB} MiB)`);
    if (rss.max > RSS_MAX_MIB) fail(`server memory reached ${fmt(rss.max)} MiB (bound ${RSS_MAX_MIB} MiB)`);
    await Promise.all([projector, moderatorA, moderatorB, host, ...voters.slice(0, SETTINGS.screens), ...stalled].map((c) => c.close()));
  } finally {
    rss.stop();
    flooder?.kill('SIGKILL');
    await server.kill('SIGKILL');
    dir.remove();
  }
  if (failures.length > 0) {
    console.error(`\nfloods: ${failures.length} failure(s)`);
    process.exit(1);
  }
  console.log('floods: ok');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
