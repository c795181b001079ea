/**
 * First Wasserstein distance between two 1-D empirical distributions, matching
 * `scipy.stats.wasserstein_distance(u, v, u_weights, v_weights)`: the integral of |U − V| over the
 * merged support, with the same sort/searchsorted construction as scipy's `_cdf_distance(1, ...)`.
 */
import { UserError } from '../errors.js';
import { searchSorted } from './sorted-search.js';

function cdfAt(values: readonly number[], weights: readonly number[] | undefined, grid: Float64Array): Float64Array {
  const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]!);
  const sorted = Float64Array.from(order, (i) => values[i]!);
  const out = new Float64Array(grid.length);
  if (weights === undefined) {
    for (let k = 0; k < grid.length; k++) out[k] = searchSorted(sorted, grid[k]!, 'right') / values.length;
    return out;
  }
  const cum = new Float64Array(order.length + 1);
  for (let i = 0; i < order.length; i++) cum[i + 1] = cum[i]! + weights[order[i]!]!;
  const total = cum[order.length]!;
  for (let k = 0; k < grid.length; k++) out[k] = cum[searchSorted(sorted, grid[k]!, 'right')]! / total;
  return out;
}

/** Wasserstein-1 distance between samples u and v, optionally weighted. */
export function wassersteinDistance(
  u: readonly number[],
  v: readonly number[],
  uWeights?: readonly number[],
  vWeights?: readonly number[],
): number {
  if (u.length === 0 || v.length === 0) throw new UserError('wassersteinDistance needs two non-empty samples');
  if ((uWeights && uWeights.length !== u.length) || (vWeights && vWeights.length !== v.length))
    throw new UserError('wassersteinDistance: weights must match their values in length');
  const all = Float64Array.from([...u, ...v]).sort();
  const ucdf = cdfAt(u, uWeights, all);
  const vcdf = cdfAt(v, vWeights, all);
  let dist = 0;
  for (let k = 0; k < all.length - 1; k++) dist += Math.abs(ucdf[k]! - vcdf[k]!) * (all[k + 1]! - all[k]!);
  return dist;
}
