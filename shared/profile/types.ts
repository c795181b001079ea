/**
 * The profile: a versioned, mergeable JSON summary of a dataset, per column. It is stored with
 * every registered model version (as `profile.json`) and is what drift and distribution checks
 * compare against, so a drift run needs no training data.
 * (Contract; the implementation lives beside it in shared/profile. docs/profiles.md is the user guide.)
 */
import type { ColumnType } from '../data/batch.js';

/** Version of the JSON shape below. Bump it on any change a reader of version 1 could misread. */
export const PROFILE_SCHEMA_VERSION = 1;

/**
 * A log-bucketed quantile sketch (DDSketch) with relative accuracy `alpha`; merges exactly by adding counts.
 * With gamma = (1 + alpha) / (1 - alpha), a value x > 0 goes to bucket i = ceil(ln(x) / ln(gamma)).
 */
export interface QuantileSketch {
  readonly alpha: number;
  /** Count of values equal to 0 (and those with |x| below the smallest normal double, 2.2250738585072014e-308). */
  zeroCount: number;
  /** Bucket index → count, for positive values; bucket i covers (gamma^(i-1), gamma^i]. Only non-zero counts. */
  positive: Record<string, number>;
  /** Same for the absolute values of negative values. */
  negative: Record<string, number>;
}

/**
 * A HyperLogLog distinct-count sketch (shared/profile/distinct-sketch.ts): `2^precision` one-byte
 * registers, base64. Present only on columns a profile can no longer count exactly (a category
 * column past the cap, a number column past the exact limit); merges by register-wise max.
 * Profiles written before it existed have none: their distinct count beyond the caps is unknown.
 */
export interface DistinctSketch {
  readonly precision: number;
  readonly registers: string;
}

/** Counts on fixed edges: bins are (-inf, e0), [e0, e1), ..., [e_last, +inf), so `counts.length === edges.length + 1`. */
export interface Histogram {
  /** Non-decreasing, finite. Equal neighbours make an empty bin between them. */
  edges: number[];
  counts: number[];
  /**
   * `given`: the edges came from `ProfileOptions.edges` and the counts are exact.
   * `deciles`: the edges are this profile's own deciles (`decileEdges`), recomputed on every merge;
   * the counts are exact in exact mode and estimated from the sketch's buckets in sketch mode.
   */
  edgesFrom: 'given' | 'deciles';
}

/** Profile of a `number` or `timestamp` column (timestamps as epoch milliseconds, UTC). */
export interface NumberProfile {
  readonly type: 'number' | 'timestamp';
  /** Valid (non-null, parseable, finite) values. */
  count: number;
  nulls: number;
  /** Cells that did not parse as the type, and non-finite numbers (NaN, ±Infinity). */
  invalid: number;
  min: number | null;
  max: number | null;
  /** Null when count is 0, or when the values are too large (|x| near 1.8e308) for a finite mean. */
  mean: number | null;
  /**
   * Sum of squared deviations from the mean (Welford's M2); variance = m2 / (count - 1).
   * Null when it overflows float64 (values beyond about ±1e154); 0 when count is 0.
   */
  m2: number | null;
  /** All valid values, sorted, while `count <= limits.exactLimit`; null once the limit is passed (sketch mode). */
  exact: number[] | null;
  /** Always present (also in exact mode), so profiles in either mode merge. */
  sketch: QuantileSketch;
  histogram: Histogram;
  /** The distinct-count sketch, in sketch mode only (`exact` holds the values otherwise). */
  distinctSketch?: DistinctSketch;
}

/** Profile of a `category` column (booleans are categories too). */
export interface CategoryProfile {
  readonly type: 'category';
  count: number;
  nulls: number;
  invalid: 0;
  /**
   * Exact counts per value while distinct ≤ `limits.categoryCap`. Beyond it, the `categoryCap` values
   * that rank first by (count descending, value ascending in UTF-16 code-unit order), and `other`;
   * a value's count is then a lower bound.
   */
  top: Record<string, number>;
  /** Count of values not in `top`; `sum(top) + other === count` always. */
  other: number;
  /** Distinct values seen, exact while `top` was never truncated, else null. */
  distinct: number | null;
  /** Shortest and longest value, in Unicode code points. */
  minLength: number | null;
  maxLength: number | null;
  /** The distinct-count sketch, once `top` was truncated (`distinct` is exact otherwise). */
  distinctSketch?: DistinctSketch;
}

export type ColumnProfile = NumberProfile | CategoryProfile;

/** The bounds a profile was made with. A merge takes the smaller of each, so the result obeys both. */
export interface ProfileLimits {
  /** Number columns keep their raw values while count ≤ this. */
  exactLimit: number;
  /** Category columns keep exact counts while distinct values ≤ this. */
  categoryCap: number;
}

export interface Profile {
  readonly schemaVersion: typeof PROFILE_SCHEMA_VERSION;
  rowCount: number;
  /** 'exact' when every numeric column still holds its raw values, else 'sketch'. */
  mode: 'exact' | 'sketch';
  limits: ProfileLimits;
  /**
   * Column names and types in dataset order. Iterate this, not `columns`, for the order: JavaScript
   * objects move integer-like keys (a column named `0`) to the front.
   */
  schema: { columns: { name: string; type: ColumnType }[] };
  /** Column profiles by name. */
  columns: Record<string, ColumnProfile>;
}
