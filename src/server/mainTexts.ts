import { fillMessage, localeNumbers } from '../core/localeNumbers.ts';
import { ar } from '../web/i18n/ar.ts';
import { en } from '../web/i18n/en.ts';
import { es } from '../web/i18n/es.ts';
import { fr } from '../web/i18n/fr.ts';
import type { Locale } from '../web/i18n/locales.ts';
import { ru } from '../web/i18n/ru.ts';
import { zh } from '../web/i18n/zh.ts';

/**
 * The pages' main catalogs, for what the server writes in a person's or a session's language:
 * a join link's room choice (WEB-6) and a poll's exported chart (I18N-14). They are plain data
 * (no page code), so the server reads the very texts the phones and the projector show rather
 * than a second translation that could drift from them.
 */
export const MAIN_TEXTS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en, ar, zh, fr, ru, es };

/** A language's main catalog with its numbers, as `t` and `tn` read it on a page. */
export interface ServerCatalog {
  readonly locale: Locale;
  readonly text: (key: string, params?: Readonly<Record<string, string | number>>) => string;
  /** The plural message `base` for `count`, its `{count}` filled in; `.other` when the form is missing. */
  readonly plural: (base: string, count: number) => string;
  readonly number: (value: number) => string;
  readonly percent: (share: number) => string;
}

/** The catalog of `locale` (a session's language). */
export function serverCatalog(locale: Locale): ServerCatalog {
  const texts = MAIN_TEXTS[locale];
  const numbers = localeNumbers(locale);
  // A key missing here is a catalog bug that I18N-1's check catches; the English text stands in.
  const text = (key: string, params: Readonly<Record<string, string | number>> = {}) => fillMessage(texts[key] ?? en[key as keyof typeof en] ?? key, params, numbers.number);
  return {
    locale,
    text,
    plural: (base, count) => {
      const form = `${base}.${numbers.pluralForm(count)}`;
      return text(form in texts ? form : `${base}.other`, { count });
    },
    number: numbers.number,
    percent: numbers.percent,
  };
}
