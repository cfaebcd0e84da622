import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { joinSession } from '../../src/client/joinApi.ts';
import { RawConnection, type RawOptions } from '../../test/support/rawProtocol.ts';

/**
 * What the floods and drain scripts share: many participants joined and connected over raw
 * sockets (`test/support/rawProtocol.ts`, commands with ids the script chooses), the server's
 * memory from /proc, percentiles and the machine line every published figure carries.
 */

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** `--quick` (the CI version) or the full run. */
export function quickFlag(argv: readonly string[] = process.argv.slice(2)): boolean {
  const unknown = argv.filter((a) => a !== '--quick');
  if (unknown.length > 0) {
    console.error(`unknown arguments: ${unknown.join(' ')} (only --quick)`);
    process.exit(2);
  }
  return argv.includes('--quick');
}

/** The machine, for the report: cores, memory, Node. */
export function machineLine(): string {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Resident memory of a process in MiB (VmRSS of /proc/PID/status), or NaN when it is gone. */
export function rssMiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kib === undefined ? Number.NaN : Number(kib) / 1024;
  } catch {
    return Number.NaN;
  }
}

/** CPU time a process has used so far (user + system) in seconds, from /proc/PID/stat; NaN when it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name (which may hold spaces) start after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Samples a process's resident memory every `intervalMs`, each sample tagged with the phase it fell in. */
export class RssSampler {
  readonly samples: { at: number; mib: number; phase: string }[] = [];
  /** CPU seconds of the process and wall seconds spent in each phase. */
  readonly cpu = new Map<string, { cpu: number; wall: number }>();
  #phase = 'start';
  #phaseStarted = { at: performance.now(), cpu: 0 };
  readonly #timer: ReturnType<typeof setInterval>;

  constructor(
    readonly pid: number,
    intervalMs = 1_000,
  ) {
    this.#phaseStarted = { at: performance.now(), cpu: cpuSeconds(pid) };
    this.#sample();
    this.#timer = setInterval(() => this.#sample(), intervalMs);
  }

  get phase(): string {
    return this.#phase;
  }

  /** Starts a phase: the samples from now on are tagged with it, and the last phase's CPU share is kept. */
  set phase(name: string) {
    const now = { at: performance.now(), cpu: cpuSeconds(this.pid) };
    this.cpu.set(this.#phase, { cpu: now.cpu - this.#phaseStarted.cpu, wall: (now.at - this.#phaseStarted.at) / 1000 });
    this.#phase = name;
    this.#phaseStarted = now;
  }

  /** The process's CPU use in a phase, in cores (1.0: one core busy all the time). */
  cores(phase: string): number {
    const c = this.cpu.get(phase);
    return c && c.wall > 0 ? c.cpu / c.wall : Number.NaN;
  }

  stop(): void {
    clearInterval(this.#timer);
  }

  /** Samples of one phase. */
  of(phase: string): number[] {
    return this.samples.filter((s) => s.phase === phase).map((s) => s.mib);
  }

  get max(): number {
    return Math.max(...this.samples.map((s) => s.mib).filter(Number.isFinite));
  }

  #sample(): void {
    const mib = rssMiB(this.pid);
    if (Number.isFinite(mib)) this.samples.push({ at: performance.now(), mib, phase: this.#phase });
  }
}

/** Runs `task` over `items` with at most `concurrency` at a time; results in order. */
export async function mapLimit<T, R>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** Joins `count` participants by code (alternately onsite and online) and returns their tokens. */
export async function joinParticipants(baseUrl: string, joinCode: string, count: number, concurrency = 16): Promise<string[]> {
  return mapLimit(Array.from({ length: count }, (_v, i) => i), concurrency, async (i) => (await joinSession(baseUrl, joinCode, i % 2 === 0 ? 'onsite' : 'online')).participantToken);
}

/**
 * Connects a participant and accepts the code of conduct where the session has one (GUIDE-3),
 * as a person does before a first vote.
 */
export async function connectParticipant(baseUrl: string, token: string, options: RawOptions = {}): Promise<RawConnection> {
  const conn = await RawConnection.open(baseUrl, token, options);
  if (conn.welcome.me && !conn.welcome.me.conductAccepted && conn.welcome.guidelines.codeOfConduct.length > 0) {
    const { answer } = await conn.command(`conduct-${Math.random().toString(36).slice(2)}`, { type: 'participant.acceptConduct' });
    if (answer.type !== 'ack') throw new Error(`code of conduct: ${answer.reason}`);
  }
  return conn;
}

/** Exact percentile of a sample (sorted copy); NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** A number for a report line: `digits` decimals, thousands separated. */
export function fmt(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '—';
}

/** Counts by key, for reasons and close codes. */
export class Counter {
  readonly #counts = new Map<string, number>();

  add(key: string | number, n = 1): void {
    this.#counts.set(String(key), (this.#counts.get(String(key)) ?? 0) + n);
  }

  get(key: string | number): number {
    return this.#counts.get(String(key)) ?? 0;
  }

  get total(): number {
    let sum = 0;
    for (const n of this.#counts.values()) sum += n;
    return sum;
  }

  toString(): string {
    if (this.#counts.size === 0) return 'none';
    return [...this.#counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${k}: ${fmt(n)}`).join(', ');
  }
}
