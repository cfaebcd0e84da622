import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/**
 * The reference for durable ingest: raw, batched better-sqlite3 upserts into a votes table
 * of the same shape as OpenFloor's (same columns, primary key, index and foreign key), in a
 * WAL database with synchronous=FULL in the system's temporary folder, as the server uses.
 * One prepared statement, one transaction (one fsync) per batch; ballots of `participants`
 * participants are replaced again and again, as in a poll storm.
 *
 * Run by bench/run.ts as its own process: `node --import tsx bench/sqliteBaseline.ts
 * DURATION_MS BATCH PARTICIPANTS`; prints one line of JSON.
 */

const durationMs = Number(process.argv[2] ?? 3000);
const batch = Number(process.argv[3] ?? 1000);
const participants = Number(process.argv[4] ?? 10_000);

const dir = mkdtempSync(join(tmpdir(), 'openfloor-bench-sqlite-'));
try {
  const db = new Database(join(dir, 'baseline.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec(`
    create table sessions (id text primary key, join_code text not null unique, title text not null, created_at bigint not null);
    create table votes (
      session_id text not null references sessions (id) on delete cascade,
      poll_id text not null,
      participant_id text not null,
      option_ids text not null,
      updated_at bigint not null,
      constraint votes_pk primary key (poll_id, participant_id)
    );
    create index votes_session on votes (session_id);
  `);
  const sessionId = randomUUID();
  const pollId = randomUUID();
  db.prepare('insert into sessions (id, join_code, title, created_at) values (?, ?, ?, ?)').run(sessionId, '123456', 'baseline', Date.now());
  const ids = Array.from({ length: participants }, () => randomUUID());
  const upsert = db.prepare(
    `insert into votes (session_id, poll_id, participant_id, option_ids, updated_at) values (?, ?, ?, ?, ?)
     on conflict (poll_id, participant_id) do update set option_ids = excluded.option_ids, updated_at = excluded.updated_at`,
  );
  let next = 0;
  const commitBatch = db.transaction((n: number) => {
    const now = Date.now();
    for (let i = 0; i < n; i++) {
      const k = next++;
      upsert.run(sessionId, pollId, ids[k % participants], k % 2 === 0 ? '["o1"]' : '["o3"]', now);
    }
  });
  // Warm-up: the first pass inserts, later passes replace; measure the steady state.
  commitBatch(Math.min(participants, 5 * batch));
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let rows = 0;
  let commits = 0;
  while (performance.now() - start < durationMs) {
    commitBatch(batch);
    rows += batch;
    commits++;
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  db.close();
  console.log(JSON.stringify({ rowsPerSecond: rows / seconds, rows, commits, batch, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
