import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakdown, MIN_CELL, OTHER } from './pollBreakdown.ts';
import { ALL, pairProblem, pollShift, type ShiftSide } from './pollShift.ts';
import type { Poll } from './pollTypes.ts';
import { makePoll } from '../../../test/support/pollFixtures.ts';

const FC = { seed: 3434, numRuns: 200 } as const;
const OPTIONS = ['o1', 'o2', 'o3'] as const;

const side = fc.array(fc.tuple(fc.constantFrom('onsite', 'online', 'x', null), fc.subarray([...OPTIONS], { minLength: 1 })), { maxLength: 40 });
/** Sides with groups near five people each, where the merging of the two polls can diverge. */
const groupedSide = fc.array(fc.tuple(fc.constantFrom('A', 'B', 'C', 'D', null), fc.subarray([...OPTIONS], { minLength: 1 })), { minLength: 8, maxLength: 30 });

function toSide(list: readonly (readonly [string | null, readonly string[]])[], prefix: string): ShiftSide & { entries: (readonly [string, readonly string[]])[] } {
  const entries = list.map(([, ids], i) => [`${prefix}${String(i)}`, ids] as const);
  const groups = new Map(list.map(([group], i) => [`${prefix}${String(i)}`, group]));
  return { entries, ballots: entries, groupOf: (id) => groups.get(id) ?? null };
}

