/**
 * Grouped commits: writes that arrive while a commit is running wait and go together in the
 * next one, so under load many writes share one transaction (and one fsync) while a lone
 * write still commits at once. Each write's promise resolves after its own commit, in the
 * order the writes arrived.
 */
export class GroupCommit<T> {
  #queue: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  #running = false;

  constructor(
    private readonly commit: (items: T[]) => Promise<void>,
    private readonly maxGroup = 5_000,
  ) {}

  write(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (!this.#running) void this.#drain();
    });
  }

  /** Writes waiting for a commit, for metrics. */
  get waiting(): number {
    return this.#queue.length;
  }

  async #drain(): Promise<void> {
    this.#running = true;
    // Let the writes of this turn of the event loop join the first group.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.#queue.length > 0) {
      const group = this.#queue.splice(0, this.maxGroup);
      try {
        await this.commit(group.map((w) => w.item));
        for (const w of group) w.resolve();
      } catch (error) {
        for (const w of group) w.reject(error);
      }
    }
    this.#running = false;
  }
}
