/**
 * P3: the evaluation gate on a 1M-row holdout. modelship scores a candidate and a champion ONNX
 * model over the same rows (shared/onnx `scoreModels`, one pass, with budget measurements), computes
 * every metric of both, slices, and a 1,000-resample paired bootstrap on a pool of worker threads
 * (shared/evaluate `evaluateOnPool`, one thread per CPU, the pool opened per evaluation as the CLI
 * does). Scoring is compared with raw onnxruntime: `session.run` over pre-built row-major float32
 * tensors, same batch size, for both models, and nothing else; modelship's scoring is the pass over
 * the rows, and the batch-1 latency probe that follows it has its own row (a measurement for the
 * latency budget, not scoring: ScoreResult.probeMs). Diagnostic floor rows (no bar) time the staging
 * copy alone and raw ORT with its input in cache, whose sum is the least a one-thread pass can take
 * (`stagingAlone`, `rawInCache`). All of it is measured in a plain `node` process
 * running an esbuild bundle of bench/p3-child.ts, with the pool's worker entry beside it, as the
 * bundled CLI runs: not in the bench's own tsx process, whose module loading detaches an ArrayBuffer
 * in the main thread once onnxruntime-node is loaded, which the CLI never does (that invalidates
 * V8's ArrayBufferDetaching protector, and every typed-array access of the thread then checks for a
 * detached buffer: the staging copy took 35–38 ms there against 25 ms in plain node, raw ORT the
 * same; see shared/parallel/worker-entry.ts). The bootstrap is compared with a
 * vectorised numpy Poisson bootstrap of the same metric on the same scores (bench/p3_numpy.py, run
 * on fewer resamples and extrapolated linearly). All run interleaved in each round. After the
 * rounds, the bootstrap alone runs on 1, 2 and 4 workers and its intervals are compared bit for bit.
 * Bars (issue 17): scoring ≤ 1.5× raw ORT; total ≤ 3 s; ≥ 20× faster than the numpy peer.
 *
 * The holdout is generated here from a seed (bench/prng.ts): 20 standard-normal features, a label
 * drawn from a known logistic model, and a 5-value slice column. The models are built with
 * examples/onnx-models.ts (MatMul+Add+Sigmoid): the candidate has the true weights, the champion
 * a noisy copy. Data is in memory on both sides: reading files is P1's subject, not this one's.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { logisticRegressionModel, writeModel } from '../examples/onnx-models.js';
import type { BootstrapInterval } from '../shared/evaluate/bootstrap.js';
import type { EvaluationReport } from '../shared/evaluate/evaluate.js';
import type { Predictions } from '../shared/evaluate/predictions.js';
import { silentLogger } from '../shared/logger.js';
import { loadModel, type OnnxModel } from '../shared/onnx/model.js';
import { resolveOnnxRuntime } from '../shared/onnx/runtime.js';
import type { OrtTensor } from '../shared/onnx/ort-types.js';
import { esbuildWithWorker } from './bundles.js';
import { median } from './measure.js';
import { Prng } from './prng.js';

/** Options of runP3. */
export interface P3Options {
  rows: number;
  rounds: number;
  resamples?: number;
  log: (message: string) => void;
}

/** What the measuring process measures with (the library, and whether it is bundled) and where bench/ is (the numpy peer's script). */
interface MeasureContext {
  lib: Library;
  /** False when the bundle failed to build and this process measures the TypeScript sources. */
  bundled: boolean;
  benchDir: string;
}

const FEATURES = 20;

/** The library as P3 measures it: bench/p3-library.ts (bundled into bench/p3-child.ts, see runP3). */
type Library = typeof import('./p3-library.js');

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

/**
 * The first half of modelship's floor: the staging copy alone, every row of the float64 columns into
 * the float32 feed buffer `batch` rows at a time, as the scoring pass stages them (the library's own
 * FeatureStaging), with no `session.run`. Milliseconds.
 */
