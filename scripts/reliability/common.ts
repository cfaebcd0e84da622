/**
 * What the reliability scripts (issue 12, docs/RELIABILITY.md) share: options from the
 * command line, the server as a separate process on a SQLite file of its own, what the kernel
 * says about that process (memory, liveness), SQLite checks made while the server is down,
 * participants joined over HTTP, and a protocol client that keeps its command ids, so that a
 * script sees every ack, every re-send and every close.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import WebSocket from 'ws';
import { joinSession, socketUrl } from '../../src/client/joinApi.ts';
import { ERROR_CODES } from '../../src/core/errors.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';
import { REFUSALS, isRefusalReason } from '../../src/core/refusals.ts';
import { hashToken } from '../../src/server/secrets.ts';
import { connectClient, startServerProcess, tempDir, tokenOf, type ServerProcess } from '../../test/support/testServer.ts';

/** The repository's root: the server process is started from there (`src/server/main.ts`). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// ---------------------------------------------------------------------------------------------
// Options

/** How a script's options are declared: each a number, with its full and its `--quick` value. */
export type NumberOptions = Record<string, { readonly full: number; readonly quick: number; readonly help: string }>;

export interface ScriptOptions<T extends NumberOptions> {
  readonly quick: boolean;
  readonly values: { readonly [K in keyof T]: number };
}

/**
 * Reads `--quick` and `--name value` for every declared option (a value given on the command
 * line wins over the mode's default); `--help` prints them and exits.
 */
export function readOptions<T extends NumberOptions>(script: string, declared: T, argv: readonly string[] = process.argv.slice(2)): ScriptOptions<T> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      ...Object.fromEntries(Object.keys(declared).map((name) => [name, { type: 'string' as const }])),
    },
    strict: true,
  });
  if (values.help) {
    console.log(`usage: tsx scripts/reliability/${script}.ts [--quick] [--name value …]`);
    for (const [name, o] of Object.entries(declared)) console.log(`  --${name.padEnd(16)} ${o.help} (full ${o.full}, quick ${o.quick})`);
    process.exit(0);
  }
  const quick = values.quick === true;
  const out: Record<string, number> = {};
  for (const [name, o] of Object.entries(declared)) {
    const given = (values as Record<string, unknown>)[name];
    const value = typeof given === 'string' ? Number(given) : quick ? o.quick : o.full;
    if (!Number.isFinite(value)) throw new Error(`--${name} takes a number (got ${String(given)})`);
    out[name] = value;
  }
  return { quick, values: out as { [K in keyof T]: number } };
}

// ---------------------------------------------------------------------------------------------
// Time, randomness, concurrency

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A seeded generator (mulberry32): the same seed gives the same run, so a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from the command line (`--seed`) or from the clock; scripts print it. */
export function pickSeed(given: number): number {
  return given > 0 ? given >>> 0 : (Date.now() ^ (process.pid << 16)) >>> 0;
}

