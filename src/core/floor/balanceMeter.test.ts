import { describe, expect, it } from 'vitest';
import type { Channel } from '../roles.ts';
import { advanceBalance, balanceAttendance, balanceMeter, OTHER_GROUPS, publicBalance, share, UNDECLARED, type Attendance, type Attendee, type BalanceRow } from './balanceMeter.ts';
import type { Intervention, LedgerEntry } from './floorTypes.ts';
import type { Declared } from '../vocabulary.ts';

/** Examples of the balance meter (FLOOR-9, FLOOR-10). */

const T0 = 1_700_000_000_000;
const NO_GROUPS: Declared = { stakeholderGroup: null, regionalGroup: null, gender: null };

/** Everyone connected, nobody merely invited. */
function only(present: readonly Attendee[]): Attendance {
  return { attendees: present, invited: [] };
}

function attendees(n: number, channel: Channel | null, declared: Partial<Declared> = {}): Attendee[] {
  return Array.from({ length: n }, () => ({ channel, ...NO_GROUPS, ...declared }));
}

let ids = 0;
function intervention(channel: Channel, declared: Partial<Declared>, startedAt: number): Intervention {
  ids++;
  return {
    id: `i${String(ids)}`,
    speaker: { key: `a:${String(ids)}`, label: null, channel, kind: 'added', ...NO_GROUPS, ...declared },
    intent: 'comment',
    handId: null,
    startedAt,
    limitSeconds: 180,
    pickedBy: 'policy',
  };
}

function entry(channel: Channel, declared: Partial<Declared>, startedAt: number, ms: number): LedgerEntry {
  return { ...intervention(channel, declared, startedAt), endedAt: startedAt + ms };
}

function row(rows: readonly BalanceRow[], group: string): BalanceRow | undefined {
  return rows.find((r) => r.group === group);
}

