/**
 * Sketch mode, one column: from the profile's entry and the raw current sample to a tested column,
 * or to one of the lists of untested columns (too few values, identifier-like). A profile whose
 * std overflowed gets its Wasserstein statistic again from scaled values, so that huge values read
 * as drift rather than as a distance of 0.
 */
import { UserError } from '../errors.js';
import type { NumberProfile, Profile } from '../profile/types.js';
import { sortFloat64 } from '../stats/radix-sort.js';
import { walkSorted } from '../stats/sorted-samples.js';
import { sampleValues, type ColumnSample, type NumericSample, type WantedColumn } from './collect.js';
import { newCategories, STD_FLOOR, type TestedColumn } from './column-result.js';
import { countDistinctSorted } from './exact-tests.js';
import type { MethodOverride } from './method-override.js';
import { chooseMethod, identifierShare } from './rule.js';
import { profileDistribution, profilePopulationStd, testCategoricalSketch, testNumericSketch } from './sketch-tests.js';
import { leftOutAsIdentifier, tooFew, type TestContext } from './test-context.js';

/**
 * Sketch mode's Wasserstein statistic when the profile's std overflowed (values beyond about
 * ±1e154 leave M2 null, the std Infinity and the statistic 0, "ok"): the same distance between the
 * profile's distribution and the current values, both scaled by a power of two, divided by the
 * population std of that (scaled, count-weighted) distribution.
 */
function finiteSketchStatistic(result: TestedColumn, p: NumberProfile, current: Float64Array): TestedColumn {
  if (result.method !== 'wasserstein' || Number.isFinite(profilePopulationStd(p))) return result;
  const ref = profileDistribution(p);
  const big = Math.max(
    Math.abs(ref.values[0]!),
    Math.abs(ref.values.at(-1)!),
    Math.abs(current[0]!),
    Math.abs(current.at(-1)!),
  );
  const factor = big > 0 && Number.isFinite(big) ? 2 ** -Math.ceil(Math.log2(big)) : 1;
  const values = ref.values.map((x) => x * factor);
  const weight = (i: number) => ref.weights?.[i] ?? 1;
  let total = 0;
  let mean = 0;
  for (let i = 0; i < values.length; i++) {
    total += weight(i);
    mean += weight(i) * values[i]!;
  }
  mean /= total;
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += weight(i) * (values[i]! - mean) ** 2;
  const distance = walkSorted(
    values,
    current.map((x) => x * factor),
    ref.weights,
  ).wasserstein;
  return { ...result, statistic: distance / Math.max(Math.sqrt(ss / total), STD_FLOOR) };
}

/**
 * Tests column `w` against its entry in `profile` (the current numeric sample is sorted in place),
 * or lists it in `ctx` as no data or as an identifier (when `spotIds`) and returns undefined.
 */
export function testSketchColumn(
  w: WantedColumn,
  profile: Profile,
  cur: ColumnSample,
  override: MethodOverride | undefined,
  spotIds: boolean,
  ctx: TestContext,
): TestedColumn | undefined {
  const p = profile.columns[w.name];
  if (p === undefined)
    throw new UserError(`the profile has no entry for column \`${w.name}\``, {
      location: { key: `columns.${w.name}` },
    });
  if (p.type !== 'category' && cur.kind === 'numeric') {
    const few = tooFew(
      w.name,
      { values: p.count, nulls: p.nulls + p.invalid },
      { values: cur.size, nulls: cur.nulls },
      ctx.minValues,
    );
    if (few) {
      ctx.noData.push(few);
      return undefined;
    }
    if (spotIds && p.exact !== null) {
      const exact = p.exact;
      const share = identifierShare({
        type: 'numeric',
        values: exact.length,
        distinct: countDistinctSorted(Float64Array.from(exact)),
        whole: exact.every((x) => Number.isInteger(x)),
        min: exact[0]!,
        max: exact.at(-1)!,
      });
      if (leftOutAsIdentifier(w.name, share, ctx)) return undefined;
    }
    const current = sampleValues(cur);
    sortFloat64(current);
    const choice = chooseMethod('sketch', { name: w.name, type: 'numeric', referenceDistinct: null }, override);
    const result = testNumericSketch({
      name: w.name,
      reference: p,
      current,
      currentNulls: cur.nulls,
      choice,
    });
    return finiteSketchStatistic(result, p, current);
  }
  if (p.type === 'category' && cur.kind === 'categorical') {
    let curValues = 0;
    for (const k of cur.counts.values()) curValues += k;
    const few = tooFew(
      w.name,
      { values: p.count, nulls: p.nulls },
      { values: curValues, nulls: cur.nulls },
      ctx.minValues,
    );
    if (few) {
      ctx.noData.push(few);
      return undefined;
    }
    if (spotIds) {
      const topCount = Math.max(0, ...Object.values(p.top));
      const share = identifierShare({ type: 'categorical', values: p.count, distinct: p.distinct, topCount });
      if (leftOutAsIdentifier(w.name, share, ctx)) return undefined;
    }
    const choice = chooseMethod(
      'sketch',
      { name: w.name, type: 'categorical', referenceDistinct: p.distinct },
      override,
    );
    // Only a profile that kept every category can tell a new one from one outside its top list.
    const unseen = p.other === 0 ? newCategories((v) => Object.hasOwn(p.top, v), cur.counts) : undefined;
    return {
      ...testCategoricalSketch({ name: w.name, reference: p, current: cur.counts, currentNulls: cur.nulls, choice }),
      new_category_share: unseen ? unseen.share : null,
      ...(unseen && { new_category_examples: unseen.examples }),
    };
  }
  throw new Error(`column ${w.name}: profile type ${p.type} and current sample ${(cur as NumericSample).kind} differ`);
}
