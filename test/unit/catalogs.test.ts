import { describe, expect, it } from 'vitest';
import { OFFERED_LOCALES, TEXT_SOURCES } from '../../src/web/i18n/index.ts';
import { LOCALE_CODES, type Locale } from '../../src/web/i18n/locales.ts';

/**
 * I18N-1: every offered language has every text of every part, with the English text's
 * placeholders, and a plural text in each of the language's CLDR plural categories.
 */

const PARTS = ['main', 'public', 'staff', 'later'] as const;
const PLURAL = /^(.+)\.(zero|one|two|few|many|other)$/;

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}

async function texts(locale: Locale, part: (typeof PARTS)[number]): Promise<Readonly<Record<string, string>>> {
  const source = TEXT_SOURCES[locale];
  if (!source) throw new Error(`${locale} is not offered`);
  return source[part]();
}

/** The keys `locale` must have for English's `keys`: each plural base in every category of the language. */
function expectedKeys(english: readonly string[], locale: Locale): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const plain = english.filter((key) => !PLURAL.test(key));
  const bases = new Set(english.flatMap((key) => PLURAL.exec(key)?.[1] ?? []));
  return [...plain, ...[...bases].flatMap((base) => categories.map((category) => `${base}.${category}`))].sort();
}

describe('I18N-1: complete catalogs', () => {
  it('English is offered, and only the six UN languages can be', () => {
    expect(OFFERED_LOCALES).toContain('en');
    for (const locale of OFFERED_LOCALES) expect(LOCALE_CODES).toContain(locale);
  });

  it('English writes every plural text as a one/other pair', async () => {
    for (const part of PARTS) {
      const keys = Object.keys(await texts('en', part));
      expect(keys.filter((key) => PLURAL.test(key)).sort()).toEqual(expectedKeys(keys, 'en').filter((key) => PLURAL.test(key)));
    }
  });

  for (const locale of OFFERED_LOCALES.filter((code) => code !== 'en')) {
    it(`${locale}: every part has exactly English's texts, the same placeholders and every plural category`, async () => {
      for (const part of PARTS) {
        const english = await texts('en', part);
        const translated = await texts(locale, part);
        expect({ part, keys: Object.keys(translated).sort() }).toEqual({ part, keys: expectedKeys(Object.keys(english), locale) });
        for (const [key, text] of Object.entries(translated)) {
          expect(text.trim(), `${locale} ${key} is empty`).not.toBe('');
          const plural = PLURAL.exec(key);
          const source = plural ? english[`${plural[1] ?? ''}.other`] : english[key];
          const wanted = placeholders(source ?? '');
          // A plural form may leave out its number where the language says it in words ("two votes",
          // Arabic's one and two): {count}, or a refusal's count, its first placeholder (I18N-6).
          const got = placeholders(text);
          const first = /\{(\w+)\}/.exec(source ?? '')?.[1];
          const number = (name: string) => name === 'count' || (key.startsWith('refusal.') && name === first);
          if (plural && plural[2] !== 'other') expect(got.filter((name) => !number(name)), `${locale} ${key}`).toEqual(wanted.filter((name) => !number(name)));
          else expect(got, `${locale} ${key}`).toEqual(wanted);
        }
      }
    });
  }
});
