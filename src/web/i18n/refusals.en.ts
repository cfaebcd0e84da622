import { REFUSALS, type RefusalReason } from '../../core/refusals.ts';

/** The catalog key of a refusal's text (PROTO-8). */
export type RefusalKey = `refusal.${RefusalReason}`;

/**
 * English texts of every refusal, keyed `refusal.<reason>`: the core's own English, the one
 * source, so the two cannot drift. A translated catalog gives its own text for every key,
 * with the same `{placeholders}`.
 */
export const refusalsEn = Object.fromEntries(Object.entries(REFUSALS).map(([reason, { text }]) => [`refusal.${reason}`, text])) as Readonly<Record<RefusalKey, string>>;
