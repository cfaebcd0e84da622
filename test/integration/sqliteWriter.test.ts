import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionPlanSchema } from '../../src/core/plan.ts';
import type { SessionEvent } from '../../src/core/events.ts';
import { openStore } from '../../src/server/store/openStore.ts';
import { SqliteWriteError, workerWriter, type SqliteWriter } from '../../src/server/store/sqliteWriter.ts';
import { contributionSteps, participantSteps } from '../../src/server/store/sqliteStore.ts';
import type { Store } from '../../src/server/store/store.ts';
import { tempDir } from '../support/testServer.ts';

/**
 * The SQLite commit thread (`sqliteWriter.ts`): real database files, a real worker thread,
 * and the main thread's Kysely connection writing beside it.
 */

const T0 = 1_767_225_600_000;

function created(id: string): SessionEvent {
  return { type: 'session.created', at: T0, sessionId: id, joinCode: '123456', plan: sessionPlanSchema.parse({ title: 'Writer test' }) };
}

describe('SQLite commit thread', () => {
  let dir: ReturnType<typeof tempDir>;
  let path: string;
  let store: Store;
  let writer: SqliteWriter | null = null;
  /** A third connection, to read what is committed. */
  let reader: SqliteDatabase.Database;

  beforeEach(async () => {
    dir = tempDir();
    path = join(dir.path, 'writer.db');
    store = await openStore({ kind: 'sqlite', path });
    await store.createSession({ id: 's1', joinCode: '123456', title: 'Writer test', createdAt: T0, events: [created('s1')], roleTokens: [] });
    reader = new SqliteDatabase(path, { readonly: true });
  });

  afterEach(async () => {
    await writer?.close();
    writer = null;
    reader.close();
    await store.close();
    dir.remove();
  });

  const ballot = (participantId: string) =>
    (reader.prepare('SELECT option_ids FROM votes WHERE poll_id = ? AND participant_id = ?').get('p1', participantId) as { option_ids: string } | undefined)?.option_ids;

  it('DUR-1: a group is committed when its promise resolves; groups sent back to back commit in order', async () => {
    writer = await workerWriter(path);
    const first = writer.write(contributionSteps('s1', [{ type: 'vote.cast', at: T0, pollId: 'p1', participantId: 'u1', optionIds: ['o1'] }]));
    const second = writer.write(contributionSteps('s1', [{ type: 'vote.cast', at: T0 + 1, pollId: 'p1', participantId: 'u1', optionIds: ['o2'] }]));
    await first;
    await second;
    expect(ballot('u1')).toBe('["o2"]');
  });

  it('DUR-1: a failing group is rolled back whole and rejects with SQLite\'s code; the next group commits', async () => {
    writer = await workerWriter(path);
    await writer.write(participantSteps([{ id: 'u1', sessionId: 's1', tokenHash: 'h1', channel: null, createdAt: T0 }]));
    const failing = writer.write([
      ...contributionSteps('s1', [{ type: 'vote.cast', at: T0, pollId: 'p1', participantId: 'u2', optionIds: ['o1'] }]),
      ...participantSteps([{ id: 'u1', sessionId: 's1', tokenHash: 'h2', channel: null, createdAt: T0 }]),
    ]);
    await expect(failing).rejects.toBeInstanceOf(SqliteWriteError);
    await expect(failing).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_CONSTRAINT/) });
    expect(ballot('u2')).toBeUndefined();
    await writer.write(contributionSteps('s1', [{ type: 'vote.cast', at: T0, pollId: 'p1', participantId: 'u3', optionIds: ['o1'] }]));
    expect(ballot('u3')).toBe('["o1"]');
  });

  it('DUR-1: close waits for the groups sent before it; later writes are refused', async () => {
    writer = await workerWriter(path);
    const writes = Array.from({ length: 20 }, (_, i) => writer?.write(contributionSteps('s1', [{ type: 'vote.cast', at: T0, pollId: 'p1', participantId: `u${i}`, optionIds: ['o1'] }])));
    await writer.close();
    await Promise.all(writes);
    expect((reader.prepare('SELECT count(*) AS n FROM votes').get() as { n: number }).n).toBe(20);
    await expect(writer.write(contributionSteps('s1', []))).rejects.toThrow();
    writer = null;
  });

  it('PROTO-4: control commits on the main thread and vote groups on the commit thread interleave without a failure', async () => {
    // The store's own commit thread takes the votes; the main connection appends control events.
    const votes: Promise<void>[] = [];
    const appends: Promise<void>[] = [];
    for (let i = 0; i < 50; i++) {
      votes.push(store.recordContributions('s1', [{ type: 'vote.cast', at: T0, pollId: 'p1', participantId: `v${i}`, optionIds: ['o1'] }]));
      if (i % 5 === 0) {
        const seq = 1 + appends.length;
        appends.push(store.appendEvents('s1', seq, [{ type: 'poll.created', at: T0, poll: { id: `q${seq}`, question: 'Q?', kind: 'single', options: [{ id: 'o1', label: 'Yes' }], resultsVisibility: 'live' } }], { actor: 'm', commandId: `c${seq}` }));
        await appends.at(-1);
      }
    }
    await Promise.all([...votes, ...appends]);
    const loaded = await store.loadSession('s1');
    expect(loaded?.votes).toHaveLength(50);
    expect(loaded?.events.map((e) => e.type)).toEqual(['session.created', ...Array.from({ length: 10 }, () => 'poll.created')]);
  });
});
