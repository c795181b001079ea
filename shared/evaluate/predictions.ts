/**
 * What a model said about each row, in the one shape every evaluation path produces: the ONNX scorer
 * (`shared/onnx`), the predictions-only reader (a file of labels and scores), and tests. Rows are
 * aligned with the labels they are judged against. Typed arrays keep 1M-row holdouts cheap.
 */

/** The kind of model being evaluated. */
export type Task = 'binary' | 'multiclass' | 'regression';

/** Binary: the probability of the positive class per row. */
export interface BinaryPredictions {
  readonly task: 'binary';
  /** P(positive) per row, in [0, 1]. */
  readonly score: Float64Array;
}

/**
 * How far a multiclass row's probabilities may sum from 1 (rounding in a CSV, float32 softmax).
 * The same bound as a multiclass ONNX model's output (shared/onnx/output-reader.ts).
 */
export const PROBABILITY_SUM_TOLERANCE = 1e-3;

/** Multiclass: one probability per (row, class), row-major; each row sums to 1 (±PROBABILITY_SUM_TOLERANCE). */
export interface MulticlassPredictions {
  readonly task: 'multiclass';
  /** Class names in column order (the label values they stand for). */
  readonly classes: readonly string[];
  /** `rows × classes.length` probabilities, row-major: row i is `[i*k, (i+1)*k)`. */
  readonly probabilities: Float64Array;
}

/** Regression: the predicted value per row. */
export interface RegressionPredictions {
  readonly task: 'regression';
  readonly prediction: Float64Array;
}

/** A model's predictions over a dataset. */
export type Predictions = BinaryPredictions | MulticlassPredictions | RegressionPredictions;

/**
 * The ground truth, aligned with predictions: binary labels are 0/1, multiclass labels are indices
 * into `classes`, regression labels are values.
 */
export type Labels =
  | { readonly task: 'binary'; readonly label: Float64Array }
  | { readonly task: 'multiclass'; readonly classes: readonly string[]; readonly label: Int32Array }
  | { readonly task: 'regression'; readonly label: Float64Array };

/** Number of rows of a predictions value. */
export function predictionRows(p: Predictions): number {
  switch (p.task) {
    case 'binary':
      return p.score.length;
    case 'multiclass':
      return p.classes.length === 0 ? 0 : p.probabilities.length / p.classes.length;
    case 'regression':
      return p.prediction.length;
  }
}
