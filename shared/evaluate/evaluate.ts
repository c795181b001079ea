/**
 * The evaluation core's one entry point: labels, the candidate's predictions and (when there is one)
 * the champion's on the same rows, slice columns, the policy and measured budgets in; the report that
 * the CLI prints, the action posts and the registry stores out. Pure: no I/O.
 */
import type { EvaluatePolicy, MetricName } from '../config/policy.js';
import { UserError } from '../errors.js';
import type { WorkerPool } from '../parallel/pool.js';
import { pairedBootstrap, pairedBootstrapOnPool, type BootstrapInterval, type BootstrapOptions } from './bootstrap.js';
import { withRankCache, type RankOrder } from './binary-metrics.js';
import { binaryCurves, type BinaryCurves } from './curves.js';
import { gate, primaryMetric, type Budgets, type GateResult } from './gate.js';
import { METRIC_DIRECTION, TASK_METRICS, type MetricValues } from './metric-info.js';
import { checkAligned, computeMetrics, finite } from './metrics.js';
import type { EvaluationImportance } from './importance-gate.js';
import type { Labels, Predictions, Task } from './predictions.js';
import { fairnessReport, sliceMetrics, type FairnessReport, type SliceColumn, type SliceReport } from './slices.js';

/**
 * Above this many row-resamples (rows × resamples) only the primary metric is bootstrapped, so a
 * million-row holdout stays within the P3 time bar; below it every metric of the task gets an interval.
 */
export const FULL_COMPARISON_BUDGET = 2e8;

/** One row of the comparison: candidate − champion with its bootstrap interval. */
export interface ComparisonEntry {
  readonly metric: MetricName;
  /** candidate − champion on all rows; null where the metric is undefined. */
  readonly delta: number | null;
  /** Percentile bootstrap interval at the policy's confidence; null when not bootstrapped or undefined. */
  readonly ci_low: number | null;
  readonly ci_high: number | null;
  /** Which direction is better for this metric. */
  readonly better: 'higher' | 'lower';
  /** Resamples where the metric was defined (0 when not bootstrapped). */
  readonly resamples: number;
}

/** The evaluation report (the JSON contract of `modelship evaluate`; extra keys are allowed there). */
export interface EvaluationReport {
  readonly task: Task;
  readonly rows: number;
  /** The gated (primary) metric. */
  readonly metric: MetricName;
  readonly candidate: { readonly metrics: MetricValues; readonly curves?: BinaryCurves };
  readonly champion: { readonly metrics: MetricValues; readonly curves?: BinaryCurves } | null;
  readonly comparison: ComparisonEntry[];
  readonly slices: SliceReport[];
  /** Binary tasks: demographic parity and equal opportunity differences per slice column. */
  readonly fairness: FairnessReport[];
  readonly gate: GateResult;
  /** How the intervals were computed; null with no champion. */
  readonly bootstrap: {
    readonly method: 'paired Poisson bootstrap, percentile interval';
    readonly resamples: number;
    readonly seed: number;
    readonly confidence: number;
  } | null;
  /** What was measured while scoring (absent in predictions-only mode). */
  readonly measurements?: Budgets;
  /** Permutation importances (present when the policy has `evaluate.importance` and models were scored). */
  readonly importance?: EvaluationImportance;
}

/** Inputs of evaluate(). */
export interface EvaluateInput {
  readonly labels: Labels;
  readonly candidate: Predictions;
  /** The champion's predictions on the same rows; absent for a model's first version. */
  readonly champion?: Predictions;
  /** Columns to slice by, aligned with the rows. Default: none. */
  readonly slices?: readonly SliceColumn[];
  readonly policy: EvaluatePolicy;
  /** Latency, size and memory measured by the scorer. */
  readonly measurements?: Budgets;
  /**
   * Metrics to bootstrap: `all` of the task's, only the `primary` one, or automatic (the default:
   * all unless rows × resamples exceeds FULL_COMPARISON_BUDGET).
   */
  readonly compare?: 'all' | 'primary' | 'auto';
  /** Called as the bootstrap goes, with resamples done and in all (it holds the thread: a progress bar draws now). */
  readonly onBootstrap?: (done: number, total: number) => void;
  /** The permutation importances computed by the caller (shared/explain), gated and reported. */
  readonly importance?: EvaluationImportance;
}

