/**
 * A mergeable latency histogram with logarithmic buckets (0.5 % wide), so that fleet
 * processes can send a few hundred numbers instead of every sample. Percentiles are exact to
 * within half a bucket, and clamped to the exact minimum and maximum.
 */

const GROWTH = 1.005;
const LOG_GROWTH = Math.log(GROWTH);
/** Smallest value told apart (ms); smaller and negative values fall in the first bucket. */
const FLOOR = 0.001;

export interface HistogramData {
  readonly buckets: [index: number, count: number][];
  readonly count: number;
  readonly sum: number;
  readonly min: number;
  readonly max: number;
  /** Samples below zero (clock skew between processes): counted, recorded as FLOOR. */
  readonly negative: number;
}

export class Histogram {
  readonly #buckets = new Map<number, number>();
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  negative = 0;

  static from(data: HistogramData): Histogram {
    const h = new Histogram();
    h.merge(data);
    return h;
  }

  record(value: number): void {
    if (!Number.isFinite(value)) return;
    if (value < 0) this.negative++;
    const v = Math.max(value, FLOOR);
    const index = Math.floor(Math.log(v / FLOOR) / LOG_GROWTH);
    this.#buckets.set(index, (this.#buckets.get(index) ?? 0) + 1);
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  merge(data: HistogramData): void {
    for (const [index, count] of data.buckets) this.#buckets.set(index, (this.#buckets.get(index) ?? 0) + count);
    this.count += data.count;
    this.sum += data.sum;
    this.negative += data.negative;
    if (data.count > 0) {
      this.min = Math.min(this.min, data.min);
      this.max = Math.max(this.max, data.max);
    }
  }

  /** The value below which `p` (0..100) per cent of the samples fall; NaN when empty. */
  percentile(p: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil((p / 100) * this.count));
    let seen = 0;
    for (const index of [...this.#buckets.keys()].sort((a, b) => a - b)) {
      seen += this.#buckets.get(index) ?? 0;
      if (seen >= rank) {
        const mid = FLOOR * GROWTH ** (index + 0.5);
        return Math.min(this.max, Math.max(this.min, mid));
      }
    }
    return this.max;
  }

  get mean(): number {
    return this.count === 0 ? Number.NaN : this.sum / this.count;
  }

  toJSON(): HistogramData {
    return { buckets: [...this.#buckets.entries()], count: this.count, sum: this.sum, min: this.min, max: this.max, negative: this.negative };
  }
}

/** Exact percentile of a small sample (sorted copy); NaN when empty. */
export function percentileOf(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** A summary fit for JSON output. */
export function summary(h: Histogram): { count: number; p50: number; p90: number; p99: number; max: number; mean: number } {
  return { count: h.count, p50: h.percentile(50), p90: h.percentile(90), p99: h.percentile(99), max: h.count ? h.max : Number.NaN, mean: h.mean };
}
