import type SqliteDatabase from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Channel, Role } from '../../core/roles.ts';
import type { ContributionEvent } from '../../core/events.ts';
import type { EventUpcasters } from './eventUpcasters.ts';
import { declaredOf, KyselyStore } from './kyselyStore.ts';
import type { Database } from './schema.ts';
import type { SqliteWriter, SqlStep, SqlValue } from './sqliteWriter.ts';
import type { CommandReceipt, NewParticipant, TokenGrant } from './store.ts';

// The hot paths as plain prepared statements. Kysely builds, compiles and binds a query
// object per call (about half the server's CPU per vote once the fan-out is set aside);
// these run the same SQL as the Kysely store and pass the same contract suite.
const VOTE_UPSERT =
  'INSERT INTO votes (session_id, poll_id, participant_id, option_ids, updated_at) VALUES (?, ?, ?, ?, ?) ' +
  'ON CONFLICT (poll_id, participant_id) DO UPDATE SET option_ids = excluded.option_ids, updated_at = excluded.updated_at';
const CHANNEL_SET = 'UPDATE participants SET channel = ? WHERE id = ? AND session_id = ?';
const DECLARED_SET = 'UPDATE participants SET stakeholder_group = ?, regional_group = ?, gender = ? WHERE id = ? AND session_id = ?';
const CONDUCT_ACCEPTED = 'UPDATE participants SET conduct_accepted_at = ? WHERE id = ? AND session_id = ?';
const UPVOTE_UPSERT =
  'INSERT INTO question_upvotes (session_id, question_id, participant_id, up, updated_at) VALUES (?, ?, ?, ?, ?) ' +
  'ON CONFLICT (question_id, participant_id) DO UPDATE SET up = excluded.up, updated_at = excluded.updated_at';
const RECEIPT_INSERT =
  'INSERT INTO command_receipts (session_id, actor, command_id, fingerprint, seq, at) VALUES (?, ?, ?, ?, ?, ?) ' +
  'ON CONFLICT (session_id, actor, command_id) DO NOTHING';
const PARTICIPANT_INSERT = 'INSERT INTO participants (id, session_id, channel, created_at) VALUES (?, ?, ?, ?)';
const TOKEN_INSERT = "INSERT INTO tokens (token_hash, session_id, role, participant_id, created_at, revoked_at) VALUES (?, ?, 'participant', ?, ?, NULL)";
const GRANT_SELECT =
  'SELECT t.session_id, t.role, t.participant_id, t.label, t.panel_speaker, p.channel, p.stakeholder_group, p.regional_group, p.gender, p.conduct_accepted_at ' +
  'FROM tokens t LEFT JOIN participants p ON p.id = t.participant_id WHERE t.token_hash = ? AND t.revoked_at IS NULL';
const SESSION_BY_CODE = 'SELECT id FROM sessions WHERE join_code = ?';

/** Checkpoint attempts of a scrub, 20 ms apart. */
const SCRUB_ATTEMPTS = 50;

interface GrantRow {
  session_id: string;
  role: string;
  participant_id: string | null;
  label: string | null;
  panel_speaker: number | null;
  conduct_accepted_at: number | null;
  channel: string | null;
  stakeholder_group: string | null;
  regional_group: string | null;
  gender: string | null;
}

/**
 * The SQL steps that record a group of contributions, in the order they arrived (the later
 * ballot wins), and the receipts of the commands that made them (PROTO-4).
 */
export function contributionSteps(sessionId: string, contributions: readonly ContributionEvent[], receipts: readonly CommandReceipt[] = []): SqlStep[] {
  const steps: { sql: string; rows: SqlValue[][] }[] = [];
  const add = (sql: string, row: SqlValue[]) => {
    const last = steps.at(-1);
    if (last?.sql === sql) last.rows.push(row);
    else steps.push({ sql, rows: [row] });
  };
  for (const c of contributions) {
    switch (c.type) {
      case 'vote.cast':
        add(VOTE_UPSERT, [sessionId, c.pollId, c.participantId, JSON.stringify(c.optionIds), c.at]);
        break;
      case 'participant.channelSet':
        add(CHANNEL_SET, [c.channel, c.participantId, sessionId]);
        break;
      case 'participant.declared':
        add(DECLARED_SET, [c.declared.stakeholderGroup, c.declared.regionalGroup, c.declared.gender, c.participantId, sessionId]);
        break;
      case 'participant.conductAccepted':
        add(CONDUCT_ACCEPTED, [c.at, c.participantId, sessionId]);
        break;
      case 'qa.upvoted':
        add(UPVOTE_UPSERT, [sessionId, c.questionId, c.participantId, c.up ? 1 : 0, c.at]);
        break;
      default: {
        // A new kind of contribution needs its SQL here as well as in KyselyStore: this stops the build until it has.
        const unknown: never = c;
        throw new Error(`no SQL for contribution ${JSON.stringify(unknown)}`);
      }
    }
  }
  const at = contributions.at(-1)?.at ?? 0;
  for (const r of receipts) add(RECEIPT_INSERT, [sessionId, r.actor, r.commandId, r.fingerprint, r.seq, at]);
  return steps;
}

