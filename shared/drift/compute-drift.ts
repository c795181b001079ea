/**
 * `computeDrift`: the one entry the CLI and the drift-report action share. It reads the reference
 * (raw data → exact mode, a profile → sketch mode) and the current data (files or prediction logs,
 * optionally only a time window), picks each column's test by the rule (or the policy's or the
 * flag's override), runs the tests, and returns the report of shared/drift/report.ts. Every mistake
 * in the inputs (a missing file, an invalid profile, a column missing from the current data, a
 * numeric column that holds text, an empty current dataset) is a UserError that says what to do.
 * What the data cannot show is said, never passed off as "no drift": a column with too few values
 * on a side is listed as no data (verdict `no_data`), an identifier-like column is left out with a
 * line saying so, and huge values are scaled before the statistics subtract them.
 */
import { defaultPolicy, type DriftMethod, type DriftPolicy } from '../config/policy.js';
import { didYouMean } from '../config/did-you-mean.js';
import type { ColumnType } from '../data/batch.js';
import type { Dataset } from '../data/dataset.js';
import { openDataset, parseTimestamp } from '../data/index.js';
import { UserError } from '../errors.js';
import { parseProfile } from '../profile/parse.js';
import type { NumberProfile, Profile } from '../profile/types.js';
import { readUserFile } from '../read-user-file.js';
import {
  collectColumns,
  type CategoricalSample,
  type ColumnSample,
  type NumericSample,
  type RowWindow,
} from './collect.js';
import { newCategories, STD_FLOOR, type TestedColumn } from './column-result.js';
import { countDistinctSorted, testCategoricalExact, testNumericExact } from './exact-tests.js';
import type { DriftMode, DriftReport, DriftTestMethod, IdentifierColumn, NoDataColumn } from './report.js';
import { chooseMethod, DEFAULT_MIN_EFFECT_SIZE, describeRule, identifierShare, type RuleSettings } from './rule.js';
import { profileDistribution, profilePopulationStd, testCategoricalSketch, testNumericSketch } from './sketch-tests.js';
import { walkSorted } from '../stats/sorted-samples.js';
import { sortFloat64 } from '../stats/radix-sort.js';
import { decide, overallVerdict } from './verdict.js';

/** What to compare, and how. See docs/drift.md. */
export interface DriftOptions {
  /**
   * Raw data file(s) or glob(s) → exact mode; a `.json` path → a profile, sketch mode; or a profile
   * already in memory (the registry's `profile.json`), with the name to show for it → sketch mode.
   */
  readonly reference: string | readonly string[] | { readonly profile: Profile; readonly source: string };
  /** Current data: file(s) or glob(s) of CSV, TSV, JSON Lines or Parquet (prediction logs too). */
  readonly current: string | readonly string[];
  /** Directory relative paths resolve against. */
  readonly cwd: string;
  /** The model's drift policy (alpha, correction, thresholds, per-column overrides). Default: the defaults. */
  readonly policy?: DriftPolicy;
  /** One method for every column (`auto` = the rule); beats the policy's per-column methods. */
  readonly method?: DriftMethod;
  /** Test only these columns. Default: every column of the reference. */
  readonly columns?: readonly string[];
  /**
   * The model's output column, tested and reported as `prediction_drift` (not in the drift share).
   * Default: a column named `prediction` when both datasets have one.
   */
  readonly predictionColumn?: string;
  /** Keep only current rows whose `column` (a timestamp) is in [from, to); ISO-8601 or epoch ms. */
  readonly window?: { readonly column: string; readonly from?: string; readonly to?: string };
  /** Read these columns as this type in both datasets, instead of inferring it. */
  readonly types?: Readonly<Record<string, ColumnType>>;
  /** Effect sizes below this never count as drift in exact mode. Default 0.1. */
  readonly minEffectSize?: number;
  /** Bytes read so far and in total, over both datasets. */
  readonly onProgress?: (done: number, total: number) => void;
}

type Reference =
  { mode: 'exact'; dataset: Dataset; source: string } | { mode: 'sketch'; profile: Profile; source: string };

