import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './chartText.ts';
import type { Poll } from '../polls/pollTypes.ts';
import { renderPollChart, tableCsv, type ChartTexts } from './pollChart.ts';
import { pollSvg } from './pollExport.ts';
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
  participants: 'Participants',
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

/** Each `<text>` of an SVG: where it is anchored, the direction its bidi isolate gives it, and its text. */
function textsOf(svg: string): { x: number; anchor: string; direction: string | null; text: string }[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/gu)].map(([, attrs = '', content = '']) => ({
    x: Number(/\bx="([\d.]+)"/u.exec(attrs)?.[1]),
    anchor: /text-anchor="(\w+)"/u.exec(attrs)?.[1] ?? 'start',
    direction: content.startsWith('\u2067') ? 'rtl' : content.startsWith('\u2066') ? 'ltr' : null,
    text: content.replace(/^[\u2066\u2067]|\u2069$/gu, ''),
  }));
}

/**
 * The physical edge a text sits against: its x is its left end, its right end or its middle.
 * The chart's SVG is left to right whatever the page's (its root says so), so start is the left.
 */
function edgeOf(text: { anchor: string }): 'left' | 'right' | 'middle' {
  return text.anchor === 'middle' ? 'middle' : text.anchor === 'start' ? 'left' : 'right';
}

describe('charts right to left (POLL-30, I18N-13)', () => {
  const AR_TEXTS: ChartTexts = { ...TEXTS, votes: (n) => `${String(n)} أصوات`, percent: (s) => `${String(Math.round(s * 100))}٪`, correct: 'صحيح', mean: (m, min, max) => `المتوسط ${m} من ${min} إلى ${max}` };
  const choice = (labels: readonly string[]) => ({ question: 'أي لغة؟', kind: 'single' as const, options: labels.map((label, i) => ({ id: `o${String(i + 1)}`, label })), counts: { o1: 3, o2: 1 }, total: 4, summary: null });

  it('I18N-13: an Arabic chart mirrors the bars: labels against the right edge, values against the left, bars growing leftwards', () => {
    const chart = renderPollChart(choice(['القهوة', 'الشاي']), AR_TEXTS, { id: 'a', direction: 'rtl' });
    // Inside an Arabic page an SVG would inherit right to left, which moves its anchors.
    expect(chart.svg).toMatch(/^<svg [^>]* direction="ltr"/u);
    const texts = textsOf(chart.svg);
    const label = texts.find((t) => t.text === 'القهوة');
    const value = texts.find((t) => t.text.startsWith('75٪'));
    expect(label && { x: label.x, edge: edgeOf(label), direction: label.direction }).toEqual({ x: 792, edge: 'right', direction: 'rtl' });
    expect(value && { x: value.x, edge: edgeOf(value), direction: value.direction }).toEqual({ x: 8, edge: 'left', direction: 'rtl' });
    const bar = /<rect class="poll-chart-bar" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/u.exec(chart.svg);
    expect(Number(bar?.[1]) + Number(bar?.[2])).toBeCloseTo(792, 0);
    expect(Number(bar?.[1])).toBeGreaterThan(8);
  });

  it('I18N-13: an English chart keeps its labels at the left; an English label on an Arabic chart and an Arabic one on an English chart keep their own direction on the chart\'s side', () => {
    const english = textsOf(renderPollChart(choice(['Coffee', 'الشاي']), TEXTS, { id: 'e' }).svg);
    const coffee = english.find((t) => t.text === 'Coffee');
    const tea = english.find((t) => t.text === 'الشاي');
    expect(coffee && { x: coffee.x, edge: edgeOf(coffee) }).toEqual({ x: 8, edge: 'left' });
    expect(tea && { x: tea.x, edge: edgeOf(tea), direction: tea.direction }).toEqual({ x: 8, edge: 'left', direction: 'rtl' });
    const mixed = textsOf(renderPollChart(choice(['Coffee?', 'الشاي']), AR_TEXTS, { id: 'm', direction: 'rtl' }).svg);
    const question = mixed.find((t) => t.text === 'Coffee?');
    expect(question && { x: question.x, edge: edgeOf(question), direction: question.direction }).toEqual({ x: 792, edge: 'right', direction: 'ltr' });
  });

  it('I18N-13: an Arabic scale runs from the right: its lowest value and its label at the right end', () => {
    const input = { question: 'ما مدى الأمان؟', kind: 'rating' as const, options: [{ id: 'o1', label: '1' }, { id: 'o2', label: '2' }, { id: 'o3', label: '3' }], counts: { o1: 1, o3: 3 }, total: 4, summary: { kind: 'rating' as const, scale: { min: 1, max: 3, minLabel: 'أبدًا', maxLabel: 'جدًا' }, mean: 2.5 } };
    const rtl = textsOf(renderPollChart(input, AR_TEXTS, { id: 'r', direction: 'rtl' }).svg);
    const one = rtl.find((t) => t.text === '1');
    const three = rtl.find((t) => t.text === '3');
    expect(one && three && one.x > three.x).toBe(true);
    const low = rtl.find((t) => t.text === 'أبدًا');
    const high = rtl.find((t) => t.text === 'جدًا');
    expect(low && { x: low.x, edge: edgeOf(low) }).toEqual({ x: 760, edge: 'right' });
    expect(high && { x: high.x, edge: edgeOf(high) }).toEqual({ x: 40, edge: 'left' });
    const ltr = textsOf(renderPollChart(input, TEXTS, { id: 'r' }).svg);
    expect((ltr.find((t) => t.text === '1')?.x ?? 0) < (ltr.find((t) => t.text === '3')?.x ?? 0)).toBe(true);
  });

  it('I18N-13: an export of an Arabic session is laid out right to left', () => {
    const poll = { id: 'p1234567890', question: 'أي لغة؟', kind: 'single' as const, options: [{ id: 'o1', label: 'القهوة' }, { id: 'o2', label: 'الشاي' }] } as unknown as Poll;
    const svg = pollSvg({ poll, total: 4, counts: { o1: 3, o2: 1 }, summary: null, breakdowns: null }, 'rtl');
    const label = textsOf(svg).find((t) => t.text === 'القهوة');
    expect(label && { x: label.x, edge: edgeOf(label) }).toEqual({ x: 792, edge: 'right' });
  });
});
