import type { SessionReport } from './sessionReport.ts';

/**
 * The report's charts as one model (REPORT-2): horizontal bars with their label, count and
 * percentage, laid out once here. The HTML draws the model as SVG (`barChartSvg`), the PDF
 * draws the same geometry with vector paths, so both show the same chart. A text table stands
 * beside every chart (the figures are never only in a picture).
 */

export interface ChartBar {
  readonly label: string;
  readonly value: number;
  readonly percent: number;
}

export interface BarChart {
  readonly title: string;
  readonly bars: readonly ChartBar[];
  /** What the percentages are of, e.g. "12 participants voted". */
  readonly caption: string;
}

/** The layout of a chart, in points (PDF) or CSS pixels (SVG). */
export interface ChartLayout {
  readonly width: number;
  readonly height: number;
  readonly rows: readonly {
    readonly label: string;
    readonly labelY: number;
    readonly barY: number;
    /** The bar's length; the track behind it runs the full `trackWidth`. */
    readonly barWidth: number;
    readonly value: string;
  }[];
  readonly barHeight: number;
  readonly trackWidth: number;
  readonly valueX: number;
}

export const CHART_COLOURS = { bar: '#1f5fa8', track: '#e6ecf3', text: '#1b1f24' } as const;

/** Longest label drawn in a chart; the table beside it has the whole text. */
export const CHART_LABEL_MAX = 70;

export function pollChart(poll: SessionReport['polls'][number]): BarChart {
  return {
    title: poll.question,
    bars: poll.options.map((o) => ({ label: o.label, value: o.votes, percent: o.percent })),
    caption: `${poll.ballots} ${poll.ballots === 1 ? 'participant' : 'participants'} voted${poll.kind === 'multiple' ? ' (several answers allowed)' : ''}`,
  };
}

function shorten(label: string): string {
  const chars = [...label];
  return chars.length <= CHART_LABEL_MAX ? label : `${chars.slice(0, CHART_LABEL_MAX - 1).join('')}…`;
}

/** Rows of a label line above each bar; bars scale to 100 %. */
export function layoutChart(chart: BarChart, width: number): ChartLayout {
  const labelLine = 14;
  const barHeight = 12;
  const gap = 8;
  const valueSpace = 92;
  const trackWidth = width - valueSpace;
  const rows = chart.bars.map((bar, i) => {
    const top = i * (labelLine + barHeight + gap);
    return {
      label: shorten(bar.label),
      labelY: top,
      barY: top + labelLine,
      barWidth: Math.round((trackWidth * Math.min(100, bar.percent)) / 100 * 10) / 10,
      value: `${bar.value} (${bar.percent} %)`,
    };
  });
  return { width, height: chart.bars.length * (labelLine + barHeight + gap), rows, barHeight, trackWidth, valueX: trackWidth + 8 };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The chart as an SVG element (no script, no external reference), with a title for screen readers. */
export function barChartSvg(chart: BarChart, width = 560): string {
  const layout = layoutChart(chart, width);
  const parts = layout.rows.map((r) => [
    `<text x="0" y="${r.labelY + 11}" font-size="12" fill="${CHART_COLOURS.text}">${escapeXml(r.label)}</text>`,
    `<rect x="0" y="${r.barY}" width="${layout.trackWidth}" height="${layout.barHeight}" fill="${CHART_COLOURS.track}"/>`,
    `<rect x="0" y="${r.barY}" width="${r.barWidth}" height="${layout.barHeight}" fill="${CHART_COLOURS.bar}"/>`,
    `<text x="${layout.valueX}" y="${r.barY + 10}" font-size="11" fill="${CHART_COLOURS.text}">${escapeXml(r.value)}</text>`,
  ].join(''));
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}"><title>${escapeXml(`${chart.title}: ${chart.caption}`)}</title>${parts.join('')}</svg>`;
}
