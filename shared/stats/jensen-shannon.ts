/**
 * Jensen–Shannon distance matching `scipy.spatial.distance.jensenshannon`: both inputs are
 * normalised to sum 1, m = (p + q)/2, JS = sqrt((KL(p‖m) + KL(q‖m)) / 2), natural log unless a
 * base is given (base 2 bounds the distance by 1).
 */
import { UserError } from '../errors.js';

function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

/** Jensen–Shannon distance between two non-negative weight vectors of the same length. */
export function jensenShannon(p: readonly number[], q: readonly number[], base?: number): number {
  if (p.length === 0 || p.length !== q.length)
    throw new UserError('jensenShannon needs two non-empty vectors of the same length');
  const ps = p.reduce((s, v) => s + v, 0);
  const qs = q.reduce((s, v) => s + v, 0);
  let js = 0;
  for (let i = 0; i < p.length; i++) {
    const a = p[i]! / ps;
    const b = q[i]! / qs;
    const m = (a + b) / 2;
    js += relEntr(a, m) + relEntr(b, m);
  }
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(js / 2);
}
