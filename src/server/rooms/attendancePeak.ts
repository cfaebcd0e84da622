import type { PresenceView } from '../../core/views.ts';
import type { AttendancePeak } from '../store/store.ts';

/** How long a new peak waits before it is written: a join storm makes one write, not one per join. */
export const PEAK_WRITE_DELAY_MS = 1_000;

/**
 * The most participants connected at once in one room (REPORT-11), written to the store a
 * moment after it grows: the store keeps it only if it is higher than what it holds, so
 * several rooms (processes) or a reloaded room never lower it. Only counts, by channel.
 */
export class PeakRecorder {
  #best = 0;
  #pending: AttendancePeak | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly record: (peak: AttendancePeak) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Presence after someone arrived, at `now`. */
  observe(presence: PresenceView, now: number): void {
    const total = presence.onsite + presence.online + presence.undeclared;
    if (total <= this.#best) return;
    this.#best = total;
    this.#pending = { onsite: presence.onsite, online: presence.online, undeclared: presence.undeclared, at: now };
    if (this.#timer) return;
    this.#timer = setTimeout(() => void this.flush(), PEAK_WRITE_DELAY_MS);
    // A pending peak never keeps a stopping server alive.
    this.#timer.unref();
  }

  /** Drops a pending write: the room is going (erased, or released long after its last arrival). */
  cancel(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#pending = null;
  }

  /** Writes the pending peak now, if any; resolves once written (a failure goes to `onError`). */
  async flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const peak = this.#pending;
    this.#pending = null;
    if (peak) await this.record(peak).catch(this.onError);
  }
}
