import type { OpenFloorClient } from '../src/client/openFloorClient.ts';
import { wallNow } from './clock.ts';
import { Histogram, type HistogramData } from './stats.ts';

/**
 * Watches screens (phones and the projector) for the vote-to-screen figure. During the
 * storm, storm votes go to options o1 and o3 only, and probe k is the k-th vote for o2 (each
 * by a different participant, one at a time), so a tally includes probe k exactly when its
 * count for o2 is at least k. Each screen records when it first holds such a tally; the
 * latency of a (probe, screen) pair is that time minus the probe's send time.
 *
 * It also counts tally frames received from the storm's start on, for the fan-out figure.
 */
export class ScreenTracker {
  /** seen[k] = times at which screens first held counts.o2 ≥ k. */
  readonly #seen: number[][] = [];
  #screens = 0;
  #windowStart = Number.POSITIVE_INFINITY;
  #windowEnd = Number.NEGATIVE_INFINITY;
  tallyFrames = 0;

  get screens(): number {
    return this.#screens;
  }

  /** Frames are counted from now on when received in [start, end]. */
  setWindow(start: number, end: number): void {
    this.#windowStart = start;
    this.#windowEnd = end;
    this.tallyFrames = 0;
  }

  watch(client: OpenFloorClient, pollId: string): void {
    this.#screens++;
    let o2 = 0;
    const check = () => {
      const now = wallNow();
      const count = client.state.tallies[pollId]?.counts?.o2 ?? 0;
      if (count <= o2) return;
      for (let k = o2 + 1; k <= count; k++) {
        let times = this.#seen[k];
        if (!times) {
          times = [];
          this.#seen[k] = times;
        }
        times.push(now);
      }
      o2 = count;
    };
    check();
    client.on('tally', () => {
      const now = wallNow();
      if (now >= this.#windowStart && now <= this.#windowEnd) this.tallyFrames++;
      check();
    });
  }

  /** Whether every screen holds counts.o2 ≥ k. */
  allSeen(k: number): boolean {
    return k === 0 || (this.#seen[k]?.length ?? 0) >= this.#screens;
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