interface Planned {
  name: string;
  kind: 'numeric' | 'categorical';
}

const list = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');

async function openReference(
  options: DriftOptions,
  types: Record<string, ColumnType> | undefined,
  onProgress: ((done: number) => void) | undefined,
): Promise<Reference> {
  const ref = options.reference;
  if (typeof ref === 'object' && !Array.isArray(ref) && 'profile' in ref)
    return { mode: 'sketch', profile: ref.profile, source: ref.source };
  const globs: string[] = typeof ref === 'string' ? [ref] : [...(ref as readonly string[])];
  if (globs.length === 1 && /\.json$/i.test(globs[0]!)) {
    const file = globs[0]!;
    const profile = parseProfile(await readUserFile(file, options.cwd, 'reference profile'), file);
    return { mode: 'sketch', profile, source: file };
  }
  // A profile among several files would be read as data ("cannot tell the file format"): say what fits.
  const profiles = globs.filter((g) => /\.json$/i.test(g));
  if (profiles.length > 0) {
    throw new UserError(`a reference profile must be the only --reference, and ${globs.length} were given`, {
      location: { file: profiles[0], key: '--reference' },
      hint: 'Give one profile .json (sketch mode) or data files only (exact mode); merge shard profiles first with `modelship profile --merge`',
    });
  }
  const dataset = await openDataset(globs, {
    cwd: options.cwd,
    ...(types && { types }),
    ...(onProgress && { onProgress: (done: number) => onProgress(done) }),
  });
  return { mode: 'exact', dataset, source: globs.join(', ') };
}

function parseBound(text: string | undefined, flag: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  const ms = /^-?\d+$/.test(text) ? Number(text) : parseTimestamp(text);
  if (!Number.isFinite(ms)) {
    throw new UserError(`\`${text}\` is not a date-time`, {
      location: { key: flag },
      hint: 'Use an ISO-8601 date or date-time (2024-05-01, 2024-05-01T12:00:00Z) or epoch milliseconds',
    });
  }
  return ms;
}