/** The SQL steps that add participants and their tokens. */
export function participantSteps(participants: readonly NewParticipant[]): SqlStep[] {
  return [
    { sql: PARTICIPANT_INSERT, rows: participants.map((p) => [p.id, p.sessionId, p.channel, p.createdAt]) },
    { sql: TOKEN_INSERT, rows: participants.map((p) => [p.tokenHash, p.sessionId, p.id, p.createdAt]) },
  ];
}

/**
 * The SQLite store: the Kysely store, with the writes of the hot paths (votes, joins) sent
 * to a `SqliteWriter` (a commit thread for a database file) and the reads of the hot paths
 * (token and join-code lookups) run as prepared statements on the main connection.
 */
export class SqliteStore extends KyselyStore {
  readonly #grant: SqliteDatabase.Statement<[string], GrantRow>;
  readonly #sessionByCode: SqliteDatabase.Statement<[string], { id: string }>;
  readonly #sqlite: SqliteDatabase.Database;

  constructor(
    db: Kysely<Database>,
    sqlite: SqliteDatabase.Database,
    private readonly writer: SqliteWriter,
    upcasters?: EventUpcasters,
  ) {
    super(db, (error) => error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT'), upcasters);
    this.#grant = sqlite.prepare<[string], GrantRow>(GRANT_SELECT);
    this.#sessionByCode = sqlite.prepare<[string], { id: string }>(SESSION_BY_CODE);
    this.#sqlite = sqlite;
  }

  /**
   * RETAIN-6: deleted rows are zeroed in their pages (`secure_delete` on both connections), but
   * the WAL still holds the pages as they were written, text included, and SQLite reuses the
   * WAL file from its start without shortening it. A TRUNCATE checkpoint copies every frame
   * into the database file and cuts the WAL to zero bytes. It needs a moment when no other
   * connection (the commit thread) is inside a transaction: tried for about a second.
   */
  override async scrub(): Promise<boolean> {
    if (!this.scrubPending) return true;
    for (let attempt = 0; attempt < SCRUB_ATTEMPTS; attempt++) {
      const [result] = this.#sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (!result || result.busy === 0) {
        this.scrubPending = false;
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return false;
  }

  override async sessionIdByJoinCode(joinCode: string): Promise<string | null> {
    return this.#sessionByCode.get(joinCode)?.id ?? null;
  }

  override async grantOf(tokenHash: string): Promise<TokenGrant | null> {
    const row = this.#grant.get(tokenHash);
    if (!row) return null;
    return {
      sessionId: row.session_id,
      role: row.role as Role,
      participantId: row.participant_id,
      channel: (row.channel as Channel | null) ?? null,
      declared: declaredOf(row),
      label: row.label,
      panelSpeaker: row.panel_speaker === null ? null : Number(row.panel_speaker),
      conductAccepted: row.conduct_accepted_at !== null,
    };
  }

  override async addParticipants(participants: readonly NewParticipant[]): Promise<void> {
    if (participants.length === 0) return;
    await this.writer.write(participantSteps(participants));
  }

  override async recordContributions(sessionId: string, contributions: readonly ContributionEvent[], receipts: readonly CommandReceipt[] = []): Promise<void> {
    if (contributions.length === 0 && receipts.length === 0) return;
    await this.writer.write(contributionSteps(sessionId, contributions, receipts));
  }

  override async close(): Promise<void> {
    await this.writer.close();
    await super.close();
  }
}
