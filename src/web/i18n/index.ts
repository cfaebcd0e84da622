import { signal } from '@preact/signals';
import { fillMessage, localeNumbers } from '../../core/localeNumbers.ts';
import { en } from './en.ts';
import type { enPublic } from './en.public.ts';
import type { enStaff } from './en.staff.ts';
import type { laterEn } from './later.en.ts';
import { LOCALES, isLocale, type Locale } from './locales.ts';

/**
 * Turns message keys into text in the person's language (I18N-1).
 *
 * The texts come in parts (I18N-2): the phone's first screen ships with the main bundle
 * (en.ts); the public pages' and the staff pages' texts are fetched with their pages
 * (`loadTexts`), so a participant's phone never downloads the moderator's or host's texts.
 * The texts a page needs only after its first screen (the refusals, a shown breakdown, a paired
 * poll's shift, the notes inside a call) are the `later` part, fetched when the browser is idle
 * or when one is first wanted (`laterTexts.ts`), so the phone's first script is lighter (WEB-7).
 * Another language's parts are fetched when it is chosen (`setLocale`); components re-render
 * in it without losing their state, because `t()` reads a signal.
 */

/** Every key of every part. */
export type MessageKey = keyof typeof en | keyof typeof enPublic | keyof typeof enStaff | keyof typeof laterEn;

/** A part of the texts loaded with the pages that need it. */
export type TextPart = 'public' | 'staff' | 'later';
type PartName = 'main' | TextPart;
type Texts = Readonly<Record<string, string>>;

/** A parameter value; numbers are formatted for the locale. */
export type MessageParam = string | number;

/** Keys of plural messages, without their `.one` / `.other` suffix. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}.other` ? Base : never }[MessageKey];

/** Where each offered language's parts come from; a language joins when its catalogs are complete (I18N-1). */
export const TEXT_SOURCES: Partial<Record<Locale, Readonly<Record<PartName, () => Promise<Texts>>>>> = {
  en: {
    main: () => Promise.resolve(en),
    public: () => import('./en.public.ts').then((m) => m.enPublic),
    staff: () => import('./en.staff.ts').then((m) => m.enStaff),
    later: () => import('./later.en.ts').then((m) => m.laterEn),
  },
  ar: {
    main: () => import('./ar.ts').then((m) => m.ar),
    public: () => import('./ar.public.ts').then((m) => m.arPublic),
    staff: () => import('./ar.staff.ts').then((m) => m.arStaff),
    later: () => import('./later.ar.ts').then((m) => m.laterAr),
  },
  zh: {
    main: () => import('./zh.ts').then((m) => m.zh),
    public: () => import('./zh.public.ts').then((m) => m.zhPublic),
    staff: () => import('./zh.staff.ts').then((m) => m.zhStaff),
    later: () => import('./later.zh.ts').then((m) => m.laterZh),
  },
  fr: {
    main: () => import('./fr.ts').then((m) => m.fr),
    public: () => import('./fr.public.ts').then((m) => m.frPublic),
    staff: () => import('./fr.staff.ts').then((m) => m.frStaff),
    later: () => import('./later.fr.ts').then((m) => m.laterFr),
  },
  es: {
    main: () => import('./es.ts').then((m) => m.es),
    public: () => import('./es.public.ts').then((m) => m.esPublic),
    staff: () => import('./es.staff.ts').then((m) => m.esStaff),
    later: () => import('./later.es.ts').then((m) => m.laterEs),
  },
  ru: {
    main: () => import('./ru.ts').then((m) => m.ru),
    public: () => import('./ru.public.ts').then((m) => m.ruPublic),
    staff: () => import('./ru.staff.ts').then((m) => m.ruStaff),
    later: () => import('./later.ru.ts').then((m) => m.laterRu),
  },
};

/** The languages a person can choose, in the order of LOCALES. */
export const OFFERED_LOCALES: readonly Locale[] = Object.keys(LOCALES).filter((code): code is Locale => isLocale(code) && TEXT_SOURCES[code] !== undefined);

/** The language the app speaks now. */
export const currentLocale = signal<Locale>('en');
/** Bumped whenever the catalog changes, so every component that shows a text re-renders. */
const textsVersion = signal(0);

