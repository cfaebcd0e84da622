import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en.ts';
import { enPublic } from '../../src/web/i18n/en.public.ts';
import { enStaff } from '../../src/web/i18n/en.staff.ts';
import { refusalsEn } from '../../src/web/i18n/refusals.en.ts';

/**
 * I18N-6: a text that says a number of things ("3 votes", "up to 5 answers") is a plural
 * message, so every language can give each of its CLDR plural forms (I18N-1 then checks that
 * each form is there). A plain text may carry a number only where no noun follows it: after a
 * label ("Online: 4"), in brackets ("To review (3)"), as an ordinal or a range ("Item 2 of 5"),
 * or before a unit's abbreviation ("12 min", "30 s"), which does not inflect.
 */

/** A placeholder that holds a count, then a word that is neither a unit's abbreviation nor "of", "to", "and". */
const COUNT = /\{(count|max|min|seconds|minutes|total|votes|duration|onsite|online)\} (?!(?:min|s|of|to|and)\b)(\p{Ll}+)/u;

/**
 * Plain texts still allowed a counted noun, each with its reason. Every entry must still be
 * plain and still match, so the list cannot outlive what it excuses.
 */
const ALLOWED: Readonly<Record<string, string>> = {
  // Two counts in one line ("in the room 4 interventions …, online 2 …"): one plural form cannot fit both.
  'desk.attached.balance': 'two counts',
};

const TEXTS: Readonly<Record<string, string>> = { ...en, ...enPublic, ...enStaff, ...refusalsEn };

const I18N_DIR = new URL('../../src/web/i18n/', import.meta.url);

/** Every text of every Arabic catalog file (`ar.ts`, `*.ar.ts`, `*.staff.ar.ts`…), found by its name, not by a list to keep up. */
async function arabicCatalogs(): Promise<Record<string, string>> {
  const files = readdirSync(I18N_DIR).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name.split('.').includes('ar'));
  expect(files).toContain('refusals.ar.ts');
  const texts: Record<string, string> = {};
  for (const file of files) {
    const module = (await import(new URL(file, I18N_DIR).href)) as Record<string, unknown>;
    for (const part of Object.values(module)) {
      if (typeof part !== 'object' || part === null) continue;
      for (const [key, text] of Object.entries(part)) if (typeof text === 'string') texts[key] = text;
    }
  }
  return texts;
}

/**
 * Arabic `.one` / `.two` forms that keep their figure, each with its reason: no noun follows
 * it as a counted thing.
 */
const ARABIC_FIGURES: Readonly<Record<string, string>> = {
  // A character counter beside a field ("12 / 1 حرف"): figures the writer compares as they type.
  'qa.charactersOf': 'a counter of characters',
  // "+1" beside the floor strip's names: a sign and a figure, no word.
  'projector.floor.moreShort': 'no noun',
};
const PLURAL = /\.(zero|one|two|few|many|other)$/;

describe('I18N-6: counted things are plural messages', () => {
  it('no plain English text puts a noun after a count, but the commented exceptions', () => {
    const counted = Object.entries(TEXTS)
      .filter(([key, text]) => !PLURAL.test(key) && COUNT.test(text))
      .map(([key]) => key)
      .sort();
    expect(counted).toEqual(Object.keys(ALLOWED).sort());
  });

  it('the rule catches a count text written without plural forms', () => {
    expect(COUNT.test('{count} interventions so far')).toBe(true);
    expect(COUNT.test('Choose up to {max} answers.')).toBe(true);
    expect(COUNT.test('Online: {count}')).toBe(false);
    expect(COUNT.test('of {minutes} min planned')).toBe(false);
    expect(COUNT.test('trying again in {seconds} s')).toBe(false);
  });

  it('the plural texts of issue 18 give English both forms', () => {
    for (const base of ['timer.warningLeft', 'qa.charactersOf', 'qa.charactersOver', 'poll.hintUpToAnswers', 'poll.hintUpToWords', 'before.durationMinutes', 'pollForm.optionsBetween', 'pollForm.errorFewOptions', 'moderator.time.limitBetween', 'moderator.time.warningUpTo', 'host.access.revokedPages', 'host.guidelines.charactersOf', 'host.agendaPlannedOf', 'rapporteur.interventionsSoFar', 'rapporteur.resultsHiddenVotes', 'report.joinedCount', 'report.interventionsMinutes', 'report.queueOverrides', 'report.votersCount', 'cockpit.next.onlineWaiting']) {
      expect(TEXTS[`${base}.one`], base).toContain('{count}');
      expect(TEXTS[`${base}.other`], base).toContain('{count}');
    }
  });

  it('I18N-6: an Arabic sentence says one and two by the noun (واحد, the dual), never as a digit before it', async () => {
    // Arabic puts no numeral before a singular or a dual noun ("2 استطلاعين" reads "two two polls"):
    // a `.one` or `.two` form of any Arabic catalog says the number by the noun alone ("شخصان",
    // "بعد مداخلتين"). A refusal's count is its first number (`{max}`, `{minutes}`), a page's `{count}`.
    const sentences = await arabicCatalogs();
    const digitBeforeNoun = Object.entries(sentences)
      .filter(([key, text]) => /\.(one|two)$/u.test(key) && (key.startsWith('refusal.') ? /\{(count|max|minutes)\}/u : /\{count\}/u).test(text))
      .map(([key]) => key.replace(/\.(one|two)$/u, ''))
      .filter((base, i, all) => all.indexOf(base) === i && !(base in ARABIC_FIGURES))
      .sort();
    expect(digitBeforeNoun).toEqual([]);
    // Every excused text still has its figure, so the list cannot outlive what it excuses.
    for (const base of Object.keys(ARABIC_FIGURES)) expect(sentences[`${base}.one`], base).toContain('{count}');
  });

});
