import { z } from 'zod';
import { declaredFields } from '../participants/participantCommands.ts';
import { command } from '../protocol/commandSpec.ts';
import { CHANNELS, PARTICIPANT_ROLES, STAFF_ROLES } from '../roles.ts';
import { PLATFORMS } from '../integrations/onlinePlatform.ts';
import { FLOOR_POLICIES, INTENTS } from './floorTypes.ts';

/** The floor commands: schema, who may send them, how they are committed (FLOOR rules). */

const handId = z.string().min(1).max(64);
/** A label a person is shown by: a first name, a seat, an organisation. Plain text, one line. */
const label = z.string().trim().min(1).max(40).regex(/^[^\p{Cc}\p{Cf}<>]+$/u, 'plain text only');
const noHand = 'no-such-hand';

export const floorCommands = {
  /** Participant: ask for the floor; `label` is how the room will see them (not in youth mode). */
  'floor.raise': command({
    schema: z.strictObject({
      type: z.literal('floor.raise'), intent: z.enum(INTENTS).default('comment'), label: label.nullable().default(null),
      /** Raised with the video platform's own hand (the page runs inside it, INTEG-2). */
      source: z.enum(PLATFORMS).nullable().default(null),
    }),
    roles: PARTICIPANT_ROLES,
    kind: 'control',
    conductGated: true,
    example: { type: 'floor.raise', intent: 'comment', label: null },
  }),
  /** Participant: withdraw their own raised hand. */
  'floor.lower': command({
    schema: z.strictObject({ type: z.literal('floor.lower') }),
    roles: PARTICIPANT_ROLES,
    kind: 'control',
    example: { type: 'floor.lower' },
  }),
  /** Participant: hand the floor back ("I'm done") while it is theirs (FLOOR-14). */
  'floor.done': command({
    schema: z.strictObject({ type: z.literal('floor.done') }),
    roles: PARTICIPANT_ROLES,
    kind: 'control',
    example: { type: 'floor.done' },
  }),
  /** Moderator: add someone who raised a hand in the room or the call without the app. */
  'floor.add': command({
    schema: z.strictObject({
      type: z.literal('floor.add'), label, channel: z.enum(CHANNELS), intent: z.enum(INTENTS).default('comment'), ...declaredFields,
      /** The video platform the hand was raised in, when relayed from one (INTEG-2). */
      source: z.enum(PLATFORMS).nullable().default(null),
    }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'floor.add', label: 'Seat 12', channel: 'onsite', intent: 'comment' },
  }),
  /** Moderator: give the floor to the next by policy, to a given hand, or to a panel speaker (by index in the plan). */
  'floor.give': command({
    schema: z.strictObject({
      type: z.literal('floor.give'),
      handId: handId.nullable().default(null),
      panelSpeaker: z.number().int().min(0).max(49).nullable().default(null),
    }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'floor.give', handId: noHand, panelSpeaker: null },
  }),
  /** Moderator: end the current intervention. */
  'floor.end': command({
    schema: z.strictObject({ type: z.literal('floor.end') }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'floor.end' },
  }),
  /** Moderator: move a hand to a place in the queue (0 is next). */
  'floor.move': command({
    schema: z.strictObject({ type: z.literal('floor.move'), handId, position: z.number().int().min(0).max(10_000) }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'floor.move', handId: noHand, position: 0 },
  }),
  /** Moderator: take a hand out of the queue. */
  'floor.remove': command({
    schema: z.strictObject({ type: z.literal('floor.remove'), handId }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'floor.remove', handId: noHand },
  }),
  /** Moderator: let a direct reply go next. */
  'floor.prioritiseReply': command({
    schema: z.strictObject({ type: z.literal('floor.prioritiseReply'), handId }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'floor.prioritiseReply', handId: noHand },
  }),
  /** Moderator: change the ordering policy, live. */
  'floor.setPolicy': command({
    schema: z.strictObject({ type: z.literal('floor.setPolicy'), policy: z.enum(FLOOR_POLICIES) }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'floor.setPolicy', policy: 'alternate' },
  }),
  /** Moderator: time limit per intervention and the warning before it. */
  'floor.setLimit': command({
    schema: z.strictObject({
      type: z.literal('floor.setLimit'),
      limitSeconds: z.number().int().min(10).max(3600),
      warningSeconds: z.number().int().min(0).max(600),
    }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'floor.setLimit', limitSeconds: 180, warningSeconds: 30 },
  }),
  /** Moderator: show or hide the balance meter on the projector. */
  'floor.showBalance': command({
    schema: z.strictObject({ type: z.literal('floor.showBalance'), shown: z.boolean() }),
    roles: STAFF_ROLES,
    kind: 'control',
    example: { type: 'floor.showBalance', shown: false },
  }),
} as const;
