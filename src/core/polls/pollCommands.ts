import { z } from 'zod';
import { MAX_ANSWER_LENGTH, MAX_OPTION_LENGTH, MAX_POLL_OPTIONS, MAX_WORDS_PER_BALLOT, pollDraftSchema } from '../plan.ts';
import { command } from '../protocol/commandSpec.ts';
import { BREAKDOWN_DIMENSIONS } from './pollBreakdown.ts';
import { PARTICIPANT_ROLES, STAFF_ROLES } from '../roles.ts';

/** The poll commands: schema, who may send them, how they are committed (POLL rules). */

const pollId = z.string().min(1).max(64);
const optionId = z.string().min(1).max(MAX_OPTION_LENGTH);
/** Ids in examples name nothing that exists: an allowed command is refused by the domain at worst. */
const noPoll = 'no-such-poll';

export const pollCommands = {
  /** Moderator: prepare a poll (it starts as a draft). */
  'poll.create': command({
    schema: z.strictObject({ type: z.literal('poll.create'), poll: pollDraftSchema }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'poll.create', poll: { question: 'Walk poll?', options: ['Yes', 'No'] } },
  }),
  /**
   * Moderator: open a draft or closed poll for votes; it becomes the poll on the big screen.
   * While another poll is open it is refused unless `alongside` says to keep both open (POLL-8).
   */
  'poll.open': command({
    schema: z.strictObject({ type: z.literal('poll.open'), pollId, alongside: z.boolean().optional() }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'poll.open', pollId: noPoll },
  }),
  /** Moderator: stop accepting votes. */
  'poll.close': command({
    schema: z.strictObject({ type: z.literal('poll.close'), pollId }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'poll.close', pollId: noPoll },
  }),
  /**
   * The server, when a quiz's timer runs out (POLL-50): close the quiz opened at `openedAt`. Refused
   * before the time is up, for another opening and once closed, so any number of processes may send
   * it and the quiz is closed once.
   */
  'poll.expire': command({
    schema: z.strictObject({ type: z.literal('poll.expire'), pollId, openedAt: z.number().int().nonnegative() }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'poll.expire', pollId: noPoll, openedAt: 0 },
  }),
  /** Moderator: show (or hide again) the distribution to participants and the projector. */
  'poll.reveal': command({
    schema: z.strictObject({ type: z.literal('poll.reveal'), pollId, revealed: z.boolean() }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'poll.reveal', pollId: noPoll, revealed: true },
  }),
  /** Moderator: remove a poll that is not open. */
  'poll.delete': command({
    schema: z.strictObject({ type: z.literal('poll.delete'), pollId }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'poll.delete', pollId: noPoll },
  }),
  /** Participant: cast or replace a vote; re-sending the same vote changes nothing. */
  'poll.vote': command({
    schema: z.strictObject({ type: z.literal('poll.vote'), pollId, optionIds: z.array(optionId).min(1).max(MAX_POLL_OPTIONS) }),
    roles: PARTICIPANT_ROLES,
    kind: 'contribution',
    conductGated: true,
    example: { type: 'poll.vote', pollId: noPoll, optionIds: ['o1'] },
  }),
  /**
   * Participant: words for a word cloud (up to its `maxWords`) or one answer to an open-text
   * poll; a new one replaces the previous (POLL-24, POLL-25).
   */
  'poll.write': command({
    schema: z.strictObject({ type: z.literal('poll.write'), pollId, entries: z.array(z.string().max(MAX_ANSWER_LENGTH)).min(1).max(MAX_WORDS_PER_BALLOT) }),
    roles: PARTICIPANT_ROLES,
    kind: 'contribution',
    conductGated: true,
    example: { type: 'poll.write', pollId: noPoll, entries: ['safety'] },
  }),
  /** Moderator: approve or hide a word or answer by its key; `null` gives it back to the filters (POLL-24, POLL-25). */
  'poll.judge': command({
    schema: z.strictObject({ type: z.literal('poll.judge'), pollId, key: z.string().min(1).max(32), verdict: z.enum(['approved', 'hidden']).nullable() }),
    roles: STAFF_ROLES,
    kind: 'control',
    // A verdict names a key, never a ballot: writes are decided without it, it without them,
    // and every tally is derived from both as they stand (POLL-4, POLL-25).
    apartFromContributions: true,
    example: { type: 'poll.judge', pollId: noPoll, key: 'e1', verdict: 'hidden' },
  }),
  /**
   * Moderator: pair a poll with an earlier one asking the same question (before and after), or
   * unpair it with `beforeId: null`; views then show the shift (POLL-34).
   */
  'poll.pair': command({
    schema: z.strictObject({ type: z.literal('poll.pair'), pollId, beforeId: pollId.nullable() }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'poll.pair', pollId: noPoll, beforeId: null },
  }),
  /**
   * Moderator: show participants and the projector the results by channel, stakeholder group or
   * region beside the overall, groups under five merged (POLL-60); `dimension: null` hides it.
   */
  'poll.showBreakdown': command({
    schema: z.strictObject({ type: z.literal('poll.showBreakdown'), pollId, dimension: z.enum(BREAKDOWN_DIMENSIONS).nullable() }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'poll.showBreakdown', pollId: noPoll, dimension: 'channel' },
  }),
} as const;
