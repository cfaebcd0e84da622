import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Fleet, installCleanup, killAll, runScript, startServerChild, stopChild } from './children.ts';
import { wallNow } from './clock.ts';
import { figuresOf, targetJson, type SqliteBaseline } from './figures.ts';
import { log, machineBusyShare, phases, startedAt } from './measure.ts';
import { parseArgs, scaleFor, UsageError, type Options, type Scale } from './options.ts';
import { buildWebApp, measurePageWeight, type PageWeight } from './pageWeight.ts';
import { machineInfo, type MachineInfo } from './proc.ts';
import { InspectorProfiler } from './inspector.ts';
import { formatProfileSummary, summariseProfileData } from './profileSummary.ts';
import { finite, machineLine, phaseTable, table } from './report.ts';
import { runTarget, type PhaseHooks, type TargetResult } from './scenario.ts';
import { measureStartup, type StartupFigures } from './startup.ts';
import type { ClusterRun } from './cluster.ts';

/**
 * `npm run bench [-- --quick] [-- --json FILE] …` (see options.ts for every flag)
 *
 * A bounded load test on loopback. It measures OpenFloor (`src/server/main.ts` as a child
 * process, fresh SQLite database in a temporary folder) and, in the same invocation, the
 * reference: a bare `ws` broadcast server (bench/referenceServer.ts) for the socket figures
 * and raw batched better-sqlite3 upserts (bench/sqliteBaseline.ts) for durable ingest. The
 * load comes from fleet processes (bench/fleet.ts) of `OpenFloorClient`s. CPU seconds of the
 * server, the fleets and the whole machine are read from /proc beside wall time for every
 * phase, so that a slow load generator (or other work on the machine) shows as such.
 *
 * Per server: join storm → memory at rest → poll storm with probes (fan-out, vote to screen)
 * → durable ingest (OpenFloor only). Then raw SQLite. Prints a table, and JSON with --json.
 * Quick mode (1,000 participants) checks no target, only that every figure is produced: it
 * exits non-zero when one is missing or a phase failed. Every child is killed on exit, on an
 * error, on SIGINT/SIGTERM and when the run exceeds its bound.
 */

const HOST_TOKEN = 'bench-host-token-0123456789abcdef';

