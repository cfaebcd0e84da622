import { z } from 'zod';
import { FLOOR_POLICIES, INTENTS } from '../floor/floorTypes.ts';
import { GENDERS, REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../vocabulary.ts';
import { PROJECTOR_MODES } from '../agenda/runTypes.ts';
import { MAX_GUIDELINE_LENGTH, MAX_OPTION_LENGTH, MAX_POLL_OPTIONS, guidelinesSchema, pollDraftSchema, sessionPlanSchema } from '../plan.ts';
import { CHANNELS } from '../roles.ts';
import { qaCommandSchemas } from '../qa/qaCommands.ts';

/**
 * Every command a client can send, by name. One schema per command: the server parses each
 * frame with it, and the command types below are inferred from it, so a renamed or reshaped
 * command breaks the build of every client.
 */

const pollId = z.string().min(1).max(64);
const handId = z.string().min(1).max(64);
/** A label a person is shown by: a first name, a seat, an organisation. Plain text, one line. */
const label = z.string().trim().min(1).max(40).regex(/^[^\p{Cc}\p{Cf}<>]+$/u, 'plain text only');
const declared = {
  stakeholderGroup: z.enum(STAKEHOLDER_GROUPS).nullable().default(null),
  regionalGroup: z.enum(REGIONAL_GROUPS).nullable().default(null),
  gender: z.enum(GENDERS).nullable().default(null),
};
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
  /** Participant: declare (or clear) groups, for the balance meter. Optional, never required. */
  'participant.declare': z.strictObject({ type: z.literal('participant.declare'), ...declared }),
  /** Participant: ask for the floor; `label` is how the room will see them (not in youth mode). */
  'floor.raise': z.strictObject({ type: z.literal('floor.raise'), intent: z.enum(INTENTS).default('comment'), label: label.nullable().default(null) }),
  /** Participant: withdraw their own raised hand. */
  'floor.lower': z.strictObject({ type: z.literal('floor.lower') }),
  /** Moderator: add someone who raised a hand in the room or the call without the app. */
  'floor.add': z.strictObject({
    type: z.literal('floor.add'),
    label,
    channel: z.enum(CHANNELS),
    intent: z.enum(INTENTS).default('comment'),
    ...declared,
  }),
  /** Moderator: give the floor to the next by policy, to a given hand, or to a panel speaker (by index in the plan). */
  'floor.give': z.strictObject({
    type: z.literal('floor.give'),
    handId: handId.nullable().default(null),
    panelSpeaker: z.number().int().min(0).max(49).nullable().default(null),
  }),
  /** Moderator: end the current intervention. */
  'floor.end': z.strictObject({ type: z.literal('floor.end') }),
  /** Moderator: move a hand to a place in the queue (0 is next). */
  'floor.move': z.strictObject({ type: z.literal('floor.move'), handId, position: z.number().int().min(0).max(10_000) }),
  /** Moderator: take a hand out of the queue. */
  'floor.remove': z.strictObject({ type: z.literal('floor.remove'), handId }),
  /** Moderator: let a direct reply go next. */
  'floor.prioritiseReply': z.strictObject({ type: z.literal('floor.prioritiseReply'), handId }),
  /** Moderator: change the ordering policy, live. */
  'floor.setPolicy': z.strictObject({ type: z.literal('floor.setPolicy'), policy: z.enum(FLOOR_POLICIES) }),
  /** Moderator: time limit per intervention and the warning before it. */
  'floor.setLimit': z.strictObject({
    type: z.literal('floor.setLimit'),
    limitSeconds: z.number().int().min(10).max(3600),
    warningSeconds: z.number().int().min(0).max(600),
  }),
  /** Moderator: show or hide the balance meter on the projector. */
  'floor.showBalance': z.strictObject({ type: z.literal('floor.showBalance'), shown: z.boolean() }),
  // Roles, guidelines and the speaker view (ROLE, GUIDE, SPEAK in SPEC.md).
  /** Participant: accept the session's code of conduct (before a first contribution, GUIDE-3). */
  'participant.acceptConduct': z.strictObject({ type: z.literal('participant.acceptConduct') }),
  /** Host: replace the guidelines per channel and the code of conduct (Markdown, GUIDE-4). */
  'guidelines.set': z.strictObject({
    type: z.literal('guidelines.set'),
    guidelines: guidelinesSchema,
    codeOfConduct: z.string().trim().max(MAX_GUIDELINE_LENGTH).default(''),
  }),
  /** Moderator: a private note to one panel speaker, by index in the plan ("one minute left", SPEAK-2). */
  'speaker.note': z.strictObject({
    type: z.literal('speaker.note'),
    panelSpeaker: z.number().int().min(0).max(49),
    text: z.string().trim().min(1).max(140).regex(/^[^\p{Cc}\p{Cf}]+$/u, 'plain text, one line'),
  }),
  /** Moderator: start the run of show with the first agenda item; the session clock starts. */
  'agenda.start': z.strictObject({ type: z.literal('agenda.start') }),
  /** Moderator: end the running item and start the next one. */
  'agenda.next': z.strictObject({ type: z.literal('agenda.next') }),
  /** Moderator: go back to the item before the running one. */
  'agenda.previous': z.strictObject({ type: z.literal('agenda.previous') }),
  /** Moderator: start any agenda item (by index). */
  'agenda.jump': z.strictObject({ type: z.literal('agenda.jump'), index: z.number().int().min(0).max(49) }),
  /** Moderator: end the run; the session clock stops. */
  'agenda.end': z.strictObject({ type: z.literal('agenda.end') }),
  /** Host or moderator: replace the plan, validated like a new one; the live run is kept (RUN-7). */
  'plan.update': z.strictObject({ type: z.literal('plan.update'), plan: sessionPlanSchema }),
  /** Moderator: choose what the big screen shows; `pollId` in `poll` mode (null: the active poll). */
  'projector.show': z.strictObject({ type: z.literal('projector.show'), mode: z.enum(PROJECTOR_MODES), pollId: pollId.nullable().default(null) }),
  /** The Q&A (see `qa/qaCommands.ts`). */
  ...qaCommandSchemas,
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
  commandSchemas['participant.declare'],
  commandSchemas['floor.raise'],
  commandSchemas['floor.lower'],
  commandSchemas['floor.add'],
  commandSchemas['floor.give'],
  commandSchemas['floor.end'],
  commandSchemas['floor.move'],
  commandSchemas['floor.remove'],
  commandSchemas['floor.prioritiseReply'],
  commandSchemas['floor.setPolicy'],
  commandSchemas['floor.setLimit'],
  commandSchemas['floor.showBalance'],
  commandSchemas['participant.acceptConduct'],
  commandSchemas['guidelines.set'],
  commandSchemas['speaker.note'],
  commandSchemas['agenda.start'],
  commandSchemas['agenda.next'],
  commandSchemas['agenda.previous'],
  commandSchemas['agenda.jump'],
  commandSchemas['agenda.end'],
  commandSchemas['plan.update'],
  commandSchemas['projector.show'],
  commandSchemas['qa.ask'],
  commandSchemas['qa.edit'],
  commandSchemas['qa.withdraw'],
  commandSchemas['qa.upvote'],
  commandSchemas['qa.approve'],
  commandSchemas['qa.reject'],
  commandSchemas['qa.answer'],
  commandSchemas['qa.archive'],
  commandSchemas['qa.pin'],
  commandSchemas['qa.merge'],
  commandSchemas['qa.label'],
  commandSchemas['qa.reply'],
  commandSchemas['qa.forward'],
  commandSchemas['qa.next'],
  commandSchemas['qa.setPolicy'],
]);

/** A command as the server receives it (defaults filled in). */
export type Command = z.infer<typeof commandSchema>;
/** A command as a client writes it (optional fields may be left out). */
export type CommandInput = z.input<typeof commandSchema>;
export type CommandOf<K extends CommandType> = Extract<Command, { type: K }>;
export type CommandInputOf<K extends CommandType> = Extract<CommandInput, { type: K }>;
