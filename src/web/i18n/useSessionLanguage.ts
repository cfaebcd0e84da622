import { useEffect } from 'preact/hooks';
import { OFFERED_LOCALES, currentLocale, setLocale } from './index.ts';
import { hasStoredLocale } from './localeChoice.ts';
import { isLocale } from './locales.ts';

/**
 * Speaks the session's language once it is known (I18N-4): always on a shared screen (the
 * projector), and on a personal page (the pre-session page) unless the person chose a
 * language of their own. Not remembered on the device: it belongs to the session.
 */
export function useSessionLanguage(language: string | undefined, { personal }: { personal: boolean }): void {
  useEffect(() => {
    if (!isLocale(language) || !OFFERED_LOCALES.includes(language)) return;
    if (personal && hasStoredLocale()) return;
    // A failed fetch leaves the page in its current language; the next change tries again.
    if (language !== currentLocale.peek()) setLocale(language).catch(() => undefined);
  }, [language, personal]);
}
