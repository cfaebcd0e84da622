import { OFFERED_LOCALES, setLocale } from './index.ts';
import { isLocale, matchLocale, type Locale } from './locales.ts';

/**
 * The person's language choice, kept on their device under `openfloor.locale` (a language,
 * nothing about the person), so a reload or the next page speaks it too (I18N-1).
 */

const STORAGE_KEY = 'openfloor.locale';

function storedLocale(): Locale | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) && OFFERED_LOCALES.includes(value) ? value : undefined;
  } catch {
    // Storage can be off (private mode, a locked-down kiosk): the browser's languages decide.
    return undefined;
  }
}

/** Whether the person chose a language on this device (it then wins over a session's language). */
export function hasStoredLocale(): boolean {
  return storedLocale() !== undefined;
}

/** The language to start in: the person's earlier choice, else the browser's preferences. */
export function startingLocale(): Locale {
  return storedLocale() ?? matchLocale(navigator.languages, OFFERED_LOCALES);
}

/** Switches the app to `locale` and remembers the choice on this device. */
export async function chooseLocale(locale: Locale): Promise<void> {
  await setLocale(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered: the choice holds until the page is closed.
  }
}
