import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakdown, MIN_CELL, OTHER } from './pollBreakdown.ts';

const FC = { seed: 2828, numRuns: 200 } as const;

const ballots = fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', 'E', null), fc.subarray(['o1', 'o2', 'o3'], { minLength: 1 })), { maxLength: 60 });

describe('breakdowns (POLL-28)', () => {
  it('POLL-28: every cell but a lone "other" holds five or more; the merged totals and counts add up to the poll’s', () => {
    fc.assert(
      fc.property(ballots, fc.integer(), (list, seed) => {
        const entries = list.map(([, ids], i) => [`u${String(i)}`, ids] as const);
        const groups = new Map(list.map(([group], i) => [`u${String(i)}`, group]));
        const cells = breakdown(entries, (id) => groups.get(id) ?? null);
        const total = cells.reduce((n, c) => n + c.total, 0);
        expect(total).toBe(list.length);
        for (const id of ['o1', 'o2', 'o3']) {
          expect(cells.reduce((n, c) => n + (c.counts[id] ?? 0), 0)).toBe(list.filter(([, ids]) => ids.includes(id)).length);
        }
        for (const cell of cells) if (cell.group !== OTHER || cells.length > 1) expect(cell.total).toBeGreaterThanOrEqual(MIN_CELL);
        // The order ballots came in changes nothing.
        const shuffled = seed % 2 === 0 ? [...entries].reverse() : [...entries.slice(1), ...entries.slice(0, 1)];
        expect(breakdown(shuffled, (id) => groups.get(id) ?? null)).toEqual(cells);
      }),
      FC,
    );
  });

  it('POLL-28: a group of four is merged into "other", and "other" takes the next smallest group until it has five', () => {
    const entries: [string, string[]][] = [];
    const groups = new Map<string, string>();
    const addGroup = (group: string, n: number) => {
      for (let i = 0; i < n; i++) {
        entries.push([`${group}${String(i)}`, ['o1']]);
        groups.set(`${group}${String(i)}`, group);
      }
    };
    addGroup('Youth', 4);
    addGroup('Academia', 6);
    addGroup('Government', 9);
    expect(breakdown(entries, (id) => groups.get(id) ?? null).map((c) => [c.group, c.total])).toEqual([
      ['Government', 9],
      ['other', 10],
    ]);
  });
});
