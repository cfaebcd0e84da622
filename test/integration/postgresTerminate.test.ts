import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/server/store/openStore.ts';
import type { Store } from '../../src/server/store/store.ts';
import { createPostgresDatabase, type PostgresDatabase } from './postgresDatabase.ts';

/**
 * DUR-3: PostgreSQL ending the store's idle connections (a restart, an administrator's
 * terminate) does not end the server: the pool lets them go and the next query opens a new one.
 * Without a listener for the pool's 'error' this test dies of an uncaught exception.
 */
let database: PostgresDatabase | undefined;
let store: Store | undefined;

afterAll(async () => {
  await store?.close();
  await database?.drop();
});

it('DUR-3: the store outlives PostgreSQL terminating its idle connections', async () => {
  database = await createPostgresDatabase();
  store = await openStore({ kind: 'postgres', url: database.url });
  // Several idle connections in the pool.
  await Promise.all([1, 2, 3].map(() => store?.listSessions()));
  const name = new URL(database.url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: database.url.replace(`/${name}`, '/postgres') });
  await admin.connect();
  try {
    const ended = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    expect(ended.rowCount).toBeGreaterThan(0);
  } finally {
    await admin.end();
  }
  // Let the pool hear of the ended connections, then use it again.
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await store.listSessions()).toEqual([]);
});
