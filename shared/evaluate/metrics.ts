/**
 * All of a task's metrics at once, sharing the work between them (one confusion matrix, one sort),
 * for the whole holdout and for each slice.
 */
import { UserError } from '../errors.js';
import {
  accuracyFrom,
  averagePrecisionFromSummary,
  binarySummary,
  eceFromBins,
  f1From,
  precisionFrom,
  rankOrder,
  recallFrom,
  rocAucFromSummary,
  type RankOrder,
} from './binary-metrics.js';
import type { MetricValues } from './metric-info.js';
import {
  accuracyFromMatrix,
  argmaxRows,
  confusionMatrix,
  macroF1FromMatrix,
  microF1FromMatrix,
  multiclassLogLoss,
} from './multiclass-metrics.js';
import type { Labels, Predictions } from './predictions.js';
import { predictionRows } from './predictions.js';
import { maeFrom, mapeFrom, r2From, regressionSums, rmseFrom, totalSumOfSquares } from './regression-metrics.js';

/** NaN (undefined on these rows) becomes null, the report's spelling. */
export function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/**
 * Checks that labels and predictions describe the same rows and task (and, for multiclass, the same
 * classes in the same order). A mismatch is a UserError: it comes from a model or file the user chose.
 */
export function checkAligned(labels: Labels, predictions: Predictions, who: string): void {
  if (labels.task !== predictions.task) {
    throw new UserError(`the ${who} predictions are for a ${predictions.task} task, but the labels are ${labels.task}`);
  }
  const rows = predictionRows(predictions);
  if (rows !== labels.label.length) {
    throw new UserError(`the ${who} predictions have ${rows} rows but there are ${labels.label.length} labels`);
  }
  if (labels.task === 'multiclass' && predictions.task === 'multiclass') {
    const a = labels.classes.join('\u0000');
    const b = predictions.classes.join('\u0000');
    if (a !== b) {
      throw new UserError(
        `the ${who} model's classes (${predictions.classes.join(', ')}) differ from the labels' classes (${labels.classes.join(', ')})`,
        { hint: 'List the classes in the same order as the model outputs them' },
      );
    }
  }
}

/**
 * Every metric of the task (metric-info's TASK_METRICS) on these rows; `null` where undefined.
 * `rank`: binary scores' rank order when the caller already has it (a slice's, taken from the whole
 * holdout's order), else it is sorted here (or found in the rank cache).
 */
export function computeMetrics(labels: Labels, predictions: Predictions, rank?: RankOrder): MetricValues {
  if (labels.task === 'binary' && predictions.task === 'binary') {
    const { label } = labels;
    const { score } = predictions;
    // One pass over the rows and one walk of the rank order for all nine (see binarySummary).
    const summary = binarySummary(label, score, rank ?? rankOrder(score));
    const c = summary.confusion;
    return {
      accuracy: finite(accuracyFrom(c)),
      precision: finite(precisionFrom(c)),
      recall: finite(recallFrom(c)),
      f1: finite(f1From(c)),
      roc_auc: finite(rocAucFromSummary(summary)),
      pr_auc: finite(averagePrecisionFromSummary(summary)),
      log_loss: finite(summary.logLoss),
      brier: finite(summary.brier),
      ece: finite(eceFromBins(summary.bins)),
    };
  }
  if (labels.task === 'multiclass' && predictions.task === 'multiclass') {
    const k = predictions.classes.length;
    const m = confusionMatrix(labels.label, argmaxRows(predictions.probabilities, k), k);
    return {
      accuracy: finite(accuracyFromMatrix(m, k)),
      macro_f1: finite(macroF1FromMatrix(m, k)),
      micro_f1: finite(microF1FromMatrix(m, k)),
      log_loss: finite(multiclassLogLoss(labels.label, predictions.probabilities, k)),
    };
  }
  if (labels.task === 'regression' && predictions.task === 'regression') {
    const s = regressionSums(labels.label, predictions.prediction);
    return {
      rmse: finite(rmseFrom(s)),
      mae: finite(maeFrom(s)),
      r2: finite(r2From(s, totalSumOfSquares(labels.label))),
      mape: finite(mapeFrom(s)),
    };
  }
  throw new UserError(`the predictions are for a ${predictions.task} task, but the labels are ${labels.task}`);
}

/** The rows `rows` of labels (for slices). */
export function subsetLabels(labels: Labels, rows: Uint32Array): Labels {
  switch (labels.task) {
    case 'binary':
      return { task: 'binary', label: gather(labels.label, rows) };
    case 'regression':
      return { task: 'regression', label: gather(labels.label, rows) };
    case 'multiclass': {
      const label = new Int32Array(rows.length);
      for (let j = 0; j < rows.length; j++) label[j] = labels.label[rows[j]!]!;
      return { task: 'multiclass', classes: labels.classes, label };
    }
  }
}

/** The rows `rows` of predictions (for slices). */
export function subsetPredictions(predictions: Predictions, rows: Uint32Array): Predictions {
  switch (predictions.task) {
    case 'binary':
      return { task: 'binary', score: gather(predictions.score, rows) };
    case 'regression':
      return { task: 'regression', prediction: gather(predictions.prediction, rows) };
    case 'multiclass': {
      const k = predictions.classes.length;
      const probabilities = new Float64Array(rows.length * k);
      for (let j = 0; j < rows.length; j++) {
        const from = rows[j]! * k;
        probabilities.set(predictions.probabilities.subarray(from, from + k), j * k);
      }
      return { task: 'multiclass', classes: predictions.classes, probabilities };
    }
  }
}

function gather(values: Float64Array, rows: Uint32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let j = 0; j < rows.length; j++) out[j] = values[rows[j]!]!;
  return out;
}