/** Evaluates the candidate (against the champion when given) and applies the policy's gate, on the calling thread. */
export function evaluate(input: EvaluateInput): EvaluationReport {
  return withRankCache(new WeakMap(), () => {
    const plan = check(input);
    const boot = plan.bootstrap && pairedBootstrap(...plan.bootstrap);
    const parts = FIXED_STEPS.reduce<Partial<FixedParts>>((done, step) => step(input, done), {});
    return report(input, plan, parts as FixedParts, boot);
  });
}

/**
 * `evaluate` with the bootstrap's resamples spread over `pool`'s workers (the adapter chooses the
 * pool's size). The report is identical to `evaluate`'s whatever the pool's size.
 *
 * The bootstrap starts first, and the fixed part (every metric, the curves, slices and fairness)
 * runs on the calling thread while the workers draw resamples; the report is put together when
 * both are done. The fixed part goes in steps with a turn of the event loop between them, so that
 * a worker that finished a range is handed the next one within a step rather than waiting for the
 * whole fixed part.
 */
export async function evaluateOnPool(input: EvaluateInput, pool: WorkerPool): Promise<EvaluationReport> {
  // Each model's scores are sorted once: the memo is in use in each synchronous stretch (the
  // bootstrap's plan is built, and its tasks sent, before its first await).
  const memo = new WeakMap<Float64Array, RankOrder>();
  const plan = withRankCache(memo, () => check(input));
  const running = plan.bootstrap && withRankCache(memo, () => pairedBootstrapOnPool(...plan.bootstrap!, pool));
  // A rejected bootstrap is awaited below; until then it must not count as unhandled.
  running?.catch(() => undefined);
  let parts: Partial<FixedParts> = {};
  for (const step of FIXED_STEPS) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    parts = withRankCache(memo, () => step(input, parts));
  }
  const boot = await running;
  return withRankCache(memo, () => report(input, plan, parts as FixedParts, boot));
}

/** The checked inputs and what to bootstrap (undefined without a champion). */
interface Checked {
  readonly metric: MetricName;
  readonly bootstrap: Parameters<typeof pairedBootstrap> | undefined;
}

/** Checks the inputs and says which metrics to bootstrap. */
function check(input: EvaluateInput): Checked {
  const { labels, candidate, champion, policy } = input;
  const task = labels.task;
  const metric = primaryMetric(policy, task);
  checkAligned(labels, candidate, 'candidate');
  if (champion) checkAligned(labels, champion, 'champion');
  const rows = labels.label.length;
  if (rows === 0) throw new UserError('there are no rows to evaluate', { hint: 'Check the data glob and filters' });
  for (const s of input.slices ?? []) {
    if (s.codes.length !== rows) {
      throw new UserError(`slice column \`${s.name}\` has ${s.codes.length} rows but there are ${rows} labels`);
    }
  }
  if (!champion) return { metric, bootstrap: undefined };
  const { resamples, seed } = policy.bootstrap;
  const mode = input.compare ?? 'auto';
  const all = mode === 'all' || (mode === 'auto' && rows * resamples <= FULL_COMPARISON_BUDGET);
  const options: BootstrapOptions = {
    resamples,
    seed,
    confidence: policy.confidence,
    ...(input.onBootstrap && { onResample: input.onBootstrap }),
  };
  return { metric, bootstrap: [labels, candidate, champion, all ? TASK_METRICS[task] : [metric], options] };
}

