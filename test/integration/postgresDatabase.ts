import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The PostgreSQL of this machine (or TEST_POSTGRES_URL, a URL of its maintenance database);
 * the suites that use it fail, not skip, if it is not there.
 */
const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A throwaway database: its URL, and how to drop it (connections still open included). */
export interface PostgresDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database with a fresh random name. */
export async function createPostgresDatabase(): Promise<PostgresDatabase> {
  const name = `openfloor_test_${randomBytes(8).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * A login role that may read every table of `database` but write none (a PostgreSQL role
 * without write rights): a store opened with its URL reads and migrates (nothing to do once
 * migrated) but every write fails for real. Create it after the tables; drop it after the database.
 */
export async function createReadOnlyRole(database: PostgresDatabase): Promise<{ readonly url: string; drop(): Promise<void> }> {
  const role = `openfloor_reader_${randomBytes(6).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE ROLE ${role} LOGIN`));
  const client = new pg.Client({ connectionString: database.url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
    await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${role}`);
  } finally {
    await client.end();
  }
  const url = new URL(database.url);
  url.username = role;
  return { url: url.toString(), drop: () => withAdmin((admin) => admin.query(`DROP ROLE IF EXISTS ${role}`)).then(() => undefined) };
}
