import { formatJoinCode } from '../core/joinCode.ts';
import type { Config } from './config.ts';
import type { ensureDemoSession } from './demoSession.ts';
import type { ensureHostToken } from './hostToken.ts';
import { sessionLinks } from './http/links.ts';

type HostToken = Awaited<ReturnType<typeof ensureHostToken>>;
type DemoSession = Awaited<ReturnType<typeof ensureDemoSession>>;

/** What `npm start` prints once the server listens: its address, the demo links, the host token (once), the store. */
export function startBanner(config: Config, base: string, host: HostToken, demo: DemoSession | null): string {
  const out: string[] = ['', `OpenFloor is running at ${base}  (health: ${base}/healthz)`];
  if (demo) {
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
  if (config.processes > 1) out.push(`Processes: ${config.processes} on this machine (OPENFLOOR_PROCESSES), sharing the port.`);
  if (config.redisUrl) out.push('Bus: Redis (REDIS_URL): other processes on the same database serve the same sessions.');
  out.push(`Data: ${config.database.kind === 'sqlite' ? config.database.path : 'PostgreSQL'}`, '');
  return out.join('\n');
}
