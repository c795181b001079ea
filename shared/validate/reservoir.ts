/**
 * A bounded, seeded reservoir sample (Vitter's algorithm R) of a column's values, for current-data
 * quantiles in distribution checks. Exact (every value kept) up to `capacity` values; beyond it,
 * a uniform sample whose quantile rank error has standard deviation √(q(1−q)/capacity), about
 * 0.0016 at the median for the default 100,000. Deterministic: the same data gives the same sample.
 */

/** Default number of values kept per column (800 KB). */
export const RESERVOIR_CAPACITY = 100_000;

/** A uniform sample of at most `capacity` values. */
export class Reservoir {
  private readonly sample: Float64Array;
  private seen = 0;
  private state: number;

  constructor(
    readonly capacity = RESERVOIR_CAPACITY,
    seed = 0x9e3779b9,
  ) {
    this.sample = new Float64Array(capacity);
    this.state = seed >>> 0 || 1;
  }

  /** Values offered so far. */
  get count(): number {
    return this.seen;
  }

  /** Whether every offered value is still in the sample. */
  get exact(): boolean {
    return this.seen <= this.capacity;
  }

  /** Offers one value. */
  add(value: number): void {
    if (this.seen < this.capacity) {
      this.sample[this.seen++] = value;
      return;
    }
    this.seen += 1;
    const j = Math.floor(this.random() * this.seen);
    if (j < this.capacity) this.sample[j] = value;
  }

  /** The sample, sorted ascending (a copy). */
  sorted(): Float64Array {
    return this.sample.slice(0, Math.min(this.seen, this.capacity)).sort();
  }

  /** xorshift32 in [0, 1); statistical quality is ample for sampling. */
  private random(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 4294967296;
  }
}
