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
import { defaultPolicy } from '../config/policy.js';
import type { ColumnType } from '../data/batch.js';
import { openDataset } from '../data/index.js';
import { UserError } from '../errors.js';
import { collectColumns, type ColumnSample, type WantedColumn } from './collect.js';
import type { DriftOptions } from './drift-options.js';
import { testDriftColumn, type DriftColumnOutput } from './drift-task.js';
import { methodOverride } from './method-override.js';
import { openReference } from './open-reference.js';
import { planColumns } from './plan-columns.js';
import type { DriftMode, DriftReport } from './report.js';
import { resolveWindow } from './resolve-window.js';
import { startWorkers } from './start-workers.js';
import { DEFAULT_MIN_EFFECT_SIZE, describeRule, type RuleSettings } from './rule.js';
import { testSketchColumn } from './sketch-column.js';
import type { TestContext } from './test-context.js';
import { decide, overallVerdict } from './verdict.js';

/**
 * Below this many numeric values (both sides, every column) the columns are tested on the calling
 * thread: counting a million values takes about 20 ms, starting a worker 30–60 ms.
 */
const PARALLEL_MIN_VALUES = 2_000_000;

function numericValues(...sides: (ReadonlyMap<string, ColumnSample> | undefined)[]): number {
  let n = 0;
  for (const side of sides) for (const s of side?.values() ?? []) if (s.kind === 'numeric') n += s.size;
  return n;
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
  if (reference.mode === 'exact') startWorkers(options.pool, reference.dataset.totalBytes);
  const refSchema = reference.mode === 'exact' ? reference.dataset.schema.columns : reference.profile.schema.columns;
  const refType = new Map(refSchema.map((c) => [c.name, c.type]));
  const refNames = refSchema.map((c) => c.name);

  const window = resolveWindow(options.window, refSchema, refType, reference.source);

  // Read the current data with the reference's types, so a number column that holds text shows up.
  const typeHints: Record<string, ColumnType> = Object.fromEntries(refSchema.map((c) => [c.name, c.type]));
  if (window) typeHints[window.column] = 'timestamp';
  const currentGlobs = typeof options.current === 'string' ? [options.current] : [...options.current];
  const current = await openDataset(currentGlobs, {
    cwd: options.cwd,
    typeHints,
    ...(options.pool && { pool: options.pool }),
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
  const plan = planColumns({
    options,
    policy,
    mode: reference.mode,
    refNames,
    refType,
    curNames,
    window,
    referenceSource: reference.source,
    currentFile: current.files[0],
  });

  // Stream both sides at once (the reference only in exact mode): on a pool, the byte ranges of
  // both files are parsed side by side, and collected (numbers counted) on the workers that parse
  // them (collect-on-workers.ts). A reference error is reported before a current one.
  options.onPhase?.('read');
  const [refRead, curRead] = await Promise.allSettled([
    reference.mode === 'exact'
      ? collectColumns(reference.dataset, plan.wanted, 'reference data', undefined, options.pool)
      : undefined,
    // Sketch mode tests the current data's raw values, so they are collected on this thread.
    collectColumns(current, plan.wanted, 'current data', window, reference.mode === 'exact' ? options.pool : undefined),
  ]);
  if (refRead.status === 'rejected') throw refRead.reason;
  if (curRead.status === 'rejected') throw curRead.reason;
  let refSamples: Map<string, ColumnSample> | undefined;
  let referenceRows: number;
  if (reference.mode === 'exact') {
    const collected = refRead.value!;
    if (collected.rows === 0) {
      throw new UserError('the reference data has no rows', {
        location: { file: reference.dataset.files[0] },
        hint: 'Give reference data with at least one row (the data the model was trained on)',
      });
    }
    refSamples = collected.samples;
    referenceRows = collected.rows;
  } else referenceRows = reference.profile.rowCount;
  const cur = curRead.value;
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
  options.onPhase?.('test');
  // Exact-mode columns go to the pool when there is enough to spread (else starting workers costs
  // more than it saves); every column's outcome is merged back in column order, so the report does
  // not depend on the number of workers.
  const pool =
    options.pool && options.pool.size > 1 && numericValues(refSamples, cur.samples) >= PARALLEL_MIN_VALUES
      ? options.pool
      : undefined;
  const testOne = async (w: WantedColumn, isPrediction: boolean): Promise<DriftColumnOutput> => {
    const override = methodOverride(w.name, options.method, policy);
    // Identifier-like columns are left out unless the policy says so, or names a method for the column.
    const own = policy.columns[w.name]?.method;
    const spotIds = !isPrediction && policy.identifiers === 'skip' && (own === undefined || own === 'auto');
    const curSample = cur.samples.get(w.name)!;
    cur.samples.delete(w.name);
    if (reference.mode === 'exact') {
      const refSample = refSamples!.get(w.name)!;
      refSamples!.delete(w.name);
      const input = {
        column: w,
        reference: refSample,
        current: curSample,
        override,
        spotIds,
        minValues: policy.min_values,
      };
      return pool ? pool.run('drift.column', input) : testDriftColumn(input);
    }
    const local: TestContext = { ...ctx, noData: [], identifiers: [] };
    const tested = testSketchColumn(w, reference.profile, curSample, override, spotIds, local);
    return {
      ...(tested && { tested }),
      ...(local.noData[0] && { noData: local.noData[0] }),
      ...(local.identifiers[0] && { identifier: local.identifiers[0] }),
    };
  };
  const outcomes = await Promise.all([
    ...plan.features.map((w) => testOne(w, false)),
    ...(plan.prediction ? [testOne(plan.prediction, true)] : []),
  ]);
  for (const o of outcomes) {
    if (o.noData) ctx.noData.push(o.noData);
    if (o.identifier) ctx.identifiers.push(o.identifier);
  }
  const features = outcomes.slice(0, plan.features.length).flatMap((o) => o.tested ?? []);
  const predictionResult = plan.prediction ? outcomes.at(-1)!.tested : undefined;
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
    skipped: plan.skipped,
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
