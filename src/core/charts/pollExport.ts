import type { BreakdownCell, BreakdownDimension } from '../polls/pollBreakdown.ts';
import type { PollSummary } from '../polls/pollResults.ts';
import type { PollShift, ShiftCell } from '../polls/pollShift.ts';
import type { DeclaredShift } from '../polls/pollViews.ts';
import type { Poll } from '../polls/pollTypes.ts';
import type { TextDirection } from './chartText.ts';
import { renderPollChart, tableCsv, type ChartTexts } from './pollChart.ts';

/**
 * A poll's exports (POLL-33): its chart as standalone SVG and its numbers as CSV — the chart's
 * table, then the breakdowns by channel, stakeholder group and region (cells under five already
 * merged). Built from aggregates only: no ballot and no voter is in either.
 */

export interface ExportInput {
  readonly poll: Poll;
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly summary: PollSummary | null;
  readonly breakdowns: Readonly<Record<BreakdownDimension, readonly BreakdownCell[]>> | null;
  /** A paired poll's shift from its earlier poll (POLL-35), with its declared dimensions; absent or null when unpaired. */
  readonly shift?: (PollShift & { readonly byDeclared?: DeclaredShift }) | null;
}

/**
 * English chart texts: an export's default, and the CSV's header rows in every language, which
 * stay English so a spreadsheet or a script reads the same columns from any session (I18N-14).
 */
export const EXPORT_TEXTS: ChartTexts = {
  votes: (n) => `${String(n)} ${n === 1 ? 'vote' : 'votes'}`,
  percent: (s) => `${String(Math.round(s * 100))}%`,
  number: (n) => String(n),
  correct: 'correct',
  mean: (mean, min, max) => `Mean ${mean} on a scale of ${min} to ${max}`,
  noMean: 'No ratings yet',
  meanRank: 'Mean place',
  borda: 'Borda score',
  option: 'Answer',
  count: 'Votes',
  share: 'Share',
  word: 'Word',
  noEntries: 'Nothing to show',
  label: (question) => `Results: ${question}`,
  participants: 'Participants',
};

/** An export's words in the session's language (I18N-14), from the catalog the projector reads. */
export interface ExportWords {
  /** The language's BCP 47 code, the SVG's `lang` (WCAG 3.1.1 for a file read on its own). */
  readonly lang: string;
  readonly chart: ChartTexts;
}

export const ENGLISH_EXPORT_WORDS: ExportWords = { lang: 'en', chart: EXPORT_TEXTS };

function chartOf(input: ExportInput, texts: ChartTexts, direction: TextDirection = 'ltr', lang?: string) {
  return renderPollChart({ question: input.poll.question, kind: input.poll.kind, options: input.poll.options, counts: input.counts, total: input.total, summary: input.summary }, texts, { id: `poll-${input.poll.id.slice(0, 8)}`, direction, ...(lang === undefined ? {} : { lang }) });
}

/** The chart as a standalone SVG file, in the session's language and laid out in its direction (I18N-13, I18N-14). */
export function pollSvg(input: ExportInput, direction: TextDirection = 'ltr', words: ExportWords = ENGLISH_EXPORT_WORDS): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${chartOf(input, words.chart, direction, words.lang).svg}\n`;
}

/**
 * The CSV's texts: the session language's words in its cells (the "correct" mark, the total
 * row's label), English headers, and numbers in ASCII digits without grouping, so a
 * spreadsheet computes with them.
 */
function csvTexts(words: ExportWords): ChartTexts {
  const { option, count, share, meanRank, borda, word } = EXPORT_TEXTS;
  return { ...words.chart, option, count, share, meanRank, borda, word, number: (n) => String(n), percent: EXPORT_TEXTS.percent };
}

const DIMENSIONS: readonly [BreakdownDimension, string][] = [
  ['channel', 'Channel'],
  ['stakeholderGroup', 'Stakeholder group'],
  ['regionalGroup', 'Region'],
];

/** The poll's numbers as CSV: the chart's table, then one block per breakdown (I18N-14: headers in English). */
export function pollCsv(input: ExportInput, words: ExportWords = ENGLISH_EXPORT_WORDS): string {
  const table = chartOf(input, csvTexts(words)).table;
  let csv = tableCsv({ columns: table.columns, rows: [...table.rows, [words.chart.participants, String(input.total), '']] });
  csv += shiftCsv(input);
  if (!input.breakdowns) return csv;
  const options = input.poll.options;
  for (const [dimension, name] of DIMENSIONS) {
    const cells = input.breakdowns[dimension];
    const rows = cells.map((cell) => [cell.group, String(cell.total), ...options.map((o) => String(cell.counts[o.id] ?? 0))]);
    csv += '\r\n' + tableCsv({ columns: [name, 'Participants', ...options.map((o) => o.label)], rows });
  }
  return csv;
}

/**
 * The before-and-after blocks of a paired poll (POLL-35): one row per group and option, in
 * percentage points; everyone and the channels first, then a block per declared dimension with
 * a group apart.
 */
function shiftCsv(input: ExportInput): string {
  const shift = input.shift;
  if (!shift) return '';
  const label = new Map(input.poll.options.map((o) => [o.id, o.label]));
  const block = (heading: string, cells: readonly ShiftCell[]) => {
    const rows = cells.flatMap((cell) => cell.rows.map((r) => [cell.group, label.get(r.optionId) ?? r.optionId, String(r.beforePct), String(r.afterPct), String(r.shiftPct)]));
    return '\r\n' + tableCsv({ columns: [heading, 'Answer', 'Before %', 'After %', 'Shift (points)'], rows });
  };
  const declared = shift.byDeclared;
  return (
    block('Before and after', [shift.overall, ...shift.byGroup]) +
    (declared && declared.stakeholderGroup.length > 0 ? block('Before and after by stakeholder group', declared.stakeholderGroup) : '') +
    (declared && declared.regionalGroup.length > 0 ? block('Before and after by region', declared.regionalGroup) : '')
  );
}
