import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionPlanSchema } from '../../src/core/plan.ts';
import type { SessionEvent } from '../../src/core/events.ts';
import { EventUpcasters, EventVersionError, eventUpcasters, type EventUpcaster, type StoredPayload } from '../../src/server/store/eventUpcasters.ts';
import { KyselyStore } from '../../src/server/store/kyselyStore.ts';
import { migrationProvider } from '../../src/server/store/migrations.ts';
import { openStore } from '../../src/server/store/openStore.ts';
import type { Database } from '../../src/server/store/schema.ts';
import { tempDir } from '../support/testServer.ts';
import { createPostgresDatabase } from './postgresDatabase.ts';

/**
 * Versioned events (`src/server/store/eventUpcasters.ts`) through real databases: the same
 * database is opened by successive "releases" of the code, each with its own upcasters, as
 * a deployment history would (a chain with a hole never gets this far: `EventUpcasters` refuses
 * it when built, see `eventUpcasters.test.ts`). `poll.opened` gets a made-up history:
 *   v1 { type, at, pollId }
 *   v2 { type, at, poll: { id } }           (1→2 moves pollId into poll)
 *   v3 { type, at, poll: { id }, by }       (2→3 adds who opened it, null for old rows)
 */

const T0 = 1_767_225_600_000;
const SESSION = 's-versions';

/** A database that several releases of the code open one after another. */
interface TestDatabase {
  /** Opens (and migrates) the store as a release with these upcasters would. */
  open(upcasters: EventUpcasters): Promise<KyselyStore>;
  /** A plain Kysely connection, to shape the database as an older release left it. */
  connect(): Kysely<Database>;
  remove(): Promise<void>;
}

/** The made-up chain of `poll.opened`, up to version `upTo`; each step notes the poll it ran on in `trace`. */
function pollOpenedUpTo(upTo: 1 | 2 | 3, trace: string[]): EventUpcasters {
  const steps: EventUpcaster[] = [
    {
      type: 'poll.opened',
      from: 1,
      up: ({ pollId, ...rest }: StoredPayload) => {
        trace.push(`1→2 ${String(pollId)}`);
        return { ...rest, poll: { id: pollId } };
      },
    },
    {
      type: 'poll.opened',
      from: 2,
      up: (payload: StoredPayload) => {
        // Reads the v2 shape: run on a v1 payload (out of order), this throws.
        const poll = payload.poll as { id: string };
        trace.push(`2→3 ${poll.id}`);
        return { ...payload, by: null };
      },
    },
  ];
  return new EventUpcasters(steps.slice(0, upTo - 1));
}

/** A payload in a shape the current code does not have (versions 2 and 3 of the made-up history). */
function stored(payload: Record<string, unknown>): SessionEvent {
  return payload as unknown as SessionEvent;
}

const created: SessionEvent = { type: 'session.created', at: T0, sessionId: SESSION, joinCode: '123456', plan: sessionPlanSchema.parse({ title: 'Versions' }) };
const openedV1 = (pollId: string): SessionEvent => ({ type: 'poll.opened', at: T0, pollId });
const openedV2 = (pollId: string) => stored({ type: 'poll.opened', at: T0, poll: { id: pollId } });
const openedV3 = (pollId: string) => stored({ type: 'poll.opened', at: T0, poll: { id: pollId }, by: null });

function createSession(store: KyselyStore, events: readonly SessionEvent[]): Promise<void> {
  return store.createSession({ id: SESSION, joinCode: '123456', title: 'Versions', createdAt: T0, events, roleTokens: [] });
}

/** The stored version of each event row, in sequence. */
async function storedVersions(store: KyselyStore): Promise<number[]> {
  const rows = await store.db.selectFrom('events').select('v').where('session_id', '=', SESSION).orderBy('seq').execute();
  return rows.map((r) => Number(r.v));
}

async function loadError(store: KyselyStore): Promise<EventVersionError> {
  const error: unknown = await store.loadSession(SESSION).then(
    () => new Error('loadSession resolved; an EventVersionError was expected'),
    (e: unknown) => e,
  );
  if (error instanceof EventVersionError) return error;
  throw error;
}

