import { z } from 'zod';
import { MAX_OPTION_LENGTH, MAX_POLL_OPTIONS, pollDraftSchema } from '../plan.ts';
import { CHANNELS } from '../roles.ts';

/**
 * Every command a client can send, by name. One schema per command: the server parses each
 * frame with it, and the command types below are inferred from it, so a renamed or reshaped
 * command breaks the build of every client.
 */

const pollId = z.string().min(1).max(64);
const optionId = z.string().min(1).max(MAX_OPTION_LENGTH);

export const commandSchemas = {
  /** Moderator: prepare a poll (it starts as a draft). */
  'poll.create': z.strictObject({ type: z.literal('poll.create'), poll: pollDraftSchema }),
  /** Moderator: open a draft or closed poll for votes; it becomes the poll on the big screen. */
  'poll.open': z.strictObject({ type: z.literal('poll.open'), pollId }),
  /** Moderator: stop accepting votes. */
  'poll.close': z.strictObject({ type: z.literal('poll.close'), pollId }),
  /** Moderator: show (or hide again) the distribution to participants and the projector. */
  'poll.reveal': z.strictObject({ type: z.literal('poll.reveal'), pollId, revealed: z.boolean() }),
  /** Moderator: remove a poll that is not open. */
  'poll.delete': z.strictObject({ type: z.literal('poll.delete'), pollId }),
  /** Participant: cast or replace a vote; re-sending the same vote changes nothing. */
  'poll.vote': z.strictObject({
    type: z.literal('poll.vote'),
    pollId,
    optionIds: z.array(optionId).min(1).max(MAX_POLL_OPTIONS),
  }),
  /** Participant: say whether they are in the room or online. */
  'participant.setChannel': z.strictObject({ type: z.literal('participant.setChannel'), channel: z.enum(CHANNELS) }),
} as const;

export type CommandType = keyof typeof commandSchemas;
export const COMMAND_TYPES = Object.keys(commandSchemas) as CommandType[];

export const commandSchema = z.discriminatedUnion('type', [
  commandSchemas['poll.create'],
  commandSchemas['poll.open'],
  commandSchemas['poll.close'],
  commandSchemas['poll.reveal'],
  commandSchemas['poll.delete'],
  commandSchemas['poll.vote'],
  commandSchemas['participant.setChannel'],
]);

/** A command as the server receives it (defaults filled in). */
export type Command = z.infer<typeof commandSchema>;
/** A command as a client writes it (optional fields may be left out). */
export type CommandInput = z.input<typeof commandSchema>;
export type CommandOf<K extends CommandType> = Extract<Command, { type: K }>;
export type CommandInputOf<K extends CommandType> = Extract<CommandInput, { type: K }>;