/** Reads both sides, tests every column and returns the report. */
export async function computeDrift(options: DriftOptions): Promise<DriftReport> {
  const policy = options.policy ?? defaultPolicy().defaults.drift;
  const types = options.types ? { ...options.types } : undefined;
  // Progress runs over both datasets: the reference's bytes, then the current data's.
  let refDone = 0;
  let curDone = 0;
  let total = 0;
  const report = options.onProgress;
  const reference = await openReference(
    options,
    types,
    report &&
      ((done) => {
        refDone = done;
        report(refDone + curDone, total);
      }),
  );
  const refSchema = reference.mode === 'exact' ? reference.dataset.schema.columns : reference.profile.schema.columns;
  const refType = new Map(refSchema.map((c) => [c.name, c.type]));
  const refNames = refSchema.map((c) => c.name);

  let window: RowWindow | undefined;
  if (options.window) {
    const from = parseBound(options.window.from, '--from');
    const to = parseBound(options.window.to, '--to');
    if (from !== undefined && to !== undefined && !(from < to))
      throw new UserError('the time window is empty: --from must be before --to', {
        location: { key: '--from' },
        hint: `Got from ${options.window.from} and to ${options.window.to}`,
      });
    window = { column: options.window.column, ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
    // A window over a text column keeps no row; say which column is wrong rather than "no rows".
    if (refType.get(window.column) === 'category') {
      const times = refSchema.filter((c) => c.type === 'timestamp').map((c) => c.name);
      throw new UserError(`the window column \`${window.column}\` holds text, not timestamps`, {
        location: { file: reference.source, key: '--window-column' },
        hint: times.length
          ? `Name a timestamp column: ${list(times)}`
          : 'Name a column of ISO-8601 date-times or epoch milliseconds',
      });
    }
  }

  // Read the current data with the reference's types, so a number column that holds text shows up.
  const typeHints: Record<string, ColumnType> = Object.fromEntries(refSchema.map((c) => [c.name, c.type]));
  if (window) typeHints[window.column] = 'timestamp';
  const currentGlobs = typeof options.current === 'string' ? [options.current] : [...options.current];
  const current = await openDataset(currentGlobs, {
    cwd: options.cwd,
    typeHints,
    ...(types && { types: Object.fromEntries(Object.entries(types).filter(([n]) => refType.has(n))) }),
    ...(report && {
      onProgress: (done: number) => {
        curDone = done;
        report(refDone + curDone, total);
      },
    }),
  });
  total = (reference.mode === 'exact' ? reference.dataset.totalBytes : 0) + current.totalBytes;
  const curNames = new Set(current.schema.columns.map((c) => c.name));

  // Which columns to test.
  const skipped: { column: string; reason: string }[] = [];
  let selected = refNames;
  if (options.columns !== undefined && options.columns.length > 0) {
    for (const name of options.columns) {
      if (!refType.has(name)) {
        const suggestion = didYouMean(name, refNames);
        throw new UserError(`no column \`${name}\` in the reference`, {
          location: { file: reference.source, key: '--columns' },
          hint: suggestion ? `Did you mean \`${suggestion}\`?` : `The reference's columns are ${list(refNames)}`,
        });
      }
    }
    selected = [...new Set(options.columns)];
  }
  let prediction = options.predictionColumn;
  if (prediction !== undefined && !refType.has(prediction)) {
    throw new UserError(`the prediction column \`${prediction}\` is not in the reference`, {
      location: { file: reference.source, key: '--prediction-column' },
      hint: `The reference's columns are ${list(refNames)}`,
    });
  }
  if (prediction === undefined && refType.has('prediction') && curNames.has('prediction')) prediction = 'prediction';
  const planned: Planned[] = [];
  const plan = (name: string): Planned | undefined => {
    const type = refType.get(name)!;
    if (policy.columns[name]?.ignore) skipped.push({ column: name, reason: 'ignored by the policy' });
    else if (window && name === window.column) skipped.push({ column: name, reason: 'the time window column' });
    else if (type === 'timestamp') skipped.push({ column: name, reason: 'timestamp column: not tested' });
    else {
      const kind = type === 'number' ? 'numeric' : 'categorical';
      // A method that cannot test the column is a mistake in the flag or policy: say so before reading data.
      const override = overrideFor(name, options.method, policy);
      if (override) chooseMethod(reference.mode, { name, type: kind, referenceDistinct: null }, override);
      return { name, kind };
    }
    return undefined;
  };
  for (const name of selected) {
    if (name === prediction) continue;
    const p = plan(name);
    if (p) planned.push(p);
  }
  const predictionPlan = prediction !== undefined ? plan(prediction) : undefined;
  const wanted = predictionPlan ? [...planned, predictionPlan] : planned;
  const missing = wanted.filter((w) => !curNames.has(w.name)).map((w) => w.name);
  if (missing.length > 0) {
    throw new UserError(
      `column${missing.length > 1 ? 's' : ''} ${list(missing)} of the reference ${missing.length > 1 ? 'are' : 'is'} not in the current data`,
      {
        location: { file: current.files[0], key: missing[0] },
        hint: `Leave ${missing.length > 1 ? 'them' : 'it'} out with --columns, or set drift.columns.${missing[0]}.ignore: true in the policy`,
      },
    );
  }
  if (wanted.length === 0) {
    throw new UserError('there is no column to test', {
      location: { file: reference.source },
      hint: 'The reference needs at least one number or category column that is not ignored',
    });
  }

  // Stream both sides (the reference only in exact mode).
  let refSamples: Map<string, ColumnSample> | undefined;
  let referenceRows: number;
  if (reference.mode === 'exact') {
    const collected = await collectColumns(reference.dataset, wanted, 'reference data');
    if (collected.rows === 0) {
      throw new UserError('the reference data has no rows', {
        location: { file: reference.dataset.files[0] },
        hint: 'Give reference data with at least one row (the data the model was trained on)',
      });
    }
    refSamples = collected.samples;
    referenceRows = collected.rows;
  } else referenceRows = reference.profile.rowCount;
  const cur = await collectColumns(current, wanted, 'current data', window);
  if (cur.rows === 0) {
    const inWindow = window ? ` in the window ${options.window?.from ?? '…'} to ${options.window?.to ?? '…'}` : '';
    throw new UserError(`the current data has no rows${inWindow}`, {
      location: { file: current.files[0] },
      hint: window
        ? `Check --from/--to against the values of \`${window.column}\``
        : 'Give current data with at least one row',
    });
  }

  // Test every column.
  const settings: RuleSettings = {
    alpha: policy.alpha,
    correction: policy.correction,
    minEffectSize: options.minEffectSize ?? DEFAULT_MIN_EFFECT_SIZE,
    psiThreshold: policy.thresholds.warn.psi,
    newCategoryShare: policy.max_new_category_share,
    minValues: policy.min_values,
    identifiers: policy.identifiers,
    thresholds: policy.thresholds,
  };
  const ctx: TestContext = {
    scratch: { buffer: new Float64Array(0) },
    minValues: policy.min_values,
    noData: [],
    identifiers: [],
  };
  const testOne = (w: Planned, isPrediction: boolean): TestedColumn | undefined => {
    const override = overrideFor(w.name, options.method, policy);
    // Identifier-like columns are left out unless the policy says so, or names a method for the column.
    const own = policy.columns[w.name]?.method;
    const spotIds = !isPrediction && policy.identifiers === 'skip' && (own === undefined || own === 'auto');
    const curSample = cur.samples.get(w.name)!;
    cur.samples.delete(w.name);
    if (reference.mode === 'exact') {
      const refSample = refSamples!.get(w.name)!;
      refSamples!.delete(w.name);
      return testExact(w, refSample, curSample, override, spotIds, ctx);
    }
    return testSketch(w, reference.profile, curSample, override, spotIds, ctx);
  };
  const features = planned.flatMap((w) => testOne(w, false) ?? []);
  const predictionResult = predictionPlan ? testOne(predictionPlan, true) : undefined;
  const verdict = decide(features, predictionResult, settings);
  const mode: DriftMode = reference.mode;
  return {
    mode,
    columns: verdict.columns,
    drift_share: verdict.drift_share,
    dataset_drift: verdict.dataset_drift,
    verdict: overallVerdict(verdict.severity, ctx.noData.length),
    ...(verdict.prediction && { prediction_drift: verdict.prediction }),
    severity: verdict.severity,
    rule: describeRule(mode, settings),
    correction: settings.correction,
    alpha: settings.alpha,
    min_effect_size: settings.minEffectSize,
    thresholds: {
      warn: { ...policy.thresholds.warn },
      alert: { ...policy.thresholds.alert },
    },
    max_psi: verdict.max_psi,
    skipped,
    no_data: ctx.noData,
    identifiers: ctx.identifiers,
    min_values: policy.min_values,
    max_new_category_share: policy.max_new_category_share,
    reference: { source: reference.source, rows: referenceRows },
    current: {
      source: currentGlobs.join(', '),
      rows: cur.rows,
      ...(options.window && {
        window: {
          column: options.window.column,
          ...(options.window.from !== undefined && { from: options.window.from }),
          ...(options.window.to !== undefined && { to: options.window.to }),
        },
      }),
    },
  };
}

function overrideFor(
  name: string,
  flag: DriftMethod | undefined,
  policy: DriftPolicy,
): { method: DriftTestMethod | 'auto'; source: 'policy' | 'flag' } | undefined {
  if (flag !== undefined && flag !== 'auto') return { method: flag, source: 'flag' };
  const own = policy.columns[name]?.method;
  return own !== undefined && own !== 'auto' ? { method: own, source: 'policy' } : undefined;
}

/** What the per-column tests share: a sort buffer, and the lists of columns that were not tested. */
interface TestContext {
  readonly scratch: { buffer: Float64Array };
  readonly minValues: number;
  readonly noData: NoDataColumn[];
  readonly identifiers: IdentifierColumn[];
}

/** A column with too few valid values on a side (listed as no data), or undefined. */
function tooFew(
  column: string,
  reference: { values: number; nulls: number },
  current: { values: number; nulls: number },
  min: number,
): NoDataColumn | undefined {
  if (reference.values >= min && current.values >= min) return undefined;
  const side = (what: string, s: { values: number; nulls: number }) =>
    s.values >= min
      ? []
      : [
          s.values === 0
            ? `no values in the ${what} (${s.nulls} null)`
            : `${s.values} value${s.values === 1 ? '' : 's'} in the ${what}, fewer than ${min} (${s.nulls} null)`,
        ];
  return {
    column,
    reference_values: reference.values,
    current_values: current.values,
    reason: [...side('reference', reference), ...side('current data', current)].join('; '),
  };
}

/** Leaves the column out as an identifier when the evidence says it is one; true when it did. */
function leftOutAsIdentifier(column: string, share: number | undefined, ctx: TestContext): boolean {
  if (share === undefined) return false;
  ctx.identifiers.push({ column, distinct_share: share });
  return true;
}

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
function testNumericFinite(input: Parameters<typeof testNumericExact>[0]): TestedColumn {
  const result = testNumericExact(input);
  const { reference: ref, current: cur } = input;
  const big = Math.max(Math.abs(ref[0]!), Math.abs(ref.at(-1)!), Math.abs(cur[0]!), Math.abs(cur.at(-1)!));
  if (!(big > SCALE_ABOVE)) return result;
  const factor = 2 ** -Math.ceil(Math.log2(big));
  const scale = (values: Float64Array) => values.map((x) => x * factor);
  const scaled = testNumericExact({ ...input, reference: scale(ref), current: scale(cur) });
  return { ...result, statistic: scaled.statistic, p_value: scaled.p_value, effect_size: scaled.effect_size };
}

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

function testExact(
  w: Planned,
  ref: ColumnSample,
  cur: ColumnSample,
  override: ReturnType<typeof overrideFor>,
  spotIds: boolean,
  ctx: TestContext,
): TestedColumn | undefined {
  if (ref.kind === 'numeric' && cur.kind === 'numeric') {
    const few = tooFew(
      w.name,
      { values: ref.values.length, nulls: ref.nulls },
      { values: cur.values.length, nulls: cur.nulls },
      ctx.minValues,
    );
    if (few) {
      ctx.noData.push(few);
      return undefined;
    }
    const n = Math.max(ref.values.length, cur.values.length);
    if (ctx.scratch.buffer.length < n) ctx.scratch.buffer = new Float64Array(n);
    sortFloat64(ref.values, ctx.scratch.buffer);
    sortFloat64(cur.values, ctx.scratch.buffer);
    const distinct = countDistinctSorted(ref.values);
    if (spotIds) {
      const share = identifierShare({
        type: 'numeric',
        values: ref.values.length,
        distinct,
        whole: ref.values.every((x) => Number.isInteger(x)),
        min: ref.values[0]!,
        max: ref.values.at(-1)!,
      });
      if (leftOutAsIdentifier(w.name, share, ctx)) return undefined;
    }
    const choice = chooseMethod('exact', { name: w.name, type: 'numeric', referenceDistinct: distinct }, override);
    return testNumericFinite({
      name: w.name,
      reference: ref.values,
      current: cur.values,
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

function testSketch(
  w: Planned,
  profile: Profile,
  cur: ColumnSample,
  override: ReturnType<typeof overrideFor>,
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
      { values: cur.values.length, nulls: cur.nulls },
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
    sortFloat64(cur.values);
    const choice = chooseMethod('sketch', { name: w.name, type: 'numeric', referenceDistinct: null }, override);
    const result = testNumericSketch({
      name: w.name,
      reference: p,
      current: cur.values,
      currentNulls: cur.nulls,
      choice,
    });
    return finiteSketchStatistic(result, p, cur.values);
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
