import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { buildApp, type OpenFloorApp } from '../../src/server/app.ts';
import { readConfig } from '../../src/server/config.ts';
import { hashToken } from '../../src/server/secrets.ts';
import { KyselyStore, SESSION_TABLES } from '../../src/server/store/kyselyStore.ts';
import { openStore } from '../../src/server/store/openStore.ts';
import type { Store } from '../../src/server/store/store.ts';
import { tempDir, TEST_HOST_TOKEN } from './testServer.ts';

/** Helpers of the RETAIN tests: a server whose retention clock the test moves, and what the database still holds. */

export interface RetentionServer {
  readonly app: OpenFloorApp;
  readonly store: Store;
  readonly baseUrl: string;
  /** The SQLite file, or null on PostgreSQL. */
  readonly sqlitePath: string | null;
  /** Moves the retention job's clock (never the server's) this far ahead of the real time. */
  advance(ms: number): void;
  close(): Promise<void>;
}

/** A real server on a loopback port, SQLite in a fresh folder unless `databaseUrl` names PostgreSQL. */
export async function startRetentionServer(env: Record<string, string> = {}, databaseUrl?: string): Promise<RetentionServer> {
  const dir = tempDir();
  const sqlitePath = databaseUrl ? null : join(dir.path, 'data', 'openfloor.db');
  const config = readConfig({ PORT: '0', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl ?? sqlitePath ?? '', OPENFLOOR_HOST_TOKEN: TEST_HOST_TOKEN, ...env });
  const store = await openStore(config.database);
  let ahead = 0;
  const app = await buildApp({ config, store, hostTokenHash: hashToken(TEST_HOST_TOKEN), retentionNow: () => Date.now() + ahead });
  await app.http.listen({ port: 0, host: '127.0.0.1' });
  return {
    app,
    store,
    baseUrl: app.baseUrl(),
    sqlitePath,
    advance(ms) {
      ahead = ms;
    },
    async close() {
      await app.http.close();
      await store.close();
      dir.remove();
    },
  };
}

/** The host's HTTP call, answering status and JSON body. */
export async function hostCall(baseUrl: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${TEST_HOST_TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** The strings found in the bytes of the SQLite files (main, -wal, -shm), by file. */
export function stringsOnDisk(sqlitePath: string, strings: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of [sqlitePath, `${sqlitePath}-wal`, `${sqlitePath}-shm`]) {
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    for (const s of strings) {
      // UTF-8 as SQLite stores text; UTF-16 too, in case a page held it so.
      if (bytes.includes(Buffer.from(s, 'utf8')) || bytes.includes(Buffer.from(s, 'utf16le'))) found.push(`${file.slice(sqlitePath.length) || 'main'}: ${s}`);
    }
  }
  return found;
}

/** Rows of the session left in each session table. */
export async function rowsLeft(store: Store, sessionId: string): Promise<Record<string, number>> {
  if (!(store instanceof KyselyStore)) throw new Error('reads the tables of a Kysely store');
  const counts: Record<string, number> = {};
  for (const table of SESSION_TABLES) {
    const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('session_id', '=', sessionId).executeTakeFirst();
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

/** Every row of every table of the database as text: what `pg_dump --data-only` or a copy of the file would show. */
export async function dumpAllTables(store: Store): Promise<string> {
  if (!(store instanceof KyselyStore)) throw new Error('reads the tables of a Kysely store');
  const tables = await store.db.introspection.getTables({ withInternalKyselyTables: true });
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    // Names come from the database itself, not from input.
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table.schema ? `${table.schema}.${table.name}` : table.name)}`.execute(store.db);
    dump[table.name] = rows.rows;
  }
  return JSON.stringify(dump);
}
