/**
 * P3: the evaluation gate on a 1M-row holdout. modelship scores a candidate and a champion ONNX
 * model over the same rows (shared/onnx `scoreModels`, one pass, with budget measurements), computes
 * every metric of both, slices, and a 1,000-resample paired bootstrap (shared/evaluate `evaluate`).
 * The limit it is compared with is raw onnxruntime: `session.run` over pre-built row-major float32
 * tensors, same batch size, for both models, and nothing else. The two run interleaved (A B A B …)
 * in this process; the bar is modelship's total ≤ 2× the raw scoring time.
 *
 * The holdout is generated here from a seed (bench/prng.ts): 20 standard-normal features, a label
 * drawn from a known logistic model, and a 5-value slice column. The models are built with
 * examples/onnx-models.ts (MatMul+Add+Sigmoid): the candidate has the true weights, the champion
 * a noisy copy. Data is in memory on both sides: reading files is P1's subject, not this one's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logisticRegressionModel, writeModel } from '../examples/onnx-models.js';
import { defaultPolicy } from '../shared/config/policy.js';
import { budgetsFrom } from '../shared/evaluate/evaluate-dataset.js';
import { evaluate, type EvaluationReport } from '../shared/evaluate/evaluate.js';
import { silentLogger } from '../shared/logger.js';
import { loadModel, type OnnxModel } from '../shared/onnx/model.js';
import { resolveOnnxRuntime } from '../shared/onnx/runtime.js';
import { DEFAULT_SCORE_BATCH, scoreModels } from '../shared/onnx/score.js';
import type { OrtTensor } from '../shared/onnx/ort-types.js';
import { median } from './measure.js';
import { Prng } from './prng.js';

/** Options of runP3. */
export interface P3Options {
  rows: number;
  rounds: number;
  resamples?: number;
  log: (message: string) => void;
}

const FEATURES = 20;
const SLICE_VALUES = ['na', 'eu', 'apac', 'latam', 'mea'];

/** The generated holdout: feature columns, label, slice codes and the row-major matrix raw ORT is fed. */
export interface Holdout {
  columns: Record<string, Float64Array>;
  label: Float64Array;
  slice: Int32Array;
  /** Row-major float32 features, as the raw contender feeds ORT. */
  matrix: Float32Array;
}

/** The P3 holdout (seeded) and the weights of its candidate (true) and champion (noisy) models. */
export function holdout(rows: number): { data: Holdout; weights: number[]; noisy: number[] } {
  const rng = new Prng(3);
  const weights = Array.from({ length: FEATURES }, (_, j) => (j % 2 ? 1 : -1) * (0.2 + rng.next()));
  const noisy = weights.map((w) => w + 0.35 * rng.normal());
  const columns: Record<string, Float64Array> = {};
  const cols = Array.from({ length: FEATURES }, (_, j) => (columns[`f${j}`] = new Float64Array(rows)));
  const label = new Float64Array(rows);
  const slice = new Int32Array(rows);
  const matrix = new Float32Array(rows * FEATURES);
  for (let i = 0; i < rows; i++) {
    let z = 0;
    for (let j = 0; j < FEATURES; j++) {
      const v = rng.normal();
      cols[j]![i] = v;
      matrix[i * FEATURES + j] = v;
      z += weights[j]! * v;
    }
    label[i] = rng.next() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
    slice[i] = rng.int(0, SLICE_VALUES.length - 1);
  }
  return { data: { columns, label, slice, matrix }, weights, noisy };
}

/** Raw ORT: `session.run` over pre-built row-major float32 tensors, same batches, both models. */
async function raw(models: readonly OnnxModel[], matrix: Float32Array, rows: number, batch: number): Promise<number> {
  let checksum = 0;
  for (const model of models) {
    const { Tensor } = model.runtime.ort;
    const input = model.inputs[0]!.name;
    const output = model.outputs[0]!.name;
    for (let start = 0; start < rows; start += batch) {
      const n = Math.min(batch, rows - start);
      const feeds: Record<string, OrtTensor> = {
        [input]: new Tensor('float32', matrix.subarray(start * FEATURES, (start + n) * FEATURES), [n, FEATURES]),
      };
      const out = (await model.session.run(feeds, [output]))[output]!;
      checksum += (out.data as Float32Array)[0]!;
    }
  }
  return checksum;
}

