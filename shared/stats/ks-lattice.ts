/**
 * What both exact KS p-value ports (ks-exact.ts, one-sided; ks-exact-two-sided.ts, two-sided) share:
 * scipy's snapping of the statistic to the lattice of the two empirical CDFs (h = round(d·lcm), with
 * numpy's round-half-even) and the gcd it rests on. Its own file so the two ports need not import
 * each other.
 */

/** numpy's `np.round`: round half to even. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Greatest common divisor of two non-negative integers. */
export function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** The statistic `d` on the lattice of sample sizes n1, n2, as `_attempt_exact_2kssamp` computes it. */
export interface KsLattice {
  /** gcd(n1, n2). */
  g: number;
  /** lcm(n1, n2). */
  lcm: number;
  /** round(d · lcm), half to even. */
  h: number;
  /** h / lcm: the statistic scipy reports. */
  d: number;
}

/** Snaps the KS statistic `d` to the lattice h / lcm(n1, n2). */
export function snapToLattice(n1: number, n2: number, d: number): KsLattice {
  const g = gcd(n1, n2);
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d * lcm);
  return { g, lcm, h, d: h / lcm };
}
