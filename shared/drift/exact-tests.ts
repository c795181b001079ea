/**
 * Exact mode: the drift tests of one column from raw reference and current values. Numbers arrive
 * as counted values (ascending distinct values and their counts, shared/stats/value-counts.ts), so
 * one merge walk over the distinct support gives the KS statistic and the Wasserstein distance,
 * binary searches give the deciles and the PSI bins, and the counts are chi-square's table;
 * categories arrive as value counts. Every statistic is the scipy one (see
 * shared/stats), on the same inputs a scipy user would pass: `ks_2samp(ref, cur)`,
 * `chi2_contingency([ref_counts, cur_counts])` over the union of values in sorted order,
 * `wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)`, and PSI with shared/stats' convention.
 */
import { chi2Contingency } from '../stats/chi2-contingency.js';
import { jensenShannon } from '../stats/jensen-shannon.js';
import { psiFromCounts } from '../stats/psi.js';
import { ks2sampFromWalk, walkSorted, type SortedWalk } from '../stats/sorted-samples.js';
import { decileEdges } from '../stats/quantile.js';
import {
  countedBinCounts,
  countedOrderStatistics,
  countedPopulationStd,
  type ValueCounts,
} from '../stats/value-counts.js';
import { chi2Fields, columnHead, DISTANCE_ONLY } from './column-head.js';
import { binLabels, shares, STD_FLOOR, topCategoryHistogram, type TestedColumn } from './column-result.js';
import type { MethodChoice } from './rule.js';

/** Distinct values of an ascending array, counted up to `cap + 1` (enough to apply the rule). */
export function countDistinctSorted(sorted: Float64Array, cap = Infinity): number {
  if (sorted.length === 0) return 0;
  let distinct = 1;
  for (let i = 1; i < sorted.length && distinct <= cap; i++) if (sorted[i] !== sorted[i - 1]) distinct++;
  return distinct;
}

/** Inputs of {@link testNumericExact}: counted values and null counts of both sides. */
export interface NumericExactInput {
  readonly name: string;
  readonly reference: ValueCounts;
  readonly current: ValueCounts;
  readonly referenceNulls: number;
  readonly currentNulls: number;
  readonly choice: MethodChoice;
}

/** The merge walk of two counted samples (the counts weigh each distinct value). */
function walkCounted(ref: ValueCounts, cur: ValueCounts): SortedWalk {
  return walkSorted(ref.values, cur.values, ref.counts, cur.counts);
}

/** Tests one numeric column from non-empty reference and current counted values. */
export function testNumericExact(input: NumericExactInput): TestedColumn {
  const { reference: ref, current: cur, choice } = input;
  const edges = decileEdges(countedOrderStatistics(ref));
  const refBins = countedBinCounts(ref, edges, 'right');
  const curBins = countedBinCounts(cur, edges, 'right');
  const base = columnHead({
    name: input.name,
    type: 'numeric',
    choice,
    psi: psiFromCounts(refBins, curBins),
    referenceRows: ref.total,
    currentRows: cur.total,
    referenceNulls: input.referenceNulls,
    currentNulls: input.currentNulls,
    histogram: { labels: binLabels(edges, 'right'), reference: shares(refBins), current: shares(curBins) },
  });
  const normalisedWasserstein = (wasserstein: number) => wasserstein / Math.max(countedPopulationStd(ref), STD_FLOOR);
  switch (choice.method) {
    case 'ks': {
      const walk = walkCounted(ref, cur);
      const ks = ks2sampFromWalk(ref.total, cur.total, walk);
      return {
        ...base,
        statistic: ks.statistic,
        p_value: ks.pvalue,
        effect_size: normalisedWasserstein(walk.wasserstein),
        effect_size_kind: 'wasserstein_norm',
      };
    }
    case 'wasserstein':
      return { ...base, statistic: normalisedWasserstein(walkCounted(ref, cur).wasserstein), ...DISTANCE_ONLY };
    case 'chi2': {
      const table = unionCounts(ref, cur);
      const chi2 = chi2Contingency(table.rows);
      const labels = table.values.map((v) => String(v));
      return { ...base, ...chi2Fields(chi2), histogram: topCategoryHistogram(labels, table.rows[0], table.rows[1]) };
    }
    case 'psi':
      return { ...base, statistic: base.psi ?? Number.NaN, ...DISTANCE_ONLY };
    case 'js':
      return { ...base, statistic: jensenShannon(refBins, curBins), ...DISTANCE_ONLY };
  }
}

