import type { Audience } from '../roles.ts';
import { queueOrder } from './floorPolicy.ts';
import type { FloorPolicy, FloorState, Hand, Intent, Intervention, PickReason, Speaker } from './floorTypes.ts';
import type { Declared } from '../vocabulary.ts';
import type { Channel } from '../roles.ts';
import type { Platform } from '../integrations/onlinePlatform.ts';

/**
 * What each role sees of the floor. Speaker keys (participant ids) are never sent (PRIV-3);
 * the public sees who waits by label or as "Participant (channel)", and the first few in line.
 * In youth mode the label a moderator typed for someone without the app is for staff only
 * (PRIV-7): the public sees "Participant (channel)"; panel speakers keep their plan's label.
 */

/** How many waiting hands the public sees. */
export const PUBLIC_QUEUE_LENGTH = 5;

export interface HandView {
  readonly id: string;
  /** Chosen or seat label; null shows as "Participant (onsite|online)". */
  readonly label: string | null;
  readonly channel: Channel;
  readonly intent: Intent;
  readonly kind: 'participant' | 'added' | 'panel';
  readonly raisedAt: number;
  /** Placed by a moderator ahead of the policy. */
  readonly pinned: boolean;
  /** Staff only. */
  readonly declared: Declared | null;
  /** The video platform the hand came from (INTEG-2), or null. */
  readonly source: Platform | null;
}

export interface InterventionView {
  readonly id: string;
  readonly label: string | null;
  readonly channel: Channel;
  readonly intent: Intent;
  readonly kind: 'participant' | 'added' | 'panel';
  readonly startedAt: number;
  readonly limitSeconds: number;
  readonly pickedBy: PickReason;
  readonly declared: Declared | null;
}

export interface FloorView {
  readonly policy: FloorPolicy;
  readonly limitSeconds: number;
  readonly warningSeconds: number;
  readonly current: InterventionView | null;
  /** In the order people will be called; the public gets the first PUBLIC_QUEUE_LENGTH. */
  readonly queue: readonly HandView[];
  readonly waiting: { readonly onsite: number; readonly online: number };
  /** Finished interventions. */
  readonly interventions: number;
  /** Staff only: overrides recorded so far (null for the public). */
  readonly overrides: number | null;
  /** Whether the projector shows the balance meter. */
  readonly balanceShown: boolean;
}

/** A speaker's declared groups, for staff; null for everyone else (FLOOR-12). */
function declaredFor(speaker: Speaker, staff: boolean): Declared | null {
  return staff ? { stakeholderGroup: speaker.stakeholderGroup, regionalGroup: speaker.regionalGroup, gender: speaker.gender } : null;
}

/** What a view may show as a speaker's label: added people's labels stay with staff in youth mode (PRIV-7). */
function labelFor(speaker: Speaker, staff: boolean, youthMode: boolean): string | null {
  return youthMode && !staff && speaker.kind === 'added' ? null : speaker.label;
}

/** What decides a view besides the audience: the session's youth mode. */
export interface FloorViewOptions {
  readonly youthMode?: boolean;
}

function handView(hand: Hand, pinned: boolean, staff: boolean, youthMode: boolean): HandView {
  const { speaker } = hand;
  return {
    id: hand.id,
    label: labelFor(speaker, staff, youthMode),
    channel: speaker.channel,
    intent: hand.intent,
    kind: speaker.kind,
    raisedAt: hand.raisedAt,
    pinned,
    declared: declaredFor(speaker, staff),
    source: hand.source,
  };
}

export function interventionView(intervention: Intervention, staff: boolean, youthMode = false): InterventionView {
  const { speaker } = intervention;
  return {
    id: intervention.id,
    label: labelFor(speaker, staff, youthMode),
    channel: speaker.channel,
    intent: intervention.intent,
    kind: speaker.kind,
    startedAt: intervention.startedAt,
    limitSeconds: intervention.limitSeconds,
    pickedBy: intervention.pickedBy,
    declared: declaredFor(speaker, staff),
  };
}

export function floorView(audience: Audience, floor: FloorState, now: number, { youthMode = false }: FloorViewOptions = {}): FloorView {
  const staff = audience === 'staff';
  const pinned = new Set(floor.pinned);
  const order = queueOrder(floor, now);
  const shown = staff ? order : order.slice(0, PUBLIC_QUEUE_LENGTH);
  return {
    policy: floor.policy,
    limitSeconds: floor.limitSeconds,
    warningSeconds: floor.warningSeconds,
    current: floor.current ? interventionView(floor.current, staff, youthMode) : null,
    queue: shown.map((h) => handView(h, pinned.has(h.id), staff, youthMode)),
    waiting: {
      onsite: floor.hands.filter((h) => h.speaker.channel === 'onsite').length,
      online: floor.hands.filter((h) => h.speaker.channel === 'online').length,
    },
    interventions: floor.ledger.length,
    overrides: staff ? floor.overrides.length : null,
    balanceShown: floor.balanceShown,
  };
}

/** A participant's own place: their hand and position (0 is next), or whether they speak. */
export interface MyFloorView {
  readonly handId: string | null;
  readonly position: number | null;
  readonly intent: Intent | null;
  readonly speaking: boolean;
}

/** `order` is `queueOrder(floor, now)`, passed in when many participants are told at once. */
export function myFloorView(floor: FloorState, participantId: string, now: number, order: readonly Hand[] = queueOrder(floor, now)): MyFloorView {
  const key = `p:${participantId}`;
  const index = order.findIndex((h) => h.speaker.key === key);
  const hand = index === -1 ? undefined : order[index];
  return {
    handId: hand?.id ?? null,
    position: index === -1 ? null : index,
    intent: hand?.intent ?? null,
    speaking: floor.current?.speaker.key === key,
  };
}