/** modelship: score both models in one pass (with measurements), then metrics, slices, bootstrap and the gate. */
async function modelship(
  champion: OnnxModel,
  candidate: OnnxModel,
  data: Holdout,
  resamples: number,
): Promise<{ report: EvaluationReport; scoreMs: number; evaluateMs: number }> {
  const t0 = performance.now();
  const [champ, cand] = await scoreModels([{ model: champion }, { model: candidate }], data.columns, {
    task: 'binary',
    measure: true,
    featureColumns: Object.keys(data.columns),
  });
  const t1 = performance.now();
  const base = defaultPolicy().defaults.evaluate;
  const report = evaluate({
    labels: { task: 'binary', label: data.label },
    candidate: cand!.predictions,
    champion: champ!.predictions,
    slices: [{ name: 'region', codes: data.slice, values: SLICE_VALUES }],
    policy: { ...base, bootstrap: { ...base.bootstrap, resamples } },
    measurements: budgetsFrom(cand!.measurements!, DEFAULT_SCORE_BATCH),
  });
  return { report, scoreMs: t1 - t0, evaluateMs: performance.now() - t1 };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

/** Runs P3 and prints its table; returns false when it could not run fairly. */
export async function runP3(options: P3Options): Promise<boolean> {
  const { rows, rounds, log } = options;
  const resamples = options.resamples ?? 1000;
  log(`P3: generating ${rows.toLocaleString('en')} rows × ${FEATURES} features …`);
  const { data, weights, noisy } = holdout(rows);
  const dir = mkdtempSync(join(tmpdir(), 'modelship-p3-'));
  const runtime = await resolveOnnxRuntime({
    searchFrom: [import.meta.dirname],
    arch: process.arch,
    logger: silentLogger,
  });
  const champion = await loadModel(writeModel(logisticRegressionModel({ weights: noisy }), 'champion.onnx', dir), {
    runtime,
  });
  const candidate = await loadModel(writeModel(logisticRegressionModel({ weights }), 'candidate.onnx', dir), {
    runtime,
  });
  const models = [champion, candidate];
  try {
    // Warm-up (not timed): first sessions runs and JIT.
    await raw(models, data.matrix, Math.min(rows, 50_000), DEFAULT_SCORE_BATCH);
    const rawTimes: number[] = [];
    const totals: number[] = [];
    const scoring: number[] = [];
    const evaluating: number[] = [];
    let last: EvaluationReport | undefined;
    for (let r = 0; r < rounds; r++) {
      const a0 = performance.now();
      await raw(models, data.matrix, rows, DEFAULT_SCORE_BATCH);
      rawTimes.push(performance.now() - a0);
      const b0 = performance.now();
      const run = await modelship(champion, candidate, data, resamples);
      totals.push(performance.now() - b0);
      scoring.push(run.scoreMs);
      evaluating.push(run.evaluateMs);
      last = run.report;
      log(`  round ${r + 1}/${rounds}: raw ${fmt(rawTimes[r]!)}, modelship ${fmt(totals[r]!)}`);
    }
    const rawMedian = median(rawTimes);
    const total = median(totals);
    const ratio = total / rawMedian;
    const auc = last!.comparison.find((c) => c.metric === 'roc_auc')!;
    console.log(
      [
        '',
        `P3 evaluate: ${rows.toLocaleString('en')} rows × ${FEATURES} features, candidate and champion (MatMul+Add+Sigmoid), batch ${DEFAULT_SCORE_BATCH.toLocaleString('en')}, ${resamples.toLocaleString('en')}-resample paired bootstrap; median of ${rounds} interleaved rounds`,
        '',
        '| contender | median | × raw ORT |',
        '|---|---:|---:|',
        `| raw ORT \`session.run\`, both models (the limit) | ${fmt(rawMedian)} | 1.00 |`,
        `| modelship: scoring both models (one pass, measured) | ${fmt(median(scoring))} | ${(median(scoring) / rawMedian).toFixed(2)} |`,
        `| modelship: metrics, slices, bootstrap, gate | ${fmt(median(evaluating))} | ${(median(evaluating) / rawMedian).toFixed(2)} |`,
        `| **modelship total** | **${fmt(total)}** | **${ratio.toFixed(2)}** |`,
        '',
        `roc_auc candidate ${last!.candidate.metrics.roc_auc?.toFixed(4)} vs champion ${last!.champion!.metrics.roc_auc?.toFixed(4)}: Δ ${auc.delta?.toFixed(4)}, 95% CI [${auc.ci_low?.toFixed(4)}, ${auc.ci_high?.toFixed(4)}] over ${auc.resamples} resamples; gate ${last!.gate.passed ? 'passed' : 'failed'}`,
        `Bar: total ≤ 2× raw ORT — ${ratio <= 2 ? 'met' : 'MISSED'} (${ratio.toFixed(2)}×).`,
        '',
      ].join('\n'),
    );
    return true;
  } finally {
    for (const m of models) await m.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
