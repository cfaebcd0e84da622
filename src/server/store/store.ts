import type { Declared } from '../../core/vocabulary.ts';
import type { Channel, LinkRole, Role } from '../../core/roles.ts';
import type { ContentWrite } from '../../core/qa/qaContent.ts';
import type { QuestionContent } from '../../core/qa/qaTypes.ts';
import type { ContributionEvent, SessionEvent } from '../../core/events.ts';
import type { SessionAggregates } from '../../core/retention/sessionAggregates.ts';
import type { ReportTexts, StoredReportTexts } from '../../core/report/reportTexts.ts';
import type { ReportInputs } from '../../core/report/reportInputs.ts';

/**
 * The one storage interface of the server. Every adapter (SQLite, PostgreSQL) passes the
 * same contract suite (`test/integration/storeContract.test.ts`). Every method resolves only
 * after its writes are committed.
 */

/** What a token (already hashed) stands for. */
export interface TokenGrant {
  readonly sessionId: string;
  readonly role: Role;
  readonly participantId: string | null;
  /** For participants: the channel they declared. */
  readonly channel: Channel | null;
  /** For participants: the groups they declared (all null otherwise). */
  readonly declared: Declared;
  /** For invite links: the host's label (null for the links a session is created with). */
  readonly label: string | null;
  /** For speaker links: the panel speaker (index in the plan's speakers). */
  readonly panelSpeaker: number | null;
  /** For participants: whether they accepted the code of conduct (GUIDE-3). */
  readonly conductAccepted: boolean;
}

/** An invite link the host creates (ROLE-1). */
export interface NewInvite {
  readonly sessionId: string;
  readonly tokenHash: string;
  readonly role: LinkRole;
  readonly label: string;
  readonly panelSpeaker: number | null;
  readonly createdAt: number;
}

/** A role link as the host sees it: never the token, only its hash as an id. */
export interface Invite {
  /** The token's SHA-256 hash: it names the link without being able to open it. */
  readonly id: string;
  readonly role: Role;
  readonly label: string | null;
  readonly panelSpeaker: number | null;
  readonly createdAt: number;
  readonly revokedAt: number | null;
  readonly lastSeenAt: number | null;
}

/** Organiser access the admin creates (ORG-1): its token's hash, who it is for, its sessions (ORG-2). */
export interface NewOrganiser {
  readonly tokenHash: string;
  readonly label: string;
  readonly sessionIds: readonly string[];
  readonly createdAt: number;
}

/** An organiser as the admin sees it (ORG-5): never the token, only its hash as an id. */
export interface Organiser {
  /** The token's SHA-256 hash: it names the access without being able to open it. */
  readonly id: string;
  readonly label: string;
  /** The sessions they may see and change, oldest first (archived ones included; deleted ones gone). */
  readonly sessionIds: readonly string[];
  readonly createdAt: number;
  readonly revokedAt: number | null;
  readonly lastSeenAt: number | null;
}

/** One line of the audit log (AUDIT-1). */
export interface AuditEntry {
  readonly id: string;
  readonly at: number;
  readonly role: Role;
  /** The label of the link used, if any. */
  readonly label: string | null;
  /** A command type, or `link.created` / `link.revoked`. */
  readonly action: string;
  /** Ids, enums and numbers only; settings as old → new, free text as "changed" (see `auditSummary`). */
  readonly summary: string;
}

export interface NewSession {
  readonly id: string;
  readonly joinCode: string;
  readonly title: string;
  readonly createdAt: number;
  /** The creation events: `session.created` then the prepared polls. */
  readonly events: readonly SessionEvent[];
  readonly roleTokens: readonly { readonly role: LinkRole; readonly tokenHash: string }[];
  /** The organiser who creates it (their token's hash): the session joins their set in the same transaction (ORG-4). */
  readonly organiserHash?: string | null;
}

/** A participant who just joined, with the hash of their token. */
export interface NewParticipant {
  readonly id: string;
  readonly sessionId: string;
  readonly tokenHash: string;
  readonly channel: Channel | null;
  readonly createdAt: number;
}

/** A session as stored: its control log and its contributions. */
export interface StoredSession {
  readonly events: readonly SessionEvent[];
  /** Every command applied in the session, for retries (PROTO-4). */
  readonly commands: readonly CommandReceipt[];
  readonly votes: readonly { readonly pollId: string; readonly participantId: string; readonly optionIds: readonly string[]; readonly at?: number }[];
  readonly participants: readonly { readonly id: string; readonly channel: Channel | null; readonly declared: Declared; readonly conductAccepted: boolean }[];
  /** Question content still kept (withdrawn and rejected text is gone). */
  readonly questions: readonly { readonly id: string; readonly content: QuestionContent }[];
  /** Upvotes in force, (question, participant). */
  readonly upvotes: readonly { readonly questionId: string; readonly participantId: string }[];
}

/**
 * A command as applied (PROTO-4): who sent it, its id, a fingerprint of what it said (null for
 * commands stored before fingerprints), and the sequence its ack reported (null for contributions).
 */
