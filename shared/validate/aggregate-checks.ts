/**
 * Aggregate checks: one statistic per column or table (row count, column set, freshness), and the
 * distribution checks against a reference profile (PSI, mean, quantiles). Their `observed` field
 * holds the statistic; unexpected_count counts failing parts where that makes sense (missing
 * columns, quantiles out of tolerance) and is otherwise 0 with success decided by the statistic.
 */
import { VALID, type ColumnType } from '../data/batch.js';
import type {
  ColumnsIncludeExpectation,
  ColumnsMatchSetExpectation,
  MaxAgeExpectation,
  MeanExpectation,
  PsiExpectation,
  QuantileExpectation,
  RowCountExpectation,
} from '../config/expectations.js';
import type { ColumnProfile, NumberProfile } from '../profile/types.js';
import { binIndex, profileBinCounts } from '../profile/histogram.js';
import { orderStatistics, std } from '../profile/order-statistics.js';
import { sketchMapping, sketchRepresentative } from '../profile/sketch.js';
import { decileEdges, quantile } from '../stats/quantile.js';
import { displayValue } from './column-views.js';
import { fixedResult, fmt, makeResult, type Evaluator } from './evaluator.js';
import { PSI_CONVENTION, PSI_EPSILON, psiFromCounts } from '../stats/psi.js';
import { Reservoir, RESERVOIR_CAPACITY } from './reservoir.js';

/** Row count. element_count: rows read; unexpected_count: 0; observed: the row count. */
export function rowCount(expectation: RowCountExpectation): Evaluator {
  const { min, max } = expectation.params;
  return {
    expectation,
    column: null,
    finish({ rowCount: rows }) {
      const success = (min === undefined || rows >= min) && (max === undefined || rows <= max);
      const range = `[${min === undefined ? '0' : fmt(min)}, ${max === undefined ? '∞' : fmt(max)}]`;
      return makeResult(expectation, {
        success,
        element: rows,
        unexpected: 0,
        observed: rows,
        message: success ? `${fmt(rows)} rows, within ${range}` : `${fmt(rows)} rows, outside ${range}`,
        details: { ...(min !== undefined && { min }), ...(max !== undefined && { max }) },
      });
    },
  };
}

/** Required columns. element_count: required columns; unexpected: the missing ones (listed in observed). */
export function columnsInclude(expectation: ColumnsIncludeExpectation): Evaluator {
  return {
    expectation,
    column: null,
    finish({ columns }) {
      const present = new Set(columns);
      const missing = expectation.params.column_set.filter((c) => !present.has(c));
      return makeResult(expectation, {
        success: missing.length === 0,
        element: expectation.params.column_set.length,
        unexpected: missing.length,
        observed: missing,
        message: missing.length
          ? `missing column(s): ${missing.join(', ')} (the data has ${columns.join(', ')})`
          : `all ${expectation.params.column_set.length} required columns are present`,
        details: { missing },
      });
    },
  };
}

/** Exact column set. element_count: columns in the data; unexpected: extra columns (missing ones in details). */
export function columnsMatchSet(expectation: ColumnsMatchSetExpectation): Evaluator {
  return {
    expectation,
    column: null,
    finish({ columns }) {
      const named = new Set(expectation.params.column_set);
      const present = new Set(columns);
      const extra = columns.filter((c) => !named.has(c));
      const missing = expectation.params.column_set.filter((c) => !present.has(c));
      const parts = [
        extra.length ? `unexpected column(s): ${extra.join(', ')}` : '',
        missing.length ? `missing: ${missing.join(', ')}` : '',
      ];
      return makeResult(expectation, {
        success: extra.length === 0 && missing.length === 0,
        element: columns.length,
        unexpected: extra.length,
        observed: [...columns],
        message: parts.filter(Boolean).join('; ') || 'the columns match the expectations file exactly',
        details: { extra, missing },
      });
    },
  };
}

/** Freshness. element_count: valid timestamps; observed: the newest (ISO 8601); fails when older than max_age before `now`. */
export function maxAge(expectation: MaxAgeExpectation, now: number): Evaluator {
  let newest = -Infinity;
  let element = 0;
  return {
    expectation,
    column: expectation.column,
    onBatch(column, batch, views) {
      const { values, state } = views.numbers(column, 'timestamp');
      let best = newest;
      let count = 0;
      for (let i = 0; i < batch.length; i++) {
        if (state[i] !== VALID) continue;
        count++;
        const v = values[i]!;
        if (v > best) best = v;
      }
      newest = best;
      element += count;
    },
    finish() {
      const limit = now - expectation.params.max_age_ms;
      const observed = element ? String(displayValue(newest, true)) : null;
      const success = element > 0 && newest >= limit;
      const ageHours = (now - newest) / 3_600_000;
      return makeResult(expectation, {
        success,
        element,
        unexpected: 0,
        observed,
        message: !element
          ? 'no timestamps to check freshness on'
          : success
            ? `newest value ${observed} is within ${expectation.params.max_age}`
            : `newest value ${observed} is ${fmt(ageHours)} h old, more than ${expectation.params.max_age}`,
        details: {
          now: new Date(now).toISOString(),
          max_age: expectation.params.max_age,
          age_ms: element ? now - newest : null,
        },
      });
    },
  };
}

