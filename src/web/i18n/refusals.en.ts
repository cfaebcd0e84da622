import { REFUSALS, type PluralRefusalReason, type RefusalReason } from '../../core/refusals.ts';

/**
 * The catalog keys of the refusals' texts (PROTO-8): `refusal.<reason>`, or for a text that
 * counts things a plural message, `refusal.<reason>.one` / `.other` (I18N-6).
 */
export type RefusalKey = `refusal.${Exclude<RefusalReason, PluralRefusalReason>}` | `refusal.${PluralRefusalReason}.${'one' | 'other'}`;

/**
 * English texts of every refusal: the core's own English, the one source, so the two cannot
 * drift. A text part of its own (I18N-2), fetched when the browser is idle or when a refusal
 * is first shown, so that neither these texts nor `core/refusals.ts` are in the phone's first
 * script (WEB-7). A translated catalog gives its own text for every key, with the same
 * `{placeholders}`, and a counting text in each of its language's plural forms.
 */
export const refusalsEn = Object.fromEntries(
  Object.entries(REFUSALS).flatMap(([reason, entry]: [string, { readonly text: string; readonly one?: string }]) =>
    entry.one === undefined
      ? [[`refusal.${reason}`, entry.text]]
      : [
          [`refusal.${reason}.one`, entry.one],
          [`refusal.${reason}.other`, entry.text],
        ],
  ),
) as Readonly<Record<RefusalKey, string>>;
