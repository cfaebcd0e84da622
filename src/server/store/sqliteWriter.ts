import { Worker } from 'node:worker_threads';
import type SqliteDatabase from 'better-sqlite3';

/** A value SQLite binds: our columns are text, integers and nulls. */
export type SqlValue = string | number | null;

/** One prepared statement and the rows to run it with, in order. */
export interface SqlStep {
  readonly sql: string;
  readonly rows: readonly (readonly SqlValue[])[];
}

/**
 * Runs groups of writes, each group in one transaction: the returned promise resolves once
 * the group is committed (fsync included, with `synchronous=FULL`) and rejects if it was
 * rolled back.
 */
export interface SqliteWriter {
  write(steps: readonly SqlStep[]): Promise<void>;
  /** Waits for the writes already sent, then releases the writer. */
  close(): Promise<void>;
}

/** Prepared statements of one connection, by SQL text. */
function statementCache(db: SqliteDatabase.Database): (sql: string) => SqliteDatabase.Statement {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}

/**
 * Writes on the calling thread, on the given connection: for in-memory databases, which
 * another thread cannot open. The commit (and its fsync) blocks the event loop.
 */
export function inlineWriter(db: SqliteDatabase.Database): SqliteWriter {
  const statement = statementCache(db);
  const commit = db.transaction((steps: readonly SqlStep[]) => {
    for (const step of steps) {
      const prepared = statement(step.sql);
      for (const row of step.rows) prepared.run(row);
    }
  });
  return {
    write(steps) {
      try {
        commit.immediate(steps);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    close: () => Promise.resolve(),
  };
}

type WorkerReply = { ready: true } | { id: number; error: { message: string; code: string | null } | null };

/** An error of the commit thread, with SQLite's code (e.g. `SQLITE_CONSTRAINT_PRIMARYKEY`). */
export class SqliteWriteError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'SqliteWriteError';
  }
}

/**
 * Writes on a worker thread with its own connection to the database file, so that the event
 * loop keeps serving sockets while SQLite commits and waits for the disk. Groups are
 * committed one after another in the order they were sent.
 */
export async function workerWriter(path: string): Promise<SqliteWriter> {
  const worker = new Worker(new URL('./sqliteWriterWorker.js', import.meta.url), { workerData: { path } });
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        worker.off('error', reject);
        resolve();
        return;
      }
      const p = pending.get(reply.id);
      if (!p) return;
      pending.delete(reply.id);
      if (pending.size === 0) worker.unref();
      if (reply.error) p.reject(new SqliteWriteError(reply.error.message, reply.error.code));
      else p.resolve();
    });
  });
  worker.on('error', (error) => failAll(error));
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      failAll(failure ?? new Error('the SQLite commit thread has stopped'));
      resolve();
    });
  });
  await ready;
  // An idle writer must not keep the process alive on its own; one with writes in flight
  // must, or a process awaiting only a commit would exit before it lands.
  worker.unref();
  return {
    write(steps) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        if (pending.size === 0) worker.ref();
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, steps });
      });
    },
    async close() {
      // Messages are handled in order: the close comes after every write already sent.
      // Referenced until it has exited, or a process awaiting only this would exit first.
      worker.ref();
      worker.postMessage({ close: true });
      await exited;
    },
  };
}
