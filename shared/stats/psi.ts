/**
 * PSI between raw numeric samples with modelship's stated convention: 10 bins at the reference
 * deciles (numpy-linear quantiles) with open outer edges, bins right-closed (e₍ᵢ₋₁₎, eᵢ], empty bins
 * set to 1e-4, natural log. The count-level core stays in shared/validate/psi.ts and is reused.
 */
import { UserError } from '../errors.js';
import { PSI_CONVENTION, PSI_EPSILON, psiFromCounts } from '../validate/psi.js';
import { decileEdges } from './sorted-search.js';

export { PSI_CONVENTION, PSI_EPSILON, psiFromCounts };

/** PSI of `current` against `reference` over 10 reference-decile bins. */
export function psi(reference: readonly number[], current: readonly number[]): number {
  if (reference.length === 0 || current.length === 0) throw new UserError('psi needs two non-empty samples');
  const sorted = Float64Array.from(reference).sort();
  const edges = decileEdges(sorted);
  const bin = (x: number): number => {
    let k = 0;
    while (k < edges.length && x > edges[k]!) k++;
    return k;
  };
  const ref = new Array<number>(10).fill(0);
  const cur = new Array<number>(10).fill(0);
  for (const x of reference) ref[bin(x)]!++;
  for (const x of current) cur[bin(x)]!++;
  return psiFromCounts(ref, cur);
}
