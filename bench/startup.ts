import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerChild, stopChild } from './children.ts';
import { wallNow } from './clock.ts';
import { log, settledRss } from './measure.ts';
import { cpuSeconds } from './proc.ts';

/** One way of starting the server: from the TypeScript sources through tsx, or the build. */
export interface StartupFigures {
  readonly how: 'sources (tsx)' | 'built JavaScript';
  /** Starts measured. */
  readonly runs: number;
  /** Spawn to the printed banner (listening, demo session ready), median, ms. */
  readonly startMs: number;
  /** CPU seconds of the server until its banner, median. */
  readonly startCpuSeconds: number;
  /** Resident memory one second after the banner, median, MB. */
  readonly rssMb: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

/** Compiles the server (`npm run build:server`), as `npm start` does; throws if it fails. */
export function buildServer(): void {
  const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`the server build failed (${build.status ?? build.signal})`);
}

/**
 * Issue 19, part 9: start time and memory of the server run from its sources (as before the
 * production build) and from the build (`npm start` now), each started `runs` times on a fresh
 * SQLite file with the demo session, alternately so that other work on the machine hits both.
 */
export async function measureStartup(runs: number, webRoot: string): Promise<StartupFigures[]> {
  log('start time and memory: building the server');
  buildServer();
  const ways = [
    { how: 'sources (tsx)', script: 'src/server/main.ts' },
    { how: 'built JavaScript', script: 'dist/node/server/main.js' },
  ] as const;
  const samples = new Map<string, { ms: number[]; cpu: number[]; rss: number[] }>(ways.map((w) => [w.how, { ms: [], cpu: [], rss: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const way of ways) {
      const dir = mkdtempSync(join(tmpdir(), 'openfloor-startup-'));
      try {
        const started = wallNow();
        const server = await startServerChild(
          way.script,
          { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: join(dir, 'openfloor.db'), OPENFLOOR_HOST_TOKEN: 'bench-host-token-0123456789abcdef', LOG_LEVEL: 'warn', OPENFLOOR_WEB_ROOT: webRoot },
          /Data: .*\n/,
        );
        const ms = wallNow() - started;
        const cpu = cpuSeconds(server.pid);
        const rss = await settledRss(server.pid, 1_000);
        await stopChild(server.child, 'SIGTERM', 5_000);
        const s = samples.get(way.how);
        s?.ms.push(ms);
        s?.cpu.push(cpu);
        s?.rss.push(rss / 1e6);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  const figures = ways.map((w) => {
    const s = samples.get(w.how) ?? { ms: [], cpu: [], rss: [] };
    return { how: w.how, runs, startMs: median(s.ms), startCpuSeconds: median(s.cpu), rssMb: median(s.rss) };
  });
  for (const f of figures) log(`start: ${f.how}: ${f.startMs.toFixed(0)} ms to the banner, ${f.startCpuSeconds.toFixed(2)} CPU s, ${f.rssMb.toFixed(0)} MB resident (median of ${f.runs})`);
  return figures;
}
