/**
 * How a language writes numbers and picks plural forms: one definition for the pages (the
 * projector, the phones) and the server's exports, so an exported chart writes its numbers as
 * the projector does (I18N-14). Pure: `Intl` only, the same on the server and in the browser.
 */
export interface LocaleNumbers {
  /** A count, grouped as the language does ("1,234"). */
  readonly number: (value: number) => string;
  /** A fraction as a whole percentage: 0.42 → "42%". */
  readonly percent: (share: number) => string;
  /** A fraction as a percentage to one decimal: 0.3333 → "33.3%". */
  readonly percentTenths: (share: number) => string;
  /** The CLDR plural form of a count ("one", "two", "few", …). */
  readonly pluralForm: (count: number) => Intl.LDMLPluralRule;
}

export function localeNumbers(locale: string): LocaleNumbers {
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const percentTenths = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const plurals = new Intl.PluralRules(locale);
  return {
    number: (value) => numbers.format(value),
    percent: (share) => percents.format(share),
    percentTenths: (share) => percentTenths.format(share),
    pluralForm: (count) => plurals.select(count),
  };
}

/** `template` with each `{name}` replaced by its parameter, a number written by `number`; an unknown placeholder stays. */
export function fillMessage(template: string, params: Readonly<Record<string, string | number>>, number: (value: number) => string): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? number(value) : value;
  });
}
