/**
 * Effect sizes reported next to every p-value so that large samples do not cry wolf
 * (Evidently #50): Cramér's V for chi-square (also on `chi2Contingency`'s result), the KS
 * statistic D itself for KS, and the Wasserstein distance divided by the reference standard
 * deviation (floored at 0.001), as Evidently normalises it.
 */
import { wassersteinDistance } from './wasserstein.js';

/** Cramér's V from a chi-square statistic, the table total and its shape. */
export function cramersV(statistic: number, total: number, rows: number, cols: number): number {
  return Math.sqrt(statistic / (total * (Math.min(rows, cols) - 1)));
}

/** Wasserstein distance normalised by the reference's population standard deviation (np.std). */
export function normalizedWasserstein(reference: readonly number[], current: readonly number[]): number {
  const mean = reference.reduce((s, v) => s + v, 0) / reference.length;
  const sd = Math.sqrt(reference.reduce((s, v) => s + (v - mean) ** 2, 0) / reference.length);
  return wassersteinDistance(reference, current) / Math.max(sd, 0.001);
}
