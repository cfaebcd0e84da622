/**
 * Prints the text filters' catch and false-positive rates over the corpora as the Markdown
 * tables of docs/SPEC.md (FILTER-9), the misses, and the time screenText takes per question.
 * Run: `npx tsx scripts/filter-rates.ts`.
 */
import { performance } from 'node:perf_hooks';
import { screenText } from '../src/core/qa/filters/index.ts';
import { CLEAN_CORPUS } from '../src/core/qa/filters/corpus/cleanCorpus.ts';
import { HOLDOUT_CLEAN, HOLDOUT_SHOULD_FLAG } from '../src/core/qa/filters/corpus/holdoutCorpus.ts';
import { measureRates, SHOULD_FLAG_CORPUS, type CategoryRate, type FilterRates } from '../src/core/qa/filters/corpus/rates.ts';

const percent = (rate: number): string => `${(rate * 100).toFixed(1)} %`;
const row = (c: CategoryRate): string => `| ${c.category} | ${String(c.entries)} | ${String(c.hits)} | ${percent(c.rate)} |`;

function report(title: string, rates: FilterRates): void {
  console.log(`### ${title}\n`);
  console.log(`Catch rate ${percent(rates.catchRate)} (${String(rates.shouldFlag - rates.misses.length)}/${String(rates.shouldFlag)}); false-positive rate ${percent(rates.falsePositiveRate)} (${String(rates.falsePositives.length)}/${String(rates.clean)}).\n`);
  console.log('| Should-flag category | Entries | Caught | Catch rate |\n|---|---:|---:|---:|');
  for (const c of rates.catchByCategory) console.log(row(c));
  console.log('\n| Clean category | Entries | Flagged | False-positive rate |\n|---|---:|---:|---:|');
  for (const c of rates.falsePositivesByCategory) console.log(row(c));
  for (const m of rates.misses) console.log(`- miss (${m.category}): ${JSON.stringify(m.text)} expected ${m.expected.join(', ')}, got ${m.got.join(', ') || 'nothing'}`);
  for (const m of rates.falsePositives) console.log(`- false positive (${m.category}): ${JSON.stringify(m.text)} got ${m.got.join(', ')}`);
  console.log('');
}

report('Main corpora', measureRates());
report('Holdout corpus', measureRates({}, HOLDOUT_SHOULD_FLAG, HOLDOUT_CLEAN));

// Timing: every corpus text screened, after a warm-up (regexes compiled, metadata loaded).
const texts = [...SHOULD_FLAG_CORPUS, ...CLEAN_CORPUS, ...HOLDOUT_SHOULD_FLAG, ...HOLDOUT_CLEAN].map((entry) => entry.text);
const long = `${'How should platforms report on their child safety work, and call 07700 900123? '.repeat(7)}`.slice(0, 500);
for (const text of texts) screenText(text);
// Each text is timed 21 times and its median kept: on a shared machine single timings carry
// the scheduler's and the garbage collector's pauses, which are not the filter's cost.
const rounds = 21;
const medians = [...texts, long].map((text) => {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    screenText(text);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? 0;
});
medians.sort((a, b) => a - b);
const ms = (t: number | undefined): string => `${(t ?? 0).toFixed(3)} ms`;
const mean = medians.reduce((sum, t) => sum + t, 0) / medians.length;
console.log(`screenText, median of ${String(rounds)} runs per text, over ${String(medians.length)} texts: mean ${ms(mean)}, median ${ms(medians[Math.floor(medians.length / 2)])}, slowest ${ms(medians.at(-1))}`);
