import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { OpenFloorClient, type SocketLike } from '../../src/client/openFloorClient.ts';
import { startServerProcess, type ServerProcess } from './testServer.ts';

/**
 * Several OpenFloor processes on loopback sharing one PostgreSQL database and one Redis
 * (issue 19): the machine's Redis (TEST_REDIS_URL, default redis://127.0.0.1:6379), or a
 * private `redis-server` a test starts and stops itself. A missing Redis fails, never skips.
 */

export const MACHINE_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Fails with one clear line when the machine's Redis does not answer. */
export async function requireRedis(url = MACHINE_REDIS_URL): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    if ((await client.ping()) !== 'PONG') throw new Error('no PONG');
  } catch (error) {
    throw new Error(`Redis at ${url} does not answer (${String(error)}): start it (.ci/run does) or set TEST_REDIS_URL`);
  } finally {
    client.disconnect();
  }
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  server.close();
  await once(server, 'close');
  return port;
}

/** A `redis-server` of the test's own, on its own port, with nothing saved to disk: it can be stopped and started. */
export class PrivateRedis {
  #child: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.#child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`redis-server could not run (${error.message}): install it (apt-get install redis-server)`));
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}:\n${output}`));
      });
    });
  }

  /** Stops it (its own pid only) and waits for the exit. */
  async stop(): Promise<void> {
    const child = this.#child;
    this.#child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }
}

/** Starts `count` OpenFloor processes one after the other (the first creates the demo session) on one database and one Redis. */
export async function startCluster(count: number, env: Record<string, string>): Promise<ServerProcess[]> {
  const processes: ServerProcess[] = [];
  try {
    for (let i = 0; i < count; i++) processes.push(await startServerProcess({ PORT: '0', ...env }));
  } catch (error) {
    await Promise.all(processes.map((p) => p.kill('SIGKILL')));
    throw error;
  }
  return processes;
}

/**
 * A protocol client behind a load balancer: each connection attempt goes to the first process
 * of `route()` (evaluated at every attempt), so a client whose process died reconnects to another.
 */
export function balancedClient(route: () => readonly string[], token: string, options: { lastSeq?: number } = {}): OpenFloorClient {
  const first = route()[0];
  if (!first) throw new Error('no process to connect to');
  return new OpenFloorClient({
    url: wsUrl(first),
    token,
    lastSeq: options.lastSeq ?? 0,
    minRetryMs: 50,
    maxRetryMs: 300,
    createSocket: () => new WebSocket(wsUrl(route()[0] ?? first)) as unknown as SocketLike,
  });
}

function wsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/^http/, 'ws')}/ws`;
}
