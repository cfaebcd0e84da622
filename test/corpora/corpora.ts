import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SCREENING_FLAGS, screenText, type ScreeningFlag, type ScreeningOptions } from '../../src/core/qa/filters/index.ts';

/**
 * The text filters' corpora (FILTER-9) and the rates measured on them. Each split is a folder
 * of JSON Lines files, one entry a line: `dev/` is the tuning data (the filters were shaped by
 * it), `holdout/` is written apart and never looked at while tuning (it may be absent from a
 * checkout). Each entry has a kind: `personal_data` and `profanity` entries should be caught,
 * `clean` entries should raise no flag.
 */

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));

export const SPLITS = ['dev', 'holdout'] as const;
export type SplitName = (typeof SPLITS)[number];

export const KINDS = ['personal_data', 'profanity', 'clean'] as const;
export type Kind = (typeof KINDS)[number];

/** The files of a split, one per kind. */
export const FILES: Readonly<Record<Kind, string>> = { personal_data: 'personal-data.jsonl', profanity: 'profanity.jsonl', clean: 'clean.jsonl' };

/** Flags that catch a personal-data entry: any of them. */
export const PERSONAL_DATA_FLAGS: ReadonlySet<ScreeningFlag> = new Set(['email', 'phone', 'url', 'handle', 'address', 'age_with_name']);
/** Flags that catch a profanity entry: a swear word, or an insult without one. */
export const PROFANITY_FLAGS: ReadonlySet<ScreeningFlag> = new Set(['profanity', 'insult']);

// Not strict: a field the holdout's writer adds (a source, a note) is ignored, not an error.
export const entrySchema = z.object({
  id: z.string().min(1),
  lang: z.string().regex(/^[a-z]{2}$/),
  kind: z.enum(KINDS),
  category: z.string().min(1),
  text: z.string().min(1),
  /** Dev only, optional: flags this entry must raise, every one (stricter than the kind's rule). */
  flags: z.array(z.enum(SCREENING_FLAGS as [ScreeningFlag, ...ScreeningFlag[]])).min(1).optional(),
});
export type CorpusEntry = z.infer<typeof entrySchema>;

export interface Split {
  readonly name: SplitName;
  readonly entries: readonly CorpusEntry[];
  /** From the split's README.md, when it says: "Size: …", "Date: …" lines. */
  readonly size: string | null;
  readonly date: string | null;
}

