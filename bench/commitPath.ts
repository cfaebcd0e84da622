import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sessionPlanSchema } from '../src/core/plan.ts';
import type { ContributionEvent } from '../src/core/events.ts';
import { KyselyStore } from '../src/server/store/kyselyStore.ts';
import { openStore } from '../src/server/store/openStore.ts';
import type { Store } from '../src/server/store/store.ts';

/**
 * What a group commit of votes costs the event loop, by store path, in one process and
 * without sockets (so the figures hold on a busy machine better than the full benchmark's):
 * the Kysely store as before, the SQLite store committing on the calling thread, and the
 * SQLite store committing on its commit thread. Groups are committed one after another, as
 * `GroupCommit` does; the event loop's utilisation and a 1 ms timer show how long sockets
 * would wait meanwhile.
 *
 *   npx tsx bench/commitPath.ts [GROUPS] [GROUP_SIZE]
 */

const groups = Number(process.argv[2] ?? 300);
const groupSize = Number(process.argv[3] ?? 50);

type Path = 'kysely' | 'inline' | 'worker';

/** The store, and the `recordContributions` of the path measured (the Kysely one on the same connection for `kysely`). */
async function open(path: Path, file: string): Promise<{ store: Store; record: Store['recordContributions'] }> {
  const store = await openStore({ kind: 'sqlite', path: file }, { sqliteWrites: path === 'worker' ? 'worker' : 'inline' });
  if (path !== 'kysely') return { store, record: (id, cs) => store.recordContributions(id, cs) };
  const plain = new KyselyStore((store as KyselyStore).db, () => false);
  return { store, record: (id, cs) => plain.recordContributions(id, cs) };
}

async function measure(path: Path): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(join(tmpdir(), 'openfloor-commit-path-'));
  const { store, record } = await open(path, join(dir, 'commit.db'));
  try {
    const plan = sessionPlanSchema.parse({ title: 'Commit path' });
    await store.createSession({ id: 's1', joinCode: '123456', title: plan.title, createdAt: 1, events: [{ type: 'session.created', at: 1, sessionId: 's1', joinCode: '123456', plan }], roleTokens: [] });
    const vote = (i: number, round: number): ContributionEvent => ({ type: 'vote.cast', at: round, pollId: 'p1', participantId: `u${i}`, optionIds: [round % 2 ? 'o1' : 'o2'] });
    // A 1 ms timer: the longest gap between its runs is the longest the sockets would wait.
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 1);
    const elu = performance.eventLoopUtilization();
    const cpu = process.cpuUsage();
    const started = performance.now();
    for (let g = 0; g < groups; g++) {
      await record('s1', Array.from({ length: groupSize }, (_, i) => vote(g * groupSize + (i % 500), g)));
    }
    const wallMs = performance.now() - started;
    const used = process.cpuUsage(cpu);
    const loop = performance.eventLoopUtilization(elu);
    clearInterval(timer);
    longest = Math.max(longest, performance.now() - last);
    const votes = groups * groupSize;
    return {
      path,
      'votes/s': Math.round(votes / (wallMs / 1000)),
      'ms per group': +(wallMs / groups).toFixed(2),
      'event loop busy %': Math.round(loop.utilization * 100),
      'longest event-loop stall ms': +longest.toFixed(1),
      'process CPU µs per vote (all threads)': +((used.user + used.system) / votes).toFixed(1),
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [];
for (const path of ['kysely', 'inline', 'worker'] as const) rows.push(await measure(path));
console.log(`${groups} groups of ${groupSize} votes, WAL, synchronous=FULL, one group after another`);
console.table(rows);
