import type { Channel } from '../roles.ts';
import type { StakeholderGroup } from '../vocabulary.ts';

/**
 * Live Q&A: questions from the room and the call, their moderation, and the question being
 * answered now (QA rules in SPEC.md). The state holds no question text and no display name:
 * those are personal content, kept in the store's question table so that withdrawn or
 * rejected text can be deleted (QA-5). The state holds ids, statuses and moderation marks.
 */

/** Longest question by default, in characters. */
export const DEFAULT_MAX_QUESTION_LENGTH = 280;

/** How "Next question" picks among published questions (QA-9). */
export const QA_POLICIES = ['most_upvoted', 'alternate', 'least_heard'] as const;
export type QaPolicy = (typeof QA_POLICIES)[number];

/** Why a moderator did not publish a question; shown to staff, and as "not published" to the author. */
export const REJECT_REASONS = ['off_topic', 'duplicate', 'personal_data', 'offensive', 'other'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** What the personal-data and profanity filters found (see `filters/`). */
export type QaFlag = 'profanity' | 'insult' | 'email' | 'phone' | 'url' | 'handle' | 'address' | 'age_with_name';

/**
 * - `pending`: waits for a moderator (pre-moderation);
 * - `held`: a filter flagged it; waits for a moderator, never published by itself (QA-4);
 * - `published`, `answered`: visible to everyone;
 * - `archived`: taken off the list by a moderator; `merged`: folded into another question;
 * - `rejected`, `withdrawn`: not published; their text is deleted (QA-5).
 */
export const QUESTION_STATUSES = ['pending', 'held', 'published', 'answered', 'archived', 'merged', 'rejected', 'withdrawn'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

/** The statuses everyone sees (QA-3): nothing else reaches a participant or the projector. */
export const PUBLIC_STATUSES: ReadonlySet<QuestionStatus> = new Set(['published', 'answered']);
/** The statuses in which the author may still edit or withdraw (QA-1). */
export const AWAITING_STATUSES: ReadonlySet<QuestionStatus> = new Set(['pending', 'held']);
/** Statuses after which nothing of the text is kept. */
export const ERASED_STATUSES: ReadonlySet<QuestionStatus> = new Set(['rejected', 'withdrawn']);

export interface Question {
  readonly id: string;
  /** The asker's participant id. Never sent to any client (PRIV-3, QA-8). */
  readonly askedBy: string;
  /** Where the asker followed the session from when asking, for the policies and the relay counts. */
  readonly channel: Channel;
  /** The asker's declared stakeholder group when asking (null: undeclared). */
  readonly stakeholderGroup: StakeholderGroup | null;
  /** The agenda item that was current when asked, if known. */
  readonly agendaItem: number | null;
  readonly askedAt: number;
  /** Order of asking: breaks every tie. */
  readonly ticket: number;
  readonly status: QuestionStatus;
  /**
   * Which text this is: 1 as asked, one more at each edit (QA-14). Derived by `evolveQa` from
   * the events, never stored in them, so a replay rebuilds it (QA-13).
   */
  readonly version: number;
  /** What the filters found in the latest text; empty when clean or when filters are off. */
  readonly flags: readonly QaFlag[];
  readonly rejectReason: RejectReason | null;
  readonly labels: readonly string[];
  /** A moderator's text reply, shown with the question. */
  readonly reply: string | null;
  /** Set when a moderator changed the text. */
  readonly editedByModerator: boolean;
  readonly publishedAt: number | null;
  readonly answeredAt: number | null;
  /** The online moderator forwarded it to the room. */
  readonly forwardedAt: number | null;
  /** For a merged duplicate: the question it was folded into. */
  readonly mergedInto: string | null;
  /** Duplicates folded into this question; their upvotes count here (QA-7). */
  readonly mergedFrom: readonly string[];
}

/** A question as its `qa.asked` event records it: the version is the state's to count. */
export type AskedQuestion = Omit<Question, 'version'>;

export interface QaState {
  readonly questions: Readonly<Record<string, Question>>;
  /** Question ids in order of asking. */
  readonly order: readonly string[];
  /** The question pinned as "now answering" on the projector. */
  readonly nowAnswering: string | null;
  readonly policy: QaPolicy;
  readonly nextTicket: number;
}

export function initialQa(policy: QaPolicy): QaState {
  return { questions: {}, order: [], nowAnswering: null, policy, nextTicket: 1 };
}

/** The question with this id, or undefined; never a member of Object.prototype (ids come from clients). */
export function questionById(qa: QaState, questionId: string): Question | undefined {
  return Object.hasOwn(qa.questions, questionId) ? qa.questions[questionId] : undefined;
}

/** A question's personal content, stored apart from the event log. */
export interface QuestionContent {
  readonly text: string;
  /** Only where the session allows display names, never in youth mode (QA-2). */
  readonly displayName: string | null;
}