describe('before and after (POLL-35)', () => {
  it('POLL-35: cells add up to the overall on both sides, every shown group has five or more on both sides, and ballot order changes nothing', () => {
    fc.assert(
      fc.property(side, side, (beforeList, afterList) => {
        const before = toSide(beforeList, 'u');
        const after = toSide(afterList, 'u');
        const shift = pollShift(before, after, OPTIONS);
        expect(shift.overall.group).toBe(ALL);
        expect(shift.overall.beforeTotal).toBe(beforeList.length);
        expect(shift.overall.afterTotal).toBe(afterList.length);
        if (shift.byGroup.length > 0) {
          expect(shift.byGroup.reduce((n, c) => n + c.beforeTotal, 0)).toBe(beforeList.length);
          expect(shift.byGroup.reduce((n, c) => n + c.afterTotal, 0)).toBe(afterList.length);
          for (const [i, id] of OPTIONS.entries()) {
            expect(shift.byGroup.reduce((n, c) => n + (c.rows[i]?.before ?? 0), 0)).toBe(beforeList.filter(([, ids]) => ids.includes(id)).length);
            expect(shift.byGroup.reduce((n, c) => n + (c.rows[i]?.after ?? 0), 0)).toBe(afterList.filter(([, ids]) => ids.includes(id)).length);
          }
          for (const c of shift.byGroup) {
            if (c.group === OTHER) {
              // "other" is never a small group on one side while another group is shown.
              for (const t of [c.beforeTotal, c.afterTotal]) expect(t === 0 || t >= MIN_CELL).toBe(true);
            } else {
              expect(Math.min(c.beforeTotal, c.afterTotal)).toBeGreaterThanOrEqual(MIN_CELL);
            }
          }
        }
        for (const c of [shift.overall, ...shift.byGroup]) {
          for (const row of c.rows) expect(row.shiftPct).toBeCloseTo(row.afterPct - row.beforePct, 5);
        }
        const reversed = pollShift({ ballots: [...before.entries].reverse(), groupOf: before.groupOf }, { ballots: [...after.entries].reverse(), groupOf: after.groupOf }, OPTIONS);
        expect(reversed).toEqual(shift);
      }),
      FC,
    );
  });

  it('POLL-35: the same ballots before and after shift nothing', () => {
    fc.assert(
      fc.property(side, (list) => {
        const shift = pollShift(toSide(list, 'u'), toSide(list, 'u'), OPTIONS);
        for (const c of [shift.overall, ...shift.byGroup]) for (const row of c.rows) expect(row.shiftPct).toBe(0);
      }),
      FC,
    );
  });

  it('POLL-35: six onsite and six online on both sides show apart; four online after merges both channels into the overall', () => {
    const make = (onsite: number, online: number, option: string): ShiftSide => {
      const ballots: [string, string[]][] = [];
      const groups = new Map<string, string>();
      for (let i = 0; i < onsite + online; i += 1) {
        ballots.push([`p${String(i)}`, [i < onsite ? option : 'o1']]);
        groups.set(`p${String(i)}`, i < onsite ? 'onsite' : 'online');
      }
      return { ballots, groupOf: (id) => groups.get(id) ?? null };
    };
    const shift = pollShift(make(6, 6, 'o1'), make(6, 6, 'o2'), OPTIONS);
    expect(shift.byGroup.map((c) => c.group)).toEqual(['online', 'onsite']);
    const onsite = shift.byGroup[1];
    expect(onsite?.rows.map((r) => r.shiftPct)).toEqual([-100, 100, 0]);
    expect(shift.byGroup[0]?.rows.map((r) => r.shiftPct)).toEqual([0, 0, 0]);
    expect(shift.overall.rows.map((r) => [r.beforePct, r.afterPct, r.shiftPct])).toEqual([
      [100, 50, -50],
      [0, 50, 50],
      [0, 0, 0],
    ]);
    // Four online voters after: online cannot stand apart, and onsite alone would be guessable from the overall.
    expect(pollShift(make(6, 6, 'o1'), make(6, 4, 'o2'), OPTIONS).byGroup).toEqual([]);
  });

  it('POLL-35: a group the shift shows apart stands apart in each poll\'s own breakdown too, so no "other" of one can be subtracted from a cell of the other', () => {
    fc.assert(
      fc.property(groupedSide, groupedSide, (beforeList, afterList) => {
        const before = toSide(beforeList, 'u');
        const after = toSide(afterList, 'u');
        const shift = pollShift(before, after, OPTIONS);
        const shiftCellOf = (id: string, s: ShiftSide): string => {
          const group = s.groupOf(id) ?? 'undeclared';
          return shift.byGroup.some((c) => c.group === group && group !== OTHER) ? group : OTHER;
        };
        for (const s of [before, after]) {
          const own = breakdown(s.entries, s.groupOf);
          const ownCellOf = (id: string): string => {
            const group = s.groupOf(id) ?? 'undeclared';
            return own.some((c) => c.group === group && group !== OTHER) ? group : OTHER;
          };
          // Everyone both views put in the same pair of cells: a set either view lets a reader compute.
          const blocks = new Map<string, number>();
          for (const [id] of s.entries) {
            const key = `${shift.byGroup.length > 0 ? shiftCellOf(id, s) : ALL}|${own.length > 1 ? ownCellOf(id) : ALL}`;
            blocks.set(key, (blocks.get(key) ?? 0) + 1);
          }
          if (blocks.size > 1) for (const n of blocks.values()) expect(n).toBeGreaterThanOrEqual(MIN_CELL);
        }
      }),
      { seed: 3535, numRuns: 1000 },
    );
  });

  it('POLL-35: a public breakdown and a public shift never leave two people to subtract (6 onsite, 7 online, 2 undeclared after)', () => {
    const make = (sizes: readonly [string | null, number][]): ShiftSide & { entries: [string, string[]][] } => {
      const entries: [string, string[]][] = [];
      const groups = new Map<string, string | null>();
      for (const [group, n] of sizes) {
        for (let i = 0; i < n; i += 1) {
          const id = `${group ?? 'none'}${String(i)}`;
          entries.push([id, [group === null ? 'o2' : 'o1']]);
          groups.set(id, group);
        }
      }
      return { entries, ballots: entries, groupOf: (id) => groups.get(id) ?? null };
    };
    const after = make([['onsite', 6], ['online', 7], [null, 2]]);
    const shift = pollShift(make([['onsite', 9], ['online', 5], [null, 9]]), after, OPTIONS);
    // The after poll's breakdown shows online (7) apart and merges onsite with the two undeclared.
    expect(breakdown(after.entries, after.groupOf).map((c) => c.group)).toEqual(['online', OTHER]);
    // Showing onsite apart in the shift would give the two undeclared away: other − onsite.
    expect(shift.byGroup.map((c) => c.group)).not.toContain('onsite');
  });

  it('POLL-34: only the same question can be paired: same kind with shares per option, same options', () => {
    const poll = (id: string, over: Partial<Poll> = {}): Poll => makePoll({ id, status: 'closed', ...over });
    expect(pairProblem(poll('a'), poll('b'))).toBeNull();
    expect(pairProblem(poll('a'), poll('a'))).toBe('poll.pairSelf');
    expect(pairProblem(poll('a'), poll('b', { kind: 'multiple' }))).toBe('poll.pairKind');
    expect(pairProblem(poll('a', { kind: 'wordcloud', options: [] }), poll('b', { kind: 'wordcloud', options: [] }))).toBe('poll.pairKind');
    expect(pairProblem(poll('a'), poll('b', { options: [{ id: 'o1', label: 'Yes' }, { id: 'o2', label: 'Maybe' }] }))).toBe('poll.pairOptions');
  });
});
