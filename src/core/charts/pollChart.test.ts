import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './chartText.ts';
import { renderPollChart, tableCsv, type ChartTexts } from './pollChart.ts';
import { layoutWordCloud, type PlacedWord } from './wordCloudLayout.ts';

const FC = { seed: 3030, numRuns: 100 } as const;

const TEXTS: ChartTexts = {
  votes: (n) => `${String(n)} votes`,
  percent: (s) => `${String(Math.round(s * 100))}%`,
  number: (n) => String(n),
  correct: 'correct',
  mean: (m, min, max) => `Mean ${m} on ${min}–${max}`,
  noMean: 'No ratings yet',
  meanRank: 'Mean place',
  borda: 'Borda score',
  option: 'Answer',
  count: 'Votes',
  share: 'Share',
  word: 'Word',
  noEntries: 'Nothing yet',
  label: (q) => `Chart: ${q}`,
};

function overlap(a: PlacedWord, b: PlacedWord): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
}

describe('charts (POLL-30, POLL-31)', () => {
  it('POLL-30: wrapped label lines never exceed the width, and keep every character up to the line limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 80, max: 600 }), (text, width) => {
        const lines = wrapText(text, width, 20, 50);
        for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(Math.max(width, textWidth([...line][0] ?? '', 20)));
        expect(lines.join('').replace(/\s/gu, '')).toBe(text.replace(/\s/gu, ''));
      }),
      FC,
    );
  });

  it('POLL-31: words never overlap, stay inside the box, and keep their places when new words arrive', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `k${String(i)}`, text: `word${String(i)}`, count: 1 + ((i * 7) % 11) }));
    const box = { width: 800, height: 440 };
    const first = layoutWordCloud(words(20), box);
    for (const a of first) for (const b of first) if (a !== b) expect(overlap(a, b)).toBe(false);
    for (const w of first) expect(w.x - w.width / 2).toBeGreaterThanOrEqual(0);
    const again = layoutWordCloud(words(20), box);
    expect(again).toEqual(first);
    const next = layoutWordCloud([...words(20), { key: 'new', text: 'newcomer', count: 1 }], box, new Map(first.map((w) => [w.key, w])));
    for (const w of first) expect(next.find((n) => n.key === w.key)).toMatchObject({ x: w.x, y: w.y });
  });

  it('POLL-30: bars say their count and share in text, each with its own pattern; the table holds the same numbers', () => {
    const chart = renderPollChart(
      { question: 'Coffee <or> tea?', kind: 'single', options: [{ id: 'o1', label: 'Coffee' }, { id: 'o2', label: 'Tea' }], counts: { o1: 3, o2: 1 }, total: 4, summary: null },
      TEXTS,
      { id: 'c1' },
    );
    expect(chart.svg).toContain('75% · 3 votes');
    expect(chart.svg).toContain('url(#c1-p0)');
    expect(chart.svg).toContain('url(#c1-p1)');
    expect(chart.svg).toContain('Coffee &lt;or&gt; tea?');
    expect(chart.table.rows).toEqual([['Coffee', '3', '75%'], ['Tea', '1', '25%']]);
    expect(tableCsv(chart.table)).toBe('Answer,Votes,Share\r\nCoffee,3,75%\r\nTea,1,25%\r\n');
  });

  it('POLL-22/23: the scale histogram shows the mean and labelled ends; the ranking chart orders by Borda score', () => {
    const rating = renderPollChart(
      { question: 'How safe?', kind: 'rating', options: [{ id: 'o1', label: '1' }, { id: 'o2', label: '2' }, { id: 'o3', label: '3' }], counts: { o1: 1, o3: 3 }, total: 4, summary: { kind: 'rating', scale: { min: 1, max: 3, minLabel: 'Not at all', maxLabel: 'Very' }, mean: 2.5 } },
      TEXTS,
      { id: 'r' },
    );
    expect(rating.svg).toContain('Mean 2.5 on 1–3');
    expect(rating.svg).toContain('Not at all');
    const ranking = renderPollChart(
      { question: 'Order', kind: 'ranking', options: [{ id: 'o1', label: 'A' }, { id: 'o2', label: 'B' }], counts: { o1: 2, o2: 2 }, total: 2, summary: { kind: 'ranking', ranks: [{ optionId: 'o2', meanRank: 1, borda: 2 }, { optionId: 'o1', meanRank: 2, borda: 0 }] } },
      TEXTS,
      { id: 'k' },
    );
    expect(ranking.table.rows).toEqual([['B', '1.00', '2'], ['A', '2.00', '0']]);
    expect(ranking.svg.indexOf('1. B')).toBeLessThan(ranking.svg.indexOf('2. A'));
  });

  it('POLL-33: a CSV cell that a spreadsheet would run as a formula is quoted and defused', () => {
    expect(tableCsv({ columns: ['Word'], rows: [['=HYPERLINK("x")'], ['a,b']] })).toBe('Word\r\n"\'=HYPERLINK(""x"")"\r\n"a,b"\r\n');
  });
});
