import { z } from 'zod';
import type { Attendee } from '../floor/balanceMeter.ts';
import { pollShift, type ShiftCell } from '../polls/pollShift.ts';
import { labelShiftCell as labelCell } from '../polls/shiftLabels.ts';
import { MIN_CELL } from '../polls/pollBreakdown.ts';
import type { SessionState } from '../sessionState.ts';

/**
 * Before and after in the session report (POLL-38): each paired poll's shift from its earlier
 * poll, overall and side by side by channel, declared stakeholder group and region. The merging
 * is POLL-35's: a group stands apart only with five voters or more on both sides, the others
 * are merged into `other`. Computed while the ballots exist and kept as aggregates (group,
 * totals, shares), so the report shows it after the retention period too. Never a voter.
 */

const count = z.number().int().min(0);
const share = z.number().min(0).max(100);

export const shiftCellSchema = z.strictObject({
  /** `all`, a channel, group or region, `undeclared`, or `other`. */
  group: z.string(),
  beforeTotal: count,
  afterTotal: count,
  rows: z.array(z.strictObject({ label: z.string(), beforePct: share, afterPct: share, shiftPct: z.number().min(-100).max(100) })),
});
export type ReportShiftCell = z.infer<typeof shiftCellSchema>;

export const SHIFT_DIMENSIONS = ['channel', 'stakeholderGroup', 'regionalGroup'] as const;
export type ShiftDimension = (typeof SHIFT_DIMENSIONS)[number];

export const reportShiftSchema = z.strictObject({
  /** The report's number of the earlier poll (1 is the first poll). */
  beforeNumber: z.number().int().min(1),
  beforeQuestion: z.string(),
  overall: shiftCellSchema,
  /** Per dimension the cells side by side; empty when no group can be shown apart from the overall. */
  byDimension: z.strictObject({ channel: z.array(shiftCellSchema), stakeholderGroup: z.array(shiftCellSchema), regionalGroup: z.array(shiftCellSchema) }),
});
export type ReportShift = z.infer<typeof reportShiftSchema>;

/** A ballot as the report's source gives it; without a participant it counts as undeclared. */
export interface ShiftBallot {
  readonly pollId: string;
  readonly participantId?: string;
  readonly optionIds: readonly string[];
}

/** A cell of `pollShift` with its options named by `labels` (option id → label), as the report and the pages show it. */
export function labelShiftCell(cell: ShiftCell, labels: ReadonlyMap<string, string>): ReportShiftCell {
  const { rows, ...totals } = labelCell(cell, labels);
  return { ...totals, rows: [...rows] };
}

/**
 * The shift of every paired poll of `state`, by poll id. `participants` gives each voter's
 * channel and declared groups (by participant id); only this function sees them.
 */
export function reportShifts(state: SessionState, ballots: readonly ShiftBallot[], participants: ReadonlyMap<string, Attendee>, minCell = MIN_CELL): Map<string, ReportShift> {
  const byPoll = new Map<string, [string, readonly string[]][]>();
  ballots.forEach((ballot, i) => {
    let list = byPoll.get(ballot.pollId);
    if (!list) byPoll.set(ballot.pollId, (list = []));
    // A ballot without its voter stays counted, under a key of its own (undeclared everywhere).
    list.push([ballot.participantId ?? `#${String(i)}`, ballot.optionIds]);
  });
  const order = state.pollOrder.filter((id) => Object.hasOwn(state.polls, id));
  const out = new Map<string, ReportShift>();
  for (const id of order) {
    const poll = state.polls[id];
    const before = poll && poll.pairedWith !== null ? state.polls[poll.pairedWith] : undefined;
    if (!poll || !before) continue;
    const optionIds = poll.options.map((o) => o.id);
    const labels = new Map(poll.options.map((o) => [o.id, o.label]));
    const shiftBy = (groupOf: (a: Attendee) => string | null) => {
      const of = (pid: string) => {
        const a = participants.get(pid);
        return a ? groupOf(a) : null;
      };
      return pollShift({ ballots: byPoll.get(before.id) ?? [], groupOf: of }, { ballots: byPoll.get(id) ?? [], groupOf: of }, optionIds, minCell);
    };
    const channel = shiftBy((a) => a.channel);
    out.set(id, {
      beforeNumber: order.indexOf(before.id) + 1,
      beforeQuestion: before.question,
      overall: labelShiftCell(channel.overall, labels),
      byDimension: {
        channel: channel.byGroup.map((c) => labelShiftCell(c, labels)),
        stakeholderGroup: shiftBy((a) => a.stakeholderGroup).byGroup.map((c) => labelShiftCell(c, labels)),
        regionalGroup: shiftBy((a) => a.regionalGroup).byGroup.map((c) => labelShiftCell(c, labels)),
      },
    });
  }
  return out;
}

