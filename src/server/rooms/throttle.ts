/**
 * Runs `task` at most once per `intervalMs`: at once if it has not run for that long
 * (so a lone vote reaches the screen without delay), else once at the end of the interval
 * however often it was asked for in between (PROTO-7).
 */
export class Throttle {
  #last = Number.NEGATIVE_INFINITY;
  #timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly task: () => void,
    private readonly intervalMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  request(): void {
    if (this.#timer) return;
    const wait = this.#last + this.intervalMs - this.now();
    if (wait <= 0) {
      this.#run();
      return;
    }
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#run();
    }, wait);
  }

  cancel(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #run(): void {
    const started = this.now();
    this.task();
    // The next run waits an interval from this one's start, and at least a quarter of one
    // from its end. A broadcast to ten thousand sockets takes longer than the interval;
    // counting only from its start would let the next request run it again at once (for
    // each vote of a commit group), so that the server did nothing but broadcast.
    this.#last = Math.max(started, this.now() - (3 * this.intervalMs) / 4);
  }
}