function stagingAlone(lib: Library, model: OnnxModel, columns: Holdout['columns'], batch: number): number {
  const t0 = performance.now();
  const memory = lib.columnsAsBatch(columns);
  const staging = new lib.FeatureStaging(batch, true, false);
  staging.groupFor(lib.planFeeds(model, memory.schema, { featureColumns: Object.keys(columns) }));
  const cols = staging.columnsOf(memory.batch);
  for (let r = 0; r < memory.batch.length;) {
    r += staging.append(memory.batch, cols, r);
    if (staging.full) staging.clear();
  }
  return performance.now() - t0;
}

/**
 * The other half: raw ORT as modelship's pass calls it, both models on each batch in turn, every run
 * fed the same `batch` rows (the first ones), so the input is in cache as a freshly staged batch is.
 * Staging alone plus this is the least a pass on one thread can take: ORT's `session.run` is
 * synchronous, so the copy of the next batch cannot overlap the runs of this one.
 */
async function rawInCache(
  models: readonly OnnxModel[],
  matrix: Float32Array,
  rows: number,
  batch: number,
): Promise<number> {
  let checksum = 0;
  const staged = matrix.slice(0, batch * FEATURES);
  for (let start = 0; start < rows; start += batch) {
    const n = Math.min(batch, rows - start);
    for (const model of models) {
      const { Tensor } = model.runtime.ort;
      const input = model.inputs[0]!.name;
      const output = model.outputs[0]!.name;
      const feeds = { [input]: new Tensor('float32', staged.subarray(0, n * FEATURES), [n, FEATURES]) };
      const out = (await model.session.run(feeds, [output]))[output]!;
      checksum += (out.data as Float32Array)[0]!;
    }
  }
  return checksum;
}

/** modelship: score both models in one pass (with measurements), then metrics, slices, bootstrap and the gate. */
async function modelship(
  lib: Library,
  champion: OnnxModel,
  candidate: OnnxModel,
  data: Holdout,
  resamples: number,
  workers: number,
): Promise<{
  report: EvaluationReport;
  scoreMs: number;
  probeMs: number;
  evaluateMs: number;
  scores: [Float64Array, Float64Array];
}> {
  const t0 = performance.now();
  const { budgetsFrom, defaultPolicy, evaluateOnPool, openPool, scoreModels, DEFAULT_SCORE_BATCH } = lib;
  const [champ, cand] = await scoreModels([{ model: champion }, { model: candidate }], data.columns, {
    task: 'binary',
    measure: true,
    featureColumns: Object.keys(data.columns),
  });
  const t1 = performance.now();
  const base = defaultPolicy().defaults.evaluate;
  // As `modelship evaluate` does: a pool of `workers` threads opened for this evaluation and closed after.
  const pool = openPool(workers);
  try {
    const report = await evaluateOnPool(
      {
        labels: { task: 'binary', label: data.label },
        candidate: cand!.predictions,
        champion: champ!.predictions,
        slices: [{ name: 'region', codes: data.slice, values: SLICE_VALUES }],
        policy: { ...base, bootstrap: { ...base.bootstrap, resamples } },
        measurements: budgetsFrom(cand!.measurements!, DEFAULT_SCORE_BATCH),
      },
      pool,
    );
    const score = (p: Predictions) => (p.task === 'binary' ? p.score : new Float64Array(0));
    return {
      report,
      scoreMs: t1 - t0,
      probeMs: (champ!.probeMs ?? 0) + (cand!.probeMs ?? 0),
      evaluateMs: performance.now() - t1,
      scores: [score(cand!.predictions), score(champ!.predictions)],
    };
  } finally {
    await pool.close();
  }
}

/** The bootstrap alone (the primary metric, as evaluate runs it at this size) on a fresh pool of `workers`. */
async function bootstrapAlone(
  lib: Library,
  label: Float64Array,
  scores: [Float64Array, Float64Array],
  resamples: number,
  workers: number,
): Promise<{ ms: number; interval: BootstrapInterval }> {
  const { defaultPolicy, openPool, pairedBootstrapOnPool } = lib;
  const base = defaultPolicy().defaults.evaluate;
  const pool = openPool(workers);
  try {
    const t0 = performance.now();
    const [interval] = await pairedBootstrapOnPool(
      { task: 'binary', label },
      { task: 'binary', score: scores[0] },
      { task: 'binary', score: scores[1] },
      ['roc_auc'],
      { resamples, seed: base.bootstrap.seed, confidence: base.confidence },
      pool,
    );
    return { ms: performance.now() - t0, interval: interval! };
  } finally {
    await pool.close();
  }
}

