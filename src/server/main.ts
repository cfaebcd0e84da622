import { formatJoinCode } from '../core/joinCode.ts';
import { buildApp } from './app.ts';
import { ConfigError, readConfig, type Config } from './config.ts';
import { ensureDemoSession } from './demoSession.ts';
import { ensureHostToken } from './hostToken.ts';
import { sessionLinks } from './http/links.ts';
import { openStore } from './store/openStore.ts';

/** How long a stop may take in all, and how long of it running commands get to finish. */
const STOP_DEADLINE_MS = 25_000;
const COMMANDS_DRAIN_MS = 15_000;

/** The composition root: configuration, store, host token, demo session, server. */
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

  const store = await openStore(config.database, { sqliteWrites: config.sqliteWrites });
  const host = await ensureHostToken(config, store);
  const app = await buildApp({ config, store, hostTokenHash: host.hash });
  // A join storm opens a thousand sockets a second: the default accept queue (511) overflows
  // whenever the event loop is busy for half a second, and every dropped connection waits
  // 1 s, then 3 s, … before the client tries again.
  await app.http.listen({ port: config.port, host: config.host, backlog: 4096 });
  const base = app.baseUrl();

  const out: string[] = ['', `OpenFloor is running at ${base}  (health: ${base}/healthz)`];
  if (config.demo) {
    const demo = await ensureDemoSession(store, Date.now());
    const links = sessionLinks(base, demo.joinCode, demo.tokens);
    out.push(
      '',
      `Demo session: ${demo.title} — join code ${formatJoinCode(demo.joinCode)}`,
      `  Participants:     ${links.participant}`,
      `  Moderator:        ${links.moderator}`,
      `  Online moderator: ${links.onlineModerator}`,
      `  Projector:        ${links.projector}`,
      `  Before the session (guidelines, agenda; to send ahead): ${base}/before/${demo.joinCode}`,
      '  (Moderator and projector links are secret: anyone with one can run or show the session.)',
    );
  }
  out.push('', `Host page (set up and edit sessions, make links, audit log; asks for the host token): ${base}/host`);
  if (host.shownOnce) {
    out.push(
      `Host token (shown only this once; needed to create sessions): ${host.shownOnce}`,
      `  curl -X POST ${base}/api/sessions -H 'authorization: Bearer <host token>' -H 'content-type: application/json' -d '{"template":"child-online-safety-round-table"}'`,
    );
  } else {
    out.push(host.source === 'env' ? 'Host token: from OPENFLOOR_HOST_TOKEN.' : 'Host token: printed at first start (set OPENFLOOR_HOST_TOKEN to choose your own).');
  }
  if (!config.publicUrl) out.push('Phones in the room need an address they can reach: set HOST=0.0.0.0 and PUBLIC_URL=http://<this machine>:<port>.');
  if (config.redisUrl) out.push('Bus: Redis (REDIS_URL): other processes on the same database serve the same sessions.');
  out.push(`Data: ${config.database.kind === 'sqlite' ? config.database.path : 'PostgreSQL'}`, '');
  console.log(out.join('\n'));

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
