import cluster from 'node:cluster';
import { buildApp } from './app.ts';
import { startBanner } from './banner.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { ensureDemoSession } from './demoSession.ts';
import { ensureHostToken } from './hostToken.ts';
import { runPrimary, type WorkerListening } from './processCluster.ts';
import { openStore } from './store/openStore.ts';

/** How long a stop may take in all, and how long of it running commands get to finish. */
const STOP_DEADLINE_MS = 25_000;
const COMMANDS_DRAIN_MS = 15_000;

/** The composition root: configuration, store, host token, demo session, server; or, with OPENFLOOR_PROCESSES > 1, the primary of N such servers (SCALE-8). */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = readConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`openfloor: invalid configuration: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  if (config.processes > 1 && cluster.isPrimary) {
    await runPrimary(config);
    return;
  }
  // SCALE-8: a worker of several leaves the one-time work and the banner to the primary.
  const worker = cluster.isWorker ? cluster.worker : undefined;

  const store = await openStore(config.database, { sqliteWrites: config.sqliteWrites });
  const host = await ensureHostToken(config, store);
  const app = await buildApp({ config, store, hostTokenHash: host.hash });
  // A join storm opens a thousand sockets a second: the default accept queue (511) overflows
  // whenever the event loop is busy for half a second, and every dropped connection waits
  // 1 s, then 3 s, … before the client tries again.
  await app.http.listen({ port: config.port, host: config.host, backlog: 4096 });
  const base = app.baseUrl();
  if (worker) {
    // Which worker took a socket, for operators and the SCALE-8 test (a small number, nothing about the client).
    app.http.websocketServer.on('headers', (headers) => headers.push(`x-openfloor-worker: ${worker.id}`));
    const listening: WorkerListening = { type: 'openfloor.listening', base };
    process.send?.(listening);
  } else {
    const demo = config.demo ? await ensureDemoSession(store, Date.now()) : null;
    console.log(startBanner(config, base, host, demo));
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Whatever hangs, the process is gone within 30 s (what orchestrators wait before SIGKILL).
    setTimeout(() => {
      console.error(`openfloor: ${signal}: did not stop within ${STOP_DEADLINE_MS / 1000} s; exiting`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    app.http.log.info(`${signal}: draining`);
    const finished = await app.drain({ commandsMs: COMMANDS_DRAIN_MS });
    if (!finished) app.http.log.warn(`${signal}: commands still running after ${COMMANDS_DRAIN_MS / 1000} s; closing anyway`);
    await app.http.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`openfloor: could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
