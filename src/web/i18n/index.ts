import { en, type MessageKey } from './en.ts';

/**
 * Turns message keys into text for the current locale. Only English exists yet; the other
 * UN languages (Arabic right-to-left) plug in here as catalogs with the same keys.
 */

export type { MessageKey };

/** A parameter value; numbers are formatted for the locale. */
export type MessageParam = string | number;

/** Keys of plural messages, without their `.one` / `.other` suffix. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

export const locale = 'en';
/** Writing direction of the locale, set on <html dir>. */
export const direction: 'ltr' | 'rtl' = 'ltr';

const catalog: Readonly<Record<MessageKey, string>> = en;
const numbers = new Intl.NumberFormat(locale);
const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
const plurals = new Intl.PluralRules(locale);

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
