import type { ShiftCell } from './pollShift.ts';

/**
 * A shift cell with its options named (POLL-35, POLL-62), as the pages and the report show it.
 * A module of its own, importing types only: the phones show the shift and load neither the
 * plan's schemas nor zod.
 */
export interface LabelledShiftCell {
  readonly group: string;
  readonly beforeTotal: number;
  readonly afterTotal: number;
  readonly rows: readonly { readonly label: string; readonly beforePct: number; readonly afterPct: number; readonly shiftPct: number }[];
}

/** A cell of `pollShift` with its options named by `labels` (option id → label). */
export function labelShiftCell(cell: ShiftCell, labels: ReadonlyMap<string, string>): LabelledShiftCell {
  return {
    group: cell.group,
    beforeTotal: cell.beforeTotal,
    afterTotal: cell.afterTotal,
    rows: cell.rows.map((r) => ({ label: labels.get(r.optionId) ?? r.optionId, beforePct: r.beforePct, afterPct: r.afterPct, shiftPct: r.shiftPct })),
  };
}
