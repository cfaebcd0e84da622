import type { Role } from '../roles.ts';
import { queueOrder } from './floorPolicy.ts';
import type { FloorPolicy, FloorState, Hand, Intervention, OverrideRecord } from './floorTypes.ts';

/** Control events of the floor; sequenced with the session's other control events. */
export type FloorEvent =
  | { readonly type: 'floor.handRaised'; readonly at: number; readonly hand: Hand }
  /** `by: 'self'` when the person lowered it; a role when a moderator removed it (an override). */
  | { readonly type: 'floor.handLowered'; readonly at: number; readonly handId: string; readonly by: 'self' | Role }
  | { readonly type: 'floor.handMoved'; readonly at: number; readonly handId: string; readonly position: number; readonly by: Role }
  | { readonly type: 'floor.replyPrioritised'; readonly at: number; readonly handId: string; readonly by: Role }
  | { readonly type: 'floor.given'; readonly at: number; readonly intervention: Intervention; readonly by: Role }
  | { readonly type: 'floor.ended'; readonly at: number }
  | { readonly type: 'floor.policySet'; readonly at: number; readonly policy: FloorPolicy }
  | { readonly type: 'floor.limitSet'; readonly at: number; readonly limitSeconds: number; readonly warningSeconds: number }
  | { readonly type: 'floor.balanceShown'; readonly at: number; readonly shown: boolean };

export const FLOOR_EVENT_TYPES = [
  'floor.handRaised',
  'floor.handLowered',
  'floor.handMoved',
  'floor.replyPrioritised',
  'floor.given',
  'floor.ended',
  'floor.policySet',
  'floor.limitSet',
  'floor.balanceShown',
] as const satisfies readonly FloorEvent['type'][];

const FLOOR_EVENTS: ReadonlySet<string> = new Set(FLOOR_EVENT_TYPES);

export function isFloorEvent(event: { readonly type: string }): event is FloorEvent {
  return FLOOR_EVENTS.has(event.type);
}

function withoutHand(floor: FloorState, handId: string): FloorState {
  return { ...floor, hands: floor.hands.filter((h) => h.id !== handId), pinned: floor.pinned.filter((id) => id !== handId) };
}

function recordOverride(floor: FloorState, record: OverrideRecord): FloorState {
  return { ...floor, overrides: [...floor.overrides, record] };
}

/** Applies one floor event. Pure and total, like `evolve`. */
export function evolveFloor(floor: FloorState, event: FloorEvent): FloorState {
  switch (event.type) {
    case 'floor.handRaised':
      return { ...floor, hands: [...floor.hands, event.hand], nextTicket: Math.max(floor.nextTicket, event.hand.ticket + 1) };
    case 'floor.handLowered': {
      const next = withoutHand(floor, event.handId);
      return event.by === 'self' ? next : recordOverride(next, { at: event.at, by: event.by, action: 'remove', handId: event.handId });
    }
    case 'floor.handMoved': {
      // The moderator moves a hand within the queue as shown; everything up to its new place
      // is pinned, so the policy cannot reorder what the moderator just arranged.
      const order = queueOrder(floor, event.at).map((h) => h.id).filter((id) => id !== event.handId);
      if (order.length === floor.hands.length) return floor;
      const position = Math.max(0, Math.min(event.position, order.length));
      order.splice(position, 0, event.handId);
      // Hands pinned before stay pinned (FLOOR-7): the pinned prefix reaches the last of them.
      const lastPinned = Math.max(position, ...floor.pinned.filter((id) => id !== event.handId).map((id) => order.indexOf(id)));
      return recordOverride({ ...floor, pinned: order.slice(0, lastPinned + 1) }, { at: event.at, by: event.by, action: 'move', handId: event.handId });
    }
    case 'floor.replyPrioritised':
      return recordOverride(
        { ...floor, pinned: [event.handId, ...floor.pinned.filter((id) => id !== event.handId)] },
        { at: event.at, by: event.by, action: 'reply_priority', handId: event.handId },
      );
    case 'floor.given': {
      const { intervention } = event;
      const next: FloorState = { ...(intervention.handId ? withoutHand(floor, intervention.handId) : floor), current: intervention };
      return intervention.pickedBy === 'override' && intervention.handId
        ? recordOverride(next, { at: event.at, by: event.by, action: 'pick', handId: intervention.handId })
        : next;
    }
    case 'floor.ended':
      if (!floor.current) return floor;
      return { ...floor, current: null, ledger: [...floor.ledger, { ...floor.current, endedAt: Math.max(event.at, floor.current.startedAt) }] };
    case 'floor.policySet':
      return { ...floor, policy: event.policy };
    case 'floor.limitSet':
      return { ...floor, limitSeconds: event.limitSeconds, warningSeconds: event.warningSeconds };
    case 'floor.balanceShown':
      return { ...floor, balanceShown: event.shown };
  }
}
