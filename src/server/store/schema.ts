/**
 * The tables, as Kysely sees them. Times are milliseconds since the epoch; JSON is stored
 * as text so that SQLite and PostgreSQL share one schema.
 */
export interface Database {
  sessions: {
    id: string;
    join_code: string;
    title: string;
    created_at: number;
    /** When its retention period was over and its contributions were deleted (RETAIN-3); null while kept. */
    archived_at: number | null;
    /** What stays after that: `SessionAggregates` as JSON; null while kept. */
    aggregates: string | null;
    /** Most participants connected at once, by channel, with when (REPORT-11), as JSON; null before anyone connected. */
    peak: string | null;
    /** Its total, so that a lower count never replaces it. */
    peak_total: number | null;
    /** `ReportInputs` without any participant's text, written when archived (REPORT-12); null while kept. */
    report_inputs: string | null;
  };
  /** Role and participant tokens, stored only as SHA-256 hashes (PRIV-4). */
  tokens: {
    token_hash: string;
    session_id: string;
    role: string;
    participant_id: string | null;
    created_at: number;
    revoked_at: number | null;
    /** Invite links: the host's label, the panel speaker a speaker link is for, last hello. */
    label: string | null;
    panel_speaker: number | null;
    last_seen_at: number | null;
  };
  participants: {
    id: string;
    session_id: string;
    channel: string | null;
    created_at: number;
    stakeholder_group: string | null;
    regional_group: string | null;
    gender: string | null;
    /** When the participant accepted the code of conduct (GUIDE-3). */
    conduct_accepted_at: number | null;
  };
  /** The control log: one row per session event, in sequence. */
  events: {
    session_id: string;
    seq: number;
    type: string;
    payload: string;
    /** The version of the payload's shape, for `type` (see `eventUpcasters.ts`). */
    v: number;
    at: number;
    /** Who sent the command and its client id, so a retry is acknowledged, not re-applied. */
    actor: string | null;
    command_id: string | null;
  };
  /** Contributions: one ballot per (poll, participant), upserted. */
  votes: {
    session_id: string;
    poll_id: string;
    participant_id: string;
    option_ids: string;
    updated_at: number;
  };
  settings: {
    key: string;
    value: string;
  };
  /** Moderation actions and link changes (AUDIT-1): role, link label, action, ids only. */
  command_receipts: {
    session_id: string;
    actor: string;
    command_id: string;
    fingerprint: string | null;
    seq: number | null;
    at: number;
  };
  audit: {
    id: string;
    session_id: string;
    at: number;
    role: string;
    label: string | null;
    action: string;
    summary: string;
  };
  /** Question text and display name, apart from the log; null once withdrawn or rejected (QA-5). */
  questions: {
    id: string;
    session_id: string;
    text: string | null;
    display_name: string | null;
    updated_at: number;
  };
  /** One line per erased session (RETAIN-5): no content, a hash of the session's id. */
  erasures: {
    id: string;
    session_hash: string;
    at: number;
    erased_by: string;
    action: string;
    rows: number;
  };
  /** Contributions: one upvote per (question, participant), upserted; `up` is 1 or 0. */
  question_upvotes: {
    session_id: string;
    question_id: string;
    participant_id: string;
    up: number;
    updated_at: number;
  };
  /** Follow-up sign-ups (REPORT-13): a contact given with consent for the host's follow-up event only. */
  follow_up_signups: {
    id: string;
    session_id: string;
    contact: string;
    consented_at: number;
  };
  /** The written parts of a session's report (REPORT-3): JSON, with a revision. */
  report_texts: {
    session_id: string;
    texts: string;
    revision: number;
    updated_at: number;
  };
  /** Organiser access (ORG-1): the token's hash, never the token. */
  organisers: {
    token_hash: string;
    label: string;
    created_at: number;
    revoked_at: number | null;
    last_seen_at: number | null;
  };
  /** The sessions of each organiser (ORG-2). */
  organiser_sessions: {
    organiser_hash: string;
    session_id: string;
  };
}
