import { en } from './en.ts';
import type { enPublic } from './en.public.ts';
import type { enStaff } from './en.staff.ts';

/**
 * Turns message keys into text for the current locale. Only English exists yet; the other
 * UN languages (Arabic right-to-left) plug in here as catalogs with the same keys.
 *
 * The texts come in parts (I18N-2): the phone's first screen ships with the main bundle
 * (en.ts); the public pages' and the staff pages' texts are fetched with their pages
 * (`loadTexts`), so a participant's phone never downloads the moderator's or host's texts.
 */

/** Every key of every part. */
export type MessageKey = keyof typeof en | keyof typeof enPublic | keyof typeof enStaff;

/** A part of the texts loaded with the pages that need it. */
export type TextPart = 'public' | 'staff';

/** A parameter value; numbers are formatted for the locale. */
export type MessageParam = string | number;

/** Keys of plural messages, without their `.one` / `.other` suffix. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

export const locale = 'en';
/** Writing direction of the locale, set on <html dir>. */
export const direction: 'ltr' | 'rtl' = 'ltr';

const catalog: Partial<Record<MessageKey, string>> = { ...en };
const numbers = new Intl.NumberFormat(locale);
const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
const plurals = new Intl.PluralRules(locale);

const PARTS: Record<TextPart, () => Promise<Readonly<Record<string, string>>>> = {
  public: () => import('./en.public.ts').then((m) => m.enPublic),
  staff: () => import('./en.staff.ts').then((m) => m.enStaff),
};
const loading = new Map<TextPart, Promise<void>>();

/** Fetches the texts of `parts` (once each) and adds them to the catalog. */
export function loadTexts(parts: readonly TextPart[]): Promise<void> {
  return Promise.all(
    parts.map((part) => {
      let pending = loading.get(part);
      if (!pending) {
        pending = PARTS[part]().then((texts) => void Object.assign(catalog, texts));
        // A failed fetch (a dropped connection) may be tried again by the next page load.
        pending.catch(() => loading.delete(part));
        loading.set(part, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** `share` is a fraction: 0.42 → "42%". */
export function formatPercent(share: number): string {
  return percents.format(share);
}

/** Whether the catalog has `key` (for keys built from data, such as an audit line's action). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalog, key);
}

/** The message for `key`, with `{name}` placeholders replaced by `params`. */
export function t(key: MessageKey, params?: Readonly<Record<string, MessageParam>>): string {
  const template = catalog[key];
  if (template === undefined) {
    // A page showed a text of a part it did not load: a bug the e2e suite's console check catches.
    console.error(`OpenFloor: no text for "${key}" (is its part loaded with the page?)`);
    return key;
  }
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** The plural form of `key` that fits `count` (e.g. "1 vote", "23 votes"); `{count}` is filled in. */
export function tn(key: PluralKey, count: number, params?: Readonly<Record<string, MessageParam>>): string {
  const form = `${key}.${plurals.select(count)}`;
  const chosen = (form in catalog ? form : `${key}.other`) as MessageKey;
  return t(chosen, { ...params, count });
}
