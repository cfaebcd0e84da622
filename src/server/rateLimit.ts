/**
 * A token bucket: `capacity` actions at once, refilled at `perSecond`. Kept in memory only;
 * keys such as IP addresses are never stored or logged (PRIV-4).
 */
export class TokenBucket {
  #tokens: number;
  #last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.#tokens = capacity;
    this.#last = now();
  }

  take(): boolean {
    const now = this.now();
    this.#tokens = Math.min(this.capacity, this.#tokens + ((now - this.#last) / 1000) * this.perSecond);
    this.#last = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}

/** One bucket per key (e.g. per IP address), forgotten after a quiet minute. */
export class KeyedRateLimit {
  readonly #buckets = new Map<string, { bucket: TokenBucket; seen: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(key: string): boolean {
    if (this.perMinute === 0) return true;
    const now = this.now();
    if (this.#buckets.size > 10_000) {
      for (const [k, v] of this.#buckets) if (now - v.seen > 60_000) this.#buckets.delete(k);
    }
    let entry = this.#buckets.get(key);
    if (!entry) {
      entry = { bucket: new TokenBucket(this.perMinute, this.perMinute / 60, this.now), seen: now };
      this.#buckets.set(key, entry);
    }
    entry.seen = now;
    return entry.bucket.take();
  }
}
