/**
 * Population Stability Index with the convention modelship prints everywhere: bins given by the
 * caller (reference deciles with open outer edges for numbers, reference categories plus "other"
 * for categories), empty-bin proportions replaced by eps = 1e-4, natural log:
 * PSI = Σ (cur − ref) · ln(cur / ref). `psiFromCounts` is the core that validation and both drift
 * modes call on their own bins; `psi` bins two raw samples at the reference deciles, right-closed.
 */
import { UserError } from '../errors.js';
import { decileEdges } from './quantile.js';
import { sortedBinCounts } from './sorted-search.js';

/** Proportion substituted for an empty bin. */
export const PSI_EPSILON = 1e-4;

/** The convention, as printed in report details and docs. */
export const PSI_CONVENTION =
  'PSI = Σ (cur − ref)·ln(cur/ref) over bin proportions; bins: 10 at the reference deciles with open outer edges ' +
  '(numbers) or the reference categories plus "other" (categories); empty bins set to 1e-4; natural log';

/** PSI between two count vectors over the same bins. NaN when either side is empty. */
export function psiFromCounts(reference: readonly number[], current: readonly number[]): number {
  const refTotal = reference.reduce((s, c) => s + c, 0);
  const curTotal = current.reduce((s, c) => s + c, 0);
  if (refTotal === 0 || curTotal === 0) return Number.NaN;
  let psi = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i]! / refTotal || PSI_EPSILON;
    const c = (current[i] ?? 0) / curTotal || PSI_EPSILON;
    psi += (c - r) * Math.log(c / r);
  }
  return psi;
}

/**
 * PSI of `current` against `reference` over 10 bins at the reference deciles (numpy-linear
 * quantiles), right-closed (e₍ᵢ₋₁₎, eᵢ] with open outer edges.
 */
export function psi(reference: readonly number[], current: readonly number[]): number {
  if (reference.length === 0 || current.length === 0) throw new UserError('psi needs two non-empty samples');
  const ref = Float64Array.from(reference).sort();
  const cur = Float64Array.from(current).sort();
  const edges = decileEdges(ref);
  return psiFromCounts(sortedBinCounts(ref, edges, 'right'), sortedBinCounts(cur, edges, 'right'));
}
