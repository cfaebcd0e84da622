import { mergedGroups, MIN_CELL, OTHER, UNDECLARED } from './pollBreakdown.ts';
import { PAIRABLE_POLL_KINDS } from '../plan.ts';
import type { Poll } from './pollTypes.ts';

/**
 * Before and after (POLL-34, POLL-35): the shift between a poll and the later poll paired with
 * it (the same question asked at the start and at the end, or around a round), overall and by
 * channel. A channel is shown on its own only when it has five people or more on BOTH sides,
 * since a shift over a smaller group would let a room guess how someone changed their mind;
 * the others are merged into `other`, which takes the next smallest group while it is under
 * five on either side. A group merged in either poll's own breakdown (POLL-28) is merged here
 * too: were it shown apart here, that breakdown's `other` minus this cell would give away the
 * small groups merged with it. Every ballot of either poll is in exactly one cell.
 */

/** One side of a pair: the ballots (participant id, option ids) and each voter's group. */
export interface ShiftSide {
  readonly ballots: Iterable<readonly [participantId: string, optionIds: readonly string[]]>;
  readonly groupOf: (participantId: string) => string | null;
}

export interface ShiftRow {
  readonly optionId: string;
  readonly before: number;
  readonly after: number;
  /** Share of voters who chose the option, in percentage points, one decimal. */
  readonly beforePct: number;
  readonly afterPct: number;
  /** `afterPct − beforePct`, one decimal. */
  readonly shiftPct: number;
}

export interface ShiftCell {
  /** `all`, a channel (or other group), `undeclared`, or `other`. */
  readonly group: string;
  readonly beforeTotal: number;
  readonly afterTotal: number;
  readonly rows: readonly ShiftRow[];
}

export interface PollShift {
  readonly overall: ShiftCell;
  /** Side by side by group; empty when no group can be shown apart from the overall. */
  readonly byGroup: readonly ShiftCell[];
}

export const ALL = 'all';


interface Tally {
  total: number;
  counts: Record<string, number>;
}

function emptyTally(): Tally {
  return { total: 0, counts: {} };
}

function addInto(into: Tally, from: Tally): void {
  into.total += from.total;
  for (const [id, n] of Object.entries(from.counts)) into.counts[id] = (into.counts[id] ?? 0) + n;
}

function tallyByGroup(side: ShiftSide): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const [participantId, optionIds] of side.ballots) {
    const group = side.groupOf(participantId) ?? UNDECLARED;
    let tally = out.get(group);
    if (!tally) {
      tally = emptyTally();
      out.set(group, tally);
    }
    tally.total += 1;
    for (const id of new Set(optionIds)) tally.counts[id] = (tally.counts[id] ?? 0) + 1;
  }
  return out;
}

/** A share in percentage points with one decimal; 0 of nobody. */
function pct(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 1000) / 10;
}

function cell(group: string, before: Tally, after: Tally, optionIds: readonly string[]): ShiftCell {
  const rows = optionIds.map((optionId) => {
    const b = before.counts[optionId] ?? 0;
    const a = after.counts[optionId] ?? 0;
    const beforePct = pct(b, before.total);
    const afterPct = pct(a, after.total);
    return { optionId, before: b, after: a, beforePct, afterPct, shiftPct: Math.round((afterPct - beforePct) * 10) / 10 };
  });
  return { group, beforeTotal: before.total, afterTotal: after.total, rows };
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The shift from `before` to `after` for the given options, overall and by group. */
export function pollShift(before: ShiftSide, after: ShiftSide, optionIds: readonly string[], minCell = MIN_CELL): PollShift {
  const b = tallyByGroup(before);
  const a = tallyByGroup(after);
  const allBefore = emptyTally();
  const allAfter = emptyTally();
  for (const t of b.values()) addInto(allBefore, t);
  for (const t of a.values()) addInto(allAfter, t);
  const groups = [...new Set([...b.keys(), ...a.keys()])];
  const size = (g: string): number => Math.min(b.get(g)?.total ?? 0, a.get(g)?.total ?? 0);
  // Smallest first (the smaller side counts), then by name: the order ballots came in never matters.
  groups.sort((x, y) => size(x) - size(y) || byName(x, y));
  const otherBefore = emptyTally();
  const otherAfter = emptyTally();
  const kept: string[] = [];
  const merge = (g: string): void => {
    addInto(otherBefore, b.get(g) ?? emptyTally());
    addInto(otherAfter, a.get(g) ?? emptyTally());
  };
  // Each poll's own breakdown merges these (a group under five on its side among them).
  const sizes = (tallies: Map<string, Tally>) => new Map([...tallies].map(([g, t]) => [g, t.total]));
  const mergedAlready = new Set([...mergedGroups(sizes(b), minCell), ...mergedGroups(sizes(a), minCell)]);
  for (const g of groups) {
    if (size(g) < minCell || mergedAlready.has(g)) merge(g);
    else kept.push(g);
  }
  const small = (t: Tally): boolean => t.total > 0 && t.total < minCell;
  while ((small(otherBefore) || small(otherAfter)) && kept.length > 0) merge(kept.shift() as string);
  const cells = kept.sort(byName).map((g) => cell(g, b.get(g) ?? emptyTally(), a.get(g) ?? emptyTally(), optionIds));
  if (otherBefore.total > 0 || otherAfter.total > 0) cells.push(cell(OTHER, otherBefore, otherAfter, optionIds));
  // A lone cell is the overall again: shown once.
  return { overall: cell(ALL, allBefore, allAfter, optionIds), byGroup: cells.length > 1 ? cells : [] };
}

/** The kinds a pair can be made of: those whose result is a share per option. */
export const PAIRABLE_KINDS: readonly Poll['kind'][] = PAIRABLE_POLL_KINDS;

/**
 * Why `after` cannot be paired with `before` (POLL-34), or null when it can: the same kind,
 * one with shares per option, and the same options in the same order.
 */
export function pairProblem(before: Pick<Poll, 'id' | 'kind' | 'options'>, after: Pick<Poll, 'id' | 'kind' | 'options'>): 'poll.pairSelf' | 'poll.pairKind' | 'poll.pairOptions' | null {
  if (before.id === after.id) return 'poll.pairSelf';
  if (before.kind !== after.kind || !PAIRABLE_KINDS.includes(before.kind)) return 'poll.pairKind';
  const same = before.options.length === after.options.length && before.options.every((o, i) => o.id === after.options[i]?.id && o.label === after.options[i]?.label);
  return same ? null : 'poll.pairOptions';
}