function eventVersions(name: string, create: () => Promise<TestDatabase>): void {
  describe(`event versions: ${name}`, () => {
    let database: TestDatabase;
    const opened: KyselyStore[] = [];
    const trace: string[] = [];

    beforeEach(async () => {
      database = await create();
      trace.length = 0;
    });

    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await database.remove();
    });

    /** Opens the database as a release whose `poll.opened` is at version `upTo`. */
    async function release(upTo: 1 | 2 | 3): Promise<KyselyStore> {
      const store = await database.open(pollOpenedUpTo(upTo, trace));
      opened.push(store);
      return store;
    }

    /** Closes a release's store before the next one opens the database. */
    async function retire(store: KyselyStore): Promise<void> {
      opened.splice(opened.indexOf(store), 1);
      await store.close();
    }

    it('rows from older releases are upcast step by step, in order, on load; each write keeps its own version', async () => {
      const first = await release(1);
      await createSession(first, [created, openedV1('p1')]);
      await retire(first);

      const second = await release(2);
      await second.appendEvents(SESSION, 2, [openedV2('p2')], null);
      await retire(second);

      const third = await release(3);
      await third.appendEvents(SESSION, 3, [openedV3('p3')], null);
      expect(await storedVersions(third)).toEqual([1, 1, 2, 3]);
      const loaded = await third.loadSession(SESSION);
      expect(loaded?.events).toEqual([created, openedV3('p1'), openedV3('p2'), openedV3('p3')]);
      // session.created has no chain; p1 went through both steps, 1→2 first; p3 through none.
      expect(trace).toEqual(['1→2 p1', '2→3 p1', '2→3 p2']);
    });

    it('rows already at the current version come back exactly as written, through no step', async () => {
      const store = await release(3);
      await createSession(store, [created, openedV3('p1')]);
      expect(await storedVersions(store)).toEqual([1, 3]);
      expect((await store.loadSession(SESSION))?.events).toEqual([created, openedV3('p1')]);
      expect(trace).toEqual([]);
    });

    it('a row written by a newer release fails the load with an EventVersionError naming it, in every older release', async () => {
      const newest = await release(3);
      await createSession(newest, [created, openedV3('p1')]);
      await retire(newest);

      const older = await release(2);
      const error = await loadError(older);
      expect(error.problem).toBe('too-new');
      expect(error.eventType).toBe('poll.opened');
      expect(error.version).toBe(3);
      expect(error.message).toContain(`event 2 (poll.opened) of session ${SESSION} is stored at version 3, newer than this code knows (2)`);
      await retire(older);

      // The release in force today, whose registry is empty.
      const today = await database.open(eventUpcasters);
      opened.push(today);
      expect((await loadError(today)).problem).toBe('too-new');
      expect(trace).toEqual([]);
    });

    it('a row with a version that cannot exist fails the load', async () => {
      const store = await release(3);
      await createSession(store, [created, openedV3('p1')]);
      await store.db.updateTable('events').set({ v: 0 }).where('session_id', '=', SESSION).where('seq', '=', 2).execute();
      const error = await loadError(store);
      expect(error.problem).toBe('invalid');
      expect(error.version).toBe(0);
    });

    it('rows written before migration 0005 are at version 1 and are upcast from there', async () => {
      // The database as the release before versions left it: migrated up to 0004, an event row without `v`.
      const db = database.connect();
      try {
        const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo('0004_invites_audit');
        if (error) throw error;
        await db.insertInto('sessions').values({ id: SESSION, join_code: '123456', title: 'Versions', created_at: T0 }).execute();
        const legacy = (seq: number, event: SessionEvent) => ({ session_id: SESSION, seq, type: event.type, payload: JSON.stringify(event), at: T0, actor: null, command_id: null });
        // Kysely's types describe today's schema; this insert is for the one of 0004, which has no `v`.
        await (db as unknown as Kysely<{ events: ReturnType<typeof legacy> }>).insertInto('events').values([legacy(1, created), legacy(2, openedV1('p1'))]).execute();
      } finally {
        await db.destroy();
      }

      const store = await release(3);
      expect(await storedVersions(store)).toEqual([1, 1]);
      expect((await store.loadSession(SESSION))?.events).toEqual([created, openedV3('p1')]);
      expect(trace).toEqual(['1→2 p1', '2→3 p1']);
    });
  });
}

eventVersions('SQLite', async () => {
  const dir = tempDir();
  const path = join(dir.path, 'versions.db');
  return {
    async open(upcasters) {
      const store = await openStore({ kind: 'sqlite', path }, { eventUpcasters: upcasters });
      if (!(store instanceof KyselyStore)) throw new Error('openStore gave a SQLite store that is not a KyselyStore');
      return store;
    },
    connect: () => new Kysely<Database>({ dialect: new SqliteDialect({ database: new SqliteDatabase(path) }) }),
    remove: async () => dir.remove(),
  };
});

eventVersions('PostgreSQL', async () => {
  const database = await createPostgresDatabase();
  return {
    async open(upcasters) {
      const store = await openStore({ kind: 'postgres', url: database.url }, { eventUpcasters: upcasters });
      if (!(store instanceof KyselyStore)) throw new Error('openStore gave a PostgreSQL store that is not a KyselyStore');
      return store;
    },
    connect: () => new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) }) }),
    remove: () => database.drop(),
  };
});
