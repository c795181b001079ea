/**
 * Sketch mode: drift distances of one column against a reference profile (no training data at run
 * time, Evidently #506). Numbers: the reference distribution is the profile's exact values while it
 * still holds them, else its DDSketch buckets (each at its representative value, clamped to
 * [min, max], weighted by its count), compared with the raw current values by a weighted Wasserstein
 * distance divided by the reference's population std. Categories: the profile's top-k counts plus
 * "other". PSI uses the profile's own decile bins, which are left-closed ([e₍ᵢ₋₁₎, eᵢ), the profile
 * histogram's convention), so the reference counts can come straight from the stored histogram.
 * No p-values: a sketch's error is far above the KS critical distance at large n (field notes).
 */
import { profileBinCounts } from '../profile/histogram.js';
import { orderStatistics } from '../profile/order-statistics.js';
import { orderedBuckets, sketchMapping, sketchRepresentative } from '../profile/sketch.js';
import type { CategoryProfile, NumberProfile } from '../profile/types.js';
import { jensenShannon } from '../stats/jensen-shannon.js';
import { psiFromCounts } from '../stats/psi.js';
import { decileEdges } from '../stats/quantile.js';
import { walkSorted } from '../stats/sorted-samples.js';
import { sortedBinCounts } from '../stats/sorted-search.js';
import { columnHead, DISTANCE_ONLY } from './column-head.js';
import { binLabels, shares, STD_FLOOR, topCategoryHistogram, type TestedColumn } from './column-result.js';
import { countsWithOther } from './exact-tests.js';
import type { MethodChoice } from './rule.js';

/**
 * `sorted` mapped to DDSketch bucket representatives and clamped to the reference's [min, max], as
 * the reference's own counts are (still ascending: both steps are monotone).
 */
export function quantize(sorted: Float64Array, alpha: number, min = -Infinity, max = Infinity): Float64Array {
  const mapping = sketchMapping(alpha);
  const out = new Float64Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    out[i] = Math.min(max, Math.max(min, sketchRepresentative(sorted[i]!, mapping)));
  }
  return out;
}

/** The reference distribution of a number profile: ascending support points and their weights. */
export function profileDistribution(profile: NumberProfile): { values: Float64Array; weights?: Float64Array } {
  if (profile.exact !== null) return { values: Float64Array.from(profile.exact) };
  const { values, counts } = orderedBuckets(profile.sketch);
  const min = profile.min ?? -Infinity;
  const max = profile.max ?? Infinity;
  for (let j = 0; j < values.length; j++) values[j] = Math.min(max, Math.max(min, values[j]!));
  return { values, weights: counts };
}

/** Population std from a profile's Welford M2 (Infinity when M2 overflowed). */
export function profilePopulationStd(profile: NumberProfile): number {
  if (profile.count === 0) return Number.NaN;
  return profile.m2 === null ? Infinity : Math.sqrt(Math.max(0, profile.m2) / profile.count);
}

/** Inputs of {@link testNumericSketch}. */
export interface NumericSketchInput {
  readonly name: string;
  readonly reference: NumberProfile;
  /** Current valid values, ascending, non-empty. */
  readonly current: Float64Array;
  readonly currentNulls: number;
  readonly choice: MethodChoice;
}

/** Distances of one numeric column against its (non-empty) profile. */
export function testNumericSketch(input: NumericSketchInput): TestedColumn {
  const { reference: p, current: cur, choice } = input;
  const edges = decileEdges(orderStatistics(p));
  const refBins = profileBinCounts(p, edges);
  // The reference went through the sketch (its edges and counts are bucket representatives), so the
  // current values go through the same mapping before binning; otherwise a discrete value that sits
  // on an edge (2 products) lands on one side for the reference and the other for the current data,
  // and PSI explodes on a column that did not move.
  const curBins = sortedBinCounts(
    p.exact === null ? quantize(cur, p.sketch.alpha, p.min ?? -Infinity, p.max ?? Infinity) : cur,
    edges,
    'left',
  );
  const base = columnHead(
    {
      name: input.name,
      type: 'numeric',
      choice,
      psi: psiFromCounts(refBins, curBins),
      referenceRows: p.count,
      currentRows: cur.length,
      referenceNulls: p.nulls + p.invalid,
      currentNulls: input.currentNulls,
      histogram: { labels: binLabels(edges, 'left'), reference: shares(refBins), current: shares(curBins) },
    },
    DISTANCE_ONLY,
  );
  switch (choice.method) {
    case 'wasserstein': {
      const ref = profileDistribution(p);
      const w = walkSorted(ref.values, cur, ref.weights).wasserstein;
      return { ...base, statistic: w / Math.max(profilePopulationStd(p), STD_FLOOR) };
    }
    case 'psi':
      return { ...base, statistic: base.psi ?? Number.NaN };
    case 'js':
      return { ...base, statistic: jensenShannon(refBins, curBins) };
    default:
      throw new Error(`${choice.method} is not a sketch-mode method`);
  }
}

/** Inputs of {@link testCategoricalSketch}. */
export interface CategoricalSketchInput {
  readonly name: string;
  readonly reference: CategoryProfile;
  readonly current: ReadonlyMap<string, number>;
  readonly currentNulls: number;
  readonly choice: MethodChoice;
}

/**
 * Distances of one categorical column against its profile, over the profile's top categories
 * (sorted) plus one "other" bin: the profile's `other` count, and every current category not in `top`.
 */
export function testCategoricalSketch(input: CategoricalSketchInput): TestedColumn {
  const { reference: p, current, choice } = input;
  const { bins, refCounts, curCounts } = countsWithOther(new Map(Object.entries(p.top)), p.other, current);
  const curTotal = curCounts.reduce((s, c) => s + c, 0);
  const base = columnHead(
    {
      name: input.name,
      type: 'categorical',
      choice,
      psi: psiFromCounts(refCounts, curCounts),
      referenceRows: p.count,
      currentRows: curTotal,
      referenceNulls: p.nulls,
      currentNulls: input.currentNulls,
      histogram: topCategoryHistogram([...bins, 'other'], refCounts, curCounts),
    },
    DISTANCE_ONLY,
  );
  switch (choice.method) {
    case 'js':
      return { ...base, statistic: jensenShannon(refCounts, curCounts) };
    case 'psi':
      return { ...base, statistic: base.psi ?? Number.NaN };
    default:
      throw new Error(`${choice.method} is not a sketch-mode method for categories`);
  }
}
