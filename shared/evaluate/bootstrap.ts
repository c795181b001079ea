/**
 * The paired, seeded bootstrap behind the gate's confidence intervals on candidate − champion.
 *
 * Method (see docs/evaluate.md): each resample gives every row a Poisson(1) count (the Poisson
 * bootstrap; as n grows it is the same as drawing n rows with replacement, and it needs no random
 * access). Counts are drawn in a canonical row order: the candidate's ascending score order (ties by
 * row) for binary tasks, row order otherwise. Both models are judged on the SAME counts, so the
 * interval is for the paired difference.
 * Resample r draws from its own sfc32 stream, seeded from (seed, r), so the result depends only on
 * the seed and the data. The interval is the percentile interval at the policy's confidence (numpy's
 * default linear interpolation between order statistics); resamples where a metric is undefined (for
 * example no positives drawn, for ROC AUC) are left out and counted.
 *
 * Speed (quality bar P3: 1M rows × 1,000 resamples): nothing is re-sorted per resample. Rows are put
 * in the candidate's score order once; rank metrics walk that order (and the champion's, through a
 * precomputed permutation) accumulating counts per tie group; every other metric is a sum of counts
 * times per-row terms computed once. Resamples go in blocks of RESAMPLE_BLOCK (four): ROC AUC draws
 * and walks a block's resamples together (in WebAssembly SIMD), and a pool's ranges are whole blocks. Those per-metric
 * kernels live in bootstrap-kernels.ts; this file runs the blocks and reads the interval.
 */
import type { MetricName } from '../config/policy.js';
import { quantile } from '../stats/quantile.js';
import type { WorkerPool } from '../parallel/pool.js';
import {
  evaluateCounts,
  planBootstrap,
  planRows,
  RESAMPLE_BLOCK,
  resampleInto,
  resampleScratch,
  type BootstrapPlan,
} from './bootstrap-kernels.js';
import { TASK_METRICS } from './metric-info.js';
import type { Labels, Predictions } from './predictions.js';

export { poissonCounts } from './prng.js';

/** How to resample. */
export interface BootstrapOptions {
  /** Number of resamples (the policy's bootstrap.resamples). */
  readonly resamples: number;
  /** Seed (the policy's bootstrap.seed); any non-negative integer. */
  readonly seed: number;
  /** Two-sided confidence level of the interval, e.g. 0.95. */
  readonly confidence: number;
  /** Called after each resample with the resamples done and in all, for a progress bar. */
  readonly onResample?: (done: number, total: number) => void;
}

/** The bootstrap's answer for one metric. */
export interface BootstrapInterval {
  readonly metric: MetricName;
  /** candidate − champion on all rows (each row counted once). */
  readonly delta: number;
  /** Percentile interval of candidate − champion over the resamples. */
  readonly ci_low: number;
  readonly ci_high: number;
  /** Resamples where the metric was defined for both models (the interval uses these). */
  readonly resamples: number;
}

/** Resamples' candidate − champion per metric: metric m's value for resample r is at `m × count + (r − from)`. */
export type ResampleDeltas = Float64Array;

/**
 * Draws resamples `from` … `to − 1` of `plan` and evaluates every metric on each (one pass per kind
 * of work over the rows, see bootstrap-kernels.ts). Resample r depends only on (seed, r), so any
 * split of the resamples into ranges gives the same values. This is also the worker task's body.
 */
export function resampleDeltas(
  plan: BootstrapPlan,
  seed: number,
  from: number,
  to: number,
  onResample?: (done: number) => void,
): ResampleDeltas {
  const count = to - from;
  const out = new Float64Array(plan.metrics.length * count);
  const scratch = resampleScratch(plan);
  for (let r = from; r < to; r += RESAMPLE_BLOCK) {
    const block = Math.min(RESAMPLE_BLOCK, to - r);
    resampleInto(plan, seed, r, block, scratch, out, r - from, count);
    onResample?.(r - from + block);
  }
  return out;
}

/** The percentile intervals from all resamples' deltas (from 0 to `resamples`, in order). */
function intervals(
  plan: BootstrapPlan,
  deltas: ResampleDeltas,
  resamples: number,
  confidence: number,
): BootstrapInterval[] {
  const all = new Float64Array(plan.metrics.length);
  evaluateCounts(plan, new Uint8Array(planRows(plan)).fill(1), all, 0, 1);
  const alpha = (1 - confidence) / 2;
  return plan.metrics.map((metric, m) => {
    const finiteDeltas = deltas
      .subarray(m * resamples, (m + 1) * resamples)
      .filter((x) => Number.isFinite(x))
      .sort();
    return {
      metric,
      delta: all[m]!,
      ci_low: quantile(finiteDeltas, alpha),
      ci_high: quantile(finiteDeltas, 1 - alpha),
      resamples: finiteDeltas.length,
    };
  });
}

