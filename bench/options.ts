import type { Target } from './fleetProtocol.ts';

/** Command-line options of `npm run bench`. */
export interface Options {
  readonly quick: boolean;
  readonly json: string | null;
  readonly participants: number | null;
  readonly joinSeconds: number | null;
  readonly cpuProfDir: string | null;
  /**
   * For experiments: measure one server only (figures of the other are then missing), or
   * `kinds`: OpenFloor's join storm, single-choice storm and poll kinds only (issue 15), the
   * ratios to single choice of one run without the other phases.
   */
  readonly only: Target | 'kinds' | null;
  /** Wait up to this many seconds for the machine to be quiet before starting. */
  readonly waitQuietSeconds: number;
}

export const USAGE = `usage: npm run bench [-- options]
  --quick               1,000 participants, under a minute; checks that every figure is produced, no target
  --json FILE           also write the figures (and the details behind them) as JSON
  --participants N      participants of the storm (100 to 18,000; default 10,000, quick 1,000)
  --join-seconds S      spread the join storm over S seconds (default 10, quick 2)
  --cpu-prof DIR        profile the OpenFloor server (inspector, loopback) in each phase: DIR/openfloor-<phase>.cpuprofile and a summary
  --only openfloor|reference   measure one server only (for experiments: the ratios are then missing)
  --only kinds          OpenFloor only: join storm, single-choice storm and the poll kinds (word cloud, open text), nothing else
  --wait-quiet S        wait up to S seconds for other work on the machine to stop before starting`;

/** A wrong command line: reported in one line, without a stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseArgs(argv: readonly string[]): Options {
  let quick = false;
  let json: string | null = null;
  let participants: number | null = null;
  let joinSeconds: number | null = null;
  let cpuProfDir: string | null = null;
  let only: Options['only'] = null;
  let waitQuietSeconds = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--quick') quick = true;
    else if (arg === '--json') json = value();
    else if (arg === '--participants') participants = Number(value());
    else if (arg === '--join-seconds') joinSeconds = Number(value());
    else if (arg === '--cpu-prof') cpuProfDir = value();
    else if (arg === '--wait-quiet') waitQuietSeconds = Number(value());
    else if (arg === '--only') {
      const v = value();
      if (v !== 'openfloor' && v !== 'reference' && v !== 'kinds') throw new UsageError('--only takes openfloor, reference or kinds');
      only = v;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new UsageError(`unknown argument ${arg}\n${USAGE}`);
  }
  if (participants !== null && (!Number.isInteger(participants) || participants < 100 || participants > 18_000)) {
    throw new UsageError('--participants must be an integer from 100 to 18,000 (the server holds every socket; a process may open 20,000 files)');
  }
  if (joinSeconds !== null && (!Number.isFinite(joinSeconds) || joinSeconds < 1 || joinSeconds > 60)) throw new UsageError('--join-seconds takes 1 to 60');
  if (!Number.isFinite(waitQuietSeconds) || waitQuietSeconds < 0 || waitQuietSeconds > 600) throw new UsageError('--wait-quiet takes 0 to 600 seconds');
  return { quick, json, participants, joinSeconds, cpuProfDir, only, waitQuietSeconds };
}

/** The size and timing of a run: every phase is bounded, so the run stops by itself. */
export interface Scale {
  readonly mode: 'quick' | 'full';
  /** `--only kinds`: no page weight, durable ingest, reference or later steps. */
  readonly kindsOnly: boolean;
  readonly participants: number;
  readonly fleets: number;
  /** Dedicated participants that send the probe votes (in the orchestrator). */
  readonly probes: number;
  readonly joinWindowMs: number;
  /** After the join window: time allowed for the last joins; then they count as errors. */
  readonly joinGraceMs: number;
  /** `POST /api/join` in flight at most, per fleet. */
  readonly joinConcurrency: number;
  /** Quiet time before reading the server's RSS. */
  readonly settleMs: number;
  readonly stormMs: number;
  readonly stormVotesPerSecond: number;
  /** Word-cloud and open-text storms with probes (bench/kindProbes.ts), each. */
  readonly kindStormMs: number;
  /** After the storm: time allowed for the last acks, then for every screen to see the last probe. */
  readonly stormDrainMs: number;
  readonly screensWaitMs: number;
  readonly ingestMs: number;
  readonly sqliteMs: number;
  readonly sqliteBatch: number;
  readonly tallyIntervalMs: number;
  /** Hard bound of the whole run (after any --wait-quiet). */
  readonly deadlineMs: number;
}

export function scaleFor(options: Options): Scale {
  const quick = options.quick;
  const participants = options.participants ?? (quick ? 1_000 : 10_000);
  return {
    mode: quick ? 'quick' : 'full',
    kindsOnly: options.only === 'kinds',
    participants,
    // At least two fleets, each well under the 19,000 sockets a process may hold here.
    fleets: Math.max(2, Math.ceil(participants / 9_000)),
    probes: quick ? 40 : 200,
    joinWindowMs: (options.joinSeconds ?? (quick ? 2 : 10)) * 1000,
    joinGraceMs: quick ? 15_000 : 45_000,
    joinConcurrency: 32,
    settleMs: quick ? 1_000 : 3_000,
    stormMs: quick ? 5_000 : 12_000,
    stormVotesPerSecond: 2_000,
    kindStormMs: quick ? 3_000 : 8_000,
    stormDrainMs: quick ? 3_000 : 10_000,
    screensWaitMs: quick ? 3_000 : 15_000,
    ingestMs: quick ? 3_000 : 8_000,
    sqliteMs: quick ? 1_000 : 3_000,
    sqliteBatch: 1_000,
    tallyIntervalMs: 100,
    // A profiled server is slower. The start-up and multi-process steps (issue 19) add about a
    // minute in quick mode and two in full mode; the poll kinds (issue 15) up to one more.
    deadlineMs: (quick ? 360_000 : 720_000) + (options.cpuProfDir ? 120_000 : 0),
  };
}
