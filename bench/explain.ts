/**
 * Explain: what permutation importance adds to an evaluation (issue 18's bar: under 1 s). The
 * holdout and the two models are P3's (bench/p3.ts: 20 standard-normal features, a logistic label,
 * MatMul+Add+Sigmoid candidate and noisy champion); the holdout's rows are sampled down to 100,000
 * (seeded) and each model gets 20 features × 5 repeats = 100 permuted passes plus its baseline.
 *
 * The floor it is compared with, interleaved in the same process: raw onnxruntime `session.run` over
 * a pre-built row-major float32 matrix of the same 100,000 rows, 101 times per model, in the
 * importance's batches (`DEFAULT_IMPORTANCE_BATCH`) — the scoring the importance cannot avoid, with
 * no permuting and no metric. The candidate alone is computed on the calling thread; both models
 * as the evaluation computes them (shared/explain/importance-pool.ts: the candidate on the calling
 * thread, the champion on a worker, and the calling thread, once done, takes the champion's features
 * the worker has not claimed yet). Both results must equal the calling thread's alone (the champion's
 * computed once, before the rounds), or the run fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { logisticRegressionModel, writeModel } from '../examples/onnx-models.js';
import {
  DEFAULT_IMPORTANCE_BATCH,
  permutationImportance,
  type ImportanceResult,
} from '../shared/explain/importance.js';
import { permutationImportances } from '../shared/explain/importance-pool.js';
import { silentLogger } from '../shared/logger.js';
import { loadModel, type OnnxModel } from '../shared/onnx/model.js';
import type { OrtTensor } from '../shared/onnx/ort-types.js';
import { resolveOnnxRuntime } from '../shared/onnx/runtime.js';
import { median } from './measure.js';
import { holdout } from './p3.js';

/** Options of runExplain. */
export interface ExplainBenchOptions {
  /** Holdout rows (sampled down to `sample`). */
  rows: number;
  rounds: number;
  log: (message: string) => void;
}

const SAMPLE = 100_000;
const REPEATS = 5;