/** The metrics of `metrics` that belong to the task, in the order given. */
const taskMetrics = (labels: Labels, metrics: readonly MetricName[]) =>
  metrics.filter((m) => TASK_METRICS[labels.task].includes(m));

/**
 * Paired bootstrap intervals for candidate − champion on each of `metrics` (which must belong to the
 * task), on the calling thread. Deterministic in (data, options). Labels and both predictions must be
 * aligned (checkAligned).
 */
export function pairedBootstrap(
  labels: Labels,
  candidate: Predictions,
  champion: Predictions,
  metrics: readonly MetricName[],
  options: BootstrapOptions,
): BootstrapInterval[] {
  const plan = planBootstrap(labels, candidate, champion, taskMetrics(labels, metrics));
  const deltas = resampleDeltas(plan, options.seed, 0, options.resamples, (done) =>
    options.onResample?.(done, options.resamples),
  );
  return intervals(plan, deltas, options.resamples, options.confidence);
}

/**
 * Below this many row-resamples (rows × resamples) the bootstrap stays on the calling thread: starting
 * a worker (tens of milliseconds, more from TypeScript sources) costs more than it saves.
 */
export const PARALLEL_MIN_WORK = 2e7;

/**
 * `pairedBootstrap` spread over `pool`'s workers: the resamples are cut into contiguous ranges (a few
 * per worker, so a slow worker does not hold the rest up), each range runs as one task on the plan
 * (in shared memory), and the ranges are put back in resample order. The intervals are identical to
 * `pairedBootstrap`'s for any pool size, because resample r's counts come from its own stream.
 * Work under `minWork` row-resamples (default PARALLEL_MIN_WORK) or a pool of one runs on the
 * calling thread.
 */
export async function pairedBootstrapOnPool(
  labels: Labels,
  candidate: Predictions,
  champion: Predictions,
  metrics: readonly MetricName[],
  options: BootstrapOptions,
  pool: WorkerPool,
  minWork = PARALLEL_MIN_WORK,
): Promise<BootstrapInterval[]> {
  const { resamples, seed } = options;
  const rows = labels.label.length;
  if (pool.size <= 1 || rows * resamples < minWork) {
    return pairedBootstrap(labels, candidate, champion, metrics, options);
  }
  // The workers load their entry while the plan sorts both models' scores on this thread.
  pool.warm();
  const plan = planBootstrap(labels, candidate, champion, taskMetrics(labels, metrics), true);
  // Ranges of whole blocks (resampleInto evaluates RESAMPLE_BLOCK resamples at once), so that only
  // the last range can end in a partial block.
  const ranges = resampleRanges(Math.ceil(resamples / RESAMPLE_BLOCK), pool.size * 4).map(
    ([from, to]): [number, number] => [from * RESAMPLE_BLOCK, Math.min(to * RESAMPLE_BLOCK, resamples)],
  );
  let done = 0;
  const parts = await Promise.all(
    ranges.map(async ([from, to]) => {
      // The task's output is bootstrapChunk's Float64Array (shared/parallel/tasks.ts).
      const part = (await pool.run('evaluate.bootstrap', { plan, seed, from, to })) as Float64Array;
      done += to - from;
      options.onResample?.(done, resamples);
      return part;
    }),
  );
  const deltas = new Float64Array(plan.metrics.length * resamples);
  parts.forEach((part, i) => {
    const [from, to] = ranges[i]!;
    const count = to - from;
    for (let m = 0; m < plan.metrics.length; m++) {
      deltas.set(part.subarray(m * count, (m + 1) * count), m * resamples + from);
    }
  });
  return intervals(plan, deltas, resamples, options.confidence);
}

/** `resamples` cut into at most `pieces` contiguous [from, to) ranges of near-equal size. */
export function resampleRanges(resamples: number, pieces: number): [number, number][] {
  const k = Math.max(1, Math.min(resamples, pieces));
  const ranges: [number, number][] = [];
  for (let i = 0; i < k; i++) {
    const from = Math.floor((i * resamples) / k);
    const to = Math.floor(((i + 1) * resamples) / k);
    if (to > from) ranges.push([from, to]);
  }
  return ranges;
}
