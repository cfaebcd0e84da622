import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHit, loadSplit, measure } from './corpora.ts';

/** The corpus loader and the rate arithmetic (FILTER-9), on a holdout-shaped folder made here. */

describe('corpora loader', () => {
  it('FILTER-9: reads a holdout folder in its line format, with its README size and date, and measures it', () => {
    const root = mkdtempSync(join(tmpdir(), 'corpora-'));
    try {
      mkdirSync(join(root, 'holdout'));
      writeFileSync(join(root, 'holdout', 'README.md'), '# Holdout\n\n- **Size:** 3 entries\n- Date: 2026-12-05\n');
      const line = (o: object) => `${JSON.stringify(o)}\n`;
      writeFileSync(join(root, 'holdout', 'personal-data.jsonl'), line({ id: 'pd-ar-001', lang: 'ar', kind: 'personal_data', category: 'social-handle', text: 'tiktok: sara_2011' }));
      writeFileSync(join(root, 'holdout', 'profanity.jsonl'), line({ id: 'pr-es-001', lang: 'es', kind: 'profanity', category: 'insult-no-swear', text: 'mátate' }));
      writeFileSync(join(root, 'holdout', 'clean.jsonl'), `${line({ id: 'cl-en-001', lang: 'en', kind: 'clean', category: 'org-domains', text: 'Has itu.int updated its guidelines?', source: 'extra fields are ignored' })}\n`);
      const split = loadSplit('holdout', root);
      expect(split).toMatchObject({ name: 'holdout', size: '3 entries', date: '2026-12-05' });
      const m = measure(split?.entries ?? []);
      expect(m.byKind.map((t) => [t.kind, t.hits, t.entries])).toEqual([['personal_data', 1, 1], ['profanity', 1, 1], ['clean', 0, 1]]);
      expect(m.failures).toEqual([]);
      expect(loadSplit('dev', root)).toBeNull();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('FILTER-9: a bad line fails with its file and line; a kind in the wrong file fails', () => {
    const root = mkdtempSync(join(tmpdir(), 'corpora-'));
    try {
      mkdirSync(join(root, 'dev'));
      writeFileSync(join(root, 'dev', 'clean.jsonl'), '{"id":"x","lang":"en","kind":"profanity","category":"plain","text":"fuck"}\n');
      expect(() => loadSplit('dev', root)).toThrow(/clean.jsonl:1: kind profanity/);
      writeFileSync(join(root, 'dev', 'clean.jsonl'), '{"id":"x","lang":"english","kind":"clean","category":"plain","text":"hi"}\n');
      expect(() => loadSplit('dev', root)).toThrow(/clean.jsonl:1/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('FILTER-9: caught means any personal-data flag, profanity or insult, or every listed flag; clean means no flag', () => {
    const entry = { id: 'a', lang: 'en', category: 'c', text: 't' };
    expect(isHit({ ...entry, kind: 'personal_data' }, ['handle'])).toBe(true);
    expect(isHit({ ...entry, kind: 'personal_data' }, ['profanity'])).toBe(false);
    expect(isHit({ ...entry, kind: 'personal_data', flags: ['email', 'phone'] }, ['email'])).toBe(false);
    expect(isHit({ ...entry, kind: 'profanity' }, ['insult'])).toBe(true);
    expect(isHit({ ...entry, kind: 'clean' }, [])).toBe(false);
    expect(isHit({ ...entry, kind: 'clean' }, ['url'])).toBe(true);
  });
});
