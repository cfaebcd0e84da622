import type { TallyView } from './pollViews.ts';
import type { EntryResult, PollSummary } from './pollResults.ts';
import { entryKey } from './entryKey.ts';

/**
 * A tally as it travels in `tally` and `welcome` frames (POLL-24). Staff frames carry each
 * word or answer whole (its key to judge it by, its status); the public's carry every shown
 * entry as a pair `[text, count]`, its key being `entryKey(text)`, which the client works out.
 *
 * And a text is sent once (protocol 5): an entry whose text was in the poll's last public
 * broadcast goes as `[place, count]`, its place in that broadcast's entries. From one broadcast
 * to the next most of the top sixty are the same texts with new counts, so ten thousand phones
 * are sent an open-text answer's 60 characters when it first reaches the top, then 2 digits.
 * Each broadcast reaches every public client in order after its welcome, and a welcome carries
 * that last broadcast's texts (`base`), so every client can read the next one.
 */
export type PublicEntry = readonly [text: string | number, count: number];

export type WireSummary =
  | Exclude<PollSummary, { kind: 'entries' }>
  | {
      readonly kind: 'entries';
      readonly entries: readonly (EntryResult | PublicEntry)[];
      readonly distinct: number;
      /** In a welcome only: the texts of the poll's last public broadcast, which the next one names by place. */
      readonly base?: readonly string[];
    };

export type TallyWire = Omit<TallyView, 'summary'> & { readonly summary?: WireSummary | null };

/**
 * The public's texts of one word-cloud or open-text poll as its last broadcast sent them, kept
 * by the process that sends them (each process its own, for its own clients).
 */
export class PublicTexts {
  #sent: readonly string[] = [];
  #places: ReadonlyMap<string, number> = new Map();

  /** A broadcast's public tally: known texts by place; this frame's texts are then the ones named by place. */
  broadcast(view: TallyView): TallyWire {
    const wire = this.#encode(view);
    if (view.summary?.kind === 'entries') {
      this.#sent = view.summary.entries.map((e) => e.text);
      this.#places = new Map(this.#sent.map((text, place) => [text, place]));
    }
    return wire;
  }

  /** A welcome's public tally: as a broadcast's, with the last broadcast's texts as `base`; nothing is remembered. */
  welcome(view: TallyView): TallyWire {
    const wire = this.#encode(view);
    if (wire.summary?.kind !== 'entries') return wire;
    return { ...wire, summary: { ...wire.summary, base: this.#sent } };
  }

  #encode(view: TallyView): TallyWire {
    const summary = view.summary;
    if (summary?.kind !== 'entries') return view;
    const entries = summary.entries.map((e): PublicEntry => [this.#places.get(e.text) ?? e.text, e.count]);
    return { ...view, summary: { kind: 'entries', entries, distinct: summary.distinct } };
  }
}

/** A tally as the client keeps it, and the texts the poll's next public broadcast names by place. */
export interface ReadTally {
  readonly tally: TallyView;
  readonly texts: readonly string[];
}

/**
 * A tally from the wire, every entry whole again; `texts` are the ones the client kept for this
 * poll from the last frame (none before the first). A place the client cannot read (a frame
 * missed, which in-order delivery rules out) leaves that entry out rather than show a wrong text.
 */
export function tallyFromWire(wire: TallyWire, texts: readonly string[] = []): ReadTally {
  const { summary, ...rest } = wire;
  if (summary === undefined) return { tally: rest, texts };
  if (summary?.kind !== 'entries') return { tally: { ...rest, summary }, texts };
  const base = summary.base ?? texts;
  const read = summary.entries.map((e): EntryResult | null => {
    if (!isPublicEntry(e)) return e;
    const text = typeof e[0] === 'number' ? base[e[0]] : e[0];
    return text === undefined ? null : { key: entryKey(text), text, count: e[1] };
  });
  const entries = read.filter((e): e is EntryResult => e !== null);
  const publicFrame = summary.entries.some(isPublicEntry);
  // A welcome's `base` is the last broadcast's texts; a broadcast's own texts are the next one's.
  const next = summary.base ?? (publicFrame ? read.map((e) => e?.text ?? '') : texts);
  return { tally: { ...rest, summary: { kind: 'entries', entries, distinct: summary.distinct } }, texts: next };
}

function isPublicEntry(entry: EntryResult | PublicEntry): entry is PublicEntry {
  return Array.isArray(entry);
}