let catalog: Record<string, string> = { ...en };
// The exports write numbers with the same definition, so they agree with the projector (I18N-14).
let numbers = localeNumbers('en');
/** The parts the pages shown so far asked for: a language change fetches them too. */
const wantedParts = new Set<TextPart>();
/** The parts whose texts are in the catalog now, in the current language. */
const loadedParts = new Set<TextPart>();
const fetched = new Map<string, Promise<Texts>>();

function fetchPart(locale: Locale, part: PartName): Promise<Texts> {
  const source = TEXT_SOURCES[locale];
  if (!source) return Promise.reject(new Error(`OpenFloor: no texts for ${locale}`));
  const id = `${locale}:${part}`;
  let pending = fetched.get(id);
  if (!pending) {
    pending = source[part]();
    // A failed fetch (a dropped connection) may be tried again by the next page load.
    pending.catch(() => fetched.delete(id));
    fetched.set(id, pending);
  }
  return pending;
}

/** Fetches the texts of `parts` (once each) in the current language and adds them to the catalog. */
export function loadTexts(parts: readonly TextPart[]): Promise<void> {
  for (const part of parts) wantedParts.add(part);
  const locale = currentLocale.peek();
  return Promise.all(parts.map((part) => fetchPart(locale, part))).then((texts) => {
    // A language chosen meanwhile has fetched these parts itself.
    if (locale !== currentLocale.peek()) return;
    Object.assign(catalog, ...texts);
    for (const part of parts) loadedParts.add(part);
    textsVersion.value += 1;
  });
}

/** Switches to `locale`: fetches its main part and every part already shown, then re-renders. */
export async function setLocale(locale: Locale): Promise<void> {
  const parts: PartName[] = ['main', ...wantedParts];
  const texts = await Promise.all(parts.map((part) => fetchPart(locale, part)));
  catalog = Object.assign({}, ...texts) as Record<string, string>;
  loadedParts.clear();
  for (const part of parts) if (part !== 'main') loadedParts.add(part);
  numbers = localeNumbers(locale);
  document.documentElement.lang = locale;
  document.documentElement.dir = LOCALES[locale].dir;
  currentLocale.value = locale;
  textsVersion.value += 1;
}

export function formatNumber(value: number): string {
  return numbers.number(value);
}

/** `share` is a fraction: 0.42 → "42%". */
export function formatPercent(share: number): string {
  return numbers.percent(share);
}

/** To one decimal, as the report's documents write shares: 0.3333 → "33.3%". */
export function formatPercentTenths(share: number): string {
  return numbers.percentTenths(share);
}

/** A moment (epoch ms) as a date and time in the app's language, e.g. `{ dateStyle: 'medium' }`. */
export function formatDateTime(at: number, options: Intl.DateTimeFormatOptions): string {
  void textsVersion.value;
  return new Intl.DateTimeFormat(currentLocale.peek(), options).format(at);
}

/** Whether the texts of `part` are in the catalog (in the current language). */
export function hasTexts(part: TextPart): boolean {
  // Read so that a component that asked re-renders once the part is in.
  void textsVersion.value;
  return loadedParts.has(part);
}

/** Whether the catalog has `key` (for keys built from data, such as an audit line's action). */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalog, key);
}

/** The message for `key`, with `{name}` placeholders replaced by `params`. */
export function t(key: MessageKey, params?: Readonly<Record<string, MessageParam>>): string {
  // Read so that a component showing this text re-renders when the language or a part changes.
  void textsVersion.value;
  const template = catalog[key];
  if (template === undefined) {
    // A page showed a text of a part it did not load: a bug the e2e suite's console check catches.
    console.error(`OpenFloor: no text for "${key}" (is its part loaded with the page?)`);
    return key;
  }
  if (!params) return template;
  return fillMessage(template, params, formatNumber);
}

/**
 * The key of the plural form of `base` that fits `count` in the current language (`.other` when
 * the catalog lacks that form), for a plural text whose count is not named `{count}`.
 */
export function pluralKey(base: string, count: number): MessageKey {
  const form = `${base}.${numbers.pluralForm(count)}`;
  return (form in catalog ? form : `${base}.other`) as MessageKey;
}

/** The plural form of `key` that fits `count` (e.g. "1 vote", "23 votes"); `{count}` is filled in. */
export function tn(key: PluralKey, count: number, params?: Readonly<Record<string, MessageParam>>): string {
  void textsVersion.value;
  const form = `${key}.${numbers.pluralForm(count)}`;
  const chosen = (form in catalog ? form : `${key}.other`) as MessageKey;
  return t(chosen, { ...params, count });
}
