import { describe, expect, it } from 'vitest';
import { KINDS, loadFloors, loadSplit, measure, withinBound, SPLITS, type Measurement, type Tally } from './corpora.ts';

/**
 * Catch and false-positive rates over the corpora (FILTER-9), checked against
 * `floors.json`: dev always, the holdout when its folder is there (it is written apart and
 * may be absent from a checkout; its tests then do not exist rather than pass empty).
 * A failure lists the entries that missed, for dev only: the holdout's texts are not shown.
 */

const floors = loadFloors();

function failuresOf(measurement: Measurement, t: Tally, showTexts: boolean): string {
  const own = measurement.failures.filter((f) => f.entry.kind === t.kind && (t.key === '*' || f.entry.category === t.key));
  return showTexts ? JSON.stringify(own.map((f) => `${f.entry.id}: ${f.entry.text} → [${f.flags.join(', ')}]`), null, 1) : `${String(own.length)} entries (holdout: texts not shown)`;
}

describe('corpora', () => {
  it('FILTER-9: the dev corpus parses, every kind has entries in the six UN languages, ids and texts are unique', () => {
    const dev = loadSplit('dev');
    expect(dev).not.toBeNull();
    const entries = dev?.entries ?? [];
    for (const kind of KINDS) {
      const langs = new Set(entries.filter((e) => e.kind === kind).map((e) => e.lang));
      for (const lang of ['ar', 'zh', 'en', 'fr', 'ru', 'es']) expect(langs, `${kind} in ${lang}`).toContain(lang);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.text)).size).toBe(entries.length);
  });
});

for (const name of SPLITS) {
  const split = loadSplit(name);
  const bounds = floors[name];
  if (split === null || bounds === undefined) continue;
  const measurement = measure(split.entries);
  const showTexts = name === 'dev';

  describe(`filter rates on the ${name} corpus`, () => {
    it(`FILTER-9: ${name} holds enough entries of each kind`, () => {
      for (const kind of KINDS) expect(split.entries.filter((e) => e.kind === kind).length, kind).toBeGreaterThanOrEqual(bounds.minEntries[kind]);
    });

    it(`FILTER-9: ${name}, per kind: catch ≥ ${String(bounds.kind.personal_data)} (personal data), ≥ ${String(bounds.kind.profanity)} (profanity), false positives ≤ ${String(bounds.kind.clean)}`, () => {
      for (const t of measurement.byKind) expect(withinBound(t, bounds.kind[t.kind]), `${t.kind}: ${String(t.hits)}/${String(t.entries)}; ${failuresOf(measurement, t, showTexts)}`).toBe(true);
    });

    it(`FILTER-9: ${name}, per category: within its floor (default ${String(bounds.categoryDefault.personal_data)} / ${String(bounds.categoryDefault.profanity)} / ${String(bounds.categoryDefault.clean)})`, () => {
      for (const t of measurement.byCategory) {
        const bound = bounds.category[`${t.kind}/${t.key}`] ?? bounds.categoryDefault[t.kind];
        expect(withinBound(t, bound), `${t.kind}/${t.key}: ${String(t.hits)}/${String(t.entries)} against ${String(bound)}; ${failuresOf(measurement, t, showTexts)}`).toBe(true);
      }
    });
  });
}
