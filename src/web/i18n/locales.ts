/**
 * The languages the web app can speak: the six UN languages, each named in itself, with its
 * writing direction. A language is offered once its catalogs are complete (I18N-1, checked by
 * `test/unit/catalogs.test.ts`); until then the app falls back to English.
 */

import { UN_LANGUAGES, type UnLanguage } from '../../core/vocabulary.ts';

export const LOCALE_CODES = UN_LANGUAGES;
export type Locale = UnLanguage;

export interface LocaleInfo {
  /** The language's name in itself, as the language picker shows it. */
  readonly name: string;
  readonly dir: 'ltr' | 'rtl';
}

export const LOCALES: Readonly<Record<Locale, LocaleInfo>> = {
  ar: { name: 'العربية', dir: 'rtl' },
  zh: { name: '中文', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
  fr: { name: 'Français', dir: 'ltr' },
  ru: { name: 'Русский', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

/**
 * The first of `preferences` (BCP 47 tags, most wanted first, as `navigator.languages`) that
 * one of `offered` serves, by its language subtag ("fr-CA" → fr, "zh-Hant-TW" → zh); else
 * English.
 */
export function matchLocale(preferences: readonly string[], offered: readonly Locale[]): Locale {
  for (const tag of preferences) {
    const language = tag.trim().toLowerCase().split(/[-_]/)[0];
    const match = offered.find((code) => code === language);
    if (match) return match;
  }
  return 'en';
}
