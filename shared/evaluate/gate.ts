/**
 * The gate: turns the policy's evaluate section, the metrics, the bootstrap intervals, the slices and
 * the measured budgets into checks, each with its threshold, its value, its verdict and a sentence a
 * reviewer can read. The gate passes when every check passes; with no champion only the absolute
 * minimums/maximums and the budgets apply.
 */
import type { EvaluatePolicy, MetricName } from '../config/policy.js';
import { UserError } from '../errors.js';
import { DEFAULT_METRIC, higherIsBetter, improvement, TASK_METRICS, type MetricValues } from './metric-info.js';
import type { Task } from './predictions.js';
import { importanceChecks, type EvaluationImportance } from './importance-gate.js';
import type { SliceReport } from './slices.js';

/** One gate check. `value` is null when it could not be measured (the check then fails). */
export interface GateCheck {
  readonly name: string;
  readonly threshold: number;
  readonly value: number | null;
  readonly passed: boolean;
  /** One sentence for reviewers: what was compared and why it passed or failed. */
  readonly message: string;
}

/** The verdict. */
export interface GateResult {
  readonly passed: boolean;
  readonly checks: GateCheck[];
}

/** Latency percentiles in milliseconds. */
export interface LatencyPercentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/**
 * What the scorer measured while scoring the candidate (shared/onnx supplies it; predictions-only
 * mode has none). Sizes are in MB of 10⁶ bytes.
 */
export interface Budgets {
  readonly latency?: {
    /** Latency of one row scored alone. */
    readonly per_row?: LatencyPercentiles;
    /** Latency of one batch. */
    readonly per_batch?: LatencyPercentiles;
    /** Rows per batch the per-batch figures were measured with. */
    readonly batch_size?: number;
  };
  /** Size of the model file. */
  readonly size_mb?: number;
  /** Peak memory while scoring. */
  readonly memory_mb?: number;
}

/** A bootstrap comparison of the primary metric, as the gate reads it. */
export interface Comparison {
  readonly metric: MetricName;
  readonly delta: number | null;
  readonly ci_low: number | null;
  readonly ci_high: number | null;
}

/**
 * The primary metric for `task`, checking that the policy's metric, minimums and maximums belong to
 * it; a metric of another task is a UserError at the policy's file:line (key). Cheap: call it before
 * reading any data, so the mistake is reported at once.
 */
export function primaryMetric(policy: EvaluatePolicy, task: Task): MetricName {
  const allowed = TASK_METRICS[task];
  const check = (metric: string, key: string) => {
    if (!(allowed as readonly string[]).includes(metric)) {
      throw new UserError(`metric \`${metric}\` does not apply to a ${task} model`, {
        location: policy.sources?.[key] ?? { key: `evaluate.${key}` },
        hint: `The ${task} metrics are ${allowed.join(', ')}; change the policy or --task`,
      });
    }
  };
  if (policy.metric !== undefined) check(policy.metric, 'metric');
  for (const m of Object.keys(policy.min)) check(m, `min.${m}`);
  for (const m of Object.keys(policy.max)) check(m, `max.${m}`);
  return policy.metric ?? DEFAULT_METRIC[task];
}

const fmt = (x: number | null | undefined): string =>
  x === null || x === undefined ? 'n/a' : Number.isInteger(x) ? String(x) : x.toPrecision(4);

/** The words of a `min` or `max` check's message. */
const BOUND_WORDS = {
  min: { limit: 'minimum', unmet: 'met', within: 'at or above', beyond: 'below' },
  max: { limit: 'maximum', unmet: 'checked', within: 'at or below', beyond: 'above' },
} as const;

/** The check of a policy `min` or `max` threshold against the candidate's `value` of `m`. */
function boundCheck(bound: 'min' | 'max', m: MetricName, threshold: number, value: number | null): GateCheck {
  const words = BOUND_WORDS[bound];
  const passed = value !== null && (bound === 'min' ? value >= threshold : value <= threshold);
  return {
    name: `${bound} ${m}`,
    threshold,
    value,
    passed,
    message:
      value === null
        ? `${m} is undefined on these rows, so the ${words.limit} of ${fmt(threshold)} cannot be ${words.unmet}`
        : `${m} is ${fmt(value)}, ${passed ? words.within : words.beyond} the ${words.limit} of ${fmt(threshold)}`,
  };
}

