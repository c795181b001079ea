/**
 * Multiclass metrics over typed arrays, matching scikit-learn 1.9 (to 1e-9 relative). Labels are class
 * indices; probabilities are row-major `rows × k`. The predicted class is the argmax of a row's
 * probabilities, the first class winning a tie (numpy's argmax).
 */
import { EPSILON, weightedRowMean } from './binary-metrics.js';

/** The predicted class of each row: argmax of its k probabilities, first class on a tie. */
export function argmaxRows(probabilities: Float64Array, k: number): Int32Array {
  const rows = k === 0 ? 0 : probabilities.length / k;
  const out = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    let best = 0;
    let bestP = probabilities[i * k]!;
    for (let c = 1; c < k; c++) {
      const p = probabilities[i * k + c]!;
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    out[i] = best;
  }
  return out;
}

/** The k × k confusion matrix (row = true class, column = predicted), weighted. */
export function confusionMatrix(
  label: Int32Array,
  predicted: Int32Array,
  k: number,
  weights?: ArrayLike<number>,
): Float64Array {
  const m = new Float64Array(k * k);
  for (let i = 0; i < label.length; i++) m[label[i]! * k + predicted[i]!]! += weights ? weights[i]! : 1;
  return m;
}

/** Accuracy from a confusion matrix: its trace over its total; NaN when empty. */
export function accuracyFromMatrix(m: Float64Array, k: number): number {
  let total = 0;
  let correct = 0;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) total += m[a * k + b]!;
    correct += m[a * k + a]!;
  }
  return total === 0 ? NaN : correct / total;
}

/**
 * Macro F1 from a confusion matrix, as f1_score(average='macro') with its default labels: the mean
 * over classes that occur among the true or the predicted labels of 2tp / (2tp + fp + fn). A class that
 * never occurs is left out, as scikit-learn leaves it out.
 */
export function macroF1FromMatrix(m: Float64Array, k: number): number {
  let sum = 0;
  let present = 0;
  for (let c = 0; c < k; c++) {
    let row = 0;
    let col = 0;
    for (let o = 0; o < k; o++) {
      row += m[c * k + o]!;
      col += m[o * k + c]!;
    }
    if (row === 0 && col === 0) continue;
    const tp = m[c * k + c]!;
    present++;
    sum += (2 * tp) / (row + col);
  }
  return present === 0 ? NaN : sum / present;
}

/**
 * Micro F1 from a confusion matrix: 2Σtp / (2Σtp + Σfp + Σfn), which for single-label data equals
 * accuracy (every miss is one fp and one fn).
 */
export function microF1FromMatrix(m: Float64Array, k: number): number {
  let total = 0;
  let correct = 0;
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) total += m[a * k + b]!;
    correct += m[a * k + a]!;
  }
  const wrong = total - correct;
  return total === 0 ? NaN : (2 * correct) / (2 * correct + 2 * wrong);
}

/** accuracy_score(label, argmax). */
export function multiclassAccuracy(label: Int32Array, probabilities: Float64Array, k: number): number {
  return accuracyFromMatrix(confusionMatrix(label, argmaxRows(probabilities, k), k), k);
}

/** f1_score(label, argmax, average='macro'). */
export function macroF1(label: Int32Array, probabilities: Float64Array, k: number): number {
  return macroF1FromMatrix(confusionMatrix(label, argmaxRows(probabilities, k), k), k);
}

/** f1_score(label, argmax, average='micro'). */
export function microF1(label: Int32Array, probabilities: Float64Array, k: number): number {
  return microF1FromMatrix(confusionMatrix(label, argmaxRows(probabilities, k), k), k);
}

/**
 * One row's multiclass log loss: −ln(clip(p(true class), ε, 1 − ε)). scikit-learn 1.9 clips this way
 * and no longer renormalises rows (it only warns when they do not sum to one).
 */
export function multiclassLogLossTerm(probabilities: Float64Array, k: number, row: number, label: number): number {
  return -Math.log(Math.min(Math.max(probabilities[row * k + label]!, EPSILON), 1 - EPSILON));
}

/** log_loss(label, probabilities, labels=range(k)). NaN with no rows. */
export function multiclassLogLoss(
  label: Int32Array,
  probabilities: Float64Array,
  k: number,
  weights?: ArrayLike<number>,
): number {
  return weightedRowMean(label.length, weights, (i) => multiclassLogLossTerm(probabilities, k, i, label[i]!));
}
