import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/**
 * Schema migrations, in order. Written once for SQLite and PostgreSQL: only types both know
 * (text, bigint, integer) and constraints both enforce. Never edit a migration that has
 * shipped; add the next one.
 */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('join_code', 'text', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('tokens')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('participant_id', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .execute();
      await db.schema.createIndex('tokens_session').on('tokens').column('session_id').execute();
      await db.schema
        .createTable('participants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('channel', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('participants_session').on('participants').column('session_id').execute();
      await db.schema
        .createTable('events')
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('actor', 'text')
        .addColumn('command_id', 'text')
        .addPrimaryKeyConstraint('events_pk', ['session_id', 'seq'])
        .execute();
      await db.schema
        .createTable('votes')
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('poll_id', 'text', (c) => c.notNull())
        .addColumn('participant_id', 'text', (c) => c.notNull())
        .addColumn('option_ids', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('votes_pk', ['poll_id', 'participant_id'])
        .execute();
      await db.schema.createIndex('votes_session').on('votes').column('session_id').execute();
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['votes', 'events', 'participants', 'tokens', 'settings', 'sessions']) {
        await sql`drop table if exists ${sql.table(table)}`.execute(db);
      }
    },
  },
  '0002_participant_groups': {
    async up(db: Kysely<unknown>) {
      // Self-declared, optional: for the balance meter only (FLOOR-9, FLOOR-10).
      for (const column of ['stakeholder_group', 'regional_group', 'gender']) {
        await db.schema.alterTable('participants').addColumn(column, 'text').execute();
      }
    },
    async down(db: Kysely<unknown>) {
      for (const column of ['stakeholder_group', 'regional_group', 'gender']) {
        await db.schema.alterTable('participants').dropColumn(column).execute();
      }
    },
  },
  '0003_questions': {
    async up(db: Kysely<unknown>) {
      // Question text is personal content: it lives here, not in the append-only event log,
      // so that withdrawn or rejected text can be deleted (set to null), not just hidden (QA-5).
      await db.schema
        .createTable('questions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('text', 'text')
        .addColumn('display_name', 'text')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('questions_session').on('questions').column('session_id').execute();
      // Upvotes are contributions: one row per (question, participant), upserted (QA-7).
      await db.schema
        .createTable('question_upvotes')
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('question_id', 'text', (c) => c.notNull())
        .addColumn('participant_id', 'text', (c) => c.notNull())
        .addColumn('up', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('question_upvotes_pk', ['question_id', 'participant_id'])
        .execute();
      await db.schema.createIndex('question_upvotes_session').on('question_upvotes').column('session_id').execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table if exists question_upvotes`.execute(db);
      await sql`drop table if exists questions`.execute(db);
    },
  },
  '0004_invites_audit': {
    async up(db: Kysely<unknown>) {
      // Invite links (ROLE-1): who a link is for, which panel speaker, when it was last used.
      await db.schema.alterTable('tokens').addColumn('label', 'text').execute();
      await db.schema.alterTable('tokens').addColumn('panel_speaker', 'integer').execute();
      await db.schema.alterTable('tokens').addColumn('last_seen_at', 'bigint').execute();
      // GUIDE-3: when the participant accepted the code of conduct (null: not yet).
      await db.schema.alterTable('participants').addColumn('conduct_accepted_at', 'bigint').execute();
      // AUDIT-1: moderation actions, never participant content.
      await db.schema
        .createTable('audit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('label', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_session_at').on('audit').columns(['session_id', 'at']).execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table if exists audit`.execute(db);
      await db.schema.alterTable('participants').dropColumn('conduct_accepted_at').execute();
      for (const column of ['label', 'panel_speaker', 'last_seen_at']) await db.schema.alterTable('tokens').dropColumn(column).execute();
    },
  },
  '0005_event_versions': {
    async up(db: Kysely<unknown>) {
      // The version of each event's payload shape (see eventUpcasters.ts); rows written
      // before this migration are at version 1.
      await db.schema
        .alterTable('events')
        .addColumn('v', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('events').dropColumn('v').execute();
    },
  },
  '0006_command_receipts': {
    async up(db: Kysely<unknown>) {
      // PROTO-4: every applied command of every role, by (session, sender, command id), with a
      // fingerprint of what it said, so a retry is answered as before and a reuse of the id for
      // something else is refused. Commands applied before this migration have no fingerprint.
      await db.schema
        .createTable('command_receipts')
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('command_id', 'text', (c) => c.notNull())
        .addColumn('fingerprint', 'text')
        .addColumn('seq', 'integer')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('command_receipts_pk', ['session_id', 'actor', 'command_id'])
        .execute();
      await sql`insert into command_receipts (session_id, actor, command_id, fingerprint, seq, at)
        select session_id, actor, command_id, null, max(seq), max(at) from events
        where actor is not null and command_id is not null
        group by session_id, actor, command_id`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table if exists command_receipts`.execute(db);
    },
  },
  '0007_retention': {
    async up(db: Kysely<unknown>) {
      // RETAIN-3: a session past its retention period keeps only its aggregates (JSON), and
      // when its contributions were deleted; everything else of it is deleted.
      await db.schema.alterTable('sessions').addColumn('archived_at', 'bigint').execute();
      await db.schema.alterTable('sessions').addColumn('aggregates', 'text').execute();
      // RETAIN-5: one line per erased session, kept apart from the session (whose own audit
      // log goes with it): a hash of its id, when, who, how many rows; never any content.
      await db.schema
        .createTable('erasures')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_hash', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('erased_by', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('rows', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('erasures_at').on('erasures').column('at').execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table if exists erasures`.execute(db);
      await db.schema.alterTable('sessions').dropColumn('aggregates').execute();
      await db.schema.alterTable('sessions').dropColumn('archived_at').execute();
    },
  },
  '0008_report_texts': {
    async up(db: Kysely<unknown>) {
      // REPORT-3: what the host and the rapporteur wrote for a session's report (summary,
      // takeaways, calls to action) as JSON, with a revision so that two editors do not
      // overwrite each other unknowingly. Staff text, never a participant's: it stays with
      // the session's aggregates when the retention job deletes the contributions.
      await db.schema
        .createTable('report_texts')
        .addColumn('session_id', 'text', (c) => c.primaryKey().references('sessions.id').onDelete('cascade'))
        .addColumn('texts', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table if exists report_texts`.execute(db);
    },
  },
  '0010_report_desk': {
    async up(db: Kysely<unknown>) {
      // REPORT-11: the most participants connected at once (by channel, as JSON, and its total
      // for the one-statement "only if higher" update), kept on the sessions row like the
      // aggregates; and the report's inputs without any participant's text, written when the
      // retention job archives the session so that its report still builds (REPORT-12).
      await db.schema.alterTable('sessions').addColumn('peak', 'text').execute();
      await db.schema.alterTable('sessions').addColumn('peak_total', 'integer').execute();
      await db.schema.alterTable('sessions').addColumn('report_inputs', 'text').execute();
      // REPORT-13: a participant's contact for the host's follow-up event, stored only with
      // their consent and only for that use; deleted with the contributions (a session table).
      await db.schema
        .createTable('follow_up_signups')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('contact', 'text', (c) => c.notNull())
        .addColumn('consented_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('follow_up_signups_session').on('follow_up_signups').column('session_id').execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table if exists follow_up_signups`.execute(db);
      await db.schema.alterTable('sessions').dropColumn('report_inputs').execute();
      await db.schema.alterTable('sessions').dropColumn('peak_total').execute();
      await db.schema.alterTable('sessions').dropColumn('peak').execute();
    },
  },
  '0013_organisers': {
    async up(db: Kysely<unknown>) {
      // ORG-1: organiser access, one row per organiser, by the hash of their token (never the
      // token); revoked rows stay, so that the admin's list says when and the token stays dead.
      await db.schema
        .createTable('organisers')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('revoked_at', 'bigint')
        .addColumn('last_seen_at', 'bigint')
        .execute();
      // ORG-2: the sessions an organiser may see and change; deleting a session deletes its rows.
      await db.schema
        .createTable('organiser_sessions')
        .addColumn('organiser_hash', 'text', (c) => c.notNull().references('organisers.token_hash').onDelete('cascade'))
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addPrimaryKeyConstraint('organiser_sessions_pk', ['organiser_hash', 'session_id'])
        .execute();
      await db.schema.createIndex('organiser_sessions_session').on('organiser_sessions').column('session_id').execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table if exists organiser_sessions`.execute(db);
      await sql`drop table if exists organisers`.execute(db);
    },
  },
  '0014_events_type': {
    async up(db: Kysely<unknown>) {
      // POLL-61: the quiz sweep looks for open polls by their lifecycle events (a few per poll)
      // every QUIZ_SWEEP_MS; without this it reads the whole log of every session each time.
      await db.schema.createIndex('events_type').on('events').columns(['type', 'session_id', 'seq']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('events_type').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
