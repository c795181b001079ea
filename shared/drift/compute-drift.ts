/**
 * `computeDrift`: the one entry the CLI and the drift-report action share. It reads the reference
 * (raw data → exact mode, a profile → sketch mode) and the current data (files or prediction logs,
 * optionally only a time window), picks each column's test by the rule (or the policy's or the
 * flag's override), runs the tests, and returns the report of shared/drift/report.ts. Every mistake
 * in the inputs (a missing file, an invalid profile, a column missing from the current data, a
 * numeric column that holds text, an empty current dataset) is a UserError that says what to do.
 */
import { defaultPolicy, type DriftMethod, type DriftPolicy } from '../config/policy.js';
import { didYouMean } from '../config/did-you-mean.js';
import type { ColumnType } from '../data/batch.js';
import type { Dataset } from '../data/dataset.js';
import { openDataset, parseTimestamp } from '../data/index.js';
import { UserError } from '../errors.js';
import { parseProfile } from '../profile/parse.js';
import type { Profile } from '../profile/types.js';
import { readUserFile } from '../read-user-file.js';
import {
  collectColumns,
  type CategoricalSample,
  type ColumnSample,
  type NumericSample,
  type RowWindow,
} from './collect.js';
import type { TestedColumn } from './column-result.js';
import { countDistinctSorted, testCategoricalExact, testNumericExact } from './exact-tests.js';
import type { DriftMode, DriftReport, DriftTestMethod } from './report.js';
import { chooseMethod, DEFAULT_MIN_EFFECT_SIZE, describeRule, LOW_CARDINALITY, type RuleSettings } from './rule.js';
import { testCategoricalSketch, testNumericSketch } from './sketch-tests.js';
import { sortFloat64 } from '../stats/radix-sort.js';
import { decide } from './verdict.js';

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
    else return { name, kind: type === 'number' ? 'numeric' : 'categorical' };
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
    thresholds: policy.thresholds,
  };
  const scratch = { buffer: new Float64Array(0) };
  const testOne = (w: Planned): TestedColumn | undefined => {
    const override = overrideFor(w.name, options.method, policy);
    const curSample = cur.samples.get(w.name)!;
    cur.samples.delete(w.name);
    if (reference.mode === 'exact') {
      const refSample = refSamples!.get(w.name)!;
      refSamples!.delete(w.name);
      return testExact(w, refSample, curSample, override, scratch, skipped);
    }
    return testSketch(w, reference.profile, curSample, override, skipped);
  };
  const features = planned.flatMap((w) => testOne(w) ?? []);
  const predictionResult = predictionPlan ? testOne(predictionPlan) : undefined;
  const verdict = decide(features, predictionResult, settings);
  const mode: DriftMode = reference.mode;
  return {
    mode,
    columns: verdict.columns,
    drift_share: verdict.drift_share,
    dataset_drift: verdict.dataset_drift,
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

/** Why a column cannot be tested (a side without values), or undefined. */
function emptySide(refCount: number, curCount: number): string | undefined {
  if (refCount === 0 && curCount === 0) return 'no values on either side (all null)';
  if (refCount === 0) return 'no values in the reference (all null)';
  if (curCount === 0) return 'no values in the current data (all null)';
  return undefined;
}

function testExact(
  w: Planned,
  ref: ColumnSample,
  cur: ColumnSample,
  override: ReturnType<typeof overrideFor>,
  scratch: { buffer: Float64Array },
  skipped: { column: string; reason: string }[],
): TestedColumn | undefined {
  if (ref.kind === 'numeric' && cur.kind === 'numeric') {
    const empty = emptySide(ref.values.length, cur.values.length);
    if (empty) {
      skipped.push({ column: w.name, reason: empty });
      return undefined;
    }
    const n = Math.max(ref.values.length, cur.values.length);
    if (scratch.buffer.length < n) scratch.buffer = new Float64Array(n);
    sortFloat64(ref.values, scratch.buffer);
    sortFloat64(cur.values, scratch.buffer);
    const distinct = countDistinctSorted(ref.values, LOW_CARDINALITY);
    const choice = chooseMethod('exact', { name: w.name, type: 'numeric', referenceDistinct: distinct }, override);
    return testNumericExact({
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
  const empty = emptySide(r.counts.size, c.counts.size);
  if (empty) {
    skipped.push({ column: w.name, reason: empty });
    return undefined;
  }
  const choice = chooseMethod(
    'exact',
    { name: w.name, type: 'categorical', referenceDistinct: r.counts.size },
    override,
  );
  return testCategoricalExact({
    name: w.name,
    reference: r.counts,
    current: c.counts,
    referenceNulls: r.nulls,
    currentNulls: c.nulls,
    choice,
  });
}

function testSketch(
  w: Planned,
  profile: Profile,
  cur: ColumnSample,
  override: ReturnType<typeof overrideFor>,
  skipped: { column: string; reason: string }[],
): TestedColumn | undefined {
  const p = profile.columns[w.name];
  if (p === undefined)
    throw new UserError(`the profile has no entry for column \`${w.name}\``, {
      location: { key: `columns.${w.name}` },
    });
  if (p.type !== 'category' && cur.kind === 'numeric') {
    const empty = emptySide(p.count, cur.values.length);
    if (empty) {
      skipped.push({ column: w.name, reason: empty });
      return undefined;
    }
    sortFloat64(cur.values);
    const choice = chooseMethod('sketch', { name: w.name, type: 'numeric', referenceDistinct: null }, override);
    return testNumericSketch({ name: w.name, reference: p, current: cur.values, currentNulls: cur.nulls, choice });
  }
  if (p.type === 'category' && cur.kind === 'categorical') {
    const empty = emptySide(p.count, cur.counts.size);
    if (empty) {
      skipped.push({ column: w.name, reason: empty });
      return undefined;
    }
    const choice = chooseMethod(
      'sketch',
      { name: w.name, type: 'categorical', referenceDistinct: p.distinct },
      override,
    );
    return testCategoricalSketch({ name: w.name, reference: p, current: cur.counts, currentNulls: cur.nulls, choice });
  }
  throw new Error(`column ${w.name}: profile type ${p.type} and current sample ${(cur as NumericSample).kind} differ`);
}
