import { Migrator, SqliteAdapter, sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Declared, Gender, RegionalGroup, StakeholderGroup } from '../../core/vocabulary.ts';
import type { Channel, LinkRole, Role } from '../../core/roles.ts';
import type { ContentWrite } from '../../core/qa/qaContent.ts';
import type { ContributionEvent, SessionEvent } from '../../core/events.ts';
import { sessionAggregatesSchema, type SessionAggregates } from '../../core/retention/sessionAggregates.ts';
import { eventUpcasters as productionUpcasters, type EventUpcasters, type StoredPayload } from './eventUpcasters.ts';
import { migrationProvider } from './migrations.ts';
import { attendancePeakSchema, keptAfterRetention, reportInputsSchema, type ReportInputs } from '../../core/report/reportInputs.ts';
import { EMPTY_REPORT_TEXTS, reportTextsSchema, type ReportTexts, type StoredReportTexts } from '../../core/report/reportTexts.ts';
import type { Database } from './schema.ts';
import {
  SequenceConflict,
  type ArchivedSession,
  type AttendancePeak,
  type FollowUpSignup,
  type AuditEntry,
  type CommandReceipt,
  type ErasureEntry,
  type EventCommand,
  type Invite,
  type NewInvite,
  type NewOrganiser,
  type Organiser,
  type NewParticipant,
  type NewSession,
  type OpenPoll,
  type SessionActivity,
  type SessionListing,
  type Store,
  type StoredSession,
  type TokenGrant,
} from './store.ts';

/** The groups a participant declared, from their columns. */
export function declaredOf(row: { stakeholder_group: string | null; regional_group: string | null; gender: string | null }): Declared {
  return {
    stakeholderGroup: row.stakeholder_group as StakeholderGroup | null,
    regionalGroup: row.regional_group as RegionalGroup | null,
    gender: row.gender as Gender | null,
  };
}

/** Every table with rows of a session besides `sessions` itself: what an erasure deletes (RETAIN-3, RETAIN-4). */
export const SESSION_TABLES = ['events', 'command_receipts', 'votes', 'question_upvotes', 'questions', 'participants', 'tokens', 'audit', 'follow_up_signups'] as const;

/** Rows per multi-row insert: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The store on any Kysely dialect that both SQLite and PostgreSQL satisfy. */
export class KyselyStore implements Store {
  /** An erasure committed since the last complete scrub (RETAIN-6). */
  protected scrubPending = false;

  constructor(
    readonly db: Kysely<Database>,
    /** Recognises the dialect's unique-violation error. */
    private readonly isUniqueViolation: (error: unknown) => boolean,
    /** Brings stored events up to their current shape; tests inject their own chains. */
    private readonly upcasters: EventUpcasters = productionUpcasters,
  ) {}

  async migrate(): Promise<void> {
    const { error } = await new Migrator({ db: this.db, provider: migrationProvider }).migrateToLatest();
    if (error) throw error;
  }

