import type { PollSummary } from '../polls/pollResults.ts';
import type { Poll, PollOption } from '../polls/pollTypes.ts';
import { escapeXml, textDirection, textWidth, wrapText, type TextDirection } from './chartText.ts';
import { layoutWordCloud, type PlacedWord } from './wordCloudLayout.ts';
import { csvCell } from '../csv.ts';

/**
 * The charts of every poll kind as accessible SVG text (POLL-30, POLL-31): one pure module for
 * the projector, the phones, the cockpit and the exports. Bars carry their count and share as
 * direct labels and a pattern each, so colour is never the only cue; labels wrap and never
 * overlap; every chart comes with the same numbers as a table for screen readers and CSV.
 * Right to left (I18N-13) the layout is mirrored: labels from the right edge, bars growing
 * leftwards, a scale's lowest value at the right; each text carries its own direction.
 */

export interface ChartInput {
  readonly question: string;
  readonly kind: Poll['kind'];
  readonly options: readonly PollOption[];
  readonly counts: Readonly<Record<string, number>>;
  /** People who answered: the base of the shares. */
  readonly total: number;
  readonly summary: PollSummary | null;
}

/** The words of a chart, from the caller's catalog: the module itself speaks no language. */
export interface ChartTexts {
  readonly votes: (count: number) => string;
  readonly percent: (share: number) => string;
  readonly number: (value: number) => string;
  readonly correct: string;
  readonly mean: (mean: string, min: string, max: string) => string;
  readonly noMean: string;
  readonly meanRank: string;
  readonly borda: string;
  readonly option: string;
  readonly count: string;
  readonly share: string;
  readonly word: string;
  readonly noEntries: string;
  readonly label: (question: string) => string;
  /** The label of the row of the people who answered (the CSV export's total row). */
  readonly participants: string;
}

export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface RenderedChart {
  readonly svg: string;
  readonly table: ChartTable;
  /** Word clouds: where each word went, to keep the places on the next update. */
  readonly cloud: readonly PlacedWord[];
}

export interface ChartOptions {
  /** An id unique in the page, for the title, description and patterns. */
  readonly id: string;
  /** Previous word places (POLL-31). */
  readonly previousCloud?: ReadonlyMap<string, { readonly x: number; readonly y: number }>;
  /** The page's or the session's writing direction (I18N-13); left to right when absent. */
  readonly direction?: TextDirection;
  /** A standalone file's language (an export, I18N-14), written as `lang` and `xml:lang`; an inline chart takes its page's. */
  readonly lang?: string;
}

const WIDTH = 800;
const LABEL_FONT = 22;
const VALUE_FONT = 20;
const COLOURS = ['#1f5fbf', '#b3470f', '#2a7a3b', '#7a3fa0', '#8a6d00', '#0f6f7a'] as const;
/** Text and lines follow the page's colour (light on the projector, dark on a phone); exports set it on the root. */
const INK = 'currentColor';
const EXPORT_INK = '#1b1b1f';

/** The x of a point `x` from the chart's start edge: the left one, or the right one right to left. */
function atX(dir: TextDirection, x: number): number {
  return dir === 'rtl' ? WIDTH - x : x;
}

/** The x of a rectangle `width` wide whose start edge is `x` from the chart's start edge. */
function rectX(dir: TextDirection, x: number, width: number): number {
  return dir === 'rtl' ? WIDTH - x - width : x;
}

/** Isolates that give a text its own direction inside the line (Unicode bidi: LRI or RLI … PDI). */
const ISOLATE: Readonly<Record<TextDirection, string>> = { ltr: '\u2066', rtl: '\u2067' };
const POP_ISOLATE = '\u2069';

/**
 * A `<text>` at `x` (already placed by `atX`): `side` 'start' runs it from x towards the chart's
 * end, 'end' ends it at x, 'middle' centres it. The SVG's own direction is always left to right,
 * so the anchor is a physical side in a browser inside an Arabic page and in resvg alike (resvg
 * takes start as left whatever the direction); the text's own direction (`textDir`, else its
 * first letter's, else the chart's) comes from a bidi isolate around it, so an Arabic label keeps
 * its question mark and numbers in place and an English one on an Arabic chart its own.
 */
