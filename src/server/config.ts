import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { HttpLimits } from './http/rateLimits.ts';
import { DEFAULT_RETENTION_INTERVAL_MS } from './retention/retentionJob.ts';
import { DEFAULT_QUIZ_SWEEP_MS } from './rooms/quizSweep.ts';
import { parseDatabaseUrl, type DatabaseLocation } from './store/openStore.ts';
import { DEFAULT_SOCKET_LIMITS, limitsForCommandRate, type SocketLimitOptions } from './transport/socketLimits.ts';

/**
 * All configuration, read and validated in one place from the environment. A bad value
 * stops start-up with one line naming the variable.
 */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** The address phones in the room use; goes into printed links and the QR code. Null: derived from host and port. */
  readonly publicUrl: string | null;
  readonly database: DatabaseLocation;
  /** SQLite files: commit votes and joins on a thread of their own (`worker`) or on the event loop (`inline`). */
  readonly sqliteWrites: 'worker' | 'inline';
  /** Fixed host token; null to generate one at first start. */
  readonly hostToken: string | null;
  /** Origins allowed to open a WebSocket besides the server's own. */
  readonly allowedOrigins: readonly string[];
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Least time between two tally messages for one poll (PROTO-7). */
  readonly tallyIntervalMs: number;
  /** The HTTP rate limits (LIMIT-1..LIMIT-5). */
  readonly limits: HttpLimits;
  /** Create the demo session at first start. */
  readonly demo: boolean;
  /** Where the built web app is. */
  readonly webRoot: string;
  /** Bounds on sockets and command rates (PROTO-9). */
  readonly socketLimits: SocketLimitOptions;
  /** How often the retention job looks for sessions past their retention period (RETAIN-1). */
  readonly retentionIntervalMs: number;
  /** How often the quiz sweep closes the quizzes whose time is up in rooms no client loaded (POLL-61). */
  readonly quizSweepMs: number;
  /** Redis for the bus between processes (SCALE-2); null: one process, the in-process bus. */
  readonly redisUrl: string | null;
  /** SCALE-8: how many server processes `main` runs on this machine, sharing the port (node:cluster). */
  readonly processes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const origin = z.url().transform((u, ctx) => {
  const parsed = new URL(u);
  if (parsed.origin === 'null') ctx.addIssue({ code: 'custom', message: 'must be an http(s) origin' });
  return parsed.origin;
});

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  DATABASE_URL: z.string().min(1).default('sqlite:./data/openfloor.db'),
  SQLITE_WRITES: z.enum(['worker', 'inline']).default('worker'),
  OPENFLOOR_HOST_TOKEN: z.string().min(24, 'must be at least 24 characters').max(128).optional(),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(origin)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TALLY_INTERVAL_MS: z.coerce.number().int().min(10).max(5000).default(100),
  // The HTTP limits (LIMIT-1..LIMIT-5, docs/protocol.md); 0 turns a limit off.
  HTTP_REQUESTS_PER_MINUTE_PER_IP: z.coerce.number().int().min(0).default(120_000),
  HTTP_REQUESTS_PER_SECOND_PER_ROUTE: z.coerce.number().int().min(0).default(5_000),
  JOIN_CODE_MISSES_PER_IP: z.coerce.number().int().min(0).default(20),
  JOIN_CODE_MISS_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  JOINS_PER_MINUTE_PER_CODE_PER_IP: z.coerce.number().int().min(0).default(30_000),
  HOST_TOKEN_FAILURES_PER_IP: z.coerce.number().int().min(0).default(10),
  HOST_TOKEN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  OPENFLOOR_DEMO: z.enum(['true', 'false', '1', '0']).default('true').transform((v) => v === 'true' || v === '1'),
  OPENFLOOR_WEB_ROOT: z.string().min(1).default('dist/web'),
  SOCKETS_PER_TOKEN: z.coerce.number().int().min(1).default(DEFAULT_SOCKET_LIMITS.perToken),
  SOCKETS_PER_ADDRESS: z.coerce.number().int().min(1).default(DEFAULT_SOCKET_LIMITS.perAddress),
  HELLO_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(DEFAULT_SOCKET_LIMITS.helloTimeoutMs),
  // PROTO-12: 0 lets a token cut off for flooding connect again at once.
  FLOOD_COOLDOWN_MS: z.coerce.number().int().min(0).max(600_000).default(DEFAULT_SOCKET_LIMITS.floodCooldownMs),
  COMMANDS_PER_SECOND: z.coerce.number().min(1).max(1000).default(DEFAULT_SOCKET_LIMITS.commandsPerSecond),
  // RETAIN-1: the job cannot be turned off, only run less often (at most a day apart).
  RETENTION_INTERVAL_MS: z.coerce.number().int().min(10).max(86_400_000).default(DEFAULT_RETENTION_INTERVAL_MS),
  // POLL-61: a quiz whose room nobody loads closes at most this late (at most an hour apart).
  QUIZ_SWEEP_MS: z.coerce.number().int().min(10).max(3_600_000).default(DEFAULT_QUIZ_SWEEP_MS),
  // SCALE-1: several processes share PostgreSQL and carry their changes over Redis.
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  // SCALE-8: processes on this machine sharing the port; `auto` is one per core.
  OPENFLOOR_PROCESSES: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(256)], { error: 'must be a whole number from 1 to 256, or auto' })
    .default(1),
});