/** The numpy peer (bench/p3_numpy.py) on the same labels and scores; seconds for its resamples. */
function numpyPeer(
  benchDir: string,
  file: string,
  dir: string,
  resamples: number,
  seed: number,
): { s: number; ci: [number, number] } {
  const out = join(dir, 'numpy.json');
  execFileSync(
    'python3',
    [
      join(benchDir, 'p3_numpy.py'),
      '--data',
      file,
      '--resamples',
      String(resamples),
      '--seed',
      String(seed),
      '--out',
      out,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const result = JSON.parse(readFileSync(out, 'utf8')) as { seconds: number; ci: [number, number] };
  return { s: result.seconds, ci: result.ci };
}

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

/**
 * Runs P3 in a plain `node` process (see the file comment): bundles bench/p3-child.ts and the pool's
 * worker entry with esbuild into .bench/p3-run/ (rebuilt every run, so never stale; about a second)
 * and runs it, its tables on this process's stdout. Falls back to measuring here, through tsx (the
 * workers too, most of a second slower to start), when esbuild fails, and says so. Returns false
 * when P3 could not run fairly.
 */
export async function runP3(options: P3Options): Promise<boolean> {
  const root = join(import.meta.dirname, '..');
  let bundle: string;
  try {
    bundle = esbuildWithWorker(root, 'bench/p3-child.ts', join(root, '.bench', 'p3-run'));
  } catch (error) {
    options.log(
      `P3: esbuild failed, measuring the TypeScript sources in this process (workers through tsx): ${String((error as Error).message)}`,
    );
    const lib = await import('./p3-library.js');
    return measureP3(options, { lib, bundled: false, benchDir: import.meta.dirname });
  }
  const { rows, rounds, resamples } = options;
  const child = spawnSync(
    process.execPath,
    [bundle, JSON.stringify({ rows, rounds, resamples, benchDir: import.meta.dirname })],
    {
      stdio: 'inherit',
    },
  );
  return child.status === 0;
}

/** Measures P3 in this process with `context.lib` and prints its tables; returns false when it could not run fairly. */
export async function measureP3(options: P3Options, context: MeasureContext): Promise<boolean> {
  const { rows, rounds, log } = options;
  const { lib, bundled, benchDir } = context;
  const resamples = options.resamples ?? 1000;
  const workers = availableParallelism();
  // The numpy peer's resamples: a few minutes at 1,000, so it runs fewer and is extrapolated linearly.
  const numpyResamples = Math.min(resamples, Math.max(10, Number(process.env.P3_NUMPY_RESAMPLES ?? 100)));
  const probe = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
  const withNumpy = probe.status === 0;
  if (!withNumpy) log('P3: python3 with numpy not found; the numpy peer is skipped');
  const { defaultPolicy, DEFAULT_PROBE_RUNS, DEFAULT_SCORE_BATCH } = lib;
  log(`P3: generating ${rows.toLocaleString('en')} rows × ${FEATURES} features …`);
  const { data, weights, noisy } = holdout(rows);
  const dir = mkdtempSync(join(tmpdir(), 'modelship-p3-'));
  const runtime = await resolveOnnxRuntime({
    searchFrom: [benchDir],
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
  const seed = defaultPolicy().defaults.evaluate.bootstrap.seed;
  try {
    // Warm-up (not timed): first sessions runs and JIT.
    await raw(models, data.matrix, Math.min(rows, 50_000), DEFAULT_SCORE_BATCH);
    const rawTimes: number[] = [];
    const totals: number[] = [];
    const cpus: number[] = [];
    const passes: number[] = [];
    const probes: number[] = [];
    const evaluating: number[] = [];
    const numpyTimes: number[] = [];
    const stagingTimes: number[] = [];
    const inCacheTimes: number[] = [];
    let numpyCi: [number, number] | undefined;
    let last: Awaited<ReturnType<typeof modelship>> | undefined;
    const scoresFile = join(dir, 'scores.f64');
    for (let r = 0; r < rounds; r++) {
      const a0 = performance.now();
      await raw(models, data.matrix, rows, DEFAULT_SCORE_BATCH);
      rawTimes.push(performance.now() - a0);
      const b0 = performance.now();
      const c0 = process.cpuUsage();
      const run = await modelship(lib, champion, candidate, data, resamples, workers);
      totals.push(performance.now() - b0);
      const cpu = process.cpuUsage(c0);
      cpus.push((cpu.user + cpu.system) / 1000);
      passes.push(run.scoreMs - run.probeMs);
      probes.push(run.probeMs);
      evaluating.push(run.evaluateMs);
      last = run;
      let peer = '';
      if (withNumpy) {
        if (r === 0) {
          const file = new Float64Array(3 * rows);
          file.set(data.label, 0);
          file.set(run.scores[0], rows);
          file.set(run.scores[1], 2 * rows);
          writeFileSync(scoresFile, file);
        }
        const np = numpyPeer(benchDir, scoresFile, dir, numpyResamples, seed);
        numpyTimes.push((np.s * 1000 * resamples) / numpyResamples);
        numpyCi = np.ci;
        peer = `, numpy ${fmt(np.s * 1000)} for ${numpyResamples} resamples`;
      }
      stagingTimes.push(stagingAlone(lib, candidate, data.columns, DEFAULT_SCORE_BATCH));
      const h0 = performance.now();
      await rawInCache(models, data.matrix, rows, DEFAULT_SCORE_BATCH);
      inCacheTimes.push(performance.now() - h0);
      log(
        `  round ${r + 1}/${rounds}: raw ${fmt(rawTimes[r]!)}, modelship ${fmt(totals[r]!)}${peer}; floor: staging ${fmt(stagingTimes[r]!)}, runs in cache ${fmt(inCacheTimes[r]!)}`,
      );
    }
    // The bootstrap alone on 1, 2 and 4 workers: its time, and the intervals compared bit for bit.
    const alone: { workers: number; ms: number; interval: BootstrapInterval }[] = [];
    for (const n of [1, 2, 4]) {
      log(`  bootstrap alone on ${n} worker${n > 1 ? 's' : ''} …`);
      alone.push({ workers: n, ...(await bootstrapAlone(lib, data.label, last!.scores, resamples, n)) });
    }
    const identical = alone.every((x) => JSON.stringify(x.interval) === JSON.stringify(alone[0]!.interval));
    const rawMedian = median(rawTimes);
    const total = median(totals);
    const passMedian = median(passes);
    const probeMedian = median(probes);
    const numpyMedian = numpyTimes.length ? median(numpyTimes) : NaN;
    const stagingMedian = median(stagingTimes);
    const inCacheMedian = median(inCacheTimes);
    const floor = median(stagingTimes.map((t, i) => t + inCacheTimes[i]!));
    const report = last!.report;
    const auc = report.comparison.find((c) => c.metric === 'roc_auc')!;
    const atWorkers = alone.find((x) => x.workers === workers)?.ms ?? alone[1]!.ms;
    const extrapolated =
      numpyResamples < resamples ? `, ${numpyResamples} resamples × ${resamples / numpyResamples}` : '';
    console.log(
      [
        '',
        `P3 evaluate: ${rows.toLocaleString('en')} rows × ${FEATURES} features, candidate and champion (MatMul+Add+Sigmoid), batch ${DEFAULT_SCORE_BATCH.toLocaleString('en')}, ${resamples.toLocaleString('en')}-resample paired bootstrap on ${workers} worker${workers > 1 ? 's' : ''}; median of ${rounds} interleaved rounds`,
        '',
        '| contender | median | × raw ORT |',
        '|---|---:|---:|',
        `| raw ORT \`session.run\`, both models (the limit) | ${fmt(rawMedian)} | 1.00 |`,
        `| modelship: scoring both models (one pass over the rows: staging, \`session.run\`, reading the outputs) | ${fmt(passMedian)} | ${(passMedian / rawMedian).toFixed(2)} |`,
        `| floor, diagnostic: the staging copy alone (float64 columns into float32 rows, batch by batch, no runs) | ${fmt(stagingMedian)} | ${(stagingMedian / rawMedian).toFixed(2)} |`,
        `| floor, diagnostic: raw ORT with its input in cache (both models on each batch in turn, every run fed one staged batch) | ${fmt(inCacheMedian)} | ${(inCacheMedian / rawMedian).toFixed(2)} |`,
        `| floor, diagnostic: the two together, per round (the least a one-thread pass can take) | ${fmt(floor)} | ${(floor / rawMedian).toFixed(2)} |`,
        `| modelship: the latency probe (${DEFAULT_PROBE_RUNS} single-row runs per model after the pass, for the latency budget; not scoring) | ${fmt(probeMedian)} | ${(probeMedian / rawMedian).toFixed(2)} |`,
        `| modelship: metrics, slices, bootstrap, gate | ${fmt(median(evaluating))} | ${(median(evaluating) / rawMedian).toFixed(2)} |`,
        `| **modelship total** | **${fmt(total)}** | **${(total / rawMedian).toFixed(2)}** |`,
        '',
        `modelship's CPU time per round (every thread, user + system): median ${fmt(median(cpus))}. Measured ${bundled ? 'in a plain node process from an esbuild bundle (.bench/p3-run, the worker entry beside it, as the bundled CLI runs)' : 'from the TypeScript sources through tsx, in the bench process (the bundle failed to build)'}.`,
        '',
        '| bootstrap (roc_auc, 1,000 resamples) | time | × modelship total |',
        '|---|---:|---:|',
        ...alone.map(
          (x) =>
            `| modelship bootstrap alone, ${x.workers} worker${x.workers > 1 ? 's' : ''} (pool start included) | ${fmt(x.ms)} | ${(x.ms / total).toFixed(2)} |`,
        ),
        withNumpy
          ? `| numpy peer: Poisson counts, sorted once, weighted Mann–Whitney${extrapolated} | ${fmt(numpyMedian)} | ${(numpyMedian / total).toFixed(1)} |`
          : '| numpy peer | skipped (no python3 with numpy) | |',
        '',
        `roc_auc candidate ${report.candidate.metrics.roc_auc?.toFixed(4)} vs champion ${report.champion!.metrics.roc_auc?.toFixed(4)}: Δ ${auc.delta?.toFixed(4)}, 95% CI [${auc.ci_low?.toFixed(4)}, ${auc.ci_high?.toFixed(4)}] over ${auc.resamples} resamples; gate ${report.gate.passed ? 'passed' : 'failed'}` +
          (numpyCi ? ` (numpy's own draws: [${numpyCi[0].toFixed(4)}, ${numpyCi[1].toFixed(4)}])` : ''),
        `1, 2 and 4 workers: intervals ${identical ? 'identical' : 'DIFFERENT'} (${alone.map((x) => `[${x.interval.ci_low}, ${x.interval.ci_high}]`).join(' / ')})`,
        `Bars: scoring ≤ 1.5× raw ORT — ${passMedian / rawMedian <= 1.5 ? 'met' : 'MISSED'} (${(passMedian / rawMedian).toFixed(2)}×; its floor ${(floor / rawMedian).toFixed(2)}×); total ≤ 3 s — ${total <= 3000 ? 'met' : 'MISSED'} (${fmt(total)}); ≥ 20× faster than numpy — ${withNumpy ? `${numpyMedian / total >= 20 ? 'met' : 'MISSED'} (${(numpyMedian / total).toFixed(1)}×)` : 'not measured'}; bootstrap on ${workers} workers ${fmt(atWorkers)}.`,
        '',
      ].join('\n'),
    );
    return identical;
  } finally {
    for (const m of models) await m.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}