  async createSession(session: NewSession): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('sessions').values({ id: session.id, join_code: session.joinCode, title: session.title, created_at: session.createdAt }).execute();
      await this.#insertTokens(tx, session.id, session.roleTokens, session.createdAt);
      await this.#insertEvents(tx, session.id, 0, session.events, null);
      if (session.organiserHash) await tx.insertInto('organiser_sessions').values({ organiser_hash: session.organiserHash, session_id: session.id }).execute();
    });
  }

  async addRoleTokens(sessionId: string, tokens: readonly { role: LinkRole; tokenHash: string }[], at: number): Promise<void> {
    await this.db.transaction().execute((tx) => this.#insertTokens(tx, sessionId, tokens, at));
  }

  async #insertTokens(tx: Transaction<Database>, sessionId: string, tokens: readonly { role: LinkRole; tokenHash: string }[], at: number): Promise<void> {
    if (tokens.length === 0) return;
    await tx
      .insertInto('tokens')
      .values(tokens.map((t) => ({ token_hash: t.tokenHash, session_id: sessionId, role: t.role, participant_id: null, created_at: at, revoked_at: null, label: null, panel_speaker: null, last_seen_at: null })))
      .execute();
  }

  async #insertEvents(tx: Transaction<Database>, sessionId: string, afterSeq: number, events: readonly SessionEvent[], command: EventCommand | null): Promise<void> {
    const rows = events.map((event, i) => ({
      session_id: sessionId,
      seq: afterSeq + i + 1,
      type: event.type,
      payload: JSON.stringify(event),
      v: this.upcasters.currentVersion(event.type),
      at: event.at,
      actor: command?.actor ?? null,
      command_id: command?.commandId ?? null,
    }));
    for (const chunk of chunks(rows, CHUNK)) await tx.insertInto('events').values(chunk).execute();
    if (command) {
      // The receipt's key is unique: a second writer of the same command fails here and re-decides (PROTO-4).
      const at = events.at(-1)?.at ?? 0;
      await tx
        .insertInto('command_receipts')
        .values({ session_id: sessionId, actor: command.actor, command_id: command.commandId, fingerprint: command.fingerprint ?? null, seq: afterSeq + events.length, at })
        .execute();
    }
    if (command?.audit) await this.#insertAudit(tx, sessionId, command.audit);
  }

  async #insertAudit(tx: Transaction<Database>, sessionId: string, entry: AuditEntry): Promise<void> {
    await tx
      .insertInto('audit')
      .values({ id: entry.id, session_id: sessionId, at: entry.at, role: entry.role, label: entry.label, action: entry.action, summary: entry.summary })
      .execute();
  }

  async sessionIdByJoinCode(joinCode: string): Promise<string | null> {
    const row = await this.db.selectFrom('sessions').select('id').where('join_code', '=', joinCode).executeTakeFirst();
    return row?.id ?? null;
  }

  async joinCodeTaken(joinCode: string): Promise<boolean> {
    return (await this.sessionIdByJoinCode(joinCode)) !== null;
  }

  async grantOf(tokenHash: string): Promise<TokenGrant | null> {
    const row = await this.db
      .selectFrom('tokens')
      .leftJoin('participants', 'participants.id', 'tokens.participant_id')
      .select([
        'tokens.session_id',
        'tokens.role',
        'tokens.participant_id',
        'tokens.label',
        'tokens.panel_speaker',
        'participants.channel',
        'participants.stakeholder_group',
        'participants.regional_group',
        'participants.gender',
        'participants.conduct_accepted_at',
      ])
      .where('tokens.token_hash', '=', tokenHash)
      .where('tokens.revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return null;
    return {
      sessionId: row.session_id,
      role: row.role as Role,
      participantId: row.participant_id,
      channel: (row.channel as Channel | null) ?? null,
      declared: declaredOf(row),
      label: row.label,
      panelSpeaker: row.panel_speaker === null ? null : Number(row.panel_speaker),
      conductAccepted: row.conduct_accepted_at !== null && row.conduct_accepted_at !== undefined,
    };
  }

  async addParticipant(p: NewParticipant): Promise<void> {
    await this.addParticipants([p]);
  }

  async addParticipants(ps: readonly NewParticipant[]): Promise<void> {
    if (ps.length === 0) return;
    await this.db.transaction().execute(async (tx) => {
      for (const chunk of chunks([...ps], CHUNK)) {
        await tx.insertInto('participants').values(chunk.map((p) => ({ id: p.id, session_id: p.sessionId, channel: p.channel, created_at: p.createdAt }))).execute();
        await tx
          .insertInto('tokens')
          .values(
            chunk.map((p) => ({ token_hash: p.tokenHash, session_id: p.sessionId, role: 'participant', participant_id: p.id, created_at: p.createdAt, revoked_at: null, label: null, panel_speaker: null, last_seen_at: null })),
          )
          .execute();
      }
    });
  }

  async loadSession(sessionId: string): Promise<StoredSession | null> {
    const events = await this.db.selectFrom('events').select(['type', 'v', 'payload', 'actor', 'command_id', 'seq']).where('session_id', '=', sessionId).orderBy('seq').execute();
    if (events.length === 0) return null;
    const votes = await this.db.selectFrom('votes').select(['poll_id', 'participant_id', 'option_ids', 'updated_at']).where('session_id', '=', sessionId).execute();
    const participants = await this.db
      .selectFrom('participants')
      .select(['id', 'channel', 'stakeholder_group', 'regional_group', 'gender', 'conduct_accepted_at'])
      .where('session_id', '=', sessionId)
      .execute();
    const questions = await this.db
      .selectFrom('questions')
      .select(['id', 'text', 'display_name'])
      .where('session_id', '=', sessionId)
      .where('text', 'is not', null)
      .execute();
    const upvotes = await this.db
      .selectFrom('question_upvotes')
      .select(['question_id', 'participant_id'])
      .where('session_id', '=', sessionId)
      .where('up', '=', 1)
      .execute();
    const commands = await this.db.selectFrom('command_receipts').select(['actor', 'command_id', 'fingerprint', 'seq']).where('session_id', '=', sessionId).execute();
    return {
      events: events.map((e) => this.upcasters.upcast(e.type, Number(e.v), JSON.parse(e.payload) as StoredPayload, { sessionId, seq: Number(e.seq) })),
      commands: commands.map((c) => ({ actor: c.actor, commandId: c.command_id, fingerprint: c.fingerprint, seq: c.seq === null ? null : Number(c.seq) })),
      votes: votes.map((v) => ({ pollId: v.poll_id, participantId: v.participant_id, optionIds: JSON.parse(v.option_ids) as string[], at: Number(v.updated_at) })),
      participants: participants.map((p) => ({ id: p.id, channel: (p.channel as Channel | null) ?? null, declared: declaredOf(p), conductAccepted: p.conduct_accepted_at !== null })),
      questions: questions.map((q) => ({ id: q.id, content: { text: q.text ?? '', displayName: q.display_name } })),
      upvotes: upvotes.map((u) => ({ questionId: u.question_id, participantId: u.participant_id })),
    };
  }

  async reportTexts(sessionId: string): Promise<StoredReportTexts> {
    const row = await this.db.selectFrom('report_texts').select(['texts', 'revision', 'updated_at']).where('session_id', '=', sessionId).executeTakeFirst();
    if (!row) return { texts: EMPTY_REPORT_TEXTS, revision: 0, updatedAt: null };
    return { texts: reportTextsSchema.parse(JSON.parse(row.texts)), revision: Number(row.revision), updatedAt: Number(row.updated_at) };
  }

  async saveReportTexts(sessionId: string, texts: ReportTexts, expectedRevision: number, at: number): Promise<StoredReportTexts | null> {
    const json = JSON.stringify(texts);
    const revision = expectedRevision + 1;
    // One statement each way, so that two editors saving at once cannot both win.
    const result = expectedRevision === 0
      ? await this.db.insertInto('report_texts').values({ session_id: sessionId, texts: json, revision, updated_at: at }).onConflict((oc) => oc.column('session_id').doNothing()).executeTakeFirst()
      : await this.db.updateTable('report_texts').set({ texts: json, revision, updated_at: at }).where('session_id', '=', sessionId).where('revision', '=', expectedRevision).executeTakeFirst();
    const changed = 'numInsertedOrUpdatedRows' in result ? result.numInsertedOrUpdatedRows : result.numUpdatedRows;
    return changed === 1n || Number(changed) === 1 ? { texts, revision, updatedAt: at } : null;
  }

  async appendEvents(
    sessionId: string,
    expectedSeq: number,
    events: readonly SessionEvent[],
    command: EventCommand | null,
    content: readonly ContentWrite[] = [],
  ): Promise<void> {
    try {
      await this.db.transaction().execute(async (tx) => {
        const last = await tx.selectFrom('events').select((eb) => eb.fn.max('seq').as('seq')).where('session_id', '=', sessionId).executeTakeFirst();
        if (Number(last?.seq ?? 0) !== expectedSeq) throw new SequenceConflict(sessionId, expectedSeq);
        await this.#insertEvents(tx, sessionId, expectedSeq, events, command);
        await this.#writeContent(tx, sessionId, content, events.at(-1)?.at ?? 0);
      });
    } catch (error) {
      if (this.isUniqueViolation(error)) throw new SequenceConflict(sessionId, expectedSeq);
      throw error;
    }
  }

  /** Question text and display name: inserted, replaced, or deleted by setting both to null (QA-5). */
  async #writeContent(tx: Transaction<Database>, sessionId: string, writes: readonly ContentWrite[], at: number): Promise<void> {
    for (const w of writes) {
      const row = { id: w.questionId, session_id: sessionId, text: w.content?.text ?? null, display_name: w.content?.displayName ?? null, updated_at: at };
      await tx
        .insertInto('questions')
        .values(row)
        .onConflict((oc) => oc.column('id').doUpdateSet({ text: row.text, display_name: row.display_name, updated_at: row.updated_at }))
        .execute();
    }
  }

  async recordContributions(sessionId: string, contributions: readonly ContributionEvent[], receipts: readonly CommandReceipt[] = []): Promise<void> {
    // No empty transaction (a round trip on PostgreSQL), as on SQLite.
    if (contributions.length === 0 && receipts.length === 0) return;
    // Within one group the same ballot may appear twice; the later one wins, as it would one by one.
    const votes = new Map<string, { session_id: string; poll_id: string; participant_id: string; option_ids: string; updated_at: number }>();
    const channels = new Map<string, Channel>();
    const declarations = new Map<string, Declared>();
    const accepted = new Map<string, number>();
    const upvotes = new Map<string, { session_id: string; question_id: string; participant_id: string; up: number; updated_at: number }>();
    for (const c of contributions) {
      switch (c.type) {
        case 'vote.cast':
          votes.set(`${c.pollId}\u0000${c.participantId}`, { session_id: sessionId, poll_id: c.pollId, participant_id: c.participantId, option_ids: JSON.stringify(c.optionIds), updated_at: c.at });
          break;
        case 'qa.upvoted':
          upvotes.set(`${c.questionId}\u0000${c.participantId}`, { session_id: sessionId, question_id: c.questionId, participant_id: c.participantId, up: c.up ? 1 : 0, updated_at: c.at });
          break;
        case 'participant.channelSet':
          channels.set(c.participantId, c.channel);
          break;
        case 'participant.declared':
          declarations.set(c.participantId, c.declared);
          break;
        case 'participant.conductAccepted':
          accepted.set(c.participantId, c.at);
          break;
        default: {
          // A new kind of contribution needs its SQL here as well as in contributionSteps: this stops the build until it has.
          const unknown: never = c;
          throw new Error(`no SQL for contribution ${JSON.stringify(unknown)}`);
        }
      }
    }
    await this.db.transaction().execute(async (tx) => {
      for (const chunk of chunks([...votes.values()], CHUNK)) {
        await tx
          .insertInto('votes')
          .values(chunk)
          .onConflict((oc) => oc.columns(['poll_id', 'participant_id']).doUpdateSet((eb) => ({ option_ids: eb.ref('excluded.option_ids'), updated_at: eb.ref('excluded.updated_at') })))
          .execute();
      }
      for (const chunk of chunks([...upvotes.values()], CHUNK)) {
        await tx
          .insertInto('question_upvotes')
          .values(chunk)
          .onConflict((oc) => oc.columns(['question_id', 'participant_id']).doUpdateSet((eb) => ({ up: eb.ref('excluded.up'), updated_at: eb.ref('excluded.updated_at') })))
          .execute();
      }
      for (const [participantId, channel] of channels) {
        await tx.updateTable('participants').set({ channel }).where('id', '=', participantId).where('session_id', '=', sessionId).execute();
      }
      for (const [participantId, d] of declarations) {
        await tx
          .updateTable('participants')
          .set({ stakeholder_group: d.stakeholderGroup, regional_group: d.regionalGroup, gender: d.gender })
          .where('id', '=', participantId)
          .where('session_id', '=', sessionId)
          .execute();
      }
      for (const [participantId, at] of accepted) {
        await tx.updateTable('participants').set({ conduct_accepted_at: at }).where('id', '=', participantId).where('session_id', '=', sessionId).execute();
      }
      const at = contributions.at(-1)?.at ?? 0;
      for (const chunk of chunks(receipts.map((r) => receiptRow(sessionId, r, at)), CHUNK)) {
        await tx
          .insertInto('command_receipts')
          .values(chunk)
          .onConflict((oc) => oc.columns(['session_id', 'actor', 'command_id']).doNothing())
          .execute();
      }
    });
  }

  async getSetting(key: string): Promise<string | null> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    return row?.value ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }

  async deleteSetting(key: string): Promise<void> {
    await this.db.deleteFrom('settings').where('key', '=', key).execute();
  }

  async listSessions(): Promise<SessionListing[]> {
    const rows = await this.db.selectFrom('sessions').select(['id', 'join_code', 'title', 'created_at', 'archived_at']).orderBy('created_at', 'desc').execute();
    return rows.map((r) => ({ id: r.id, joinCode: r.join_code, title: r.title, createdAt: Number(r.created_at), archivedAt: r.archived_at === null ? null : Number(r.archived_at) }));
  }

  async openPolls(): Promise<OpenPoll[]> {
    // The events that change whether a poll is open (see evolvePolls): a poll is open when the
    // latest of them is an opening. The poll's id is in the payload, read by each dialect's JSON.
    const lifecycle = ['poll.opened', 'poll.closed', 'poll.deleted'];
    const sqlite = this.db.getExecutor().adapter instanceof SqliteAdapter;
    const pollIdOf = (alias: 'o' | 'l'): RawBuilder<string> =>
      sqlite ? sql<string>`json_extract(${sql.ref(`${alias}.payload`)}, '$.pollId')` : sql<string>`(${sql.ref(`${alias}.payload`)})::json ->> 'pollId'`;
    const rows = await this.db
      .selectFrom('events as o')
      .innerJoin('sessions as s', 's.id', 'o.session_id')
      .select(['o.session_id', 'o.at', pollIdOf('o').as('poll_id')])
      .where('o.type', '=', 'poll.opened')
      .where('s.archived_at', 'is', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('events as l')
              .select(sql.lit(1).as('later'))
              .whereRef('l.session_id', '=', 'o.session_id')
              .whereRef('l.seq', '>', 'o.seq')
              .where('l.type', 'in', lifecycle)
              .where(pollIdOf('l'), '=', pollIdOf('o')),
          ),
        ),
      )
      .orderBy('o.session_id')
      .orderBy('o.seq')
      .execute();
    return rows.map((r) => ({ sessionId: r.session_id, pollId: r.poll_id, openedAt: Number(r.at) }));
  }

  async retentionCandidates(sessionId?: string): Promise<SessionActivity[]> {
    let query = this.db
      .selectFrom('sessions as s')
      .select((eb) => [
        's.id',
        's.created_at',
        // The last event by sequence (the primary key), not a scan of the log.
        eb.selectFrom('events as e').select('e.at').whereRef('e.session_id', '=', 's.id').orderBy('e.seq', 'desc').limit(1).as('last_event'),
        eb.selectFrom('command_receipts as c').select((c) => c.fn.max('c.at').as('at')).whereRef('c.session_id', '=', 's.id').as('last_command'),
        eb.selectFrom('votes as v').select((v) => v.fn.max('v.updated_at').as('at')).whereRef('v.session_id', '=', 's.id').as('last_vote'),
        eb.selectFrom('question_upvotes as u').select((u) => u.fn.max('u.updated_at').as('at')).whereRef('u.session_id', '=', 's.id').as('last_upvote'),
        eb.selectFrom('participants as p').select((p) => p.fn.max('p.created_at').as('at')).whereRef('p.session_id', '=', 's.id').as('last_join'),
      ])
      .where('s.archived_at', 'is', null);
    if (sessionId !== undefined) query = query.where('s.id', '=', sessionId);
    const rows = await query.execute();
    return rows.map((r) => {
      const times = [r.created_at, r.last_event, r.last_command, r.last_vote, r.last_upvote, r.last_join].filter((t) => t !== null && t !== undefined).map(Number);
      return { id: r.id, createdAt: Number(r.created_at), lastActivityAt: Math.max(...times) };
    });
  }

  /** Deletes every row of the session in the session tables; returns how many. */
  async #eraseRows(tx: Transaction<Database>, sessionId: string): Promise<number> {
    let rows = 0;
    for (const table of SESSION_TABLES) {
      const result = await tx.deleteFrom(table).where('session_id', '=', sessionId).executeTakeFirst();
      rows += Number(result.numDeletedRows);
    }
    return rows;
  }

  async #insertErasure(tx: Transaction<Database>, erasure: Omit<ErasureEntry, 'rows'>, rows: number): Promise<void> {
    await tx.insertInto('erasures').values({ id: erasure.id, session_hash: erasure.sessionHash, at: erasure.at, erased_by: erasure.by, action: erasure.action, rows }).execute();
  }

  async recordPeak(sessionId: string, peak: AttendancePeak): Promise<void> {
    const total = peak.onsite + peak.online + peak.undeclared;
    const json = JSON.stringify({ onsite: peak.onsite, online: peak.online, undeclared: peak.undeclared, at: peak.at });
    await this.db
      .updateTable('sessions')
      .set({ peak: json, peak_total: total })
      .where('id', '=', sessionId)
      .where('archived_at', 'is', null)
      .where((eb) => eb.or([eb('peak_total', 'is', null), eb('peak_total', '<', total)]))
      .execute();
  }

  async attendancePeak(sessionId: string): Promise<AttendancePeak | null> {
    const row = await this.db.selectFrom('sessions').select('peak').where('id', '=', sessionId).executeTakeFirst();
    return row?.peak ? attendancePeakSchema.parse(JSON.parse(row.peak)) : null;
  }

  async archivedReportInputs(sessionId: string): Promise<ReportInputs | null> {
    const row = await this.db.selectFrom('sessions').select('report_inputs').where('id', '=', sessionId).where('archived_at', 'is not', null).executeTakeFirst();
    return row?.report_inputs ? reportInputsSchema.parse(JSON.parse(row.report_inputs)) : null;
  }

  async addFollowUpSignup(signup: FollowUpSignup): Promise<void> {
    await this.db.insertInto('follow_up_signups').values({ id: signup.id, session_id: signup.sessionId, contact: signup.contact, consented_at: signup.consentedAt }).execute();
  }

  async followUpSignups(sessionId: string): Promise<FollowUpSignup[]> {
    const rows = await this.db.selectFrom('follow_up_signups').selectAll().where('session_id', '=', sessionId).orderBy('consented_at').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, sessionId: r.session_id, contact: r.contact, consentedAt: Number(r.consented_at) }));
  }

  async archiveSession(sessionId: string, aggregates: SessionAggregates, erasure: Omit<ErasureEntry, 'rows'>, reportInputs?: ReportInputs): Promise<boolean> {
    const archived = await this.db.transaction().execute(async (tx) => {
      const session = await tx.selectFrom('sessions').select('archived_at').where('id', '=', sessionId).executeTakeFirst();
      if (!session || session.archived_at !== null) return false;
      const rows = await this.#eraseRows(tx, sessionId);
      // REPORT-12: the inputs are parsed once more and cut to what the aggregates keep here, so
      // that no caller can keep a name or a participant's words past the retention period.
      const kept = reportInputs ? JSON.stringify(keptAfterRetention(reportInputsSchema.parse(reportInputs))) : null;
      await tx.updateTable('sessions').set({ archived_at: erasure.at, aggregates: JSON.stringify(sessionAggregatesSchema.parse(aggregates)), report_inputs: kept }).where('id', '=', sessionId).execute();
      await this.#insertErasure(tx, erasure, rows);
      return true;
    });
    if (archived) {
      this.scrubPending = true;
      await this.scrub();
    }
    return archived;
  }

  async deleteSession(sessionId: string, erasure: Omit<ErasureEntry, 'rows'>): Promise<boolean> {
    const deleted = await this.db.transaction().execute(async (tx) => {
      const rows = await this.#eraseRows(tx, sessionId);
      const session = await tx.deleteFrom('sessions').where('id', '=', sessionId).executeTakeFirst();
      if (Number(session.numDeletedRows) === 0) return false;
      await this.#insertErasure(tx, erasure, rows + 1);
      return true;
    });
    if (deleted) {
      this.scrubPending = true;
      await this.scrub();
    }
    return deleted;
  }

  async purgeArchived(): Promise<number> {
    const rows = await this.db.transaction().execute(async (tx) => {
      let deleted = 0;
      for (const table of SESSION_TABLES) {
        const result = await tx
          .deleteFrom(table)
          .where('session_id', 'in', (eb) => eb.selectFrom('sessions').select('sessions.id').where('sessions.archived_at', 'is not', null))
          .executeTakeFirst();
        deleted += Number(result.numDeletedRows);
      }
      return deleted;
    });
    if (rows > 0) {
      this.scrubPending = true;
      await this.scrub();
    }
    return rows;
  }

  async archivedSession(sessionId: string): Promise<ArchivedSession | null> {
    const row = await this.db.selectFrom('sessions').select(['id', 'join_code', 'archived_at', 'aggregates']).where('id', '=', sessionId).where('archived_at', 'is not', null).executeTakeFirst();
    if (!row || row.archived_at === null || row.aggregates === null) return null;
    return { id: row.id, joinCode: row.join_code, archivedAt: Number(row.archived_at), aggregates: sessionAggregatesSchema.parse(JSON.parse(row.aggregates)) };
  }

  async listErasures(limit: number): Promise<ErasureEntry[]> {
    const rows = await this.db.selectFrom('erasures').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, sessionHash: r.session_hash, at: Number(r.at), by: r.erased_by as ErasureEntry['by'], action: r.action as ErasureEntry['action'], rows: Number(r.rows) }));
  }

  /**
   * PostgreSQL: a deleted row stays in its table's pages, invisible, until VACUUM marks the
   * space free for reuse (RETAIN-6). The SQLite store overrides this.
   */
  async scrub(): Promise<boolean> {
    if (!this.scrubPending) return true;
    await sql`vacuum ${sql.join([...SESSION_TABLES, 'sessions', 'settings'].map((t) => sql.table(t)))}`.execute(this.db);
    this.scrubPending = false;
    return true;
  }

  async createInvite(invite: NewInvite, audit: AuditEntry): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('tokens')
        .values({
          token_hash: invite.tokenHash,
          session_id: invite.sessionId,
          role: invite.role,
          participant_id: null,
          created_at: invite.createdAt,
          revoked_at: null,
          label: invite.label,
          panel_speaker: invite.panelSpeaker,
          last_seen_at: null,
        })
        .execute();
      await this.#insertAudit(tx, invite.sessionId, audit);
    });
  }

  async revokeInvite(sessionId: string, tokenHash: string, at: number, audit: AuditEntry): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const result = await tx
        .updateTable('tokens')
        .set({ revoked_at: at })
        .where('token_hash', '=', tokenHash)
        .where('session_id', '=', sessionId)
        .where('participant_id', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await this.#insertAudit(tx, sessionId, audit);
      return true;
    });
  }

  async listInvites(sessionId: string): Promise<Invite[]> {
    const rows = await this.db
      .selectFrom('tokens')
      .select(['token_hash', 'role', 'label', 'panel_speaker', 'created_at', 'revoked_at', 'last_seen_at'])
      .where('session_id', '=', sessionId)
      .where('participant_id', 'is', null)
      .orderBy('created_at')
      .orderBy('token_hash')
      .execute();
    const time = (v: number | null) => (v === null ? null : Number(v));
    return rows.map((r) => ({
      id: r.token_hash,
      role: r.role as Role,
      label: r.label,
      panelSpeaker: time(r.panel_speaker),
      createdAt: Number(r.created_at),
      revokedAt: time(r.revoked_at),
      lastSeenAt: time(r.last_seen_at),
    }));
  }

  async touchInvite(tokenHash: string, at: number): Promise<void> {
    await this.db.updateTable('tokens').set({ last_seen_at: at }).where('token_hash', '=', tokenHash).where('participant_id', 'is', null).execute();
  }

  async listAudit(sessionId: string, limit: number): Promise<AuditEntry[]> {
    const rows = await this.db.selectFrom('audit').selectAll().where('session_id', '=', sessionId).orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, at: Number(r.at), role: r.role as Role, label: r.label, action: r.action, summary: r.summary }));
  }

  async createOrganiser(organiser: NewOrganiser, audit: AuditEntry): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.insertInto('organisers').values({ token_hash: organiser.tokenHash, label: organiser.label, created_at: organiser.createdAt, revoked_at: null, last_seen_at: null }).execute();
      const sessionIds = [...new Set(organiser.sessionIds)];
      if (sessionIds.length > 0) await tx.insertInto('organiser_sessions').values(sessionIds.map((id) => ({ organiser_hash: organiser.tokenHash, session_id: id }))).execute();
      await this.#auditLive(tx, sessionIds, audit);
    });
  }

  /** Writes `audit` in each session still kept (an archived one has no audit log left, RETAIN-3). */
  async #auditLive(tx: Transaction<Database>, sessionIds: readonly string[], audit: AuditEntry): Promise<void> {
    if (sessionIds.length === 0) return;
    const live = new Set((await tx.selectFrom('sessions').select('id').where('id', 'in', sessionIds).where('archived_at', 'is', null).execute()).map((r) => r.id));
    for (const [index, sessionId] of sessionIds.entries()) if (live.has(sessionId)) await this.#insertAudit(tx, sessionId, { ...audit, id: `${audit.id}.${index}` });
  }

  async #organisers(tokenHash?: string): Promise<Organiser[]> {
    let query = this.db.selectFrom('organisers').selectAll().orderBy('created_at').orderBy('token_hash');
    if (tokenHash !== undefined) query = query.where('token_hash', '=', tokenHash);
    const rows = await query.execute();
    if (rows.length === 0) return [];
    let links = this.db
      .selectFrom('organiser_sessions as o')
      .innerJoin('sessions as s', 's.id', 'o.session_id')
      .select(['o.organiser_hash', 'o.session_id'])
      .orderBy('s.created_at')
      .orderBy('s.id');
    if (tokenHash !== undefined) links = links.where('o.organiser_hash', '=', tokenHash);
    const sessions = new Map<string, string[]>();
    for (const link of await links.execute()) {
      const list = sessions.get(link.organiser_hash) ?? [];
      list.push(link.session_id);
      sessions.set(link.organiser_hash, list);
    }
    const time = (v: number | null) => (v === null ? null : Number(v));
    return rows.map((r) => ({ id: r.token_hash, label: r.label, sessionIds: sessions.get(r.token_hash) ?? [], createdAt: Number(r.created_at), revokedAt: time(r.revoked_at), lastSeenAt: time(r.last_seen_at) }));
  }

  async organiserOf(tokenHash: string): Promise<Organiser | null> {
    return (await this.#organisers(tokenHash))[0] ?? null;
  }

  listOrganisers(): Promise<Organiser[]> {
    return this.#organisers();
  }

  async revokeOrganiser(tokenHash: string, at: number, audit: AuditEntry): Promise<readonly string[] | null> {
    return this.db.transaction().execute(async (tx) => {
      const result = await tx.updateTable('organisers').set({ revoked_at: at }).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return null;
      const rows = await tx.selectFrom('organiser_sessions').select('session_id').where('organiser_hash', '=', tokenHash).orderBy('session_id').execute();
      const sessionIds = rows.map((r) => r.session_id);
      await this.#auditLive(tx, sessionIds, audit);
      return sessionIds;
    });
  }

  async touchOrganiser(tokenHash: string, at: number): Promise<void> {
    await this.db.updateTable('organisers').set({ last_seen_at: at }).where('token_hash', '=', tokenHash).execute();
  }

  async ping(): Promise<boolean> {
    try {
      await this.db.selectFrom('settings').select('key').limit(1).execute();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** A receipt as a row (PROTO-4). */
export function receiptRow(sessionId: string, r: CommandReceipt, at: number) {
  return { session_id: sessionId, actor: r.actor, command_id: r.commandId, fingerprint: r.fingerprint, seq: r.seq, at };
}
