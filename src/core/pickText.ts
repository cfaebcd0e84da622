import type { UnLanguage } from './vocabulary.ts';

/**
 * The text a person reading `language` sees (I18N-5): the version in their language when the
 * host wrote one, else `base` (written in the session's language). Shared screens pass the
 * session's language, so they show `base` unless the host translated into it too. Apart from
 * the translations' schemas (`planTexts.ts`) so the phone's bundle does not carry zod (WEB-7).
 */
export function pickText(
  base: string,
  translations: Partial<Record<UnLanguage, Readonly<Record<string, unknown>>>> | undefined,
  field: string,
  language: string,
): string {
  const version = translations?.[language as UnLanguage]?.[field];
  return typeof version === 'string' && version.length > 0 ? version : base;
}
