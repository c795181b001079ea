/**
 * A small, real churn model for the demo: logistic regression fitted by gradient descent on
 * standardised numeric columns of the training CSV, exported as ONNX (MatMul + Add + Sigmoid over
 * the raw columns: the standardisation is folded into the weights). The `train` action will replace
 * this with GPU training; until then the demo registers and promotes models made here.
 */
import { readFileSync } from 'node:fs';
import { rocAuc } from '../shared/evaluate/index.js';
import { logisticRegressionModel } from '../examples/onnx-models.js';

/** A fitted model: its ONNX bytes, its feature columns and its holdout AUC. */
export interface BaselineModel {
  readonly onnx: Uint8Array;
  readonly features: readonly string[];
  readonly auc: number;
}

function readColumns(file: string, columns: readonly string[], label: string): { x: Float64Array[]; y: Float64Array } {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const header = lines[0]!.split(',');
  const index = columns.map((c) => header.indexOf(c));
  const yIndex = header.indexOf(label);
  const rows = lines.length - 1;
  const x = columns.map(() => new Float64Array(rows));
  const y = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const cells = lines[r + 1]!.split(',');
    index.forEach((i, c) => (x[c]![r] = Number(cells[i]) || 0));
    y[r] = Number(cells[yIndex]);
  }
  return { x, y };
}

/** Fits the model on `train` and scores `holdout` (AUC). Deterministic. */
export function fitBaseline(train: string, holdout: string, features: readonly string[], epochs = 300): BaselineModel {
  const { x, y } = readColumns(train, features, 'churned');
  const n = y.length;
  const mean = x.map((col) => col.reduce((a, b) => a + b, 0) / n);
  const std = x.map((col, c) => Math.sqrt(col.reduce((a, b) => a + (b - mean[c]!) ** 2, 0) / n) || 1);
  const w = new Float64Array(features.length);
  let b = 0;
  const rate = 0.5;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gw = new Float64Array(features.length);
    let gb = 0;
    for (let r = 0; r < n; r++) {
      let z = b;
      for (let c = 0; c < w.length; c++) z += w[c]! * ((x[c]![r]! - mean[c]!) / std[c]!);
      const err = 1 / (1 + Math.exp(-z)) - y[r]!;
      for (let c = 0; c < w.length; c++) gw[c]! += err * ((x[c]![r]! - mean[c]!) / std[c]!);
      gb += err;
    }
    for (let c = 0; c < w.length; c++) w[c]! -= (rate * gw[c]!) / n;
    b -= (rate * gb) / n;
  }
  // Fold the standardisation into the weights, so the ONNX model takes the raw columns.
  const weights = features.map((_, c) => w[c]! / std[c]!);
  const bias = b - features.reduce((s, _, c) => s + (w[c]! * mean[c]!) / std[c]!, 0);
  const test = readColumns(holdout, features, 'churned');
  const score = new Float64Array(test.y.length);
  for (let r = 0; r < score.length; r++) {
    let z = bias;
    for (let c = 0; c < weights.length; c++) z += weights[c]! * test.x[c]![r]!;
    score[r] = 1 / (1 + Math.exp(-z));
  }
  const onnx = logisticRegressionModel({
    weights,
    bias,
    metadata: { 'modelship.feature_columns': features.join(',') },
  });
  return { onnx, features, auc: rocAuc(test.y, score) };
}
