/**
 * The quantile sketch used once a column has too many values to keep: DDSketch (Masson, Rim & Lee,
 * VLDB 2019) with an unbounded dense store, so two sketches merge exactly by adding bucket counts.
 *
 * Hand-written on purpose: the bucket layout is part of the profile's JSON contract (it has to be
 * reproducible from SQL engines, see docs/profiles.md), and the hot path has to run over a whole
 * Float64Array without a call per value. DataDog's `sketches-js` keeps its buckets private and
 * serialises to protobuf only, and collapsing stores would break exact merges.
 *
 * Guarantee: for a value x in bucket i, the bucket's representative 2·gamma^i / (gamma + 1) is
 * within relative error alpha of x, so every order statistic the sketch returns is within alpha
 * (relative) of the true one.
 */
import type { QuantileSketch } from './types.js';

/** Values with |x| below this (the smallest normal double) count as zero. */
export const MIN_INDEXABLE = 2.2250738585072014e-308;

/** The log mapping for a relative accuracy: gamma, and the multiplier 1 / ln(gamma). */
export interface SketchMapping {
  readonly alpha: number;
  readonly gamma: number;
  /** Bucket index of x > 0 is `Math.ceil(Math.log(x) * multiplier)`. */
  readonly multiplier: number;
}

/** The mapping for `alpha`: gamma = (1 + alpha) / (1 - alpha). */
export function sketchMapping(alpha: number): SketchMapping {
  const gamma = (1 + alpha) / (1 - alpha);
  return { alpha, gamma, multiplier: 1 / Math.log1p((2 * alpha) / (1 - alpha)) };
}

/**
 * The value the sketch stores `x` as (its bucket's representative, sign kept; 0 below the smallest
 * normal double). Comparing raw values with a sketched reference must go through this, or values
 * that sit on a bin edge (discrete data) land on the other side of it.
 */
export function sketchRepresentative(x: number, mapping: SketchMapping): number {
  const a = Math.abs(x);
  if (a < MIN_INDEXABLE) return 0;
  return Math.sign(x) * bucketValue(Math.ceil(Math.log(a) * mapping.multiplier), mapping);
}

/** The value that represents bucket `index` (positive side): within alpha of anything in the bucket. */
export function bucketValue(index: number, mapping: SketchMapping): number {
  return (2 * Math.pow(mapping.gamma, index)) / (mapping.gamma + 1);
}

/** An empty sketch. */
export function emptySketch(alpha: number): QuantileSketch {
  return { alpha, zeroCount: 0, positive: {}, negative: {} };
}

/** Bucket counts over a contiguous index range; grows in either direction, at least doubling. */
class DenseCounts {
  counts = new Float64Array(0);
  offset = 0;

  /** Makes room for bucket `index`. */
  grow(index: number): void {
    const len = this.counts.length;
    if (len === 0) {
      this.offset = index - 64;
      this.counts = new Float64Array(128);
      return;
    }
    let lo = this.offset;
    let hi = this.offset + len - 1;
    if (index < lo) lo = Math.min(index - 32, lo - len);
    if (index > hi) hi = Math.max(index + 32, hi + len);
    const next = new Float64Array(hi - lo + 1);
    next.set(this.counts, this.offset - lo);
    this.counts = next;
    this.offset = lo;
  }

  /** The non-zero counts as a JSON record keyed by bucket index. */
  toRecord(): Record<string, number> {
    const out: Record<string, number> = {};
    const { counts, offset } = this;
    for (let j = 0; j < counts.length; j++) if (counts[j]! > 0) out[String(j + offset)] = counts[j]!;
    return out;
  }
}

/** Builds a sketch from values in bulk; only `toSketch()` produces the JSON record. */
export class SketchBuilder {
  readonly mapping: SketchMapping;
  private zeroCount = 0;
  private readonly positive = new DenseCounts();
  private readonly negative = new DenseCounts();

  constructor(alpha: number) {
    this.mapping = sketchMapping(alpha);
  }