describe('balanceMeter', () => {
  const room = [
    ...attendees(6, 'onsite', { stakeholderGroup: 'Government' }),
    ...attendees(4, 'online', { stakeholderGroup: 'Youth' }),
    ...attendees(1, 'online', { stakeholderGroup: 'Academia' }),
    ...attendees(2, null),
  ];
  const ledger = [
    entry('onsite', { stakeholderGroup: 'Government' }, T0, 60_000),
    entry('online', { stakeholderGroup: 'Youth' }, T0 + 60_000, 30_000),
    entry('online', { stakeholderGroup: 'Academia' }, T0 + 90_000, 10_000),
  ];

  it('FLOOR-9: figures come from the ledger and the current intervention, up to now', () => {
    const current = intervention('onsite', { stakeholderGroup: 'Youth' }, T0 + 100_000);
    const meter = balanceMeter(ledger, current, only(room), T0 + 115_000);
    expect(meter).toMatchObject({ interventions: 4, floorMs: 115_000, present: 13, asOf: T0 + 115_000 });
    expect(meter.rows.channel).toEqual([
      { group: 'online', interventions: 2, floorMs: 40_000, present: 5, withheld: false },
      { group: 'onsite', interventions: 2, floorMs: 75_000, present: 6, withheld: false },
      { group: UNDECLARED, interventions: 0, floorMs: 0, present: 2, withheld: false },
    ]);
    expect(meter.current).toEqual({
      startedAt: T0 + 100_000,
      rowOf: { channel: 'onsite', stakeholderGroup: OTHER_GROUPS, regionalGroup: UNDECLARED, gender: UNDECLARED },
    });
    expect(balanceMeter(ledger, null, only(room), T0 + 115_000)).toMatchObject({ interventions: 3, floorMs: 100_000, current: null });
  });

  it('FLOOR-10: declared groups under 5 present are merged into "other", withheld while that row is still under 5', () => {
    const meter = balanceMeter(ledger, null, only(room), T0 + 200_000);
    expect(meter.rows.stakeholderGroup).toEqual([
      { group: 'Government', interventions: 1, floorMs: 60_000, present: 6, withheld: false },
      { group: OTHER_GROUPS, interventions: 2, floorMs: 40_000, present: 5, withheld: false },
      { group: UNDECLARED, interventions: 0, floorMs: 0, present: 2, withheld: false },
    ]);
    // Without the Academia attendee the small groups hold 4 people: the 2 undeclared join them.
    const smaller = balanceMeter(ledger.slice(0, 2), null, only(room.filter((a) => a.stakeholderGroup !== 'Academia')), T0 + 200_000);
    expect(row(smaller.rows.stakeholderGroup, OTHER_GROUPS)).toEqual({ group: OTHER_GROUPS, interventions: 1, floorMs: 30_000, present: 6, withheld: false });
    expect(row(smaller.rows.stakeholderGroup, UNDECLARED)).toBeUndefined();
    expect(row(smaller.rows.stakeholderGroup, 'Youth')).toBeUndefined();
    // With nobody undeclared to join, a merged row under 5 is withheld.
    const tiny = balanceMeter(ledger.slice(0, 2), null, only(room.filter((a) => a.stakeholderGroup !== 'Academia' && a.stakeholderGroup !== null)), T0 + 200_000);
    expect(row(tiny.rows.stakeholderGroup, OTHER_GROUPS)).toMatchObject({ present: 4, withheld: true });
  });

  it('FLOOR-10: the threshold is 5 present: a group of 5 keeps its own row, a group of 4 is merged into "other"', () => {
    const present = [
      ...attendees(5, 'onsite', { stakeholderGroup: 'Youth' }),
      ...attendees(4, 'online', { stakeholderGroup: 'Academia' }),
      ...attendees(3, 'online', { stakeholderGroup: 'Civil Society' }),
    ];
    const spoken = [entry('online', { stakeholderGroup: 'Academia' }, T0, 10_000), entry('online', { stakeholderGroup: 'Civil Society' }, T0 + 10_000, 20_000)];
    const meter = balanceMeter(spoken, null, only(present), T0 + 60_000);
    expect(meter.rows.stakeholderGroup).toEqual([
      { group: 'Youth', interventions: 0, floorMs: 0, present: 5, withheld: false },
      { group: OTHER_GROUPS, interventions: 2, floorMs: 30_000, present: 7, withheld: false },
    ]);
  });

  it('FLOOR-10: the channel dimension is never merged, however few people are on a channel', () => {
    const meter = balanceMeter([entry('online', {}, T0, 5_000)], null, only([...attendees(9, 'onsite'), ...attendees(1, 'online')]), T0 + 10_000);
    expect(meter.rows.channel).toEqual([
      { group: 'online', interventions: 1, floorMs: 5_000, present: 1, withheld: false },
      { group: 'onsite', interventions: 0, floorMs: 0, present: 9, withheld: false },
    ]);
  });

  it('FLOOR-10: public screens get no rows for a dimension with a withheld row; other dimensions are unchanged', () => {
    const present = [...attendees(6, 'onsite', { stakeholderGroup: 'Government' }), ...attendees(3, 'online', { stakeholderGroup: 'Youth' })];
    const staff = balanceMeter(ledger.slice(0, 2), null, only(present), T0 + 200_000);
    expect(row(staff.rows.stakeholderGroup, OTHER_GROUPS)?.withheld).toBe(true);
    const shown = publicBalance(ledger.slice(0, 2), only(present), T0 + 200_000);
    expect(shown.rows.stakeholderGroup).toEqual([]);
    expect(shown.rows.channel).toEqual(staff.rows.channel);
  });

  it('FLOOR-10: a public meter never lets a screen work out a withheld row from the totals', () => {
    const present = [...attendees(6, 'onsite', { stakeholderGroup: 'Government' }), ...attendees(3, 'online', { stakeholderGroup: 'Youth' })];
    const shown = publicBalance(ledger.slice(0, 2), only(present), T0 + 200_000);
    for (const dimension of ['channel', 'stakeholderGroup', 'regionalGroup', 'gender'] as const) {
      const rows = shown.rows[dimension];
      const sum = (pick: (r: BalanceRow) => number) => rows.reduce((acc, r) => acc + pick(r), 0);
      // Either the rows shown account for everything, or the dimension is not shown at all.
      if (rows.length > 0) expect([sum((r) => r.interventions), sum((r) => r.floorMs), sum((r) => r.present)]).toEqual([shown.interventions, shown.floorMs, shown.present]);
      expect(rows.some((r) => r.withheld)).toBe(false);
    }
  });

  it('FLOOR-10: small groups together under 5 take the undeclared along into one row', () => {
    const present = [...attendees(6, 'onsite', { stakeholderGroup: 'Government' }), ...attendees(2, 'online', { stakeholderGroup: 'Youth' }), ...attendees(4, 'online', {})];
    const meter = balanceMeter([], null, only(present), T0);
    expect(row(meter.rows.stakeholderGroup, UNDECLARED)).toBeUndefined();
    expect(row(meter.rows.stakeholderGroup, OTHER_GROUPS)).toMatchObject({ present: 6, withheld: false });
  });

  it('FLOOR-10: public screens see finished interventions only, never the current speaker', () => {
    const current = intervention('online', { stakeholderGroup: 'Academia' }, T0 + 100_000);
    const shown = publicBalance(ledger, only(room), T0 + 160_000);
    expect(shown.current).toBeNull();
    expect(shown).toEqual(publicBalance(ledger, only(room), T0 + 160_000));
    expect(shown.interventions).toBe(balanceMeter(ledger, current, only(room), T0 + 160_000).interventions - 1);
  });

  it('FLOOR-9: advanceBalance adds the time since asOf to the current intervention’s rows, merged row included, as a fresh meter would', () => {
    const current = intervention('online', { stakeholderGroup: 'Academia', gender: 'woman' }, T0 + 100_000);
    const meter = balanceMeter(ledger, current, only(room), T0 + 101_000);
    const later = T0 + 161_000;
    expect(advanceBalance(meter, later)).toEqual(balanceMeter(ledger, current, only(room), later));
    expect(row(advanceBalance(meter, later).rows.stakeholderGroup, OTHER_GROUPS)?.floorMs).toBe(30_000 + 10_000 + 61_000);
    // Going back in time changes nothing.
    expect(advanceBalance(meter, T0 + 100_500)).toBe(meter);
  });

  it('FLOOR-9: a share is a part over the whole, 0 when the whole is 0', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBe(0);
    expect(share(3, 0)).toBe(0);
  });
});

