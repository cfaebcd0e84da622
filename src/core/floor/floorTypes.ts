import { FLOOR_POLICY_NAMES, type Declared } from '../vocabulary.ts';

import type { Platform } from '../integrations/onlinePlatform.ts';
import type { Channel, Role } from '../roles.ts';

/**
 * The floor: one speaking queue for the room and the call, the current speaker, the ledger
 * of interventions and the record of every moderator override (FLOOR rules in SPEC.md).
 */

/** How the next speaker is chosen when the moderator gives the floor without naming anyone. */
export const FLOOR_POLICIES = FLOOR_POLICY_NAMES;
export type FloorPolicy = (typeof FLOOR_POLICIES)[number];

/** What someone asks the floor for; a direct reply answers the current speaker. */
export const INTENTS = ['comment', 'question', 'reply'] as const;
export type Intent = (typeof INTENTS)[number];

/** Someone who may speak. */
export interface Speaker extends Declared {
  /**
   * Who this is, for counting interventions: `p:<participant>` for participants,
   * `a:<hand>` for people added by a moderator, `s:<index>` for panel speakers. Never sent
   * to participants or the projector (PRIV-3).
   */
  readonly key: string;
  /** A chosen label or seat label; null shows as "Participant (onsite|online)". */
  readonly label: string | null;
  readonly channel: Channel;
  readonly kind: 'participant' | 'added' | 'panel';
}

/** A raised hand, waiting in the queue. */
export interface Hand {
  readonly id: string;
  readonly speaker: Speaker;
  readonly intent: Intent;
  readonly raisedAt: number;
  /** Order of raising: first come, first served breaks every tie. */
  readonly ticket: number;
  /** Whether the person raised it themself or a moderator added it for them. */
  readonly addedBy: 'self' | Role;
  /** The video platform the hand was raised in (INTEG-2); null for a hand raised in OpenFloor or by a moderator. */
  readonly source: Platform | null;
}

/** Why a speaker has the floor. */
export type PickReason = 'policy' | 'override' | 'panel';

export interface Intervention {
  readonly id: string;
  readonly speaker: Speaker;
  readonly intent: Intent;
  readonly handId: string | null;
  readonly startedAt: number;
  /** Time limit of this intervention. */
  readonly limitSeconds: number;
  readonly pickedBy: PickReason;
}

/** A finished intervention. */
export interface LedgerEntry extends Intervention {
  readonly endedAt: number;
}

export const OVERRIDE_ACTIONS = ['move', 'pick', 'remove', 'reply_priority'] as const;
export type OverrideAction = (typeof OVERRIDE_ACTIONS)[number];

/** A moderator's departure from the policy: who, what, when (FLOOR-6). */
export interface OverrideRecord {
  readonly at: number;
  readonly by: Role;
  readonly action: OverrideAction;
  readonly handId: string;
}

export interface FloorState {
  readonly policy: FloorPolicy;
  readonly limitSeconds: number;
  /** A warning shows this long before the limit. */
  readonly warningSeconds: number;
  /** Waiting hands, in the order they were raised. */
  readonly hands: readonly Hand[];
  /** Hands a moderator placed by hand, in that order, ahead of the policy's order. */
  readonly pinned: readonly string[];
  readonly current: Intervention | null;
  readonly ledger: readonly LedgerEntry[];
  readonly overrides: readonly OverrideRecord[];
  readonly nextTicket: number;
  /** Whether the projector shows the balance meter. */
  readonly balanceShown: boolean;
}

export const DEFAULT_LIMIT_SECONDS = 180;
export const DEFAULT_WARNING_SECONDS = 30;

export function initialFloor(policy: FloorPolicy, limitSeconds: number, warningSeconds: number): FloorState {
  return { policy, limitSeconds, warningSeconds, hands: [], pinned: [], current: null, ledger: [], overrides: [], nextTicket: 1, balanceShown: false };
}
