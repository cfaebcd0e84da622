import type { Channel } from '../roles.ts';
import type { Intervention, LedgerEntry } from './floorTypes.ts';
import type { PanelSpeaker } from '../plan.ts';
import type { Declared } from '../vocabulary.ts';

/**
 * The balance meter (FLOOR-9, FLOOR-10): share of floor time and of interventions by
 * channel, stakeholder group, regional group and declared gender, against each group's share
 * of the people present. Computed from the ledger only, so its figures are the ledger's.
 */

export const BALANCE_DIMENSIONS = ['channel', 'stakeholderGroup', 'regionalGroup', 'gender'] as const;
export type BalanceDimension = (typeof BALANCE_DIMENSIONS)[number];

/** Groups with fewer people present are not shown apart (privacy: they could be singled out). */
export const MIN_GROUP_SIZE = 5;

/** Row keys besides group names. */
export const UNDECLARED = 'undeclared';
export const OTHER_GROUPS = 'other';

/** Someone present: a connected participant or a connected panel speaker (FLOOR-13). */
export interface Attendee extends Declared {
  readonly channel: Channel | null;
}

/**
 * Who counts for the meter (FLOOR-13): the people connected now, and apart from them the panel
 * speakers of the plan who are invited but not connected (plan indexes), never counted present.
 */
export interface Attendance {
  readonly attendees: readonly Attendee[];
  readonly invited: readonly number[];
}

/** The attendance of connected participants, with the panel split into connected and invited. */
export function balanceAttendance(participants: readonly Attendee[], panel: readonly PanelSpeaker[], panelConnected: ReadonlySet<number>): Attendance {
  const attendees = [...participants];
  const invited: number[] = [];
  panel.forEach((s, index) => {
    if (panelConnected.has(index)) attendees.push({ channel: s.channel, stakeholderGroup: s.stakeholderGroup ?? null, regionalGroup: s.regionalGroup ?? null, gender: null });
    else invited.push(index);
  });
  return { attendees, invited };
}

export interface BalanceRow {
  /**
   * A channel or group name, `undeclared`, or `other` for groups under MIN_GROUP_SIZE merged
   * together (with the undeclared too, when the small groups alone stay under it).
   */
  readonly group: string;
  readonly interventions: number;
  readonly floorMs: number;
  readonly present: number;
  /** True for a merged row still under MIN_GROUP_SIZE: its figures are withheld. */
  readonly withheld: boolean;
}

export interface BalanceMeter {
  readonly interventions: number;
  readonly floorMs: number;
  readonly present: number;
  /** Staff only ([] on public screens): panel speakers invited but not connected, by plan index; not in `present` (FLOOR-13). */
  readonly invited: readonly number[];
  readonly rows: Readonly<Record<BalanceDimension, readonly BalanceRow[]>>;
  /** The intervention under way, counted in the figures up to `asOf`; with the rows it adds to. */
  readonly current: { readonly startedAt: number; readonly rowOf: Readonly<Record<BalanceDimension, string>> } | null;
  /** The time the figures were taken. */
  readonly asOf: number;
}

function groupOf(dimension: BalanceDimension, who: { channel: Channel | null } & Declared): string {
  const value = dimension === 'channel' ? who.channel : who[dimension];
  return value ?? UNDECLARED;
}

interface Tally {
  interventions: number;
  floorMs: number;
  present: number;
}

/**
 * The meter at `now`. The channel dimension is never merged: everyone's channel is visible
 * in the queue anyway. Declared groups under MIN_GROUP_SIZE present are merged into `other`.
 */
