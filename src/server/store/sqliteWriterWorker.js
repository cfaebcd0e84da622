// @ts-check
// The SQLite commit thread (see sqliteWriter.ts). Plain JavaScript so that it starts the same
// way under `node --import tsx`, vitest and a plain `node`, without a TypeScript loader in
// the worker.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

if (!parentPort) throw new Error('sqliteWriterWorker.js runs as a worker thread');
const port = parentPort;

/** Its own connection to the same file; the main thread's connection keeps serving reads. */
const db = new Database(workerData.path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
// As on the main connection (RETAIN-6): what an upsert replaces or frees is overwritten with
// zeros, so a changed declaration or ballot leaves nothing behind in the page.
db.pragma('secure_delete = ON');

/** @type {Map<string, import('better-sqlite3').Statement>} */
const statements = new Map();

/** @param {string} sql */
function statement(sql) {
  let prepared = statements.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}

/** Every step of one message in one transaction: committed (fsync included) when it returns. */
const commit = db.transaction((/** @type {{ sql: string; rows: unknown[][] }[]} */ steps) => {
  for (const step of steps) {
    const prepared = statement(step.sql);
    for (const row of step.rows) prepared.run(row);
  }
});

port.on('message', (/** @type {{ id: number; steps: { sql: string; rows: unknown[][] }[] } | { close: true }} */ message) => {
  if ('close' in message) {
    db.close();
    port.close();
    return;
  }
  try {
    // IMMEDIATE: take the write lock at BEGIN (waiting for the main thread's writer if need
    // be), so the transaction can never fail later on a stale snapshot.
    commit.immediate(message.steps);
    port.postMessage({ id: message.id, error: null });
  } catch (error) {
    const failure = error instanceof Error ? { message: error.message, code: 'code' in error ? String(error.code) : null } : { message: String(error), code: null };
    port.postMessage({ id: message.id, error: failure });
  }
});

port.postMessage({ ready: true });
