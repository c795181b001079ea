/**
 * Population Stability Index with the convention modelship prints everywhere: bins given by the
 * caller (reference deciles with open outer edges for numbers, reference categories plus "other"
 * for categories), empty-bin proportions replaced by eps = 1e-4, natural log:
 * PSI = Σ (cur − ref) · ln(cur / ref). Kept local to the validator until shared/stats exposes it.
 */

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