/** Runs `task` over `items` with at most `limit` at once; results in order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Polls `check` every `everyMs` until it holds; false if `timeoutMs` passed first. */
export async function waitUntil(check: () => boolean, timeoutMs: number, everyMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(everyMs);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// The server process

/** The server under test: a child process on a SQLite file in a temporary folder, restartable on the same port and file. */
export class ServerUnderTest {
  #process: ServerProcess | null = null;
  #port = 0;
  readonly #dir = tempDir();
  readonly #earlierOutput: string[] = [];
  readonly databasePath: string;
  /** Every start, with how long it took until the server printed its links. */
  readonly starts: { readonly ms: number }[] = [];

  constructor(private readonly env: Record<string, string> = {}) {
    this.databasePath = join(this.#dir.path, 'openfloor.db');
  }

  /** Starts the server (the first time on a free port, then on the same one) and resolves once it serves. */
  async start(): Promise<ServerProcess> {
    if (this.#process) throw new Error('the server is already running');
    process.chdir(REPO_ROOT);
    const started = Date.now();
    const server = await startServerProcess({ LOG_LEVEL: 'warn', ...this.env, DATABASE_URL: this.databasePath, PORT: String(this.#port) });
    this.starts.push({ ms: Date.now() - started });
    this.#port = server.port;
    this.#process = server;
    return server;
  }

  get running(): ServerProcess {
    if (!this.#process) throw new Error('the server is not running');
    return this.#process;
  }

  get isRunning(): boolean {
    return this.#process !== null;
  }

  /** Sends `signal` and resolves once the process is gone, with its exit code (null when a signal ended it). */
  async stop(signal: NodeJS.Signals): Promise<number | null> {
    const server = this.#process;
    if (!server) return null;
    this.#process = null;
    const code = await server.signal(signal);
    this.#earlierOutput.push(server.output.join(''));
    return code;
  }

  /** The lines every start of the server logged at level error or fatal (pino's 50 and 60). */
  errorLines(): string[] {
    const all = [...this.#earlierOutput, (this.#process?.output ?? []).join('')].join('\n');
    return all.split('\n').filter((line) => /"level":(50|60)\b/.test(line));
  }

  /** Whether the process still exists (a crash shows here before any request fails). */
  alive(): boolean {
    return this.#process !== null && processAlive(this.#process.pid);
  }

  /** The last lines the server wrote, for a failure report. */
  outputTail(lines = 40): string {
    return (this.#process?.output ?? []).join('').split('\n').slice(-lines).join('\n');
  }

  /** Stops the server if it runs and removes the temporary folder. */
  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    this.#dir.remove();
  }
}

/** Whether a process exists (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resident memory of a process in KiB (`VmRSS` of /proc/PID/status), NaN if it is gone. */
export function rssKiB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match?.[1] ? Number(match[1]) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

export const mib = (kib: number): string => `${(kib / 1024).toFixed(1)} MiB`;

/** The server answers `/healthz` with 200. */
export async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The server's V8 heap over the inspector protocol (the server started with
 * `NODE_OPTIONS=--inspect=127.0.0.1:0`, loopback only): the heap in use after a full garbage
 * collection says whether memory is still held, where RSS alone also counts pages V8 keeps.
 */
export class HeapInspector {
  #nextId = 1;
  readonly #waiting = new Map<number, (result: unknown) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as { id?: number; result?: unknown };
      if (message.id === undefined) return;
      this.#waiting.get(message.id)?.(message.result);
      this.#waiting.delete(message.id);
    });
  }

  /** The inspector address `node --inspect` printed in `output`. */
  static urlIn(output: readonly string[]): string | null {
    return /Debugger listening on (ws:\/\/\S+)/.exec(output.join(''))?.[1] ?? null;
  }

  static async connect(url: string): Promise<HeapInspector> {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new HeapInspector(socket);
  }

  #call(method: string): Promise<unknown> {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`inspector: ${method} took longer than 60 s`)), 60_000);
      this.#waiting.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      this.socket.send(JSON.stringify({ id, method }));
    });
  }

  /** KiB of V8 heap in use after a full garbage collection. */
  async usedAfterGcKiB(): Promise<number> {
    await this.#call('HeapProfiler.collectGarbage');
    const usage = (await this.#call('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize / 1024;
  }

  close(): void {
    this.socket.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The SQLite file, read while the server is down

/**
 * Opens the server's database while the server is down, read-only where SQLite allows it (so
 * that the check itself does not checkpoint the WAL the next start would recover).
 */
export function openDatabase(path: string): Database.Database {
  try {
    return new Database(path, { readonly: true, fileMustExist: true });
  } catch {
    return new Database(path, { fileMustExist: true });
  }
}

/** `PRAGMA integrity_check`: `['ok']` when the file is sound, else SQLite's list of problems. */
export function integrityCheck(db: Database.Database): string[] {
  return (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
}

/** The participant id each participant token stands for (tokens are stored hashed, PRIV-4). */
export function participantIdsOf(db: Database.Database, tokens: readonly string[]): Map<string, string> {
  const select = db.prepare('select participant_id as id from tokens where token_hash = ?');
  const out = new Map<string, string>();
  for (const token of tokens) {
    const row = select.get(hashToken(token)) as { id: string | null } | undefined;
    if (row?.id) out.set(token, row.id);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Participants and the moderator

/** Joins `count` participants by code over HTTP, as phones do; returns their tokens. */
export async function joinParticipants(baseUrl: string, joinCode: string, count: number, concurrency = 32): Promise<string[]> {
  return mapLimit(Array.from({ length: count }, (_v, i) => i), concurrency, async (i) => {
    const joined = await joinSession(baseUrl, joinCode, i % 2 === 0 ? 'onsite' : 'online');
    return joined.participantToken;
  });
}

/**
 * Connects the demo session's moderator (the project's own client, which reconnects by
 * itself) and opens the demo's first poll; returns the poll and the moderator.
 */
export async function openDemoPoll(server: ServerProcess): Promise<{ pollId: string; options: string[]; moderator: ReturnType<typeof connectClient> }> {
  const moderator = connectClient(server.baseUrl, tokenOf(server.demo.moderator), { minRetryMs: 100, maxRetryMs: 1_000 });
  await moderator.waitFor((_s, status) => status === 'live', 20_000);
  const poll = moderator.state.polls[0];
  if (!poll) throw new Error('the demo session has no poll');
  if (poll.status !== 'open') await moderator.send({ type: 'poll.open', pollId: poll.id });
  return { pollId: poll.id, options: poll.options.map((o) => o.id), moderator };
}

// ---------------------------------------------------------------------------------------------
// Answers

export interface AckFrame {
  readonly type: 'ack';
  readonly id: string;
  readonly seq: number | null;
}

export interface ErrorFrame {
  readonly type: 'error';
  readonly id: string | null;
  readonly code: string;
  readonly reason: string;
  readonly params: Record<string, unknown>;
  readonly message: string;
}

export type Answer = AckFrame | ErrorFrame;

/** The welcome as the scripts read it (the full type is `ServerMessages['welcome']`). */
export interface WelcomeFrame {
  readonly type: 'welcome';
  readonly seq: number;
  readonly me: { readonly votes: Record<string, string[]>; readonly conductAccepted: boolean } | null;
}

/**
 * Whether `frame` is a typed error as the protocol promises (PROTO-8): a known code, a known
 * reason that belongs to that code, params as an object and an English message.
 */
export function isTypedError(frame: unknown): frame is ErrorFrame {
  if (typeof frame !== 'object' || frame === null) return false;
  const f = frame as Record<string, unknown>;
  return (
    f.type === 'error' &&
    (f.id === null || typeof f.id === 'string') &&
    typeof f.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(f.code) &&
    isRefusalReason(f.reason) &&
    REFUSALS[f.reason].code === f.code &&
    typeof f.params === 'object' &&
    f.params !== null &&
    typeof f.message === 'string' &&
    f.message.length > 0
  );
}

/**
 * The `type` of a server frame without parsing all of it: the server writes `type` first, and
 * a room of two thousand sockets receives ten tallies a second each, which the scripts skip.
 */
export function frameType(data: Buffer): string {
  const head = data.toString('latin1', 0, 40);
  const prefix = '{"type":"';
  if (head.startsWith(prefix)) {
    const end = head.indexOf('"', prefix.length);
    if (end > 0) return head.slice(prefix.length, end);
  }
  try {
    const parsed = JSON.parse(data.toString('utf8')) as { type?: unknown };
    return typeof parsed.type === 'string' ? parsed.type : '';
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// The protocol client of the scripts

export type ClientStatus = 'connecting' | 'live' | 'down' | 'closed';

export interface ProtocolClientOptions {
  readonly url: string;
  readonly token: string;
  /** Reconnect after a close with jittered exponential backoff between these bounds; false: stay closed. */
  readonly reconnect?: { readonly minMs: number; readonly maxMs: number } | false;
  /** Called with every frame that is not an answer or a welcome (tallies, presence, …), unparsed. */
  readonly onPush?: (type: string, data: Buffer) => void;
  /** Called at each status change. */
  readonly onStatus?: (status: ClientStatus, closeCode: number | null) => void;
}

interface PendingCommand {
  readonly frame: string;
  readonly resolve: (answer: Answer) => void;
  /** Times the frame went out on a socket. */
  writes: number;
}

/**
 * One participant (or role link) on a real `ws` socket, speaking the protocol as
 * `src/client/openFloorClient.ts` does, but with the command ids in the caller's hands: a
 * command stays pending until it gets an `ack` or an `error`; after every welcome the pending
 * commands go out again, in order, with their original ids (PROTO-4, DUR-2); an `error` with
 * reason `server.draining` keeps the command pending (OPS-3).
 */
export class ProtocolClient {
  status: ClientStatus = 'connecting';
  /** The latest welcome, parsed. */
  welcome: WelcomeFrame | null = null;
  readonly stats = { sockets: 0, welcomes: 0, writes: 0, rewrites: 0, acks: 0, errors: 0, drainingRefusals: 0, closeCodes: new Map<number, number>() };
  readonly #pending = new Map<string, PendingCommand>();
  #socket: WebSocket | null = null;
  #retries = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #closed = false;
  readonly #welcomeWaiters: ((w: WelcomeFrame) => void)[] = [];

  constructor(readonly options: ProtocolClientOptions) {
    this.#connect();
  }

  get pendingCount(): number {
    return this.#pending.size;
  }

  /** Resolves at the next welcome (or at once with the current one while live). */
  live(): Promise<WelcomeFrame> {
    if (this.status === 'live' && this.welcome) return Promise.resolve(this.welcome);
    return new Promise((resolve) => this.#welcomeWaiters.push(resolve));
  }

  /**
   * Sends a command with the caller's `id` and resolves with its answer. While the client is
   * not live the command waits and goes out after the next welcome.
   */
  command(id: string, command: Record<string, unknown>): Promise<Answer> {
    if (this.#pending.has(id)) throw new Error(`command ${id} is already pending`);
    return new Promise((resolve) => {
      const pending: PendingCommand = { frame: JSON.stringify({ type: 'command', id, command }), resolve, writes: 0 };
      this.#pending.set(id, pending);
      if (this.status === 'live') this.#write(pending);
    });
  }

  /** Closes for good; pending commands stay unanswered (the caller knows which). */
  close(): void {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#socket?.close(1000, 'done');
    this.#setStatus('closed', null);
  }

  #connect(): void {
    const socket = new WebSocket(this.options.url, { perMessageDeflate: false });
    this.#socket = socket;
    this.stats.sockets += 1;
    socket.on('open', () => {
      socket.send(JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token: this.options.token, lastSeq: 0 }));
    });
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) return;
      const type = frameType(data);
      if (type === 'ack' || type === 'error') this.#answer(JSON.parse(data.toString('utf8')) as Answer);
      else if (type === 'welcome') this.#welcomed(JSON.parse(data.toString('utf8')) as WelcomeFrame);
      else this.options.onPush?.(type, data);
    });
    // A refused connection (server down) ends in 'close' too; 'error' alone decides nothing.
    socket.on('error', () => undefined);
    socket.on('close', (code: number) => {
      if (this.#socket !== socket) return;
      this.#socket = null;
      this.stats.closeCodes.set(code, (this.stats.closeCodes.get(code) ?? 0) + 1);
      if (this.#closed) return;
      this.#setStatus('down', code);
      const backoff = this.options.reconnect ?? { minMs: 100, maxMs: 2_000 };
      if (backoff === false) return;
      const delay = Math.min(backoff.maxMs, backoff.minMs * 2 ** this.#retries) * (0.5 + Math.random() / 2);
      this.#retries += 1;
      this.#timer = setTimeout(() => {
        this.#timer = null;
        if (!this.#closed) this.#connect();
      }, delay);
    });
  }

  #welcomed(welcome: WelcomeFrame): void {
    this.welcome = welcome;
    this.stats.welcomes += 1;
    this.#retries = 0;
    this.#setStatus('live', null);
    for (const pending of this.#pending.values()) this.#write(pending);
    for (const waiter of this.#welcomeWaiters.splice(0)) waiter(welcome);
  }

  #answer(answer: Answer): void {
    if (answer.id === null) return;
    const pending = this.#pending.get(answer.id);
    if (!pending) return;
    if (answer.type === 'error' && answer.reason === 'server.draining') {
      this.stats.drainingRefusals += 1;
      return;
    }
    this.#pending.delete(answer.id);
    if (answer.type === 'ack') this.stats.acks += 1;
    else this.stats.errors += 1;
    pending.resolve(answer);
  }

  #write(pending: PendingCommand): void {
    const socket = this.#socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    socket.send(pending.frame);
    pending.writes += 1;
    this.stats.writes += 1;
    if (pending.writes > 1) this.stats.rewrites += 1;
  }

  #setStatus(status: ClientStatus, closeCode: number | null): void {
    this.status = status;
    this.options.onStatus?.(status, closeCode);
  }
}

/** The WebSocket URL of a running server. */
export function wsUrl(server: ServerProcess): string {
  return socketUrl(server.baseUrl);
}

// ---------------------------------------------------------------------------------------------
// Reporting

/** Prints `rows` as an aligned two-column table under `title`. */
export function printFigures(title: string, rows: readonly (readonly [string, string | number])[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) console.log(`  ${key.padEnd(width)}  ${typeof value === 'number' ? value.toLocaleString('en-GB') : value}`);
}

/** The machine, as the figures in docs/RELIABILITY.md name it. */
export function machineLine(): string {
  let cpu = 'unknown CPU';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: the CPU stays unnamed.
  }
  let load = '';
  try {
    load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    // Not Linux.
  }
  return `${cpu}, ${String(availableParallelism())} cores, Node ${process.version}, load average before the run ${load || 'unknown'}`;
}
