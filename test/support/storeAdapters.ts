import { join } from 'node:path';
import { openStore } from '../../src/server/store/openStore.ts';
import type { Store } from '../../src/server/store/store.ts';
import { createPostgresDatabase } from '../integration/postgresDatabase.ts';
import { tempDir } from './testServer.ts';

/** A freshly opened and migrated store, and how to close and remove it. */
export interface OpenedStore {
  readonly store: Store;
  readonly cleanup: () => Promise<void>;
}

/** One way the server stores its data; `open` gives a fresh, empty, migrated database. */
export interface StoreAdapter {
  readonly name: string;
  readonly open: () => Promise<OpenedStore>;
}

function sqlite(sqliteWrites: 'worker' | 'inline'): () => Promise<OpenedStore> {
  return async () => {
    const dir = tempDir();
    const store = await openStore({ kind: 'sqlite', path: join(dir.path, 'contract.db') }, { sqliteWrites });
    return {
      store,
      async cleanup() {
        await store.close();
        dir.remove();
      },
    };
  };
}

const SQLITE: StoreAdapter = { name: 'SQLite', open: sqlite('worker') };
// Votes and joins committed on the calling thread rather than on the commit thread.
const SQLITE_INLINE: StoreAdapter = { name: 'SQLite, writes inline', open: sqlite('inline') };
const POSTGRES: StoreAdapter = {
  name: 'PostgreSQL',
  async open() {
    const database = await createPostgresDatabase();
    let store: Store;
    try {
      store = await openStore({ kind: 'postgres', url: database.url });
    } catch (error) {
      await database.drop();
      throw error;
    }
    return {
      store,
      async cleanup() {
        await store.close();
        await database.drop();
      },
    };
  },
};

/**
 * Every store adapter the server can run on, in one list: the store contract suite
 * (`test/integration/storeContract.test.ts`) runs every case against each (issue 19, part 1).
 * A new adapter is one more entry here. PostgreSQL is the machine's (or TEST_POSTGRES_URL):
 * missing, it fails, never skips.
 */
export const STORE_ADAPTERS: readonly StoreAdapter[] = [SQLITE, SQLITE_INLINE, POSTGRES];

/** One adapter per database (SQLite as the server runs it, PostgreSQL): for a feature's own store tests beside the contract suite. */
export const STORE_DATABASES: readonly StoreAdapter[] = [SQLITE, POSTGRES];
