import type { OpenFloorClient } from '../src/client/openFloorClient.ts';
import type { TallyView } from '../src/core/polls/pollViews.ts';
import { wallNow } from './clock.ts';
import type { KindProbe } from './fleetProtocol.ts';
import { Histogram, type HistogramData } from './stats.ts';

/**
 * Watches screens (phones and the projector) for the vote-to-screen figure. During the
 * storm, storm votes go to options o1 and o3 only, and probe k is the k-th vote for o2 (each
 * by a different participant, one at a time), so a tally includes probe k exactly when its
 * count for o2 is at least k. Each screen records when it first holds such a tally; the
 * latency of a (probe, screen) pair is that time minus the probe's send time.
 *
 * It also counts tally frames received from the storm's start on, for the fan-out figure.
 *
 * Other poll kinds (bench/kindProbes.ts) pass a reader: what a screen's tally of the poll
 * shows of the probes, either a count n (probes 1..n are all on the screen: a word's count
 * above its base) or the list of probe numbers on it (one answer per probe).
 */
export type ProbeReader = (tally: TallyView | undefined) => number | readonly number[];

/** Single choice: probe k is the k-th vote for o2. */
export const optionTwo: ProbeReader = (tally) => tally?.counts?.o2 ?? 0;

/** The entries a tally of a word-cloud or open-text poll carries (the top ones only). */
export function entriesOf(tally: TallyView | undefined): readonly { readonly key: string; readonly text: string; readonly count: number; readonly status?: string }[] {
  return tally?.summary?.kind === 'entries' ? tally.summary.entries : [];
}

/** What a screen shows of the probes: see KindProbe. `base()` is null until the storm names it. */
export function kindReader(probe: KindProbe, base: () => number | null): ProbeReader {
  if (probe.mode === 'count') {
    return (tally) => {
      const from = base();
      if (from === null) return 0;
      const entry = entriesOf(tally).find((e) => e.key === probe.key);
      return entry ? entry.count - from : 0;
    };
  }
  return (tally) => entriesOf(tally).flatMap((e) => (e.text.startsWith(probe.prefix) ? [probe.top - Number(e.text.slice(probe.prefix.length))] : []));
}

export class ScreenTracker {
  /** seen[k] = times at which screens first held counts.o2 ≥ k. */
  readonly #seen: number[][] = [];
  #screens = 0;
  #windowStart = Number.POSITIVE_INFINITY;
  #windowEnd = Number.NEGATIVE_INFINITY;
  tallyFrames = 0;
  readonly #unsubscribe: (() => void)[] = [];

  get screens(): number {
    return this.#screens;
  }

  /** Frames are counted from now on when received in [start, end]. */
  setWindow(start: number, end: number): void {
    this.#windowStart = start;
    this.#windowEnd = end;
    this.tallyFrames = 0;
  }

  watch(client: OpenFloorClient, pollId: string, read: ProbeReader = optionTwo): void {
    this.#screens++;
    let upTo = 0;
    const held = new Set<number>();
    const record = (k: number, now: number) => {
      let times = this.#seen[k];
      if (!times) {
        times = [];
        this.#seen[k] = times;
      }
      times.push(now);
    };
    const check = () => {
      const now = wallNow();
      const shown = read(client.state.tallies[pollId]);
      if (typeof shown === 'number') {
        for (let k = upTo + 1; k <= shown; k++) record(k, now);
        upTo = Math.max(upTo, shown);
        return;
      }
      for (const k of shown) {
        if (k < 1 || held.has(k)) continue;
        held.add(k);
        record(k, now);
      }
    };
    check();
    this.#unsubscribe.push(
      client.on('tally', () => {
        const now = wallNow();
        if (now >= this.#windowStart && now <= this.#windowEnd) this.tallyFrames++;
        check();
      }),
    );
  }

  /** Stops watching every screen (the figures so far stay). */
  stop(): void {
    for (const off of this.#unsubscribe.splice(0)) off();
  }

  /** Whether every screen has shown probe k. */
  allSeen(k: number): boolean {
    return k === 0 || (this.#seen[k]?.length ?? 0) >= this.#screens;
  }

  /** Whether every screen has shown every probe from 1 to n. */
  everySeen(n: number): boolean {
    for (let k = 1; k <= n; k++) if (!this.allSeen(k)) return false;
    return true;
  }

  /**
   * Latencies of every (probe, screen) pair. A pair never seen (a screen that fell behind
   * for longer than the wait) is counted with its latency so far, at the time of this
   * report: a lower bound, flagged by `missing`.
   */
  report(probeSendTimes: readonly number[]): { pairs: HistogramData; lastScreen: (number | null)[]; missing: number; screens: number; tallyFrames: number } {
    const now = wallNow();
    const pairs = new Histogram();
    const lastScreen: (number | null)[] = [];
    let missing = 0;
    probeSendTimes.forEach((sentAt, i) => {
      const times = this.#seen[i + 1] ?? [];
      let last = Number.NEGATIVE_INFINITY;
      for (const t of times) {
        const latency = t - sentAt;
        pairs.record(latency);
        if (latency > last) last = latency;
      }
      const unseen = Math.max(0, this.#screens - times.length);
      for (let j = 0; j < unseen; j++) pairs.record(now - sentAt);
      missing += unseen;
      lastScreen.push(unseen > 0 ? now - sentAt : times.length === 0 ? null : last);
    });
    return { pairs: pairs.toJSON(), lastScreen, missing, screens: this.#screens, tallyFrames: this.tallyFrames };
  }
}
