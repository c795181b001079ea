/**
 * What the gate needs to know about each metric: which task it belongs to and which direction is
 * better. The names are the policy language's (`METRIC_NAMES` in shared/config/policy-schema.ts),
 * so a metric in `.github/modelship.yml` and in a report are spelled the same.
 */
import type { MetricName } from '../config/policy.js';
import type { Task } from './predictions.js';

/** Metrics computed for each task, in report order. */
export const TASK_METRICS: Readonly<Record<Task, readonly MetricName[]>> = {
  binary: ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'pr_auc', 'log_loss', 'brier', 'ece'],
  multiclass: ['accuracy', 'macro_f1', 'micro_f1', 'log_loss'],
  regression: ['rmse', 'mae', 'r2', 'mape'],
};

/** The primary metric when the policy names none. */
export const DEFAULT_METRIC: Readonly<Record<Task, MetricName>> = {
  binary: 'roc_auc',
  multiclass: 'macro_f1',
  regression: 'rmse',
};

/** Which way each metric improves. */
export const METRIC_DIRECTION: Readonly<Record<MetricName, 'higher' | 'lower'>> = {
  accuracy: 'higher',
  precision: 'higher',
  recall: 'higher',
  f1: 'higher',
  roc_auc: 'higher',
  pr_auc: 'higher',
  log_loss: 'lower',
  brier: 'lower',
  ece: 'lower',
  macro_f1: 'higher',
  micro_f1: 'higher',
  rmse: 'lower',
  mae: 'lower',
  r2: 'higher',
  mape: 'lower',
};

/** True when a larger value of `metric` is better. */
export function higherIsBetter(metric: MetricName): boolean {
  return METRIC_DIRECTION[metric] === 'higher';
}

/**
 * How much better `candidate` is than `champion` in the metric's own direction: positive is an
 * improvement, negative a regression (champion − candidate for lower-is-better metrics).
 */
export function improvement(metric: MetricName, candidate: number, champion: number): number {
  return higherIsBetter(metric) ? candidate - champion : champion - candidate;
}

/** Metric values by name; `null` where the metric is undefined on the rows (e.g. ROC AUC with one class). */
export type MetricValues = Partial<Record<MetricName, number | null>>;
