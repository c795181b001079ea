/**
 * Mean and M2 (sum of squared deviations) without cancellation: Welford's update within a batch,
 * Chan et al.'s pairwise formula to combine batches, shards and profiles.
 */

/** Count, mean and M2 of some values. The mean is 0 when the count is 0. */
export interface Moments {
  count: number;
  mean: number;
  m2: number;
}

/**
 * Welford's update over `values[0..length)`, run in four interleaved lanes (values i, i+4, …) that
 * are combined by Chan's formula at the end. One lane is bound by the latency of its division
 * chain; four independent chains run about three times faster with the same accuracy.
 */
export function welford(values: Float64Array, length: number): Moments {
  // prettier-ignore
  let n0 = 0, m0 = 0, s0 = 0, n1 = 0, m1 = 0, s1 = 0, n2 = 0, m2 = 0, s2 = 0, n3 = 0, m3 = 0, s3 = 0;
  const body = length - (length % 4);
  let i = 0;
  for (; i < body; i += 4) {
    const x0 = values[i]!;
    const x1 = values[i + 1]!;
    const x2 = values[i + 2]!;
    const x3 = values[i + 3]!;
    const d0 = x0 - m0;
    const d1 = x1 - m1;
    const d2 = x2 - m2;
    const d3 = x3 - m3;
    m0 += d0 / ++n0;
    m1 += d1 / ++n1;
    m2 += d2 / ++n2;
    m3 += d3 / ++n3;
    s0 += d0 * (x0 - m0);
    s1 += d1 * (x1 - m1);
    s2 += d2 * (x2 - m2);
    s3 += d3 * (x3 - m3);
  }
  for (; i < length; i++) {
    const x = values[i]!;
    const d = x - m0;
    m0 += d / ++n0;
    s0 += d * (x - m0);
  }
  return combineMoments(
    combineMoments({ count: n0, mean: m0, m2: s0 }, { count: n1, mean: m1, m2: s1 }),
    combineMoments({ count: n2, mean: m2, m2: s2 }, { count: n3, mean: m3, m2: s3 }),
  );
}

/**
 * Chan, Golub & LeVeque's combination. The operands are put in a canonical order first (larger
 * count first, then smaller mean, then smaller M2), so combine(a, b) and combine(b, a) are
 * bit-for-bit equal; associativity holds up to floating-point rounding.
 */
export function combineMoments(a: Moments, b: Moments): Moments {
  if (b.count === 0) return { ...a };
  if (a.count === 0) return { ...b };
  const swap = a.count < b.count || (a.count === b.count && (a.mean > b.mean || (a.mean === b.mean && a.m2 > b.m2)));
  const x = swap ? b : a;
  const y = swap ? a : b;
  const count = x.count + y.count;
  const delta = y.mean - x.mean;
  const mean = x.mean + delta * (y.count / count);
  const m2 = x.m2 + y.m2 + delta * delta * ((x.count * y.count) / count);
  return { count, mean, m2 };
}
