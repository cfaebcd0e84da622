import { screenText, type ScreeningFlag, type ScreeningOptions } from '../index.ts';
import { CLEAN_CORPUS } from './cleanCorpus.ts';
import type { CleanEntry, FlagEntry } from './corpusTypes.ts';
import { PERSONAL_DATA_CORPUS } from './personalDataCorpus.ts';
import { PROFANITY_CORPUS } from './profanityCorpus.ts';

/**
 * Catch and false-positive rates of the text filters over the corpora (FILTER-9). Caught: a
 * should-flag entry raised every flag it lists. False positive: a clean entry raised any flag.
 */

export interface CategoryRate {
  readonly category: string;
  readonly entries: number;
  /** Caught (should-flag) or flagged (clean) entries. */
  readonly hits: number;
  readonly rate: number;
}

export interface Miss {
  readonly text: string;
  readonly category: string;
  readonly expected: readonly ScreeningFlag[];
  readonly got: readonly ScreeningFlag[];
}

export interface FilterRates {
  readonly catchRate: number;
  readonly falsePositiveRate: number;
  readonly shouldFlag: number;
  readonly clean: number;
  readonly catchByCategory: readonly CategoryRate[];
  readonly falsePositivesByCategory: readonly CategoryRate[];
  readonly misses: readonly Miss[];
  readonly falsePositives: readonly Miss[];
}

export const SHOULD_FLAG_CORPUS: readonly FlagEntry[] = [...PROFANITY_CORPUS, ...PERSONAL_DATA_CORPUS];

/** Screens every corpus entry and sums up the rates, overall and per category. */
export function measureRates(
  options: ScreeningOptions = {},
  shouldFlag: readonly FlagEntry[] = SHOULD_FLAG_CORPUS,
  clean: readonly CleanEntry[] = CLEAN_CORPUS,
): FilterRates {
  const misses: Miss[] = [];
  const caught = shouldFlag.map((entry) => {
    const got = screenText(entry.text, options).flags;
    const ok = entry.flags.every((flag) => got.includes(flag));
    if (!ok) misses.push({ text: entry.text, category: entry.category, expected: entry.flags, got });
    return { category: entry.category, hit: ok };
  });
  const falsePositives: Miss[] = [];
  const flagged = clean.map((entry) => {
    const got = screenText(entry.text, options).flags;
    if (got.length > 0) falsePositives.push({ text: entry.text, category: entry.category, expected: [], got });
    return { category: entry.category, hit: got.length > 0 };
  });
  return {
    catchRate: ratio(caught.filter((c) => c.hit).length, caught.length),
    falsePositiveRate: ratio(flagged.filter((c) => c.hit).length, flagged.length),
    shouldFlag: caught.length,
    clean: flagged.length,
    catchByCategory: byCategory(caught),
    falsePositivesByCategory: byCategory(flagged),
    misses,
    falsePositives,
  };
}

function byCategory(results: readonly { category: string; hit: boolean }[]): CategoryRate[] {
  const categories = [...new Set(results.map((r) => r.category))];
  return categories.map((category) => {
    const own = results.filter((r) => r.category === category);
    const hits = own.filter((r) => r.hit).length;
    return { category, entries: own.length, hits, rate: ratio(hits, own.length) };
  });
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
