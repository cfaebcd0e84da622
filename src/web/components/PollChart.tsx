import { useRef } from 'preact/hooks';
import { renderPollChart, type ChartInput, type ChartTexts, type RenderedChart } from '../../core/charts/pollChart.ts';
import { chartTextsOf } from '../../core/charts/chartCatalog.ts';
import type { PollView, TallyView } from '../../core/polls/pollViews.ts';
import { currentLocale, formatNumber, formatPercent, t, tn } from '../i18n/index.ts';
import { LOCALES } from '../i18n/locales.ts';

/** The chart texts from the page's catalog, by the mapping the exports use too (I18N-14). */
export function chartTexts(): ChartTexts {
  return chartTextsOf({ text: t, votes: (count) => tn('votes', count), number: formatNumber, percent: formatPercent });
}

/** What the chart module takes, from a poll and its tally as this audience sees them. */
export function chartInput(poll: PollView, tally: TallyView): ChartInput {
  return { question: poll.question, kind: poll.kind, options: poll.options, counts: tally.counts ?? {}, total: tally.total, summary: tally.summary ?? null };
}

interface PollChartProps {
  readonly poll: PollView;
  readonly tally: TallyView;
  /** An id unique in the page (the chart's title, description and patterns use it). */
  readonly id: string;
  readonly testId?: string;
}

/**
 * A poll's chart as accessible SVG from the shared module (POLL-30), with the same numbers as a
 * table for screen readers. A word cloud keeps its words' places from one update to the next
 * (POLL-31). Updates replace the picture without animation, which honours reduced motion.
 * It is laid out in the page's direction: mirrored in Arabic (I18N-13).
 */
export function PollChart({ poll, tally, id, testId }: PollChartProps) {
  const places = useRef(new Map<string, { x: number; y: number }>());
  const chart: RenderedChart = renderPollChart(chartInput(poll, tally), chartTexts(), { id, previousCloud: places.current, direction: LOCALES[currentLocale.value].dir });
  if (chart.cloud.length > 0) places.current = new Map(chart.cloud.map((w) => [w.key, { x: w.x, y: w.y }]));
  return (
    <figure class="poll-chart" data-testid={testId} data-kind={poll.kind}>
      {/* Built from escaped text by the chart module: no markup of a participant's reaches it raw. */}
      <div class="poll-chart-picture" dangerouslySetInnerHTML={{ __html: chart.svg }} />
      <div class="visually-hidden">
        <table>
          <caption>{t('chart.table')}</caption>
          <thead>
            <tr>
              {chart.table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {chart.table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
