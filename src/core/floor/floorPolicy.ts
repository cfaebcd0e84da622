import type { Channel } from '../roles.ts';
import type { FloorPolicy, FloorState, Hand, Speaker } from './floorTypes.ts';

/**
 * The ordering policies (FLOOR-3, FLOOR-4, FLOOR-5). Pure: the order is derived from the
 * waiting hands, the ledger and the current speaker, never stored, so switching policy
 * reorders the queue at once and replaying events gives the same queue.
 */

/** What the policies know of the floor's history: who spoke, on which channel, for how long. */
export interface FloorHistory {
  /** Channel of the latest intervention (current or last finished), if any. */
  readonly lastChannel: Channel | null;
  /** Interventions per speaker key. */
  readonly interventions: ReadonlyMap<string, number>;
  /** Floor time so far per stakeholder group and per regional group ("" for undeclared). */
  readonly stakeholderMs: ReadonlyMap<string, number>;
  readonly regionMs: ReadonlyMap<string, number>;
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

/**
 * The history at `now`. The current intervention counts with its time so far, or its full
 * time limit if that is more: the queue shown while someone speaks does not reshuffle as the
 * seconds pass, and an overrun counts as it happens.
 */
export function floorHistory(floor: FloorState, now: number): FloorHistory {
  const interventions = new Map<string, number>();
  const stakeholderMs = new Map<string, number>();
  const regionMs = new Map<string, number>();
  const spoken = [...floor.ledger.map((e) => ({ speaker: e.speaker, ms: e.endedAt - e.startedAt }))];
  const current = floor.current;
  if (current) spoken.push({ speaker: current.speaker, ms: Math.max(current.limitSeconds * 1000, now - current.startedAt) });
  for (const { speaker, ms } of spoken) {
    add(interventions, speaker.key, 1);
    add(stakeholderMs, speaker.stakeholderGroup ?? '', ms);
    add(regionMs, speaker.regionalGroup ?? '', ms);
  }
  const last = floor.current ?? floor.ledger.at(-1) ?? null;
  return { lastChannel: last ? last.speaker.channel : null, interventions, stakeholderMs, regionMs };
}

function earliest(hands: readonly Hand[]): Hand | undefined {
  let best: Hand | undefined;
  for (const h of hands) if (!best || h.ticket < best.ticket) best = h;
  return best;
}

function leastBy(hands: readonly Hand[], score: (h: Hand) => number): Hand | undefined {
  let best: Hand | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const h of hands) {
    const s = score(h);
    if (s < bestScore || (s === bestScore && best && h.ticket < best.ticket)) {
      best = h;
      bestScore = s;
    }
  }
  return best;
}

/** The hand the policy picks among `hands`, given the history; undefined if none wait. */
export function policyPick(policy: FloorPolicy, hands: readonly Hand[], history: FloorHistory): Hand | undefined {
  switch (policy) {
    case 'first_come':
      return earliest(hands);
    case 'alternate': {
      const other = history.lastChannel === null ? hands : hands.filter((h) => h.speaker.channel !== history.lastChannel);
      return earliest(other.length > 0 ? other : hands);
    }
    case 'fewest_first':
      return leastBy(hands, (h) => history.interventions.get(h.speaker.key) ?? 0);
    case 'balance_stakeholder':
      return leastBy(hands, (h) => history.stakeholderMs.get(h.speaker.stakeholderGroup ?? '') ?? 0);
    case 'balance_region':
      return leastBy(hands, (h) => history.regionMs.get(h.speaker.regionalGroup ?? '') ?? 0);
  }
}

/** The history after `speaker` speaks for `ms`: used to look further down the queue. */
function afterSpeaking(history: FloorHistory, speaker: Speaker, ms: number): FloorHistory {
  const interventions = new Map(history.interventions);
  const stakeholderMs = new Map(history.stakeholderMs);
  const regionMs = new Map(history.regionMs);
  add(interventions, speaker.key, 1);
  add(stakeholderMs, speaker.stakeholderGroup ?? '', ms);
  add(regionMs, speaker.regionalGroup ?? '', ms);
  return { lastChannel: speaker.channel, interventions, stakeholderMs, regionMs };
}

/**
 * The queue in the order people will be called: pinned hands first, then the policy's
 * successive picks, each assumed to use the full time limit.
 */
export function queueOrder(floor: FloorState, now: number): Hand[] {
  const byId = new Map(floor.hands.map((h) => [h.id, h]));
  const ordered: Hand[] = [];
  let history = floorHistory(floor, now);
  for (const id of floor.pinned) {
    const hand = byId.get(id);
    if (!hand) continue;
    ordered.push(hand);
    byId.delete(id);
    history = afterSpeaking(history, hand.speaker, floor.limitSeconds * 1000);
  }
  let rest = [...byId.values()];
  while (rest.length > 0) {
    const pick = policyPick(floor.policy, rest, history);
    if (!pick) break;
    ordered.push(pick);
    rest = rest.filter((h) => h !== pick);
    history = afterSpeaking(history, pick.speaker, floor.limitSeconds * 1000);
  }
  return ordered;
}

/** Who is called next: the first of `queueOrder`. */
export function nextHand(floor: FloorState, now: number): Hand | undefined {
  return queueOrder(floor, now)[0];
}