interface RunState {
  readonly options: Options;
  readonly scale: Scale;
  readonly machine: MachineInfo;
  busyBefore: number;
  openfloor: TargetResult | null;
  reference: TargetResult | null;
  sqlite: SqliteBaseline | null;
  page: PageWeight | null;
  profile: string | null;
  /** Start time and memory, from the sources and from the build (issue 19, part 9). */
  startup: StartupFigures[] | null;
  /** The same vote load on 1, 2 (and 4) processes on PostgreSQL + Redis (issue 19, part 7). */
  cluster: ClusterRun[] | null;
  readonly failures: string[];
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Prints the results (and writes the JSON); returns the exit code. */
function report(run: RunState): number {
  const { scale, openfloor, reference, failures } = run;
  const figures = figuresOf(openfloor, reference, run.sqlite, run.page);
  const seconds = (wallNow() - startedAt) / 1000;
  console.log('');
  console.log(`Results (${scale.mode}, ${scale.participants.toLocaleString('en-US')} participants, tally interval ${scale.tallyIntervalMs} ms, ${seconds.toFixed(0)} s):`);
  console.log(table(figures));
  console.log('');
  console.log('CPU seconds per phase (/proc utime+stime, all threads; 2 cores = 200 %):');
  console.log(phaseTable(phases));
  for (const r of [openfloor, reference]) {
    if (!r) continue;
    const parts: string[] = [];
    if (r.join) {
      parts.push(
        `join errors ${JSON.stringify(r.join.errors)}, ${r.join.httpJoin.count ? `POST /api/join p99 ${r.join.httpJoin.percentile(99).toFixed(0)} ms, ` : ''}upgrade p99 ${r.join.connectToOpen.percentile(99).toFixed(0)} ms, hello → welcome p99 ${r.join.openToWelcome.percentile(99).toFixed(0)} ms, ` +
          `all in after ${r.join.allJoinedSeconds.toFixed(1)} s, welcome ${r.join.welcomeBytes} B, fleet event-loop delay p99 ${r.join.fleetLoopDelayP99Ms.map((d) => d.toFixed(0)).join('/')} ms`,
      );
    }
    if (r.storm) {
      parts.push(
        `storm ${r.storm.votesAcked}/${r.storm.votesSent} votes acked (errors ${JSON.stringify(r.storm.voteErrors)}, reconnects ${r.storm.reconnects}, pacer behind ≤ ${r.storm.behindMax}), ` +
          `ack p50/p99 ${r.storm.ackLatency.percentile(50).toFixed(0)}/${r.storm.ackLatency.percentile(99).toFixed(0)} ms, fleet event-loop delay p99 ${r.storm.fleetLoopDelayP99Ms.map((d) => d.toFixed(0)).join('/')} ms, ${r.storm.tallyFrameBytes.toFixed(0)} B per tally frame`,
      );
    }
    if (r.screens) parts.push(`${r.screens.probes} probes × ${r.screens.screens} screens, ${r.screens.missingPairs} pairs unseen`);
    for (const k of r.kinds ?? []) {
      parts.push(`${k.label}: ${k.writesAcked}/${k.writesSent} writes acked (errors ${JSON.stringify(k.writeErrors)}), ${k.probes} probes × ${k.screens} screens, ${k.missingPairs} pairs unseen, projector p99 ${k.projector.percentile(99).toFixed(0)} ms, public tally frame ${k.frameBytes.mean.toFixed(0)} B mean / ${k.frameBytes.max} B max, staff ≤ ${k.staffFrameMaxBytes} B`);
    }
    if (r.ingest) parts.push(`ingest ${r.ingest.acked} acked of ${r.ingest.sent} sent, ${((r.ingest.serverCpuSeconds * 1e6) / Math.max(1, r.ingest.acked)).toFixed(0)} server CPU µs per acked vote`);
    console.log(`${r.target}: ${parts.join('; ')}`);
  }
  if (run.startup) {
    console.log('');
    console.log('Start (spawn to banner, fresh SQLite file, demo session) and memory 1 s later, median:');
    for (const f of run.startup) console.log(`  ${f.how.padEnd(18)} ${f.startMs.toFixed(0).padStart(6)} ms  ${f.startCpuSeconds.toFixed(2).padStart(5)} CPU s  ${f.rssMb.toFixed(0).padStart(4)} MB resident  (${f.runs} starts)`);
  }
  if (run.cluster) {
    const one = run.cluster.find((c) => c.processes === 1 && !c.shared);
    console.log('');
    console.log('Processes on PostgreSQL + Redis, closed-loop votes (acked = committed), load generator on the same cores:');
    for (const c of run.cluster) {
      const ratio = one ? ` (${(c.votesPerSecond / one.votesPerSecond).toFixed(2)} of one process, median ${c.ackP50Ms - one.ackP50Ms >= 0 ? '+' : ''}${(c.ackP50Ms - one.ackP50Ms).toFixed(1)} ms)` : '';
      console.log(`  ${c.shared ? `${c.processes} workers on one port (OPENFLOOR_PROCESSES)` : `${c.processes} process(es)`}: ${Math.round(c.votesPerSecond).toLocaleString('en-US')} votes/s, ack p50/p99 ${c.ackP50Ms.toFixed(1)}/${c.ackP99Ms.toFixed(1)} ms, whole tally on the last process ${c.settleMs.toFixed(0)} ms after the load${ratio}`);
    }
  }
  if (run.profile) {
    console.log('');
    console.log('OpenFloor server CPU profile by phase, top self time:');
    console.log(run.profile);
  }

  const problems = [...failures];
  const only = run.options.only;
  // `--only kinds` asks for the poll kinds and the single-choice figures they are compared with.
  const wanted = (f: (typeof figures)[number]) => only !== 'kinds' || f.versusSingleChoice === true || f.id === 'voteToScreenP50' || f.id === 'voteToScreenP99';
  if (only !== 'reference' && only !== 'kinds' && !(run.cluster && run.cluster.length >= 2 && run.cluster.every((c) => finite(c.votesPerSecond) && c.votesAcked > 0))) problems.push('figure missing: processes on PostgreSQL + Redis');
  if (only !== 'reference' && only !== 'kinds' && !run.cluster?.some((c) => c.shared && c.processes >= 2)) problems.push('figure missing: every core of one machine (OPENFLOOR_PROCESSES)');
  if (only !== 'reference' && only !== 'kinds' && !run.startup?.every((f) => finite(f.startMs) && finite(f.rssMb))) problems.push('figure missing: start time and memory');
  for (const f of figures) {
    if (!f.required || !wanted(f)) continue;
    if (!finite(f.openfloor) && only !== 'reference') problems.push(`figure missing: ${f.name}`);
    // Poll kinds: the ratio to single choice is the figure (issue 15); a miss of 1.2 is reported, not a failure.
    if (f.versusSingleChoice && f.unit === 'ms' && !finite(f.ratio) && only !== 'reference') problems.push(`ratio to single choice missing: ${f.name}`);
    if (!f.id.startsWith('pageWeight') && !f.versusSingleChoice && !finite(f.reference) && only !== 'openfloor' && only !== 'kinds' && !(f.id === 'durableIngest' && only === 'reference')) {
      problems.push(`reference figure missing: ${f.name}`);
    }
  }

  if (run.options.json) {
    const file = resolve(run.options.json);
    mkdirSync(dirname(file), { recursive: true });
    const json = {
      mode: scale.mode,
      scale,
      machine: run.machine,
      machineBusyBeforeRun: run.busyBefore,
      durationSeconds: seconds,
      figures,
      phases,
      openfloor: targetJson(openfloor),
      reference: targetJson(reference),
      sqliteBaseline: run.sqlite,
      pageWeight: run.page,
      startup: run.startup,
      cluster: run.cluster,
      problems,
    };
    writeFileSync(file, `${JSON.stringify(json, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`);
    console.log(`JSON written to ${file}`);
  }

  if (problems.length > 0) {
    console.error(`\nbench: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    return 1;
  }
  const missed = figures.filter((f) => f.met === false);
  console.log(
    `\nbench: every figure produced in ${seconds.toFixed(0)} s${scale.mode === 'quick' ? ' (quick mode checks no target)' : `; targets missed: ${missed.length ? missed.map((f) => f.id).join(', ') : 'none'}`}`,
  );
  return 0;
}

async function runOpenFloor(run: RunState, dir: string, fleets: () => Promise<Fleet[]>): Promise<void> {
  const { options, scale } = run;
  log('building the web app');
  const webRoot = join(dir, 'web');
  buildWebApp(webRoot);
  // Profiling goes through the inspector (loopback, any free port), one profile per phase.
  const nodeArgs = options.cpuProfDir ? ['--inspect=127.0.0.1:0'] : [];
  log('starting OpenFloor');
  const server = await startServerChild(
    'src/server/main.ts',
    {
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: join(dir, 'openfloor.db'),
      OPENFLOOR_HOST_TOKEN: HOST_TOKEN,
      LOG_LEVEL: 'warn',
      TALLY_INTERVAL_MS: String(scale.tallyIntervalMs),
      OPENFLOOR_DEMO: 'true',
      OPENFLOOR_WEB_ROOT: webRoot,
    },
    /Data: .*\n/,
    nodeArgs,
  );
  try {
    const match = (re: RegExp): string => {
      const m = re.exec(server.banner);
      if (!m?.[1]) throw new Error(`the banner lacks ${re}:\n${server.banner}`);
      return m[1];
    };
    const baseUrl = match(/running at (\S+)/);
    const joinCode = match(/join code (\d{3}(?: \d{3})+)/).replaceAll(' ', '');
    const moderator = match(/Moderator: +\S+#(\S+)/);
    const projector = match(/Projector: +\S+#(\S+)/);
    if (!scale.kindsOnly) {
      try {
        log('page weight: the participant page in Chromium');
        const page = await measurePageWeight(baseUrl, joinCode);
        run.page = page;
        const kb = (bytes: number) => (bytes / 1000).toFixed(1);
        log(`page weight: ${kb(page.firstScreenWireBytes)} KB on the wire for the first screen, ${kb(page.wireBytes)} KB until the live session (${kb(page.decodedBytes)} KB decoded): ${page.files.map((f) => `${f.path.replace(/^.*\//, '') || '/'} ${kb(f.wireBytes)}${f.encoding ? ` ${f.encoding}` : ''}`).join(', ')}`);
      } catch (error) {
        run.failures.push(`page weight: ${describe(error)}`);
        log(`page weight failed: ${String(error)}`);
      }
    }
    let hooks: PhaseHooks | undefined;
    let profiler: InspectorProfiler | null = null;
    if (options.cpuProfDir) {
      const dirPath = resolve(options.cpuProfDir);
      mkdirSync(dirPath, { recursive: true });
      const address = /Debugger listening on (ws:\/\/\S+)/.exec(server.output.join(''))?.[1];
      if (!address) throw new Error('the profiled server printed no inspector address');
      const connected = await InspectorProfiler.connect(address);
      profiler = connected;
      const sections: string[] = [];
      hooks = {
        begin: () => connected.start(),
        end: async (phase) => {
          const profile = await connected.stop();
          const file = join(dirPath, `openfloor-${phase.replace(/\s+/g, '-')}.cpuprofile`);
          writeFileSync(file, JSON.stringify(profile));
          sections.push(`--- ${phase} (npx tsx bench/profileSummary.ts ${file})`, formatProfileSummary(summariseProfileData(profile), 20), '');
          run.profile = sections.join('\n');
        },
      };
    }
    try {
      run.openfloor = await runTarget({ target: 'openfloor', server, baseUrl, staff: { moderator, projector, joinCode, hostToken: HOST_TOKEN }, pollId: null }, scale, await fleets(), hooks);
      run.failures.push(...run.openfloor.failures);
    } finally {
      profiler?.close();
    }
  } finally {
    const stopping = wallNow();
    const killed = await stopChild(server.child, 'SIGTERM', 10_000);
    log(`OpenFloor stopped in ${((wallNow() - stopping) / 1000).toFixed(1)} s${killed ? ' (killed: it did not stop within 10 s of SIGTERM)' : ''}`);
  }
}

async function runReference(run: RunState, fleets: () => Promise<Fleet[]>): Promise<void> {
  const { scale, openfloor } = run;
  log('starting the reference server');
  // Its tally frames are padded to the size of OpenFloor's, as measured in this run.
  const frameBytes = openfloor?.storm && finite(openfloor.storm.tallyFrameBytes) ? Math.round(openfloor.storm.tallyFrameBytes) : 110;
  const server = await startServerChild('bench/referenceServer.ts', { PORT: '0', TALLY_INTERVAL_MS: String(scale.tallyIntervalMs), TALLY_FRAME_BYTES: String(frameBytes) }, /reference listening on \d+ poll \S+/);
  try {
    const m = /reference listening on (\d+) poll (\S+)/.exec(server.banner);
    if (!m?.[1] || !m[2]) throw new Error('no port in the reference banner');
    run.reference = await runTarget({ target: 'reference', server, baseUrl: `http://127.0.0.1:${m[1]}`, staff: null, pollId: m[2] }, scale, await fleets());
    run.failures.push(...run.reference.failures);
  } finally {
    await stopChild(server.child, 'SIGTERM');
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const scale = scaleFor(options);
  installCleanup();
  const machine = machineInfo();
  const run: RunState = { options, scale, machine, busyBefore: Number.NaN, openfloor: null, reference: null, sqlite: null, page: null, profile: null, startup: null, cluster: null, failures: [] };

  console.log(`OpenFloor benchmark, ${scale.mode} mode: ${scale.participants.toLocaleString('en-US')} participants in ${scale.fleets} fleet processes, loopback only`);
  console.log(`Machine: ${machineLine(machine)}`);
  if (options.cpuProfDir) console.log(`CPU profile of the OpenFloor server goes to ${options.cpuProfDir} (profiling slows the server: figures of this run are not representative)`);

  let busy = await machineBusyShare(1_000, machine.cores);
  if (options.waitQuietSeconds > 0) {
    const until = wallNow() + options.waitQuietSeconds * 1000;
    while (busy > 0.15 && wallNow() < until) {
      log(`the machine is ${(busy * 100).toFixed(0)} % busy with other work; waiting for it to be quiet`);
      busy = await machineBusyShare(3_000, machine.cores);
    }
  }
  run.busyBefore = busy;
  console.log(`Machine busy before the run: ${(busy * 100).toFixed(0)} % of ${machine.cores} cores${busy > 0.15 ? ' — other work is running; figures will be disturbed (see "other processes" per phase)' : ''}`);

  // The run is bounded: past its deadline it reports what it has and stops every child.
  const deadline = setTimeout(() => {
    run.failures.push(`the run exceeded its bound of ${scale.deadlineMs / 1000} s and was stopped`);
    try {
      report(run);
    } finally {
      killAll();
      process.exit(3);
    }
  }, scale.deadlineMs);
  deadline.unref();

  const dir = mkdtempSync(join(tmpdir(), 'openfloor-bench-'));
  // Removed however the run ends (the signal and deadline handlers exit the process).
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  // The fleet processes start once (in the background) and serve both servers.
  const fleetList = Array.from({ length: scale.fleets }, (_, i) => new Fleet(i));
  const fleetsReady = Promise.all(fleetList.map((f) => f.ready())).then(() => fleetList);
  fleetsReady.catch(() => undefined);
  const fleets = () => fleetsReady;
  try {
    if (options.only !== 'reference') {
      try {
        await runOpenFloor(run, dir, fleets);
      } catch (error) {
        run.failures.push(`openfloor: ${describe(error)}`);
        log(`OpenFloor run failed: ${String(error)}`);
      }
    }
    if (options.only === null || options.only === 'reference') {
      try {
        await runReference(run, fleets);
      } catch (error) {
        run.failures.push(`reference: ${describe(error)}`);
        log(`reference run failed: ${String(error)}`);
      }
    }
    await Promise.all(fleetList.map((f) => f.stop()));
    // Raw SQLite, alone on the machine.
    if (options.only === null || options.only === 'openfloor') {
      try {
        log(`SQLite baseline: batched upserts, ${scale.sqliteBatch} rows per transaction, ${scale.sqliteMs / 1000} s`);
        const out = await runScript('bench/sqliteBaseline.ts', [String(scale.sqliteMs), String(scale.sqliteBatch), String(scale.participants)], 60_000);
        const baseline = JSON.parse(out.trim().split('\n').pop() ?? '') as SqliteBaseline;
        run.sqlite = baseline;
        log(`SQLite baseline: ${Math.round(baseline.rowsPerSecond).toLocaleString('en-US')} rows/s`);
      } catch (error) {
        run.failures.push(`sqlite baseline: ${describe(error)}`);
      }
      try {
        run.startup = await measureStartup(scale.mode === 'quick' ? 1 : 5, join(dir, 'web'));
      } catch (error) {
        run.failures.push(`start time and memory: ${describe(error)}`);
      }
      try {
        // After the start-up step, which built dist/node.
        const [voters, seconds, counts] = scale.mode === 'quick' ? ['40', '3', '1,2,c2'] : ['300', '10', '1,2,4,c2'];
        log(`processes on PostgreSQL + Redis: ${voters} voters for ${seconds} s on ${counts} process(es)`);
        const out = await runScript('bench/cluster.ts', [voters, seconds, counts], 300_000);
        run.cluster = JSON.parse(out.trim().split('\n').pop() ?? '') as ClusterRun[];
      } catch (error) {
        run.failures.push(`processes on PostgreSQL + Redis: ${describe(error)}`);
      }
    }
  } finally {
    await Promise.all(fleetList.map((f) => f.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
  clearTimeout(deadline);
  return report(run);
}

main().then(
  (code) => {
    killAll();
    process.exit(code);
  },
  (error: unknown) => {
    console.error(`bench: ${error instanceof UsageError ? error.message : describe(error)}`);
    killAll();
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
