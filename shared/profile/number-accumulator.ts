/**
 * The running state of one number or timestamp column while a `Profiler` reads batches: the hot
 * path. Each batch is first compacted into a scratch array of its valid values (one loop that also
 * tracks min and max), then the compacted values go through Welford, to the exact buffer or the
 * sketch, and to the fixed-edge histogram. No allocation per value; the sketch's JSON record is built only by
 * `finish()`.
 */
import { NULL, VALID, type NumberColumn, type TimestampColumn } from '../data/batch.js';
import { DistinctCounter } from './distinct-sketch.js';
import { countInto, decileHistogram } from './histogram.js';
import { combineMoments, welford, type Moments } from './moments.js';
import { SketchBuilder, sketchOf } from './sketch.js';
import type { NumberProfile } from './types.js';

/** What a number column is profiled with. */
export interface NumberAccumulatorOptions {
  exactLimit: number;
  alpha: number;
  /** Fixed histogram edges, or undefined for decile edges at finish(). */
  edges: Float64Array | undefined;
}

/** Accumulates one number/timestamp column across batches. */
export class NumberAccumulator {
  private nulls = 0;
  private invalid = 0;
  private min = Infinity;
  private max = -Infinity;
  private moments: Moments = { count: 0, mean: 0, m2: 0 };
  /** Raw values while in exact mode (unsorted until finish), else null. */
  private exact: Float64Array | null = new Float64Array(0);
  private exactLength = 0;
  /** The sketch, once in sketch mode. In exact mode it is built from the values at finish(). */
  private sketch: SketchBuilder | null = null;
  /** The distinct-count sketch, once in sketch mode (the exact values count themselves before). */
  private distinct: DistinctCounter | null = null;
  private readonly histCounts: Float64Array | undefined;

  constructor(
    readonly type: 'number' | 'timestamp',
    private readonly options: NumberAccumulatorOptions,
  ) {
    if (options.edges) this.histCounts = new Float64Array(options.edges.length + 1);
  }

  /** Adds rows [0, length) of the column. `scratch` must hold at least `length` values. */
  add(column: NumberColumn | TimestampColumn, length: number, scratch: Float64Array): void {
    const { values, state } = column;
    // Local copies: imported bindings can compile to getter calls (tsx, bundlers), once per row.
    const valid = VALID;
    const isNull = NULL;
    let k = 0;
    let nulls = 0;
    let invalid = 0;
    let min = this.min;
    let max = this.max;
    for (let i = 0; i < length; i++) {
      const s = state[i];
      if (s !== valid) {
        if (s === isNull) nulls++;
        else invalid++;
        continue;
      }
      const x = values[i]! + 0; // turns -0 into 0
      if (x - x !== 0) {
        invalid++; // NaN or ±Infinity
        continue;
      }
      scratch[k++] = x;
      if (x < min) min = x;
      if (x > max) max = x;
    }
    this.nulls += nulls;
    this.invalid += invalid;
    if (k === 0) return;
    this.min = min;
    this.max = max;
    this.moments = combineMoments(this.moments, welford(scratch, k));

    if (this.exact !== null) {
      if (this.moments.count <= this.options.exactLimit) {
        this.appendExact(scratch, k);
      } else {
        // Past the limit: switch to sketch mode for good.
        this.sketch = new SketchBuilder(this.options.alpha);
        this.sketch.addValues(this.exact, this.exactLength);
        this.distinct = new DistinctCounter();
        this.distinct.addNumbers(this.exact, this.exactLength);
        this.exact = null;
        this.exactLength = 0;
      }
    }
    if (this.sketch !== null) {
      this.sketch.addValues(scratch, k);
      this.distinct!.addNumbers(scratch, k);
    }
    if (this.histCounts !== undefined) countInto(this.options.edges!, this.histCounts, scratch, k);
  }

  private appendExact(values: Float64Array, k: number): void {
    let buffer = this.exact!;
    const needed = this.exactLength + k;
    if (needed > buffer.length) {
      const grown = new Float64Array(Math.min(this.options.exactLimit, Math.max(needed, 2 * buffer.length, 64)));
      grown.set(buffer.subarray(0, this.exactLength));
      this.exact = buffer = grown;
    }
    buffer.set(values.subarray(0, k), this.exactLength);
    this.exactLength = needed;
  }

  /** The column's profile so far. Does not change the state; more batches can follow. */
  finish(): NumberProfile {
    const { count, mean, m2 } = this.moments;
    let exact: number[] | null = null;
    let sketch;
    if (this.exact !== null) {
      const sorted = this.exact.slice(0, this.exactLength).sort();
      exact = Array.from(sorted);
      sketch = sketchOf(sorted, this.options.alpha);
    } else {
      sketch = this.sketch!.toSketch();
    }
    const profile: NumberProfile = {
      type: this.type,
      count,
      nulls: this.nulls,
      invalid: this.invalid,
      min: count > 0 ? this.min : null,
      max: count > 0 ? this.max : null,
      mean: count > 0 && Number.isFinite(mean) ? mean : null,
      m2: count === 0 ? 0 : Number.isFinite(m2) ? m2 : null,
      exact,
      sketch,
      histogram: { edges: [], counts: [0], edgesFrom: 'deciles' },
      ...(this.distinct !== null && { distinctSketch: this.distinct.toSketch() }),
    };
    profile.histogram =
      this.histCounts !== undefined
        ? { edges: Array.from(this.options.edges!), counts: Array.from(this.histCounts), edgesFrom: 'given' }
        : decileHistogram(profile);
    return profile;
  }
}
