import cluster, { type Worker } from 'node:cluster';
import { startBanner } from './banner.ts';
import type { Config } from './config.ts';
import { ensureDemoSession } from './demoSession.ts';
import { ensureHostToken } from './hostToken.ts';
import { openStore } from './store/openStore.ts';

/**
 * SCALE-8: `OPENFLOOR_PROCESSES=N` on one machine. This primary process does the one-time work
 * (migrations, host token, demo session), forks N workers with node:cluster that share the
 * listening port (the primary hands out connections round robin), prints the banner once
 * every worker listens, replaces a worker that dies, and drains them all on SIGTERM/SIGINT.
 * Each worker is a whole server (main.ts) with its own PostgreSQL pool and Redis bus.
 */

/** What a worker tells the primary once it listens. */
export interface WorkerListening {
  readonly type: 'openfloor.listening';
  readonly base: string;
}

export function isWorkerListening(message: unknown): message is WorkerListening {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'openfloor.listening' && typeof (message as { base?: unknown }).base === 'string';
}

/** How long all workers get to drain (main.ts's own deadline is 25 s), and the pause before a dead worker is replaced. */
const STOP_DEADLINE_MS = 28_000;
const REPLACE_AFTER_MS = 1_000;

export async function runPrimary(config: Config): Promise<void> {
  const store = await openStore(config.database, { sqliteWrites: config.sqliteWrites });
  const host = await ensureHostToken(config, store);
  const demo = config.demo ? await ensureDemoSession(store, Date.now()) : null;
  await store.close();

  let stopping = false;
  let exitCode = 0;
  let announced = false;
  let ready = 0;
  // Our own count: cluster.workers may still list a worker whose process has exited.
  const alive = new Set<Worker>();
  const listened = new WeakSet<Worker>();
  const fork = (): void => {
    const worker = cluster.fork();
    alive.add(worker);
    worker.on('message', (message: unknown) => {
      if (!isWorkerListening(message)) return;
      listened.add(worker);
      ready += 1;
      // The banner says the server runs once every worker takes connections.
      if (announced || ready < config.processes) return;
      announced = true;
      console.log(startBanner(config, message.base, host, demo));
    });
    worker.on('exit', (code, signal) => {
      alive.delete(worker);
      if (stopping) {
        if (alive.size === 0) process.exit(exitCode);
        return;
      }
      if (!listened.has(worker)) {
        // A worker that never listened hit a start-up error (it printed it): more would too.
        console.error(`openfloor: a worker process could not start (exit ${code ?? signal}); stopping`);
        stopAll('start-up failure', 1);
        return;
      }
      console.error(`openfloor: worker process ${worker.process.pid ?? '?'} ended (${signal ?? `exit ${code}`}); starting another`);
      setTimeout(() => {
        if (!stopping) fork();
      }, REPLACE_AFTER_MS).unref();
    });
  };

  const stopAll = (why: string, code = 0): void => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    setTimeout(() => {
      console.error(`openfloor: ${why}: worker processes did not stop within ${STOP_DEADLINE_MS / 1000} s; exiting`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    if (alive.size === 0) process.exit(exitCode);
    for (const worker of alive) worker.process.kill('SIGTERM');
  };
  process.on('SIGINT', () => stopAll('SIGINT'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));

  for (let i = 0; i < config.processes; i++) fork();
}