  /**
   * Adds `values[0..length)`. The values must be finite. The positive and negative branches are
   * written out on purpose: this runs once per value, and keeping both stores' arrays in locals
   * (instead of one helper taking a store) keeps the loop free of calls and property loads.
   */
  addValues(values: Float64Array, length: number): void {
    const multiplier = this.mapping.multiplier;
    const pos = this.positive;
    const neg = this.negative;
    let pc = pos.counts;
    let po = pos.offset;
    let nc = neg.counts;
    let no = neg.offset;
    let zeros = 0;
    for (let i = 0; i < length; i++) {
      const x = values[i]!;
      if (x >= MIN_INDEXABLE) {
        const index = Math.ceil(Math.log(x) * multiplier);
        let j = index - po;
        if (j < 0 || j >= pc.length) {
          pos.grow(index);
          pc = pos.counts;
          po = pos.offset;
          j = index - po;
        }
        pc[j]!++;
      } else if (x <= -MIN_INDEXABLE) {
        const index = Math.ceil(Math.log(-x) * multiplier);
        let j = index - no;
        if (j < 0 || j >= nc.length) {
          neg.grow(index);
          nc = neg.counts;
          no = neg.offset;
          j = index - no;
        }
        nc[j]!++;
      } else {
        zeros++;
      }
    }
    this.zeroCount += zeros;
  }

  /** The sketch as its JSON record. */
  toSketch(): QuantileSketch {
    return {
      alpha: this.mapping.alpha,
      zeroCount: this.zeroCount,
      positive: this.positive.toRecord(),
      negative: this.negative.toRecord(),
    };
  }
}

/** Sketch of the given finite values. */
export function sketchOf(values: Float64Array, alpha: number, length = values.length): QuantileSketch {
  const builder = new SketchBuilder(alpha);
  builder.addValues(values, length);
  return builder.toSketch();
}

function addRecords(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** Exact merge: adds bucket counts. The caller checks that both have the same alpha. */
export function mergeSketches(a: QuantileSketch, b: QuantileSketch): QuantileSketch {
  if (a.alpha !== b.alpha) throw new Error(`Cannot merge sketches with alpha ${a.alpha} and ${b.alpha}`);
  return {
    alpha: a.alpha,
    zeroCount: a.zeroCount + b.zeroCount,
    positive: addRecords(a.positive, b.positive),
    negative: addRecords(a.negative, b.negative),
  };
}

/** Total count held by a sketch. */
export function sketchCount(sketch: QuantileSketch): number {
  let n = sketch.zeroCount;
  for (const v of Object.values(sketch.positive)) n += v;
  for (const v of Object.values(sketch.negative)) n += v;
  return n;
}

/** The buckets in ascending order of value: representative values and their counts. */
export interface OrderedBuckets {
  values: Float64Array;
  counts: Float64Array;
}

function sortedEntries(record: Record<string, number>): [number, number][] {
  return Object.entries(record)
    .map(([k, v]): [number, number] => [Number(k), v])
    .sort((x, y) => x[0] - y[0]);
}

/** Lays the sketch out from the most negative bucket to the most positive. */
export function orderedBuckets(sketch: QuantileSketch): OrderedBuckets {
  const mapping = sketchMapping(sketch.alpha);
  const neg = sortedEntries(sketch.negative).reverse();
  const pos = sortedEntries(sketch.positive);
  const size = neg.length + pos.length + (sketch.zeroCount > 0 ? 1 : 0);
  const values = new Float64Array(size);
  const counts = new Float64Array(size);
  let j = 0;
  for (const [index, count] of neg) {
    values[j] = -bucketValue(index, mapping);
    counts[j++] = count;
  }
  if (sketch.zeroCount > 0) {
    values[j] = 0;
    counts[j++] = sketch.zeroCount;
  }
  for (const [index, count] of pos) {
    values[j] = bucketValue(index, mapping);
    counts[j++] = count;
  }
  return { values, counts };
}
