/**
 * The running state of one category column while a `Profiler` reads batches. Codes are tallied in
 * a typed array per batch, and only the batch's distinct values touch the Map, so the cost per row
 * is one array increment. Memory stays bounded: once the Map holds more than ten times the cap, it
 * is cut back to the cap by the ranking rule in top-k.ts.
 */
import type { CategoryColumn } from '../data/batch.js';
import { DistinctCounter } from './distinct-sketch.js';
import { codePointLength, rankEntries, truncateTop } from './top-k.js';
import type { CategoryProfile } from './types.js';

/** How far the working Map may grow past the cap before it is cut back (a multiple of the cap). */
const WORKING_FACTOR = 10;

/** Accumulates one category column across batches. */
export class CategoryAccumulator {
  private count = 0;
  private nulls = 0;
  private other = 0;
  private truncated = false;
  private minLength = Infinity;
  private maxLength = -Infinity;
  private counts = new Map<string, number>();
  private tally = new Float64Array(0);
  /** Every distinct value, sketched, from the first truncation on (null while `counts` is complete). */
  private distinct: DistinctCounter | null = null;

  constructor(private readonly cap: number) {}

  /** Adds rows [0, length) of the column. */
  add(column: CategoryColumn, length: number): void {
    const { codes, dictionary } = column;
    if (this.tally.length < dictionary.length)
      this.tally = new Float64Array(Math.max(dictionary.length, 2 * this.tally.length));
    const tally = this.tally;
    tally.fill(0, 0, dictionary.length);
    let nulls = 0;
    for (let i = 0; i < length; i++) {
      const c = codes[i]!;
      if (c < 0) nulls++;
      else tally[c]!++;
    }
    this.nulls += nulls;
    for (let j = 0; j < dictionary.length; j++) {
      const t = tally[j]!;
      if (t === 0) continue;
      const value = dictionary[j]!;
      this.count += t;
      this.counts.set(value, (this.counts.get(value) ?? 0) + t);
      this.distinct?.addString(value);
      const len = codePointLength(value);
      if (len < this.minLength) this.minLength = len;
      if (len > this.maxLength) this.maxLength = len;
    }
    if (this.counts.size > WORKING_FACTOR * this.cap) {
      if (this.distinct === null) this.distinct = sketchOf(this.counts.keys());
      const { kept, dropped } = truncateTop(this.counts, this.cap);
      this.counts = kept;
      this.other += dropped;
      this.truncated = true;
    }
  }

  /** The column's profile so far. Does not change the state; more batches can follow. */
  finish(): CategoryProfile {
    const { kept, dropped } = truncateTop(this.counts, this.cap);
    const truncated = this.truncated || dropped > 0;
    return {
      type: 'category',
      count: this.count,
      nulls: this.nulls,
      invalid: 0,
      top: Object.fromEntries(rankEntries([...kept])),
      other: this.other + dropped,
      distinct: truncated ? null : kept.size,
      minLength: this.count > 0 ? this.minLength : null,
      maxLength: this.count > 0 ? this.maxLength : null,
      ...(truncated && { distinctSketch: (this.distinct ?? sketchOf(this.counts.keys())).toSketch() }),
    };
  }
}

function sketchOf(values: Iterable<string>): DistinctCounter {
  const sketch = new DistinctCounter();
  for (const value of values) sketch.addString(value);
  return sketch;
}
