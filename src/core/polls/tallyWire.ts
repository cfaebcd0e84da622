import type { TallyView } from './pollViews.ts';
import type { EntryResult, PollSummary } from './pollResults.ts';
import { entryKey } from './entryKey.ts';

/**
 * A tally as it travels in `tally` and `welcome` frames (POLL-24). Staff frames carry each
 * word or answer whole (its key to judge it by, its status); the public's carry every shown
 * entry as a pair `[text, count]`: its key is `entryKey(text)`, which the client works out,
 * and every public entry is shown. Ten thousand phones are sent each entry as 15 bytes
 * instead of 47 for a word, the largest part of a word cloud's frame.
 */
export type PublicEntry = readonly [text: string, count: number];

export type WireSummary =
  | Exclude<PollSummary, { kind: 'entries' }>
  | { readonly kind: 'entries'; readonly entries: readonly (EntryResult | PublicEntry)[]; readonly distinct: number };

export type TallyWire = Omit<TallyView, 'summary'> & { readonly summary?: WireSummary | null };

/** The public's tally for the wire: shown entries as `[text, count]`. Staff tallies go as they are. */
export function publicTallyWire(view: TallyView): TallyWire {
  const summary = view.summary;
  if (summary?.kind !== 'entries') return view;
  return { ...view, summary: { kind: 'entries', entries: summary.entries.map((e): PublicEntry => [e.text, e.count]), distinct: summary.distinct } };
}

/** A tally from the wire, as the client keeps it: every entry whole again, the public's shown. */
export function tallyFromWire(wire: TallyWire): TallyView {
  const { summary, ...rest } = wire;
  if (summary === undefined) return rest;
  if (summary?.kind !== 'entries') return { ...rest, summary };
  const entries = summary.entries.map((e): EntryResult => (isPublicEntry(e) ? { key: entryKey(e[0]), text: e[0], count: e[1] } : e));
  return { ...rest, summary: { kind: 'entries', entries, distinct: summary.distinct } };
}

function isPublicEntry(entry: EntryResult | PublicEntry): entry is PublicEntry {
  return Array.isArray(entry);
}
