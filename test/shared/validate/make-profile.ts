/**
 * Hand-built reference profiles for distribution tests: exact-mode number profiles (every value
 * kept, sorted) and category profiles, independent of the profiler implementation.
 */
import type { CategoryProfile, NumberProfile, Profile } from '../../../shared/profile/types.js';

/** An exact-mode NumberProfile of `values` (nulls counted separately). */
export function numberProfile(
  values: readonly number[],
  nulls = 0,
  type: 'number' | 'timestamp' = 'number',
): NumberProfile {
  const sorted = [...values].sort((a, b) => a - b);
  const count = sorted.length;
  const mean = count ? sorted.reduce((s, v) => s + v, 0) / count : null;
  const m2 = mean === null ? 0 : sorted.reduce((s, v) => s + (v - mean) ** 2, 0);
  return {
    type,
    count,
    nulls,
    invalid: 0,
    min: count ? sorted[0]! : null,
    max: count ? sorted[count - 1]! : null,
    mean,
    m2,
    exact: sorted,
    sketch: { alpha: 0.01, zeroCount: 0, positive: {}, negative: {} },
    histogram: { edges: [], counts: [count], edgesFrom: 'given' },
  };
}

/** An exact CategoryProfile of `values` (null entries are nulls). */
export function categoryProfile(values: readonly (string | null)[]): CategoryProfile {
  const top: Record<string, number> = {};
  let nulls = 0;
  let minLength: number | null = null;
  let maxLength: number | null = null;
  for (const v of values) {
    if (v === null) {
      nulls++;
      continue;
    }
    top[v] = (top[v] ?? 0) + 1;
    minLength = minLength === null ? v.length : Math.min(minLength, v.length);
    maxLength = maxLength === null ? v.length : Math.max(maxLength, v.length);
  }
  return {
    type: 'category',
    count: values.length - nulls,
    nulls,
    invalid: 0,
    top,
    other: 0,
    distinct: Object.keys(top).length,
    minLength,
    maxLength,
  };
}

/** A profile over the given column profiles. */
export function profileOf(rowCount: number, columns: Profile['columns']): Profile {
  return {
    schemaVersion: 1,
    rowCount,
    mode: 'exact',
    limits: { exactLimit: 100_000, categoryCap: 1000 },
    schema: { columns: Object.entries(columns).map(([name, c]) => ({ name, type: c.type })) },
    columns,
  };
}