/** Both sides' counts over the union of their distinct values, ascending (chi-square's table). */
function unionCounts(ref: ValueCounts, cur: ValueCounts): { values: number[]; rows: [number[], number[]] } {
  const values: number[] = [];
  const refRow: number[] = [];
  const curRow: number[] = [];
  let i = 0;
  let j = 0;
  while (i < ref.values.length || j < cur.values.length) {
    const a = i < ref.values.length ? ref.values[i]! : Infinity;
    const b = j < cur.values.length ? cur.values[j]! : Infinity;
    const x = j >= cur.values.length || (i < ref.values.length && a <= b) ? a : b;
    values.push(x);
    refRow.push(i < ref.values.length && a === x ? ref.counts[i++]! : 0);
    curRow.push(j < cur.values.length && b === x ? cur.counts[j++]! : 0);
  }
  return { values, rows: [refRow, curRow] };
}

/** Inputs of {@link testCategoricalExact}: value counts and null counts of both sides. */
export interface CategoricalExactInput {
  readonly name: string;
  readonly reference: ReadonlyMap<string, number>;
  readonly current: ReadonlyMap<string, number>;
  readonly referenceNulls: number;
  readonly currentNulls: number;
  readonly choice: MethodChoice;
}

/** Sorts strings by UTF-16 code units (JavaScript's default), the order of every category table. */
export function sortCategories(values: Iterable<string>): string[] {
  return [...values].sort();
}

/**
 * Tests one categorical column. The chi-square table and the JS vectors run over the union of
 * categories in sorted order; PSI runs over the reference categories plus one "other" bin for
 * categories only the current data has.
 */
export function testCategoricalExact(input: CategoricalExactInput): TestedColumn {
  const { reference, current, choice } = input;
  const union = sortCategories(new Set([...reference.keys(), ...current.keys()]));
  const refRow = union.map((v) => reference.get(v) ?? 0);
  const curRow = union.map((v) => current.get(v) ?? 0);
  const refTotal = refRow.reduce((s, c) => s + c, 0);
  const curTotal = curRow.reduce((s, c) => s + c, 0);
  const base = columnHead({
    name: input.name,
    type: 'categorical',
    choice,
    psi: categoricalPsi(reference, current),
    referenceRows: refTotal,
    currentRows: curTotal,
    referenceNulls: input.referenceNulls,
    currentNulls: input.currentNulls,
    histogram: topCategoryHistogram(union, refRow, curRow),
  });
  switch (choice.method) {
    case 'chi2': {
      return { ...base, ...chi2Fields(chi2Contingency([refRow, curRow])) };
    }
    case 'js':
      return { ...base, statistic: jensenShannon(refRow, curRow), ...DISTANCE_ONLY };
    case 'psi':
      return { ...base, statistic: base.psi ?? Number.NaN, ...DISTANCE_ONLY };
    default:
      throw new Error(`${choice.method} cannot test categories`);
  }
}

/** PSI over the reference categories (sorted) plus "other" for categories only the current data has. */
export function categoricalPsi(reference: ReadonlyMap<string, number>, current: ReadonlyMap<string, number>): number {
  const { refCounts, curCounts } = countsWithOther(reference, 0, current);
  return psiFromCounts(refCounts, curCounts);
}

/**
 * Counts over the reference's categories (sorted) plus one last "other" bin: `referenceOther` on
 * the reference side (0 when it kept every category, a profile's `other` count when it kept only
 * its top ones), and every current category the reference does not hold on the current side.
 */
export function countsWithOther(
  reference: ReadonlyMap<string, number>,
  referenceOther: number,
  current: ReadonlyMap<string, number>,
): { bins: string[]; refCounts: number[]; curCounts: number[] } {
  const bins = sortCategories(reference.keys());
  const refCounts = bins.map((v) => reference.get(v)!);
  const curCounts = bins.map((v) => current.get(v) ?? 0);
  let other = 0;
  for (const [v, c] of current) if (!reference.has(v)) other += c;
  refCounts.push(referenceOther);
  curCounts.push(other);
  return { bins, refCounts, curCounts };
}
