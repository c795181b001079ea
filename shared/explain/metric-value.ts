/**
 * One metric on one set of predictions. Permutation importance scores every shuffled column with
 * the gated metric alone (a hundred passes over the sample), so it asks for that metric instead of
 * `computeMetrics`' full table; each case calls shared/evaluate's implementation of that metric,
 * the one the gate and the scikit-learn comparison use (ROC AUC through class-split-auc.ts, which
 * gives the same value faster when the labels are fixed).
 */
import type { MetricName } from '../config/policy.js';
import { UserError } from '../errors.js';
import {
  averagePrecision,
  binaryAccuracy,
  binaryLogLoss,
  brier,
  ece,
  f1,
  precision,
  recall,
  rocAuc,
} from '../evaluate/binary-metrics.js';
import { TASK_METRICS } from '../evaluate/metric-info.js';
import { checkAligned } from '../evaluate/metrics.js';
import { macroF1, microF1, multiclassAccuracy, multiclassLogLoss } from '../evaluate/multiclass-metrics.js';
import type { Labels, Predictions, Task } from '../evaluate/predictions.js';
import { mae, mape, r2, rmse } from '../evaluate/regression-metrics.js';
import { ClassSplitAuc } from './class-split-auc.js';

/** Throws a UserError (at `key`) unless `metric` is one of the task's metrics. */
export function checkTaskMetric(metric: string, task: Task, key: string): asserts metric is MetricName {
  const allowed = TASK_METRICS[task] as readonly string[];
  if (!allowed.includes(metric)) {
    throw new UserError(`metric \`${metric}\` does not apply to a ${task} model`, {
      location: { key },
      hint: `The ${task} metrics are ${allowed.join(', ')}`,
    });
  }
}

/** `metric` of `predictions` against `labels` (NaN where undefined, e.g. ROC AUC with one class). */
export function metricValue(metric: MetricName, labels: Labels, predictions: Predictions): number {
  return metricScorer(metric, labels)(predictions);
}

/**
 * The reusable ROC AUC of fixed `labels` (class-split-auc.ts) when `metric` is binary ROC AUC, the
 * default binary metric; else undefined.
 */
export function fixedLabelAuc(metric: MetricName, labels: Labels): ClassSplitAuc | undefined {
  return labels.task === 'binary' && metric === 'roc_auc' ? new ClassSplitAuc(labels.label) : undefined;
}

/**
 * `metric` against fixed `labels`, as a function of the predictions: what the permutation passes
 * call. ROC AUC goes through `auc` (default: `fixedLabelAuc`'s), whose buffers every call reuses.
 */
export function metricScorer(
  metric: MetricName,
  labels: Labels,
  auc: ClassSplitAuc | undefined = fixedLabelAuc(metric, labels),
): (predictions: Predictions) => number {
  checkTaskMetric(metric, labels.task, 'metric');
  return (predictions) => {
    checkAligned(labels, predictions, 'model’s');
    if (auc && predictions.task === 'binary') return auc.of(predictions.score);
    return anyMetric(metric, labels, predictions);
  };
}

function anyMetric(metric: MetricName, labels: Labels, predictions: Predictions): number {
  if (labels.task === 'binary' && predictions.task === 'binary') {
    const { label } = labels;
    const { score } = predictions;
    switch (metric) {
      case 'accuracy':
        return binaryAccuracy(label, score);
      case 'precision':
        return precision(label, score);
      case 'recall':
        return recall(label, score);
      case 'f1':
        return f1(label, score);
      case 'roc_auc':
        return rocAuc(label, score);
      case 'pr_auc':
        return averagePrecision(label, score);
      case 'log_loss':
        return binaryLogLoss(label, score);
      case 'brier':
        return brier(label, score);
      case 'ece':
        return ece(label, score);
    }
  }
  if (labels.task === 'multiclass' && predictions.task === 'multiclass') {
    const k = predictions.classes.length;
    const { label } = labels;
    const { probabilities } = predictions;
    switch (metric) {
      case 'accuracy':
        return multiclassAccuracy(label, probabilities, k);
      case 'macro_f1':
        return macroF1(label, probabilities, k);
      case 'micro_f1':
        return microF1(label, probabilities, k);
      case 'log_loss':
        return multiclassLogLoss(label, probabilities, k);
    }
  }
  if (labels.task === 'regression' && predictions.task === 'regression') {
    const { label } = labels;
    const { prediction } = predictions;
    switch (metric) {
      case 'rmse':
        return rmse(label, prediction);
      case 'mae':
        return mae(label, prediction);
      case 'r2':
        return r2(label, prediction);
      case 'mape':
        return mape(label, prediction);
    }
  }
  throw new Error(`unreachable: ${metric} on ${labels.task}`);
}
