import { describe, expect, it } from 'vitest';
import { LOCALE_CODES, LOCALES, isLocale, matchLocale } from './locales.ts';

describe('locales (I18N-1)', () => {
  it('knows the six UN languages, Arabic right to left', () => {
    expect([...LOCALE_CODES].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    expect(Object.entries(LOCALES).filter(([, info]) => info.dir === 'rtl').map(([code]) => code)).toEqual(['ar']);
    expect(isLocale('fr')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('picks the first preference an offered language serves, by its language subtag, else English', () => {
    const all = [...LOCALE_CODES];
    expect(matchLocale(['fr-CA', 'en-US'], all)).toBe('fr');
    expect(matchLocale(['de-DE', 'ru'], all)).toBe('ru');
    expect(matchLocale(['zh-Hant-TW'], all)).toBe('zh');
    expect(matchLocale(['AR_eg'], all)).toBe('ar');
    expect(matchLocale(['de', 'it'], all)).toBe('en');
    expect(matchLocale([], all)).toBe('en');
    // A language whose catalog is not offered is passed over.
    expect(matchLocale(['fr', 'es'], ['en', 'es'])).toBe('es');
  });
});