/**
 * The cells the report page's preview shows (POLL-62): everyone, then each channel apart (none
 * when a lone cell would repeat the overall). The very cells of `poll_shifts.csv`'s `all` and
 * `channel` rows, so the page and the exports show the same figures.
 */
export function channelShiftCells(shift: ReportShift): ReportShiftCell[] {
  return [shift.overall, ...shift.byDimension.channel];
}

/** A declared dimension's cells side by side, as the pages show them beside everyone and the channels. */
export interface DeclaredShiftSection {
  readonly dimension: 'stakeholderGroup' | 'regionalGroup';
  readonly cells: readonly ReportShiftCell[];
}

/**
 * The report page's cells by declared stakeholder group and by region (POLL-62), each dimension
 * with a group apart: the very cells of `poll_shifts.csv`'s `stakeholderGroup` and
 * `regionalGroup` rows. Separate from the documents' `shiftTableRows`, which keep their own layout.
 */
export function declaredShiftSections(shift: ReportShift): DeclaredShiftSection[] {
  return (['stakeholderGroup', 'regionalGroup'] as const).filter((d) => shift.byDimension[d].length > 0).map((dimension) => ({ dimension, cells: shift.byDimension[dimension] }));
}

/**
 * "+12.5", "-4", "0": a shift in percentage points as the report writes it. ASCII signs: the
 * PDF's fonts have no minus sign (U+2212) or arrow, and a spreadsheet reads "-4" as a number.
 */
export function signedPoints(points: number): string {
  return points > 0 ? `+${String(points)}` : String(points);
}

/** The shift as table rows (group, answer, before, after, change) for the report's documents, overall first. */
export function shiftTableRows(shift: ReportShift, groupName: (group: string) => string): { heading: string; rows: string[][] }[] {
  const rowsOf = (cells: readonly ReportShiftCell[]) => cells.flatMap((cell) => cell.rows.map((r, i) => [i === 0 ? `${cell.group === 'all' ? 'Everyone' : groupName(cell.group)} (${String(cell.beforeTotal)} / ${String(cell.afterTotal)})` : '', r.label, `${String(r.beforePct)} %`, `${String(r.afterPct)} %`, signedPoints(r.shiftPct)]));
  return [
    { heading: 'Everyone', rows: rowsOf([shift.overall]) },
    ...SHIFT_DIMENSIONS.filter((d) => shift.byDimension[d].length > 0).map((d) => ({ heading: SHIFT_DIMENSION_NAMES[d], rows: rowsOf(shift.byDimension[d]) })),
  ];
}

export const SHIFT_HEADER = ['Group (voters before / after)', 'Answer', 'Before', 'After', 'Change (points)'];

export const SHIFT_DIMENSION_NAMES: Readonly<Record<ShiftDimension, string>> = { channel: 'By channel', stakeholderGroup: 'By stakeholder group', regionalGroup: 'By region' };

/** The sentence under a shift's tables. */
export const SHIFT_NOTE = `A group with fewer than ${String(MIN_CELL)} voters before or after is merged into “Other”, so that no one’s change can be guessed; a dimension where no group can stand apart is left out.`;

/** The line above a shift's tables. */
export function shiftIntro(shift: ReportShift): string {
  return `Before and after: compared with poll ${String(shift.beforeNumber)}, “${shift.beforeQuestion}”.`;
}
