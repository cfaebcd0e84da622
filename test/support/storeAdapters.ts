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

/**
 * Every store adapter the server can run on, in one list: the store contract suite
 * (`test/integration/storeContract.test.ts`) runs every case against each (issue 19, part 1).
 * A new adapter is one more entry here. PostgreSQL is the machine's (or TEST_POSTGRES_URL):
 * missing, it fails, never skips.
 */
export const STORE_ADAPTERS: readonly StoreAdapter[] = [
  { name: 'SQLite', open: sqlite('worker') },
  // Votes and joins committed on the calling thread rather than on the commit thread.
  { name: 'SQLite, writes inline', open: sqlite('inline') },
  {
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
  },
];