export function balanceMeter(ledger: readonly LedgerEntry[], current: Intervention | null, attendance: Attendance, now: number): BalanceMeter {
  const { attendees } = attendance;
  const spoken: { who: { channel: Channel } & Declared; ms: number }[] = ledger.map((e) => ({ who: e.speaker, ms: e.endedAt - e.startedAt }));
  if (current) spoken.push({ who: current.speaker, ms: Math.max(0, now - current.startedAt) });

  const rows = {} as Record<BalanceDimension, BalanceRow[]>;
  const rowOf = {} as Record<BalanceDimension, string>;
  for (const dimension of BALANCE_DIMENSIONS) {
    const tallies = new Map<string, Tally>();
    const tally = (group: string) => {
      let t = tallies.get(group);
      if (!t) {
        t = { interventions: 0, floorMs: 0, present: 0 };
        tallies.set(group, t);
      }
      return t;
    };
    for (const a of attendees) tally(groupOf(dimension, a)).present++;
    for (const s of spoken) {
      const t = tally(groupOf(dimension, s.who));
      t.interventions++;
      t.floorMs += s.ms;
    }
    const merge = dimension !== 'channel';
    let small = merge ? [...tallies].filter(([group, t]) => group !== UNDECLARED && t.present < MIN_GROUP_SIZE) : [];
    // Small groups together still under the threshold take the undeclared along, so that
    // the merged row has the best chance to reach it.
    const smallPresent = small.reduce((sum, [, t]) => sum + t.present, 0);
    const undeclared = tallies.get(UNDECLARED);
    if (small.length > 0 && smallPresent < MIN_GROUP_SIZE && undeclared) small = [...small, [UNDECLARED, undeclared]];
    const mergedInto = new Map(small.map(([group]) => [group, OTHER_GROUPS]));
    const out: BalanceRow[] = [...tallies]
      .filter(([group]) => !mergedInto.has(group))
      .map(([group, t]) => ({ group, ...t, withheld: false }));
    if (small.length > 0) {
      const other = small.reduce((acc, [, t]) => ({ interventions: acc.interventions + t.interventions, floorMs: acc.floorMs + t.floorMs, present: acc.present + t.present }), { interventions: 0, floorMs: 0, present: 0 });
      out.push({ group: OTHER_GROUPS, ...other, withheld: other.present < MIN_GROUP_SIZE });
    }
    out.sort((a, b) => (a.group === OTHER_GROUPS || a.group === UNDECLARED ? 1 : 0) - (b.group === OTHER_GROUPS || b.group === UNDECLARED ? 1 : 0) || a.group.localeCompare(b.group));
    rows[dimension] = out;
    if (current) {
      const group = groupOf(dimension, current.speaker);
      rowOf[dimension] = mergedInto.get(group) ?? group;
    }
  }
  return {
    interventions: spoken.length,
    floorMs: spoken.reduce((sum, s) => sum + s.ms, 0),
    present: attendees.length,
    invited: attendance.invited,
    rows,
    current: current ? { startedAt: current.startedAt, rowOf } : null,
    asOf: now,
  };
}

/** The meter moved on to `now`: the current intervention's time since `asOf` added to its rows. */
export function advanceBalance(meter: BalanceMeter, now: number): BalanceMeter {
  if (!meter.current || now <= meter.asOf) return meter;
  const extra = now - meter.asOf;
  const current = meter.current;
  const rows = {} as Record<BalanceDimension, BalanceRow[]>;
  for (const dimension of BALANCE_DIMENSIONS) {
    rows[dimension] = meter.rows[dimension].map((r) => (r.group === current.rowOf[dimension] ? { ...r, floorMs: r.floorMs + extra } : r));
  }
  return { ...meter, floorMs: meter.floorMs + extra, rows, asOf: now };
}

/** A share in [0, 1]; 0 when the whole is 0. */
export function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

/**
 * What a public screen may see (FLOOR-10): finished interventions only (a live row would
 * show the current speaker's groups), and no rows at all for a dimension with a withheld
 * row, since the totals minus the rows shown would give its figures away.
 */
export function publicBalance(ledger: readonly LedgerEntry[], attendance: Attendance, now: number): BalanceMeter {
  const meter = balanceMeter(ledger, null, attendance, now);
  const rows = {} as Record<BalanceDimension, readonly BalanceRow[]>;
  for (const dimension of BALANCE_DIMENSIONS) {
    rows[dimension] = meter.rows[dimension].some((r) => r.withheld) ? [] : meter.rows[dimension];
  }
  return { ...meter, invited: [], rows };
}
