/** How a periodic job runs its passes and reports what failed. */
export interface PeriodicPassOptions<T> {
  /** One pass of the job. */
  readonly run: () => Promise<T>;
  /** What a pass that failed reports (its error goes to `onError`). */
  readonly failed: T;
  readonly intervalMs: number;
  readonly onError: (error: unknown, context: string) => void;
  /** Names the job in `onError`'s context. */
  readonly label: string;
}

/**
 * A job's passes: one at start, then one every `intervalMs`, never two at once; the timer never
 * keeps the process alive, and a pass never rejects. The retention job (RETAIN-1) and the quiz
 * sweep (POLL-61) are such jobs.
 */
export class PeriodicPass<T> {
  #timer: ReturnType<typeof setInterval> | null = null;
  #pass: Promise<T> | null = null;

  constructor(private readonly options: PeriodicPassOptions<T>) {}

  /** Runs a pass now, then every `intervalMs`. */
  start(): void {
    if (this.#timer) return;
    void this.runOnce();
    this.#timer = setInterval(() => void this.runOnce(), this.options.intervalMs);
    this.#timer.unref();
  }

  /** Stops the timer and waits for a pass under way. */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#pass;
  }

  /** Runs one pass (or joins the one under way); failures go to `onError`. */
  runOnce(): Promise<T> {
    this.#pass ??= this.options
      .run()
      .catch((error: unknown) => {
        this.options.onError(error, this.options.label);
        return this.options.failed;
      })
      .finally(() => {
        this.#pass = null;
      });
    return this.#pass;
  }
}