/** What the report holds that does not depend on the bootstrap. */
interface FixedParts {
  readonly candidateMetrics: MetricValues;
  readonly championMetrics: MetricValues | null;
  readonly slices: SliceReport[];
  readonly candidateCurves: BinaryCurves | undefined;
  readonly championCurves: BinaryCurves | undefined;
  readonly fairness: FairnessReport[];
}

/** Binary predictions' chart data (undefined for other tasks). */
const curvesOf = (labels: Labels, p: Predictions | undefined): BinaryCurves | undefined =>
  labels.task === 'binary' && p?.task === 'binary' ? binaryCurves(labels.label, p.score) : undefined;

/** The fixed part in steps (each a few hundred ms at most on a million rows), in order; each adds to the parts. */
const FIXED_STEPS: readonly ((input: EvaluateInput, done: Partial<FixedParts>) => Partial<FixedParts>)[] = [
  (input, done) => ({ ...done, candidateMetrics: computeMetrics(input.labels, input.candidate) }),
  (input, done) => ({
    ...done,
    championMetrics: input.champion ? computeMetrics(input.labels, input.champion) : null,
  }),
  (input, done) => ({
    ...done,
    slices: sliceMetrics(input.labels, input.candidate, input.champion, input.slices ?? [], {
      metric: primaryMetric(input.policy, input.labels.task),
      minRows: input.policy.slices.min_rows,
    }),
  }),
  (input, done) => ({ ...done, candidateCurves: curvesOf(input.labels, input.candidate) }),
  (input, done) => ({ ...done, championCurves: curvesOf(input.labels, input.champion) }),
  (input, done) => ({
    ...done,
    fairness: fairnessReport(input.labels, input.candidate, input.champion, input.slices ?? []),
  }),
];

/** The report from the checked inputs, the fixed parts and the bootstrap's intervals. */
function report(
  input: EvaluateInput,
  checked: Checked,
  parts: FixedParts,
  boot: BootstrapInterval[] | undefined,
): EvaluationReport {
  const { labels, champion, policy } = input;
  const task = labels.task;
  const rows = labels.label.length;
  const { metric } = checked;
  const { candidateMetrics, championMetrics } = parts;
  const comparison: ComparisonEntry[] = [];
  if (boot && championMetrics) {
    for (const m of TASK_METRICS[task]) {
      const a = candidateMetrics[m];
      const b = championMetrics[m];
      const interval = boot.find((x) => x.metric === m);
      comparison.push({
        metric: m,
        delta: a != null && b != null ? a - b : null,
        ci_low: interval ? finite(interval.ci_low) : null,
        ci_high: interval ? finite(interval.ci_high) : null,
        better: METRIC_DIRECTION[m],
        resamples: interval?.resamples ?? 0,
      });
    }
  }

  const sliceReports = parts.slices;
  const primary = comparison.find((c) => c.metric === metric);
  const verdict = gate({
    policy,
    task,
    candidate: candidateMetrics,
    ...(primary && { comparison: primary }),
    slices: sliceReports,
    ...(input.measurements && { measurements: input.measurements }),
    ...(input.importance && { importance: input.importance }),
  });

  const curves = (c: BinaryCurves | undefined) => (c ? { curves: c } : {});
  return {
    task,
    rows,
    metric,
    candidate: { metrics: candidateMetrics, ...curves(parts.candidateCurves) },
    champion: championMetrics ? { metrics: championMetrics, ...curves(parts.championCurves) } : null,
    comparison,
    slices: sliceReports,
    fairness: parts.fairness,
    gate: verdict,
    bootstrap: champion
      ? {
          method: 'paired Poisson bootstrap, percentile interval',
          resamples: policy.bootstrap.resamples,
          seed: policy.bootstrap.seed,
          confidence: policy.confidence,
        }
      : null,
    ...(input.measurements && { measurements: input.measurements }),
    ...(input.importance && { importance: input.importance }),
  };
}