/** Reads the configuration; throws `ConfigError` with a one-line message. */
export function readConfig(env: Record<string, string | undefined>): Config {
  // Empty variables count as unset, as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const got = present[name];
    throw new ConfigError(`${name} ${issue?.message ?? 'is invalid'}${got === undefined ? '' : ` (got "${got}")`}`);
  }
  const e = parsed.data;
  let database: DatabaseLocation;
  try {
    database = parseDatabaseUrl(e.DATABASE_URL);
  } catch (error) {
    throw new ConfigError(`DATABASE_URL ${(error as Error).message}`);
  }
  // SCALE-1: processes that share sessions share their database; a SQLite file has one writer.
  if (e.REDIS_URL && database.kind !== 'postgres') throw new ConfigError('REDIS_URL needs DATABASE_URL=postgres://… (several processes share one PostgreSQL database)');
  const processes = e.OPENFLOOR_PROCESSES === 'auto' ? availableParallelism() : e.OPENFLOOR_PROCESSES;
  // SCALE-8: workers are full processes with the bus; a SQLite file has one writer, so no routing.
  if (processes > 1 && !e.REDIS_URL) {
    throw new ConfigError(
      `OPENFLOOR_PROCESSES=${String(e.OPENFLOOR_PROCESSES)} (${processes} processes) needs DATABASE_URL=postgres://… and REDIS_URL=redis://…: ${database.kind === 'sqlite' ? 'a SQLite file has one writer, so run one process (OPENFLOOR_PROCESSES=1) or move to PostgreSQL + Redis' : 'the processes carry their changes to each other over Redis'}`,
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL ?? null,
    database,
    sqliteWrites: e.SQLITE_WRITES,
    hostToken: e.OPENFLOOR_HOST_TOKEN ?? null,
    allowedOrigins: e.ALLOWED_ORIGINS,
    logLevel: e.LOG_LEVEL,
    tallyIntervalMs: e.TALLY_INTERVAL_MS,
    limits: {
      requestsPerMinutePerIp: e.HTTP_REQUESTS_PER_MINUTE_PER_IP,
      requestsPerSecondPerRoute: e.HTTP_REQUESTS_PER_SECOND_PER_ROUTE,
      codeMissesPerIp: e.JOIN_CODE_MISSES_PER_IP,
      codeMissWindowSeconds: e.JOIN_CODE_MISS_WINDOW_SECONDS,
      joinsPerMinutePerCodePerIp: e.JOINS_PER_MINUTE_PER_CODE_PER_IP,
      hostFailuresPerIp: e.HOST_TOKEN_FAILURES_PER_IP,
      hostFailureWindowSeconds: e.HOST_TOKEN_FAILURE_WINDOW_SECONDS,
    },
    demo: e.OPENFLOOR_DEMO,
    webRoot: e.OPENFLOOR_WEB_ROOT,
    socketLimits: limitsForCommandRate({ ...DEFAULT_SOCKET_LIMITS, perToken: e.SOCKETS_PER_TOKEN, perAddress: e.SOCKETS_PER_ADDRESS, helloTimeoutMs: e.HELLO_TIMEOUT_MS, floodCooldownMs: e.FLOOD_COOLDOWN_MS }, e.COMMANDS_PER_SECOND),
    retentionIntervalMs: e.RETENTION_INTERVAL_MS,
    quizSweepMs: e.QUIZ_SWEEP_MS,
    redisUrl: e.REDIS_URL ?? null,
    processes,
  };
}
