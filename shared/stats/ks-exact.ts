/**
 * Exact two-sample Kolmogorov–Smirnov p-values by lattice-path counting, ported from scipy 1.17
 * (`scipy/stats/_stats_py.py`: `_attempt_exact_2kssamp`, `_compute_prob_outside_square`,
 * `_count_paths_outside_method`, and the pythran `_compute_outer_prob_inside_method`).
 * Hand-written because no npm library computes these counts; the port keeps scipy's loop order
 * so rounding matches to ~1e-12.
 */
import binomcoef from '@stdlib/math-base-special-binomcoef';

/** Proportion of paths that pass outside the lines x − y = ±h when n1 = n2 = n. */
function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
    k -= 1;
  }
  return 2 * p;
}

/** Proportion of paths from (0,0) to (m,n) that do not stay strictly inside |nx/g − my/g| < h. */
function outerProbInside(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  const lenA = Math.min(2 * maxj + 2, n + 1);
  const a = new Float64Array(lenA + 2);
  a.fill(1, 0, maxj);
  for (let i = 1; i <= m; i++) {
    const lastminj = minj;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let val = 0;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      val = (a[jj + minj - lastminj]! * i + val * j) / (i + j);
      a[jj] = val;
    }
    a.fill(0, maxj - minj);
  }
  return 1 - a[maxj - minj - 1]!;
}

/** Number of lattice paths from (0,0) to (m,n) that reach m·y ≤ n·x − h·g (may overflow to Infinity). */
function countPathsOutside(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  const lxj = n + Math.floor((mg - h) / mg);
  if (lxj <= 0) return binomcoef(m + n, n);
  const xj: number[] = [];
  for (let j = 0; j < lxj; j++) xj.push(Math.floor((h + mg * j + ng - 1) / ng));
  const b = new Float64Array(lxj);
  b[0] = 1;
  for (let j = 1; j < lxj; j++) {
    let bj = binomcoef(xj[j]! + j, j);
    for (let i = 0; i < j; i++) bj -= binomcoef(xj[j]! - xj[i]! + j - i, j - i) * b[i]!;
    b[j] = bj;
  }
  let paths = 0;
  for (let j = 0; j < lxj; j++) paths += b[j]! * binomcoef(m - xj[j]! + (n - j), n - j);
  return paths;
}

/** Result of an exact attempt: `ok` false means scipy would fall back to the asymptotic method. */
export interface ExactKsAttempt {
  ok: boolean;
  /** The statistic snapped to the lattice h / lcm(n1, n2), as scipy returns it. */
  d: number;
  pvalue: number;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * Exact p-value of the two-sample KS statistic `d` for sample sizes n1, n2 (scipy's
 * `_attempt_exact_2kssamp`). Returns `ok: false` on overflow or a result outside [0, 1].
 */
export function exactKsPvalue(
  n1: number,
  n2: number,
  d: number,
  alternative: 'two-sided' | 'less' | 'greater',
): ExactKsAttempt {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  const dd = h / lcm;
  if (h === 0) return { ok: true, d: dd, pvalue: 1 };
  let prob: number;
  if (alternative === 'two-sided') {
    prob = n1 === n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
  } else if (n1 === n2) {
    prob = 1;
    for (let j = 0; j < h; j++) prob *= (n1 - j) / (n1 + j + 1);
  } else {
    const paths = countPathsOutside(n1, n2, g, h);
    const bin = binomcoef(n1 + n2, n1);
    if (!Number.isFinite(paths) || !Number.isFinite(bin) || paths > bin)
      return { ok: false, d: dd, pvalue: Number.NaN };
    prob = paths / bin;
  }
  if (!(prob >= 0 && prob <= 1)) return { ok: false, d: dd, pvalue: prob };
  return { ok: true, d: dd, pvalue: prob };
}

/** numpy's `np.round`: round half to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