function textAt(dir: TextDirection, x: number, y: number, side: 'start' | 'end' | 'middle', text: string, attrs: string, textDir?: TextDirection): string {
  const own = textDir ?? textDirection(text, dir);
  const anchor = side === 'middle' ? 'middle' : (side === 'start') === (dir === 'ltr') ? 'start' : 'end';
  return `<text x="${num(x)}" y="${num(y)}" text-anchor="${anchor}" ${attrs}>${ISOLATE[own]}${escapeXml(text)}${POP_ISOLATE}</text>`;
}

/** A coordinate with at most one decimal. */
function num(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Each series' pattern: solid, stripes, dots, cross-hatch… over its colour (POLL-30). */
function patternDefs(id: string): string {
  return COLOURS.map((colour, i) => {
    const mark = [
      '',
      '<path d="M0 8 L8 0" stroke="#fff" stroke-width="2" stroke-opacity="0.55"/>',
      '<circle cx="4" cy="4" r="1.6" fill="#fff" fill-opacity="0.6"/>',
      '<path d="M0 4 H8 M4 0 V8" stroke="#fff" stroke-width="1.5" stroke-opacity="0.5"/>',
      '<path d="M0 0 L8 8" stroke="#fff" stroke-width="2" stroke-opacity="0.55"/>',
      '<rect x="2" y="2" width="3" height="3" fill="#fff" fill-opacity="0.5"/>',
    ][i] ?? '';
    return `<pattern id="${id}-p${String(i)}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${colour}"/>${mark}</pattern>`;
  }).join('');
}

function wrap(svgBody: string, height: number, opts: ChartOptions, title: string, desc: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${opts.lang === undefined ? '' : ` lang="${escapeXml(opts.lang)}" xml:lang="${escapeXml(opts.lang)}"`} direction="ltr" data-direction="${opts.direction ?? 'ltr'}" viewBox="0 0 ${String(WIDTH)} ${String(Math.ceil(height))}" width="${String(WIDTH)}" height="${String(Math.ceil(height))}" color="${EXPORT_INK}" role="img" aria-labelledby="${opts.id}-title ${opts.id}-desc" class="poll-chart-svg" font-family="system-ui, 'Noto Sans', sans-serif">` +
    `<title id="${opts.id}-title">${escapeXml(title)}</title><desc id="${opts.id}-desc">${escapeXml(desc)}</desc>` +
    `<defs>${patternDefs(opts.id)}</defs>${svgBody}</svg>`
  );
}

interface Bar {
  readonly label: string;
  readonly value: number;
  readonly max: number;
  readonly valueText: string;
}

/** Horizontal bars: wrapped label above with the value at its end, then the bar (POLL-30). */
function barsSvg(bars: readonly Bar[], opts: ChartOptions): { body: string; height: number } {
  const out: string[] = [];
  let y = 8;
  const barWidth = WIDTH - 16;
  const dir = opts.direction ?? 'ltr';
  bars.forEach((bar, i) => {
    // The value keeps its room at the end of the first line; the label wraps in what is left.
    const valueWidth = textWidth(bar.valueText, VALUE_FONT) + 16;
    const lines = wrapText(bar.label, WIDTH - 16 - valueWidth, LABEL_FONT);
    const labelDir = textDirection(bar.label, dir);
    lines.forEach((line, l) => out.push(textAt(dir, atX(dir, 8), y + LABEL_FONT + l * (LABEL_FONT + 4), 'start', line, `font-size="${String(LABEL_FONT)}" fill="${INK}"`, labelDir)));
    out.push(textAt(dir, atX(dir, WIDTH - 8), y + LABEL_FONT, 'end', bar.valueText, `font-size="${String(VALUE_FONT)}" font-weight="700" fill="${INK}"`));
    y += lines.length * (LABEL_FONT + 4) + 8;
    const length = bar.max > 0 ? Math.max(bar.value > 0 ? 3 : 0, (bar.value / bar.max) * barWidth) : 0;
    out.push(`<rect x="8" y="${String(y)}" width="${String(barWidth)}" height="28" fill="currentColor" fill-opacity="0.12" rx="3"/>`);
    out.push(`<rect class="poll-chart-bar" x="${rectX(dir, 8, length).toFixed(1)}" y="${String(y)}" width="${length.toFixed(1)}" height="28" fill="url(#${opts.id}-p${String(i % COLOURS.length)})" stroke="${COLOURS[i % COLOURS.length] ?? INK}" rx="3"/>`);
    y += 28 + 18;
  });
  return { body: out.join(''), height: y };
}

function share(count: number, total: number): number {
  return total > 0 ? Math.min(1, count / total) : 0;
}

function choiceChart(input: ChartInput, texts: ChartTexts, opts: ChartOptions, correct: ReadonlySet<string>): RenderedChart {
  const bars = input.options.map((o) => {
    const count = input.counts[o.id] ?? 0;
    const label = correct.has(o.id) ? `✓ ${o.label} (${texts.correct})` : o.label;
    return { label, value: share(count, input.total), max: 1, valueText: `${texts.percent(share(count, input.total))} · ${texts.votes(count)}` };
  });
  const { body, height } = barsSvg(bars, opts);
  const rows = input.options.map((o, i) => [bars[i]?.label ?? o.label, texts.number(input.counts[o.id] ?? 0), texts.percent(share(input.counts[o.id] ?? 0, input.total))]);
  return {
    svg: wrap(body, height, opts, texts.label(input.question), rows.map((r) => `${r[0] ?? ''}: ${r[2] ?? ''}`).join('; ')),
    table: { columns: [texts.option, texts.count, texts.share], rows },
    cloud: [],
  };
}

function ratingChart(input: ChartInput, summary: Extract<PollSummary, { kind: 'rating' }>, texts: ChartTexts, opts: ChartOptions): RenderedChart {
  const n = input.options.length;
  const left = 40;
  const plot = WIDTH - 2 * left;
  const column = plot / n;
  const top = 72;
  const high = 220;
  const max = Math.max(1, ...input.options.map((o) => input.counts[o.id] ?? 0));
  const dir = opts.direction ?? 'ltr';
  const out: string[] = [];
  input.options.forEach((o, i) => {
    const count = input.counts[o.id] ?? 0;
    const h = (count / max) * high;
    const x = left + i * column + column * 0.15;
    const w = column * 0.7;
    out.push(`<rect class="poll-chart-bar" x="${rectX(dir, x, w).toFixed(1)}" y="${(top + high - h).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" fill="url(#${opts.id}-p0)" stroke="${COLOURS[0]}"/>`);
    out.push(textAt(dir, atX(dir, x + w / 2), top + high - h - 8, 'middle', texts.number(count), `font-size="18" font-weight="700" fill="${INK}"`));
    out.push(textAt(dir, atX(dir, x + w / 2), top + high + 28, 'middle', o.label, `font-size="${String(LABEL_FONT)}" fill="${INK}"`));
  });
  out.push(`<line x1="${String(left)}" x2="${String(WIDTH - left)}" y1="${String(top + high)}" y2="${String(top + high)}" stroke="${INK}"/>`);
  const { min, max: top2 } = summary.scale;
  const meanText = summary.mean === null ? texts.noMean : texts.mean(summary.mean.toFixed(1), String(min), String(top2));
  if (summary.mean !== null) {
    const mx = atX(dir, left + ((summary.mean - min) / Math.max(1, top2 - min)) * (plot - column) + column / 2);
    out.push(`<path d="M${mx.toFixed(1)} ${String(top - 30)} l-8 -12 h16 z" fill="${INK}"/><line x1="${mx.toFixed(1)}" x2="${mx.toFixed(1)}" y1="${String(top - 30)}" y2="${String(top + high)}" stroke="${INK}" stroke-dasharray="6 4"/>`);
  }
  out.push(textAt(dir, WIDTH / 2, 26, 'middle', meanText, `font-size="${String(VALUE_FONT)}" font-weight="700" fill="${INK}"`));
  let y = top + high + 40;
  const ends = [summary.scale.minLabel, summary.scale.maxLabel];
  const endLines = ends.map((label) => (label ? wrapText(label, WIDTH / 2 - 40, 18, 3) : []));
  // The lowest value's label at the start edge, the highest's at the end, as the columns run.
  endLines[0]?.forEach((line, l) => out.push(textAt(dir, atX(dir, left), y + 18 + l * 22, 'start', line, `font-size="18" fill="${INK}"`, textDirection(ends[0] ?? '', dir))));
  endLines[1]?.forEach((line, l) => out.push(textAt(dir, atX(dir, WIDTH - left), y + 18 + l * 22, 'end', line, `font-size="18" fill="${INK}"`, textDirection(ends[1] ?? '', dir))));
  y += Math.max(endLines[0]?.length ?? 0, endLines[1]?.length ?? 0) * 22 + 12;
  const rows = input.options.map((o) => [o.label, texts.number(input.counts[o.id] ?? 0), texts.percent(share(input.counts[o.id] ?? 0, input.total))]);
  return { svg: wrap(out.join(''), y, opts, texts.label(input.question), meanText), table: { columns: [texts.option, texts.count, texts.share], rows }, cloud: [] };
}

function rankingChart(input: ChartInput, summary: Extract<PollSummary, { kind: 'ranking' }>, texts: ChartTexts, opts: ChartOptions): RenderedChart {
  const labelOf = new Map(input.options.map((o) => [o.id, o.label]));
  const max = Math.max(1, ...summary.ranks.map((r) => r.borda));
  const bars = summary.ranks.map((r, i) => ({
    label: `${String(i + 1)}. ${labelOf.get(r.optionId) ?? r.optionId}`,
    value: r.borda,
    max,
    valueText: `${texts.borda} ${texts.number(r.borda)} · ${texts.meanRank} ${r.meanRank.toFixed(1)}`,
  }));
  const { body, height } = barsSvg(bars, opts);
  const rows = summary.ranks.map((r) => [labelOf.get(r.optionId) ?? r.optionId, r.meanRank.toFixed(2), texts.number(r.borda)]);
  return {
    svg: wrap(body, height, opts, texts.label(input.question), rows.map((r) => `${r[0] ?? ''}: ${texts.meanRank} ${r[1] ?? ''}, ${texts.borda} ${r[2] ?? ''}`).join('; ')),
    table: { columns: [texts.option, texts.meanRank, texts.borda], rows },
    cloud: [],
  };
}

function entriesChart(input: ChartInput, summary: Extract<PollSummary, { kind: 'entries' }>, texts: ChartTexts, opts: ChartOptions): RenderedChart {
  // The public's summary has shown entries only, without a status (POLL-24).
  const shown = summary.entries.filter((e) => (e.status ?? 'shown') === 'shown');
  const rows = shown.map((e) => [e.text, texts.number(e.count)]);
  const table = { columns: [input.kind === 'wordcloud' ? texts.word : texts.option, texts.count], rows };
  if (shown.length === 0) {
    return { svg: wrap(textAt(opts.direction ?? 'ltr', WIDTH / 2, 60, 'middle', texts.noEntries, `font-size="${String(LABEL_FONT)}" fill="${INK}"`), 100, opts, texts.label(input.question), texts.noEntries), table, cloud: [] };
  }
  if (input.kind === 'open_text') {
    const max = Math.max(1, ...shown.map((e) => e.count));
    const { body, height } = barsSvg(shown.slice(0, 12).map((e) => ({ label: e.text, value: e.count, max, valueText: texts.votes(e.count) })), opts);
    return { svg: wrap(body, height, opts, texts.label(input.question), rows.map((r) => `${r[0] ?? ''}: ${r[1] ?? ''}`).join('; ')), table, cloud: [] };
  }
  const box = { width: WIDTH, height: 440 };
  const cloud = layoutWordCloud(shown, box, opts.previousCloud);
  const body = cloud
    .map((w, i) => `<text class="poll-chart-word" data-key="${w.key}" x="${String(w.x)}" y="${(w.y + w.fontSize * 0.35).toFixed(1)}" text-anchor="middle" direction="${textDirection(w.text, opts.direction ?? 'ltr')}" font-size="${String(w.fontSize)}" font-weight="${w.fontSize > 36 ? '700' : '500'}" fill="${INK}" fill-opacity="${['1', '0.88', '0.76'][i % 3] ?? '1'}">${escapeXml(w.text)}</text>`)
    .join('');
  return { svg: wrap(body, box.height, opts, texts.label(input.question), rows.map((r) => `${r[0] ?? ''}: ${r[1] ?? ''}`).join('; ')), table, cloud };
}

/** The chart of a poll's results, with its table. */
export function renderPollChart(input: ChartInput, texts: ChartTexts, opts: ChartOptions): RenderedChart {
  const summary = input.summary;
  if (summary?.kind === 'rating') return ratingChart(input, summary, texts, opts);
  if (summary?.kind === 'ranking') return rankingChart(input, summary, texts, opts);
  if (summary?.kind === 'entries') return entriesChart(input, summary, texts, opts);
  const correct = new Set(summary?.kind === 'quiz' ? (summary.correct ?? []) : []);
  return choiceChart(input, texts, opts, correct);
}

/** A chart's table as CSV (RFC 4180), for exports (POLL-33). */
export function tableCsv(table: ChartTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