/** Every check of the gate, in order: minimums, maximums, improvement, slices, budgets, importance. */
export function gate(input: {
  readonly policy: EvaluatePolicy;
  readonly task: Task;
  readonly candidate: MetricValues;
  /** Present when there is a champion: the bootstrap interval of the primary metric. */
  readonly comparison?: Comparison;
  readonly slices: readonly SliceReport[];
  readonly measurements?: Budgets;
  /** The permutation importances, when measured (see importance-gate.ts). */
  readonly importance?: EvaluationImportance;
}): GateResult {
  const { policy, task, candidate } = input;
  const metric = primaryMetric(policy, task);
  const checks: GateCheck[] = [];

  for (const bound of ['min', 'max'] as const) {
    for (const [m, threshold] of Object.entries(policy[bound]) as [MetricName, number][]) {
      checks.push(boundCheck(bound, m, threshold, candidate[m] ?? null));
    }
  }

  const c = input.comparison;
  if (c) {
    const higher = higherIsBetter(metric);
    // The conservative end of the interval, expressed as an improvement (positive = better).
    const bound = higher ? c.ci_low : c.ci_high === null ? null : -c.ci_high;
    const passed = bound !== null && bound >= policy.min_delta;
    const level = `${fmt(policy.confidence * 100)}%`;
    checks.push({
      name: `improvement ${metric}`,
      threshold: policy.min_delta,
      value: bound,
      passed,
      message:
        bound === null
          ? `the ${level} interval of the ${metric} change could not be computed`
          : `${metric} changed by ${fmt(c.delta)} (${level} CI ${fmt(c.ci_low)} to ${fmt(c.ci_high)}); ` +
            `the improvement is at least ${fmt(bound)} at ${level} confidence, ` +
            `${passed ? 'meeting' : 'short of'} the required ${fmt(policy.min_delta)}` +
            (higher ? '' : ` (${metric}: lower is better)`),
    });

    for (const s of input.slices) {
      if (!s.gated || !s.champion) continue;
      const a = s.candidate.metrics[metric];
      const b = s.champion.metrics[metric];
      if (a == null || b == null) continue;
      const regression = -improvement(metric, a, b);
      const ok = regression <= policy.slices.max_regression;
      const where = `${s.column} = ${s.value ?? 'null'}`;
      checks.push({
        name: `slice ${where}`,
        threshold: policy.slices.max_regression,
        value: regression,
        passed: ok,
        message:
          `${metric} in slice ${where} (${s.rows} rows) is ${fmt(a)} vs ${fmt(b)} for the champion: ` +
          (regression > 0 ? `a regression of ${fmt(regression)}` : 'no regression') +
          (ok ? ', within' : ', over') +
          ` the allowed ${fmt(policy.slices.max_regression)}`,
      });
    }
  }

  const m = input.measurements;
  const budgetChecks: [keyof EvaluatePolicy['budgets'], number | undefined, string][] = [
    ['latency_p50_ms', m?.latency?.per_batch?.p50, 'median latency per batch (ms)'],
    ['latency_p95_ms', m?.latency?.per_batch?.p95, 'p95 latency per batch (ms)'],
    ['latency_p99_ms', m?.latency?.per_batch?.p99, 'p99 latency per batch (ms)'],
    ['row_latency_p50_ms', m?.latency?.per_row?.p50, 'median latency of a single-row request (ms)'],
    ['row_latency_p95_ms', m?.latency?.per_row?.p95, 'p95 latency of a single-row request (ms)'],
    ['row_latency_p99_ms', m?.latency?.per_row?.p99, 'p99 latency of a single-row request (ms)'],
    ['size_mb', m?.size_mb, 'model size (MB)'],
    ['memory_mb', m?.memory_mb, 'peak memory while scoring (MB)'],
  ];
  for (const [key, measured, what] of budgetChecks) {
    const threshold = policy.budgets[key];
    if (threshold === undefined) continue;
    const value = measured ?? null;
    const passed = value !== null && value <= threshold;
    checks.push({
      name: `budget ${key}`,
      threshold,
      value,
      passed,
      message:
        value === null
          ? `${what} was not measured, so the budget of ${fmt(threshold)} cannot be verified (predictions-only mode measures nothing; score the ONNX model or drop the budget)`
          : `${what} is ${fmt(value)}, ${passed ? 'within' : 'over'} the budget of ${fmt(threshold)}`,
    });
  }

  if (policy.importance) checks.push(...importanceChecks(policy.importance, input.importance));
  return { passed: checks.every((x) => x.passed), checks };
}
