import type { ChartTexts } from './pollChart.ts';

/**
 * Which catalog message says each of a chart's words: one mapping for the pages (`PollChart`)
 * and the server's exports (`src/server/charts/exportTexts.ts`), so an exported chart says what
 * the projector says, in the session's language (I18N-14).
 */

/** The chart's catalog keys, all in the main part (a phone shows charts too). */
export type ChartKey =
  | 'chart.correct'
  | 'chart.mean'
  | 'chart.noMean'
  | 'chart.meanRank'
  | 'chart.borda'
  | 'chart.option'
  | 'chart.count'
  | 'chart.percent'
  | 'chart.word'
  | 'chart.noEntries'
  | 'chart.label'
  | 'chart.participants';

/** A language's catalog as a chart needs it. */
export interface ChartCatalog {
  readonly text: (key: ChartKey, params?: Readonly<Record<string, string>>) => string;
  /** The plural message `votes` for `count` ("1 vote", "٣ أصوات"). */
  readonly votes: (count: number) => string;
  readonly number: (value: number) => string;
  readonly percent: (share: number) => string;
}

export function chartTextsOf(catalog: ChartCatalog): ChartTexts {
  const { text } = catalog;
  return {
    votes: catalog.votes,
    percent: catalog.percent,
    number: catalog.number,
    correct: text('chart.correct'),
    mean: (mean, min, max) => text('chart.mean', { mean, min, max }),
    noMean: text('chart.noMean'),
    meanRank: text('chart.meanRank'),
    borda: text('chart.borda'),
    option: text('chart.option'),
    count: text('chart.count'),
    share: text('chart.percent'),
    word: text('chart.word'),
    noEntries: text('chart.noEntries'),
    label: (question) => text('chart.label', { question }),
    participants: text('chart.participants'),
  };
}
