import { z } from 'zod';
import { command } from '../protocol/commandSpec.ts';
import { PARTICIPANT_ROLES, STAFF_ROLES } from '../roles.ts';
import { QA_POLICIES, REJECT_REASONS } from './qaTypes.ts';
import { tidyQuestionText } from './questionText.ts';

/** The Q&A commands: schema, who may send them, how they are committed (QA rules). */

const questionId = z.string().min(1).max(64);
const noQuestion = 'no-such-question';
/**
 * A question's text, tidied (tabs to spaces, line ends to `\n`, trimmed). Format characters
 * (zero-width joiners) stay: scripts and emoji need them, and the filters see through them.
 * Decide refuses, each with a reason a participant can read, a text that shows nothing, one
 * with another control character, and one over the session's limit (QA-14, QA-2).
 */
const questionText = z.string().max(1000).transform(tidyQuestionText);
/**
 * The version of a question's text that the sender read (`QuestionView.version`): an action
 * on a question that changed since is refused (QA-14).
 */
const version = z.number().int().min(1);
/** A display name or label: one line of plain text. */
const shortText = (max: number) => z.string().trim().min(1).max(max).regex(/^[^\p{Cc}\p{Cf}<>]+$/u, 'plain text only');

export const qaCommands = {
  /** Participant: ask a question; `displayName` only where the session allows it (never in youth mode). */
  'qa.ask': command({
    schema: z.strictObject({ type: z.literal('qa.ask'), text: questionText, displayName: shortText(40).nullable().default(null) }),
    roles: PARTICIPANT_ROLES,
    kind: 'control',
    conductGated: true,
    example: { type: 'qa.ask', text: 'How will schools teach this?' },
  }),
  /** Participant: take back their own question while it waits; its text is deleted. */
  'qa.withdraw': command({
    schema: z.strictObject({ type: z.literal('qa.withdraw'), questionId }),
    roles: PARTICIPANT_ROLES,
    kind: 'control',
    example: { type: 'qa.withdraw', questionId: noQuestion },
  }),
  /** Participant: set or clear their upvote; sending the same twice changes nothing. */
  'qa.upvote': command({
    schema: z.strictObject({ type: z.literal('qa.upvote'), questionId, up: z.boolean() }),
    roles: PARTICIPANT_ROLES,
    kind: 'contribution',
    conductGated: true,
    example: { type: 'qa.upvote', questionId: noQuestion, up: true },
  }),
  /**
   * Participant: change their own question while it waits; moderator: change any question's
   * text (to remove personal data). `version`: the text being replaced, as the sender read it.
   */
  'qa.edit': command({
    schema: z.strictObject({ type: z.literal('qa.edit'), questionId, version, text: questionText }),
    roles: [...STAFF_ROLES, 'participant'],
    kind: 'control',
    example: { type: 'qa.edit', questionId: noQuestion, version: 1, text: 'How will schools teach it?' },
  }),
  /** Moderator: publish a waiting question as read in `version`, optionally with edited text (edit, then approve, at once). */
  'qa.approve': command({
    schema: z.strictObject({ type: z.literal('qa.approve'), questionId, version, text: questionText.nullable().default(null) }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'qa.approve', questionId: noQuestion, version: 1 },
  }),
  /** Moderator: do not publish the question read in `version`; the text is deleted, the reason category kept. */
  'qa.reject': command({
    schema: z.strictObject({ type: z.literal('qa.reject'), questionId, version, reason: z.enum(REJECT_REASONS) }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'qa.reject', questionId: noQuestion, version: 1, reason: 'personal_data' },
  }),
  /** Moderator: the question has been answered. */
  'qa.answer': command({
    schema: z.strictObject({ type: z.literal('qa.answer'), questionId }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'qa.answer', questionId: noQuestion },
  }),
  /** Moderator: take a question off the lists. */
  'qa.archive': command({
    schema: z.strictObject({ type: z.literal('qa.archive'), questionId }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'qa.archive', questionId: noQuestion },
  }),
  /** Moderator: show a question as "now answering" on the projector; null clears it. */
  'qa.pin': command({
    schema: z.strictObject({ type: z.literal('qa.pin'), questionId: questionId.nullable() }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'qa.pin', questionId: noQuestion },
  }),
  /** Moderator: fold a duplicate (as read in `version`) into another question; their upvotes combine. */
  'qa.merge': command({
    schema: z.strictObject({ type: z.literal('qa.merge'), questionId, version, intoId: questionId }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'qa.merge', questionId: noQuestion, version: 1, intoId: 'no-such-other' },
  }),
  /** Moderator: set a question's labels (replacing the old ones). */
  'qa.label': command({
    schema: z.strictObject({ type: z.literal('qa.label'), questionId, labels: z.array(shortText(30)).max(5) }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'qa.label', questionId: noQuestion, labels: ['privacy'] },
  }),
  /** Moderator: reply in text under a question; null removes the reply. */
  'qa.reply': command({
    schema: z.strictObject({ type: z.literal('qa.reply'), questionId, text: shortText(500).nullable() }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'qa.reply', questionId: noQuestion, text: 'See the report, section 2.' },
  }),
  /** Online moderator: the online question was put to the room. */
  'qa.forward': command({
    schema: z.strictObject({ type: z.literal('qa.forward'), questionId }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'qa.forward', questionId: noQuestion },
  }),
  /** Moderator: pin the next question by the current policy. */
  'qa.next': command({
    schema: z.strictObject({ type: z.literal('qa.next') }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'qa.next' },
  }),
  /** Moderator: change the "Next question" policy. */
  'qa.setPolicy': command({
    schema: z.strictObject({ type: z.literal('qa.setPolicy'), policy: z.enum(QA_POLICIES) }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'qa.setPolicy', policy: 'alternate' },
  }),
} as const;
