/**
 * Exact mode, one column: from the raw samples of both sides to a tested column, or to one of the
 * lists of untested columns (too few values, identifier-like). Numbers are counted here (ascending
 * distinct values and their counts, shared/stats/value-counts.ts), the method
 * is picked by the rule (or the override) from the reference's distinct count, and huge values are
 * scaled before the statistics subtract or square them.
 */
import type { ValueCounts } from '../stats/value-counts.js';
import { countSample, type CategoricalSample, type ColumnSample, type WantedColumn } from './collect.js';
import { newCategories, type TestedColumn } from './column-result.js';
import { testCategoricalExact, testNumericExact, type NumericExactInput } from './exact-tests.js';
import type { MethodOverride } from './method-override.js';
import { chooseMethod, identifierShare } from './rule.js';
import { leftOutAsIdentifier, tooFew, type TestContext } from './test-context.js';

/**
 * Magnitudes above this are scaled by a power of two before testing: the reference std squares
 * the deviations (1e307 values overflow to Infinity and the effect size to 0) and the Wasserstein
 * walk subtracts values of opposite sign (±1e308 overflows).
 */
const SCALE_ABOVE = 2 ** 500;

/**
 * Runs the numeric test; when the values are huge, again on copies scaled by 2^-k (exact: a power
 * of two changes only the exponent), and takes the statistic, p-value and effect size from that
 * run (every one is scale-free). The histogram and PSI keep the original values' bins.
 */
function testNumericFinite(input: NumericExactInput): TestedColumn {
  const result = testNumericExact(input);
  const { reference: ref, current: cur } = input;
  const ends = (c: ValueCounts) => Math.max(Math.abs(c.values[0]!), Math.abs(c.values.at(-1)!));
  const big = Math.max(ends(ref), ends(cur));
  if (!(big > SCALE_ABOVE)) return result;
  const factor = 2 ** -Math.ceil(Math.log2(big));
  const scale = (c: ValueCounts): ValueCounts => ({ ...c, values: c.values.map((x) => x * factor) });
  const scaled = testNumericExact({ ...input, reference: scale(ref), current: scale(cur) });
  return { ...result, statistic: scaled.statistic, p_value: scaled.p_value, effect_size: scaled.effect_size };
}

/**
 * Tests column `w` from its reference and current samples (numeric samples may be reordered in place),
 * or lists it in `ctx` as no data or as an identifier (when `spotIds`) and returns undefined.
 */
export function testExactColumn(
  w: WantedColumn,
  ref: ColumnSample,
  cur: ColumnSample,
  override: MethodOverride | undefined,
  spotIds: boolean,
  ctx: TestContext,
): TestedColumn | undefined {
  if (ref.kind === 'numeric' && cur.kind === 'numeric') {
    const few = tooFew(
      w.name,
      { values: ref.size, nulls: ref.nulls },
      { values: cur.size, nulls: cur.nulls },
      ctx.minValues,
    );
    if (few) {
      ctx.noData.push(few);
      return undefined;
    }
    const refCounted = countSample(ref, ctx.scratch);
    const curCounted = countSample(cur, ctx.scratch);
    const distinct = refCounted.values.length;
    if (spotIds) {
      const share = identifierShare({
        type: 'numeric',
        values: refCounted.total,
        distinct,
        whole: refCounted.values.every((x) => Number.isInteger(x)),
        min: refCounted.values[0]!,
        max: refCounted.values.at(-1)!,
      });
      if (leftOutAsIdentifier(w.name, share, ctx)) return undefined;
    }
    const choice = chooseMethod('exact', { name: w.name, type: 'numeric', referenceDistinct: distinct }, override);
    return testNumericFinite({
      name: w.name,
      reference: refCounted,
      current: curCounted,
      referenceNulls: ref.nulls,
      currentNulls: cur.nulls,
      choice,
    });
  }
  const r = ref as CategoricalSample;
  const c = cur as CategoricalSample;
  const total = (counts: ReadonlyMap<string, number>) => {
    let sum = 0;
    for (const k of counts.values()) sum += k;
    return sum;
  };
  const refValues = total(r.counts);
  const few = tooFew(
    w.name,
    { values: refValues, nulls: r.nulls },
    { values: total(c.counts), nulls: c.nulls },
    ctx.minValues,
  );
  if (few) {
    ctx.noData.push(few);
    return undefined;
  }
  if (spotIds) {
    const share = identifierShare({ type: 'categorical', values: refValues, distinct: r.counts.size });
    if (leftOutAsIdentifier(w.name, share, ctx)) return undefined;
  }
  const choice = chooseMethod(
    'exact',
    { name: w.name, type: 'categorical', referenceDistinct: r.counts.size },
    override,
  );
  const unseen = newCategories((v) => r.counts.has(v), c.counts);
  return {
    ...testCategoricalExact({
      name: w.name,
      reference: r.counts,
      current: c.counts,
      referenceNulls: r.nulls,
      currentNulls: c.nulls,
      choice,
    }),
    new_category_share: unseen.share,
    new_category_examples: unseen.examples,
  };
}