/** Parses one JSON Lines file; a bad line fails with its file and line number. */
export function parseCorpusFile(path: string, expectedKind: Kind): CorpusEntry[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const entries: CorpusEntry[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = entrySchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path}:${String(i + 1)}: ${parsed.error.message}`);
    if (parsed.data.kind !== expectedKind) throw new Error(`${path}:${String(i + 1)}: kind ${parsed.data.kind} in the ${expectedKind} file`);
    entries.push(parsed.data);
  });
  return entries;
}

/** A split's entries, or null when its folder is not there (the holdout may be absent). */
export function loadSplit(name: SplitName, root: string = CORPUS_DIR): Split | null {
  const dir = join(root, name);
  if (!existsSync(dir)) return null;
  const entries = KINDS.flatMap((kind) => {
    const path = join(dir, FILES[kind]);
    return existsSync(path) ? parseCorpusFile(path, kind) : [];
  });
  const readme = existsSync(join(dir, 'README.md')) ? readFileSync(join(dir, 'README.md'), 'utf8') : '';
  const field = (label: string): string | null => new RegExp(`^[-*\\s]*\\**${label}\\**\\s*:\\s*\\**\\s*(.+?)\\s*$`, 'im').exec(readme)?.[1]?.trim() ?? null;
  return { name, entries, size: field('Size'), date: field('Date') };
}

/** Whether an entry's screening is what its kind asks: caught (should-flag kinds) or flagged (clean). */
export function isHit(entry: CorpusEntry, flags: readonly ScreeningFlag[]): boolean {
  if (entry.kind === 'clean') return flags.length > 0;
  if (entry.flags) return entry.flags.every((flag) => flags.includes(flag));
  const wanted = entry.kind === 'personal_data' ? PERSONAL_DATA_FLAGS : PROFANITY_FLAGS;
  return flags.some((flag) => wanted.has(flag));
}

export interface Tally {
  readonly kind: Kind;
  /** A category, a language, or '*' for the whole kind. */
  readonly key: string;
  readonly entries: number;
  /** Caught (personal_data, profanity) or flagged (clean). */
  readonly hits: number;
  readonly rate: number;
}

export interface Result {
  readonly entry: CorpusEntry;
  readonly flags: readonly ScreeningFlag[];
  readonly hit: boolean;
}

export interface Measurement {
  readonly byKind: readonly Tally[];
  readonly byCategory: readonly Tally[];
  readonly byLanguage: readonly Tally[];
  /** Should-flag entries not caught, and clean entries flagged. */
  readonly failures: readonly Result[];
}

/** Screens every entry and tallies the hits per kind, per category and per language. */
export function measure(entries: readonly CorpusEntry[], options: ScreeningOptions = {}): Measurement {
  const results: Result[] = entries.map((entry) => {
    const flags = screenText(entry.text, options).flags;
    return { entry, flags, hit: isHit(entry, flags) };
  });
  return {
    byKind: tally(results, () => '*'),
    byCategory: tally(results, (e) => e.category),
    byLanguage: tally(results, (e) => e.lang),
    failures: results.filter((r) => r.hit === (r.entry.kind === 'clean')),
  };
}

function tally(results: readonly Result[], keyOf: (entry: CorpusEntry) => string): Tally[] {
  const groups = new Map<string, Result[]>();
  for (const r of results) {
    const id = `${r.entry.kind}\u0000${keyOf(r.entry)}`;
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  const order = (kind: Kind): number => KINDS.indexOf(kind);
  return [...groups.values()]
    .map((group): Tally => {
      const first = group[0] as Result;
      const hits = group.filter((r) => r.hit).length;
      return { kind: first.entry.kind, key: keyOf(first.entry), entries: group.length, hits, rate: hits / group.length };
    })
    .sort((a, b) => order(a.kind) - order(b.kind) || a.key.localeCompare(b.key));
}

/**
 * Floors per split (`floors.json`): the lowest catch rate and the highest false-positive rate
 * a change may leave, per kind and per category (a category's own entry overrides the kind's
 * `categoryDefault`). A split with no floors file entry is measured, not checked.
 */
export const floorsSchema = z.record(
  z.enum(SPLITS),
  z.strictObject({
    note: z.string().optional(),
    /** Lowest catch rate per should-flag kind; highest false-positive rate for clean. */
    kind: z.strictObject({ personal_data: z.number().min(0).max(1), profanity: z.number().min(0).max(1), clean: z.number().min(0).max(1) }),
    categoryDefault: z.strictObject({ personal_data: z.number().min(0).max(1), profanity: z.number().min(0).max(1), clean: z.number().min(0).max(1) }),
    /** Per category, keyed `kind/category`. */
    category: z.record(z.string(), z.number().min(0).max(1)).default({}),
    /** Fewest entries the split must hold per kind (a shrunken corpus is not a better one). */
    minEntries: z.strictObject({ personal_data: z.number().int(), profanity: z.number().int(), clean: z.number().int() }),
  }),
);
export type Floors = z.infer<typeof floorsSchema>;

export function loadFloors(root: string = CORPUS_DIR): Floors {
  return floorsSchema.parse(JSON.parse(readFileSync(join(root, 'floors.json'), 'utf8')));
}

/** Whether a tally is within its bound: catch at or above, false positives at or below. */
export function withinBound(t: Tally, bound: number): boolean {
  return t.kind === 'clean' ? t.rate <= bound : t.rate >= bound;
}