export interface CommandReceipt {
  readonly actor: string;
  readonly commandId: string;
  readonly fingerprint: string | null;
  readonly seq: number | null;
}

/** The command that produced appended events; staff commands carry their audit line (AUDIT-1). */
export interface EventCommand {
  readonly actor: string;
  readonly commandId: string;
  /** What the command said (see commandFingerprint.ts); its receipt is written in the same transaction. */
  readonly fingerprint?: string;
  readonly audit?: AuditEntry;
}

/** A session as the host's list shows it; `archivedAt` once only its aggregates are left (RETAIN-3). */
export interface SessionListing {
  readonly id: string;
  readonly joinCode: string;
  readonly title: string;
  readonly createdAt: number;
  readonly archivedAt: number | null;
}

/** A session still kept, with the time of its latest write, for the retention job (RETAIN-2). */
export interface SessionActivity {
  readonly id: string;
  readonly createdAt: number;
  /** The latest of: its last control event, command receipt, vote, upvote, join. */
  readonly lastActivityAt: number;
}

/** A poll open in the store: its latest opening has no close or deletion after it (POLL-61). */
export interface OpenPoll {
  readonly sessionId: string;
  readonly pollId: string;
  /** The time of that opening (`poll.opened`'s `at`): with the poll, it names the opening. */
  readonly openedAt: number;
}

/** Participants connected at once, by channel, and when (REPORT-11). */
export interface AttendancePeak {
  readonly onsite: number;
  readonly online: number;
  readonly undeclared: number;
  readonly at: number;
}

/** A contact given for the host's follow-up event, with the moment of consent (REPORT-13). */
export interface FollowUpSignup {
  readonly id: string;
  readonly sessionId: string;
  readonly contact: string;
  readonly consentedAt: number;
}

/** A session past its retention period: what is left of it (RETAIN-3). */
export interface ArchivedSession {
  readonly id: string;
  readonly joinCode: string;
  readonly archivedAt: number;
  readonly aggregates: SessionAggregates;
}

/**
 * One line of the erasure log (RETAIN-5), kept apart from the sessions: which session (a
 * SHA-256 hash of its id, so the log names no live session), when, by whom (`host`: deleted
 * now; `retention`: the retention job), what, and how many rows went. Never any content.
 */
export interface ErasureEntry {
  readonly id: string;
  readonly sessionHash: string;
  readonly at: number;
  readonly by: 'host' | 'retention';
  readonly action: 'session.deleted' | 'session.archived';
  /** Rows deleted; filled in by the store. */
  readonly rows: number;
}

/** Another writer appended to the session's log first; the caller re-decides. */
export class SequenceConflict extends Error {
  constructor(sessionId: string, expected: number) {
    super(`session ${sessionId} is no longer at sequence ${expected}`);
    this.name = 'SequenceConflict';
  }
}