/** PSI vs the reference. element_count: valid current values; observed: the PSI; convention in details. */
export function psi(expectation: PsiExpectation, reference: ColumnProfile, dataType: ColumnType): Evaluator {
  const threshold = expectation.params.max_psi;
  const finishWith = (refCounts: number[], curCounts: ArrayLike<number>, element: number, bins: unknown) => {
    const value = psiFromCounts(refCounts, Array.from(curCounts));
    const success = Number.isFinite(value) && value <= threshold;
    return makeResult(expectation, {
      success,
      element,
      unexpected: 0,
      observed: Number.isFinite(value) ? value : null,
      message: !Number.isFinite(value)
        ? 'PSI is undefined: no values in the current data or the reference'
        : `PSI ${fmt(value)} ${success ? '≤' : '>'} ${threshold}`,
      details: {
        max_psi: threshold,
        convention: PSI_CONVENTION,
        epsilon: PSI_EPSILON,
        bins,
        reference_counts: refCounts,
        current_counts: Array.from(curCounts),
      },
    });
  };
  if (reference.type === 'category') {
    const keys = Object.keys(reference.top);
    const index = new Map(keys.map((k, i) => [k, i] as const));
    const other = keys.length;
    const refCounts = [...keys.map((k) => reference.top[k]!), reference.other];
    const counts = new Float64Array(keys.length + 1);
    let element = 0;
    return {
      expectation,
      column: expectation.column,
      onBatch(column, batch, views) {
        const { codes, dictionary } = views.texts(column);
        const binOfCode = new Int32Array(dictionary.length);
        for (let d = 0; d < dictionary.length; d++) binOfCode[d] = index.get(dictionary[d]!) ?? other;
        for (let i = 0; i < batch.length; i++) {
          const c = codes[i]!;
          if (c < 0) continue;
          element++;
          counts[binOfCode[c]!]!++;
        }
      },
      finish: () => finishWith(refCounts, counts, element, [...keys, '(other)']),
    };
  }
  const edges = decileEdges(orderStatistics(reference));
  const refCounts = profileBinCounts(reference, edges);
  const counts = new Float64Array(edges.length + 1);
  const as = readNumbersAs(reference, dataType);
  // A sketched reference counts its values at bucket representatives (clamped to [min, max]); the
  // current values are binned the same way, so discrete values on an edge stay on its side.
  const mapping = reference.exact ? undefined : sketchMapping(reference.sketch.alpha);
  const lo = reference.min ?? -Infinity;
  const hi = reference.max ?? Infinity;
  const place = (v: number) => (mapping ? Math.min(hi, Math.max(lo, sketchRepresentative(v, mapping))) : v);
  let element = 0;
  return {
    expectation,
    column: expectation.column,
    onBatch(column, batch, views) {
      const { values, state } = views.numbers(column, as);
      for (let i = 0; i < batch.length; i++) {
        if (state[i] !== VALID) continue;
        element++;
        counts[binIndex(edges, place(values[i]!))]!++;
      }
    },
    finish: () =>
      finishWith(refCounts, counts, element, { edges, reference_mode: reference.exact ? 'exact' : 'sketch' }),
  };
}