describe('who counts as present (FLOOR-13)', () => {
  const panel = [
    { label: 'Speaker 1', channel: 'onsite', stakeholderGroup: 'Civil Society', regionalGroup: 'African Group' },
    { label: 'Speaker 2', channel: 'online', stakeholderGroup: 'Youth' },
    { label: 'Speaker 3', channel: 'onsite' },
  ] as const;

  it('FLOOR-13: panel speakers who never connected are invited, not present: "2 present" with 2 connected', () => {
    const attendance = balanceAttendance(attendees(2, 'online'), panel, new Set());
    expect(attendance.invited).toEqual([0, 1, 2]);
    const meter = balanceMeter([], null, attendance, T0);
    expect(meter.present).toBe(2);
    expect(meter.invited).toEqual([0, 1, 2]);
    expect(meter.rows.channel).toEqual([{ group: 'online', interventions: 0, floorMs: 0, present: 2, withheld: false }]);
  });

  it('FLOOR-13: a panel speaker counts as present, with the plan’s groups, while their speaker link is connected', () => {
    const attendance = balanceAttendance(attendees(2, 'online'), panel, new Set([1]));
    expect(attendance.invited).toEqual([0, 2]);
    expect(attendance.attendees).toHaveLength(3);
    expect(attendance.attendees[2]).toEqual({ channel: 'online', stakeholderGroup: 'Youth', regionalGroup: null, gender: null });
    const meter = balanceMeter([], null, attendance, T0);
    expect(meter.present).toBe(3);
    expect(row(meter.rows.channel, 'online')?.present).toBe(3);
  });

  it('FLOOR-13: public screens get the present count but not the invited panel', () => {
    const shown = publicBalance([], balanceAttendance(attendees(6, 'onsite'), panel, new Set([0])), T0);
    expect(shown.present).toBe(7);
    expect(shown.invited).toEqual([]);
  });
});