export interface Store {
  /** Brings the schema up to date. */
  migrate(): Promise<void>;
  createSession(session: NewSession): Promise<void>;
  /** Adds role tokens to an existing session (e.g. fresh demo links at start-up). */
  addRoleTokens(sessionId: string, tokens: readonly { role: LinkRole; tokenHash: string }[], at: number): Promise<void>;
  sessionIdByJoinCode(joinCode: string): Promise<string | null>;
  joinCodeTaken(joinCode: string): Promise<boolean>;
  /** The grant of an unrevoked token, or null. */
  grantOf(tokenHash: string): Promise<TokenGrant | null>;
  addParticipant(participant: NewParticipant): Promise<void>;
  /** Adds participants in one transaction (grouped joins: one commit for every join of the moment). */
  addParticipants(participants: readonly NewParticipant[]): Promise<void>;
  loadSession(sessionId: string): Promise<StoredSession | null>;
  /** The written parts of a session's report; empty texts at revision 0 before the first save (REPORT-3). */
  reportTexts(sessionId: string): Promise<StoredReportTexts>;
  /**
   * Replaces the written parts of a report if they are still at `expectedRevision`, as the next
   * revision; null (nothing written) when someone saved since (REPORT-3).
   */
  saveReportTexts(sessionId: string, texts: ReportTexts, expectedRevision: number, at: number): Promise<StoredReportTexts | null>;
  /**
   * Appends control events after `expectedSeq` in one transaction, tagged with the command
   * that produced them, together with the question content they change (QA-5: text goes to
   * the question table, never to the log; null content deletes it). Throws `SequenceConflict`
   * if the log has moved on.
   */
  appendEvents(
    sessionId: string,
    expectedSeq: number,
    events: readonly SessionEvent[],
    command: EventCommand | null,
    content?: readonly ContentWrite[],
  ): Promise<void>;
  /**
   * Commits a group of contributions in one transaction (grouped commit), with the receipts
   * of the commands that made them (PROTO-4; a receipt already there is kept).
   */
  recordContributions(sessionId: string, contributions: readonly ContributionEvent[], receipts?: readonly CommandReceipt[]): Promise<void>;
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  /** Removes a setting (nothing if there is none). */
  deleteSetting(key: string): Promise<void>;
  /** Sessions, newest first, for start-up and listings; archived ones included. */
  listSessions(): Promise<SessionListing[]>;
  /** Creates an invite link and records it in the audit log, in one transaction (ROLE-1). */
  createInvite(invite: NewInvite, audit: AuditEntry): Promise<void>;
  /**
   * Revokes a role link of the session and records it, in one transaction (ROLE-2). False
   * when there is no such unrevoked link (participant tokens are not links).
   */
  revokeInvite(sessionId: string, tokenHash: string, at: number, audit: AuditEntry): Promise<boolean>;
  /** Role links of a session, oldest first, revoked ones included. */
  listInvites(sessionId: string): Promise<Invite[]>;
  /** Notes that a role link was just used (ROLE-3). */
  touchInvite(tokenHash: string, at: number): Promise<void>;
  /**
   * Creates organiser access with its sessions and one audit line in each of them, in one
   * transaction (ORG-1, ORG-6); each line's id is the entry's id with the session's index.
   */
  createOrganiser(organiser: NewOrganiser, audit: AuditEntry): Promise<void>;
  /** An organiser by their token's hash, revoked or not; null when there is none (ORG-3). */
  organiserOf(tokenHash: string): Promise<Organiser | null>;
  /** Every organiser, oldest first, revoked ones included (ORG-5). */
  listOrganisers(): Promise<Organiser[]>;
  /**
   * Revokes an organiser and writes the audit line in each of their sessions, in one
   * transaction (ORG-7); returns their sessions, or null when there is no such unrevoked organiser.
   */
  revokeOrganiser(tokenHash: string, at: number, audit: AuditEntry): Promise<readonly string[] | null>;
  /** Notes that an organiser just used their access (ORG-5). */
  touchOrganiser(tokenHash: string, at: number): Promise<void>;
  /** The audit log of a session, newest first (AUDIT-2). */
  listAudit(sessionId: string, limit: number): Promise<AuditEntry[]>;
  /**
   * Every poll open in a session not archived, with its opening, by session and log order:
   * for the quiz sweep, which closes the quizzes whose time is up in rooms nobody loads (POLL-61).
   */
  openPolls(): Promise<OpenPoll[]>;
  /** Sessions not archived (or just this one), with their latest activity, for the retention job (RETAIN-2). */
  retentionCandidates(sessionId?: string): Promise<SessionActivity[]>;
  /**
   * RETAIN-3: deletes every row of the session but its `sessions` row, which keeps the
   * aggregates, in one transaction with the erasure line (its `rows` filled in); then scrubs
   * (see `scrub`). False when there is no such session or it is archived already.
   */
  archiveSession(sessionId: string, aggregates: SessionAggregates, erasure: Omit<ErasureEntry, 'rows'>, reportInputs?: ReportInputs): Promise<boolean>;
  /** REPORT-12: the report's inputs kept when the session was archived (no participant's text); null if none. */
  archivedReportInputs(sessionId: string): Promise<ReportInputs | null>;
  /** REPORT-11: records the participants connected at once if more than the peak stored (one statement: a lower count never wins). */
  recordPeak(sessionId: string, peak: AttendancePeak): Promise<void>;
  /** REPORT-11: the most participants connected at once; null before anyone connected. */
  attendancePeak(sessionId: string): Promise<AttendancePeak | null>;
  /** REPORT-13: stores a follow-up sign-up, given with consent; a session table (deleted by the retention job). */
  addFollowUpSignup(signup: FollowUpSignup): Promise<void>;
  /** REPORT-13: the sign-ups of a session, oldest first: for the host alone. */
  followUpSignups(sessionId: string): Promise<FollowUpSignup[]>;
  /** RETAIN-4: deletes every row of the session, archived or not, in one transaction with the erasure line; then scrubs. False when there is no such session. */
  deleteSession(sessionId: string, erasure: Omit<ErasureEntry, 'rows'>): Promise<boolean>;
  /**
   * RETAIN-3: deletes any row that reached an archived session after its archiving (a join or
   * a vote that raced it, another server process still holding its room); returns how many.
   * Scrubs when it deleted anything.
   */
  purgeArchived(): Promise<number>;
  /** What is left of an archived session; null if there is no such session or it is not archived. */
  archivedSession(sessionId: string): Promise<ArchivedSession | null>;
  /** The erasure log, newest first (RETAIN-5). */
  listErasures(limit: number): Promise<ErasureEntry[]>;
  /**
   * RETAIN-6: after an erasure (`archiveSession`, `deleteSession` call it themselves), makes the
   * deleted rows as unrecoverable as the database allows. SQLite: checkpoints the WAL into the
   * database file and truncates it (deleted content is overwritten with zeros, `secure_delete`).
   * PostgreSQL: VACUUMs the session tables. Does nothing when no erasure waits for it. True when
   * done; false when another connection kept SQLite from truncating the WAL: call again later.
   */
  scrub(): Promise<boolean>;
  /** Whether the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