/** Raw ORT: `passes` runs of each model over the first `rows` rows of the `width`-wide `matrix`, in batches. */
async function raw(
  models: readonly OnnxModel[],
  matrix: Float32Array,
  width: number,
  rows: number,
  passes: number,
): Promise<number> {
  let checksum = 0;
  for (const model of models) {
    const { Tensor } = model.runtime.ort;
    const input = model.inputs[0]!.name;
    const output = model.outputs[0]!.name;
    for (let p = 0; p < passes; p++) {
      for (let start = 0; start < rows; start += DEFAULT_IMPORTANCE_BATCH) {
        const n = Math.min(DEFAULT_IMPORTANCE_BATCH, rows - start);
        const feeds: Record<string, OrtTensor> = {
          [input]: new Tensor('float32', matrix.subarray(start * width, (start + n) * width), [n, width]),
        };
        checksum += ((await model.session.run(feeds, [output]))[output]!.data as Float32Array)[0]!;
      }
    }
  }
  return checksum;
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

/** Runs the explain benchmark and prints its table; returns false when it could not run fairly. */
export async function runExplain(options: ExplainBenchOptions): Promise<boolean> {
  const { rows, rounds, log } = options;
  log(`explain: generating ${rows.toLocaleString('en')} rows × 20 features …`);
  const { data, weights, noisy } = holdout(rows);
  const features = Object.keys(data.columns);
  const sample = Math.min(SAMPLE, rows);
  const dir = mkdtempSync(join(tmpdir(), 'modelship-explain-'));
  const runtime = await resolveOnnxRuntime({
    searchFrom: [import.meta.dirname],
    arch: process.arch,
    logger: silentLogger,
  });
  const championPath = writeModel(logisticRegressionModel({ weights: noisy }), 'champion.onnx', dir);
  const candidatePath = writeModel(logisticRegressionModel({ weights }), 'candidate.onnx', dir);
  const champion = await loadModel(championPath, { runtime });
  const candidate = await loadModel(candidatePath, { runtime });
  const workers = availableParallelism();
  const models = [champion, candidate];
  const labels = { task: 'binary' as const, label: data.label };
  const jobOptions = { columns: data.columns, labels, featureColumns: features, repeats: REPEATS, sample };
  const importance = (model: OnnxModel) => permutationImportance({ model, ...jobOptions });
  try {
    await raw(models, data.matrix, features.length, sample, 2); // warm-up, not timed
    // The champion's importance on the calling thread alone, which the pooled one must equal.
    const championAlone = JSON.stringify(await importance(champion));
    const passes = features.length * REPEATS + 1;
    // Wall time, and the process's CPU time (every thread, ORT's included): on a shared machine the
    // CPU time moves less with the load than the wall time does.
    const rawTimes: number[] = [];
    const candidateTimes: number[] = [];
    const bothTimes: number[] = [];
    const rawCpu: number[] = [];
    const candidateCpu: number[] = [];
    const bothCpu: number[] = [];
    const cpuSince = (start: NodeJS.CpuUsage) => {
      const { user, system } = process.cpuUsage(start);
      return (user + system) / 1000;
    };
    let last: ImportanceResult | undefined;
    for (let r = 0; r < rounds; r++) {
      const a0 = performance.now();
      const c0 = process.cpuUsage();
      await raw(models, data.matrix, features.length, sample, passes);
      rawTimes.push(performance.now() - a0);
      rawCpu.push(cpuSince(c0));
      const b0 = performance.now();
      const c1 = process.cpuUsage();
      last = await importance(candidate);
      candidateTimes.push(performance.now() - b0);
      candidateCpu.push(cpuSince(c1));
      // Both, as the evaluation computes them: side by side on the machine's threads.
      const b2 = performance.now();
      const c2 = process.cpuUsage();
      const [pooled, pooledChampion] = await permutationImportances(
        [
          { model: candidate, path: candidatePath, options: jobOptions },
          { model: champion, path: championPath, options: jobOptions },
        ],
        { workers, cwd: dir },
      );
      bothTimes.push(performance.now() - b2);
      bothCpu.push(cpuSince(c2));
      if (JSON.stringify(pooled) !== JSON.stringify(last) || JSON.stringify(pooledChampion) !== championAlone) {
        log('explain: the importance on worker threads differs from the one on the calling thread');
        return false;
      }
      log(
        `  round ${r + 1}/${rounds}: raw ${fmt(rawTimes[r]!)} (CPU ${fmt(rawCpu[r]!)}), importance of both ${fmt(bothTimes[r]!)} (CPU ${fmt(bothCpu[r]!)})`,
      );
    }
    const rawMedian = median(rawTimes);
    const both = median(bothTimes);
    const rawCpuMedian = median(rawCpu);
    const row = (name: string, wall: number[], cpu: number[], bold = false) => {
      const b = (text: string) => (bold ? `**${text}**` : text);
      const w = median(wall);
      const c = median(cpu);
      return `| ${b(name)} | ${b(fmt(w))} | ${b((w / rawMedian).toFixed(2))} | ${fmt(c)} | ${(c / rawCpuMedian).toFixed(2)} |`;
    };
    const top = [...last!.features].sort((a, b) => b.mean - a.mean).slice(0, 3);
    console.log(
      [
        '',
        `Explain: permutation importance, ${features.length} features × ${REPEATS} repeats on a ${sample.toLocaleString('en')}-row seeded sample of ${rows.toLocaleString('en')} rows, P3's candidate and champion (MatMul+Add+Sigmoid), metric roc_auc, batch ${DEFAULT_IMPORTANCE_BATCH.toLocaleString('en')}; median of ${rounds} interleaved rounds`,
        '',
        '| contender | median | × raw ORT | CPU time (median) | CPU × raw ORT |',
        '|---|---:|---:|---:|---:|',
        row(`raw ORT \`session.run\`, ${passes} passes × both models (the floor)`, rawTimes, rawCpu),
        row('modelship: importance of the candidate', candidateTimes, candidateCpu),
        row(
          `modelship: importance of candidate and champion (added to the evaluation; ${workers} threads)`,
          bothTimes,
          bothCpu,
          true,
        ),
        '',
        `Candidate baseline roc_auc ${last!.baseline.toFixed(4)}; top features ${top.map((f) => `${f.feature} ${f.mean.toFixed(4)} [${f.ci_low?.toFixed(4)}, ${f.ci_high?.toFixed(4)}]`).join(', ')}`,
        `Bar: importance of both models adds < 1 s — ${both < 1000 ? 'met' : 'MISSED'} (${fmt(both)}).`,
        '',
      ].join('\n'),
    );
    return true;
  } finally {
    for (const m of models) await m.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