/** Mean vs reference mean. element_count: valid values; observed: the current mean. */
export function mean(expectation: MeanExpectation, reference: NumberProfile): Evaluator {
  let sum = 0;
  let element = 0;
  const as = readNumbersAs(reference);
  return {
    expectation,
    column: expectation.column,
    onBatch(column, batch, views) {
      const { values, state } = views.numbers(column, as);
      // One running sum in row order, never per-batch partial sums: the floating-point result then
      // does not depend on where batches end (the parallel CSV reader cuts batches elsewhere).
      let s = sum;
      let c = 0;
      for (let i = 0; i < batch.length; i++) {
        if (state[i] !== VALID) continue;
        s += values[i]!;
        c++;
      }
      sum = s;
      element += c;
    },
    finish() {
      const { relative, stds } = expectation.params;
      const refMean = reference.mean ?? Number.NaN;
      const refStd = std(reference);
      const allowed = Math.max(
        relative === undefined ? -Infinity : relative * Math.abs(refMean),
        stds === undefined ? -Infinity : stds * refStd,
      );
      const current = element ? sum / element : Number.NaN;
      const diff = Math.abs(current - refMean);
      const success = Number.isFinite(diff) && Number.isFinite(allowed) && diff <= allowed;
      return makeResult(expectation, {
        success,
        element,
        unexpected: 0,
        observed: element ? current : null,
        message: !element
          ? 'no values to compute a mean from'
          : `mean ${fmt(current)} vs reference ${fmt(refMean)}: difference ${fmt(diff)} ${success ? '≤' : '>'} allowed ${fmt(allowed)}`,
        details: {
          reference_mean: refMean,
          reference_std: Number.isFinite(refStd) ? refStd : null,
          difference: Number.isFinite(diff) ? diff : null,
          allowed: Number.isFinite(allowed) ? allowed : null,
          rule: 'allowed = max(relative·|reference mean|, stds·reference std)',
        },
      });
    },
  };
}

/**
 * Quantiles vs reference quantiles. element_count: quantiles compared; unexpected: quantiles out of
 * tolerance. Current quantiles are exact up to RESERVOIR_CAPACITY values, else from a seeded
 * uniform sample of that size; observed maps each q to the current value.
 */
export function quantiles(expectation: QuantileExpectation, reference: NumberProfile): Evaluator {
  const reservoir = new Reservoir(RESERVOIR_CAPACITY);
  const as = readNumbersAs(reference);
  return {
    expectation,
    column: expectation.column,
    onBatch(column, batch, views) {
      const { values, state } = views.numbers(column, as);
      for (let i = 0; i < batch.length; i++) if (state[i] === VALID) reservoir.add(values[i]!);
    },
    finish() {
      const { q, relative, absolute } = expectation.params;
      const sorted = reservoir.sorted();
      const referenceValues = orderStatistics(reference);
      const observed: Record<string, number | null> = {};
      const perQuantile = q.map((p) => {
        const ref = quantile(referenceValues, p);
        const cur = quantile(sorted, p);
        const allowed = Math.max(
          relative === undefined ? -Infinity : relative * Math.abs(ref),
          absolute === undefined ? -Infinity : absolute,
        );
        const diff = Math.abs(cur - ref);
        const ok = Number.isFinite(diff) && diff <= allowed;
        observed[String(p)] = Number.isFinite(cur) ? cur : null;
        return {
          q: p,
          current: Number.isFinite(cur) ? cur : null,
          reference: ref,
          difference: Number.isFinite(diff) ? diff : null,
          allowed,
          ok,
        };
      });
      const failing = perQuantile.filter((x) => !x.ok);
      return makeResult(expectation, {
        success: failing.length === 0,
        element: q.length,
        unexpected: failing.length,
        observed,
        message: failing.length
          ? failing
              .map(
                (f) =>
                  `q${f.q}: ${f.current === null ? 'no values' : fmt(f.current)} vs reference ${fmt(f.reference)} (allowed ±${fmt(f.allowed)})`,
              )
              .join('; ')
          : `all ${q.length} quantiles within tolerance`,
        details: {
          quantiles: perQuantile,
          current_mode: reservoir.exact ? 'exact' : `sample of ${RESERVOIR_CAPACITY}`,
          reference_mode: reference.exact ? 'exact' : 'sketch',
          rule: 'allowed = max(relative·|reference quantile|, absolute); quantiles by linear interpolation (numpy default)',
        },
      });
    },
  };
}

/** A distribution check whose reference column is missing or of the wrong type. */
export function referenceProblem(
  expectation: PsiExpectation | MeanExpectation | QuantileExpectation,
  reference: ColumnProfile | undefined,
): Evaluator | undefined {
  if (!reference) {
    return fixedResult(expectation, false, `the reference profile has no column "${expectation.column}"`, {
      missing_reference_column: true,
    });
  }
  if (expectation.kind !== 'expect_column_psi_to_be_below' && reference.type === 'category') {
    return fixedResult(
      expectation,
      false,
      `the reference column "${expectation.column}" is a category; ${expectation.kind} needs numbers`,
    );
  }
  return undefined;
}

/**
 * How a column compared with a numeric `reference` is read: as epoch milliseconds when the
 * reference (or the data) is a timestamp, else as numbers.
 */
function readNumbersAs(reference: NumberProfile, dataType?: ColumnType): 'timestamp' | 'number' {
  return reference.type === 'timestamp' || dataType === 'timestamp' ? 'timestamp' : 'number';
}

/** Narrowing helper for callers. */
export function isNumberProfile(profile: ColumnProfile): profile is NumberProfile {
  return profile.type !== 'category';
}
