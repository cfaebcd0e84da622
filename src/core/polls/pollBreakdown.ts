/**
 * A poll's counts side by side by channel, declared stakeholder group or region (POLL-28). A
 * cell of fewer than five people would let a room guess who voted what, so small groups are
 * merged into "other", and while "other" itself is under five the next smallest group joins it.
 * Every ballot stays in exactly one cell: the cells' totals add up to the poll's total.
 */

/** The smallest group shown on its own (k-anonymity, PRIV rules). */
export const MIN_CELL = 5;
export const OTHER = 'other';
export const UNDECLARED = 'undeclared';

export interface BreakdownCell {
  /** The group's name (a channel, stakeholder group or region), `undeclared`, or `other`. */
  readonly group: string;
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
}

/** The dimensions results are broken down by: channel (onsite, online), declared stakeholder group, declared region. */
export const BREAKDOWN_DIMENSIONS = ['channel', 'stakeholderGroup', 'regionalGroup'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

interface Cell {
  total: number;
  counts: Record<string, number>;
}

function add(into: Cell, from: Cell): void {
  into.total += from.total;
  for (const [id, n] of Object.entries(from.counts)) into.counts[id] = (into.counts[id] ?? 0) + n;
}

/** The cells of one dimension; `groupOf` gives a participant's group, null when undeclared. */
export function breakdown(ballots: Iterable<readonly [participantId: string, optionIds: readonly string[]]>, groupOf: (participantId: string) => string | null, minCell = MIN_CELL): BreakdownCell[] {
  const cells = new Map<string, Cell>();
  for (const [participantId, optionIds] of ballots) {
    const group = groupOf(participantId) ?? UNDECLARED;
    let cell = cells.get(group);
    if (!cell) {
      cell = { total: 0, counts: {} };
      cells.set(group, cell);
    }
    cell.total += 1;
    for (const id of new Set(optionIds)) cell.counts[id] = (cell.counts[id] ?? 0) + 1;
  }
  const merged = mergedGroups(new Map([...cells].map(([group, cell]) => [group, cell.total])), minCell);
  const other: Cell = { total: 0, counts: {} };
  const out: BreakdownCell[] = [];
  for (const [group, cell] of [...cells].sort(([a], [b]) => byName(a, b))) {
    if (merged.has(group)) add(other, cell);
    else out.push({ group, total: cell.total, counts: cell.counts });
  }
  if (other.total > 0) out.push({ group: OTHER, total: other.total, counts: other.counts });
  return out;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The groups a breakdown merges into `other`, from each group's number of people: those under
 * `minCell`, then, while `other` is under `minCell`, the next smallest. Smallest first, then by
 * name: the merging never depends on the order ballots came in. The shift (POLL-35) merges at
 * least these, so that no view's `other` can be subtracted from another view's cell.
 */
export function mergedGroups(sizes: ReadonlyMap<string, number>, minCell = MIN_CELL): Set<string> {
  const bySize = [...sizes].sort(([a, x], [b, y]) => x - y || byName(a, b));
  const merged = new Set<string>();
  let other = 0;
  const kept: [string, number][] = [];
  for (const [group, n] of bySize) {
    if (n < minCell || group === OTHER) {
      merged.add(group);
      other += n;
    } else kept.push([group, n]);
  }
  while (other > 0 && other < minCell && kept.length > 0) {
    const [group, n] = kept.shift() as [string, number];
    merged.add(group);
    other += n;
  }
  return merged;
}
