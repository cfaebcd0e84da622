import { z } from 'zod';
import { QA_POLICIES, REJECT_REASONS } from './qaTypes.ts';

/** The Q&A commands' schemas; `protocol/commands.ts` adds them to the command map. */

const questionId = z.string().min(1).max(64);
/**
 * A question's text: plain text, line breaks allowed, no other control characters. Format
 * characters (zero-width joiners) stay: scripts and emoji need them, and the filters see
 * through them. The session's own limit (`plan.qa.maxQuestionLength`) is checked in decide.
 */
const questionText = z.string().trim().min(1).max(1000).regex(/^(?:[^\p{Cc}]|\n)+$/u, 'plain text only');
/** A display name or label: one line of plain text. */
const shortText = (max: number) => z.string().trim().min(1).max(max).regex(/^[^\p{Cc}\p{Cf}<>]+$/u, 'plain text only');

export const qaCommandSchemas = {
  /** Participant: ask a question; `displayName` only where the session allows it (never in youth mode). */
  'qa.ask': z.strictObject({ type: z.literal('qa.ask'), text: questionText, displayName: shortText(40).nullable().default(null) }),
  /** Participant: change their own question while it waits; moderator: change any question's text (to remove personal data). */
  'qa.edit': z.strictObject({ type: z.literal('qa.edit'), questionId, text: questionText }),
  /** Participant: take back their own question while it waits; its text is deleted. */
  'qa.withdraw': z.strictObject({ type: z.literal('qa.withdraw'), questionId }),
  /** Participant: set or clear their upvote; sending the same twice changes nothing. */
  'qa.upvote': z.strictObject({ type: z.literal('qa.upvote'), questionId, up: z.boolean() }),
  /** Moderator: publish a waiting question, optionally with edited text (edit, then approve, at once). */
  'qa.approve': z.strictObject({ type: z.literal('qa.approve'), questionId, text: questionText.nullable().default(null) }),
  /** Moderator: do not publish; the text is deleted, the reason category kept. */
  'qa.reject': z.strictObject({ type: z.literal('qa.reject'), questionId, reason: z.enum(REJECT_REASONS) }),
  /** Moderator: the question has been answered. */
  'qa.answer': z.strictObject({ type: z.literal('qa.answer'), questionId }),
  /** Moderator: take a question off the lists. */
  'qa.archive': z.strictObject({ type: z.literal('qa.archive'), questionId }),
  /** Moderator: show a question as "now answering" on the projector; null clears it. */
  'qa.pin': z.strictObject({ type: z.literal('qa.pin'), questionId: questionId.nullable() }),
  /** Moderator: fold a duplicate into another question; their upvotes combine. */
  'qa.merge': z.strictObject({ type: z.literal('qa.merge'), questionId, intoId: questionId }),
  /** Moderator: set a question's labels (replacing the old ones). */
  'qa.label': z.strictObject({ type: z.literal('qa.label'), questionId, labels: z.array(shortText(30)).max(5) }),
  /** Moderator: reply in text under a question; null removes the reply. */
  'qa.reply': z.strictObject({ type: z.literal('qa.reply'), questionId, text: shortText(500).nullable() }),
  /** Online moderator: the online question was put to the room. */
  'qa.forward': z.strictObject({ type: z.literal('qa.forward'), questionId }),
  /** Moderator: pin the next question by the current policy. */
  'qa.next': z.strictObject({ type: z.literal('qa.next') }),
  /** Moderator: change the "Next question" policy. */
  'qa.setPolicy': z.strictObject({ type: z.literal('qa.setPolicy'), policy: z.enum(QA_POLICIES) }),
} as const;
