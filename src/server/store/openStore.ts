import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { EventUpcasters } from './eventUpcasters.ts';
import { KyselyStore } from './kyselyStore.ts';
import type { Database } from './schema.ts';
import { inlineWriter, workerWriter } from './sqliteWriter.ts';
import { SqliteStore } from './sqliteStore.ts';
import type { Store } from './store.ts';

/** Where the data lives, parsed from `DATABASE_URL`. */
export type DatabaseLocation = { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'postgres'; readonly url: string };

/**
 * Parses `DATABASE_URL`: `postgres://…` or `postgresql://…` for PostgreSQL; `sqlite:PATH`,
 * `file:PATH` or a plain path for SQLite (`:memory:` for a throwaway database).
 */
export function parseDatabaseUrl(value: string): DatabaseLocation {
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value };
  const path = value.replace(/^(sqlite|file):(\/\/)?/, '');
  if (path.length === 0) throw new Error('DATABASE_URL names no SQLite file');
  return { kind: 'sqlite', path };
}

// PostgreSQL returns bigint as text to avoid precision loss; our bigints are epoch
// milliseconds, far below 2^53, so numbers are exact.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export interface OpenStoreOptions {
  /**
   * SQLite files: where votes and joins are committed. `worker` (the default) commits them on
   * a thread of their own so that the event loop goes on serving sockets meanwhile; `inline`
   * commits them on the calling thread. In-memory databases are always `inline`.
   */
  readonly sqliteWrites?: 'worker' | 'inline';
  /** The event upcasters (`eventUpcasters.ts`); the ones in force unless a test brings its own. */
  readonly eventUpcasters?: EventUpcasters;
}

/**
 * RETAIN-7: the database files are the server user's alone. A folder this creates for them is
 * 0700 (a folder that already exists is left as it is: it may be shared, like /tmp); the
 * database file is created 0600 before SQLite opens it, and an existing one is set to 0600,
 * together with its WAL and shared-memory files, which SQLite creates with the database
 * file's mode.
 */
function prepareSqliteFile(path: string): void {
  const folder = dirname(resolve(path));
  if (!existsSync(folder)) mkdirSync(folder, { recursive: true, mode: 0o700 });
  closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}

/** Opens (and migrates) the store at `location`. */
export async function openStore(location: DatabaseLocation, options: OpenStoreOptions = {}): Promise<Store> {
  if (location.kind === 'sqlite') {
    if (location.path !== ':memory:') prepareSqliteFile(location.path);
    const sqlite = new SqliteDatabase(location.path);
    // WAL lets readers run beside the writer; synchronous=FULL makes every commit durable
    // before it returns, so an acknowledged write survives a power cut, not only a crash.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // Deleted question text (QA-5) and erased sessions (RETAIN-6) are overwritten in the
    // file, not left in free pages.
    sqlite.pragma('secure_delete = ON');
    // Kysely prepares every query anew; the same SQL (a token lookup, a vote group of a given
    // size) comes back again and again, so prepared statements are kept (bounded).
    const statements = new Map<string, SqliteDatabase.Statement>();
    const database = {
      close: () => sqlite.close(),
      prepare: (sql: string) => {
        // Every Kysely transaction here writes: take the write lock at BEGIN, waiting for the
        // commit thread if it holds it, rather than fail on a stale snapshot at the first write.
        if (sql === 'begin') sql = 'begin immediate';
        let statement = statements.get(sql);
        if (!statement) {
          if (statements.size >= 500) statements.clear();
          statement = sqlite.prepare(sql);
          statements.set(sql, statement);
        }
        return statement;
      },
    };
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    const migrating = new KyselyStore(db, () => false);
    try {
      await migrating.migrate();
      // After the migrations: the commit thread and the prepared statements need the tables.
      const inline = location.path === ':memory:' || options.sqliteWrites === 'inline';
      return new SqliteStore(db, sqlite, inline ? inlineWriter(sqlite) : await workerWriter(location.path), options.eventUpcasters);
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }
  const pool = new pg.Pool({ connectionString: location.url, max: 10 });
  // An idle connection the server ends (a restart, an administrator's terminate, a dropped
  // database) is an 'error' on the pool: unheard, it would end the process. The pool has
  // already let that connection go and opens a new one for the next query; a query that was
  // running fails to its caller as usual.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const store = new KyselyStore(db, (error) => error instanceof Error && 'code' in error && error.code === '23505', options.eventUpcasters);
  try {
    await store.migrate();
  } catch (error) {
    // As for SQLite: a failed open leaves no pool behind to keep the process alive.
    await db.destroy();
    throw error;
  }
  return store;
}
