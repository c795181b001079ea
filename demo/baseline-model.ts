/**
 * A small, real churn model for the demo: logistic regression fitted by gradient descent on
 * standardised numeric columns of the training CSV, exported as ONNX (MatMul + Add + Sigmoid over
 * the raw columns: the standardisation is folded into the weights). The training runs in epochs
 * over a state that can be saved and restored (a checkpoint), so demo/train-command.ts can run it
 * as the `train` action's command, resumable like any other training script.
 */
import { readFileSync } from 'node:fs';
import onnxProto from 'onnx-proto';
import { rocAuc } from '../shared/evaluate/index.js';
import { logisticRegressionModel } from '../examples/onnx-models.js';

/** Feature columns and labels of a CSV, column-major. */
export interface Columns {
  readonly x: Float64Array[];
  readonly y: Float64Array;
}

/** Reads `columns` and the `label` column of a CSV (a cell that is not a number reads as 0). */
export function readColumns(file: string, columns: readonly string[], label = 'churned'): Columns {
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
  const header = lines[0]!.split(',');
  const index = columns.map((c) => {
    const i = header.indexOf(c);
    if (i < 0) throw new Error(`${file} has no column ${c}`);
    return i;
  });
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

/** Everything a checkpoint holds: the epoch reached and the weights on standardised columns. */
export interface BaselineState {
  epoch: number;
  weights: number[];
  bias: number;
}

/** The standardisation of the training columns (mean and std per column). */
export interface Scaling {
  readonly mean: number[];
  readonly std: number[];
}

/** Mean and standard deviation of each column (std 1 for a constant column). */
export function scalingOf(x: readonly Float64Array[]): Scaling {
  const n = x[0]?.length ?? 0;
  const mean = x.map((col) => col.reduce((a, b) => a + b, 0) / n);
  const std = x.map((col, c) => Math.sqrt(col.reduce((a, b) => a + (b - mean[c]!) ** 2, 0) / n) || 1);
  return { mean, std };
}

/** A fresh state: epoch 0, zero weights. */
export function initialState(features: number): BaselineState {
  return { epoch: 0, weights: new Array<number>(features).fill(0), bias: 0 };
}

/**
 * One epoch: `steps` full-batch gradient steps at `rate` on the standardised columns, in place.
 * Deterministic (no randomness at all), so a resumed run ends exactly where an uninterrupted one does.
 * Returns the mean log loss before the last step.
 */
export function trainEpoch(state: BaselineState, data: Columns, scaling: Scaling, steps = 30, rate = 0.5): number {
  const { x, y } = data;
  const n = y.length;
  const f = state.weights.length;
  let loss = 0;
  for (let step = 0; step < steps; step++) {
    const gw = new Array<number>(f).fill(0);
    let gb = 0;
    loss = 0;
    for (let r = 0; r < n; r++) {
      let z = state.bias;
      for (let c = 0; c < f; c++) z += state.weights[c]! * ((x[c]![r]! - scaling.mean[c]!) / scaling.std[c]!);
      const p = 1 / (1 + Math.exp(-z));
      const err = p - y[r]!;
      const clipped = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
      loss -= y[r]! * Math.log(clipped) + (1 - y[r]!) * Math.log(1 - clipped);
      for (let c = 0; c < f; c++) gw[c]! += err * ((x[c]![r]! - scaling.mean[c]!) / scaling.std[c]!);
      gb += err;
    }
    for (let c = 0; c < f; c++) state.weights[c]! -= (rate * gw[c]!) / n;
    state.bias -= (rate * gb) / n;
  }
  state.epoch++;
  return loss / n;
}

/** The weights on the raw columns: the standardisation folded in. */
export function rawWeights(state: BaselineState, scaling: Scaling): { weights: number[]; bias: number } {
  const weights = state.weights.map((w, c) => w / scaling.std[c]!);
  const bias = state.bias - state.weights.reduce((s, w, c) => s + (w * scaling.mean[c]!) / scaling.std[c]!, 0);
  return { weights, bias };
}

/** ROC AUC of the state on labelled columns. */
export function aucOf(state: BaselineState, scaling: Scaling, data: Columns): number {
  const { weights, bias } = rawWeights(state, scaling);
  const score = new Float64Array(data.y.length);
  for (let r = 0; r < score.length; r++) {
    let z = bias;
    for (let c = 0; c < weights.length; c++) z += weights[c]! * data.x[c]![r]!;
    score[r] = 1 / (1 + Math.exp(-z));
  }
  return rocAuc(data.y, score);
}

/** The ONNX model of the state: takes the raw columns, named in its metadata. */
export function baselineOnnx(state: BaselineState, scaling: Scaling, features: readonly string[]): Uint8Array {
  const { weights, bias } = rawWeights(state, scaling);
  return logisticRegressionModel({
    weights,
    bias,
    // `feature_names` names the model server's prediction log columns (docs/serving.md), so drift
    // compares the log with the training profile column by column.
    metadata: { 'modelship.feature_columns': features.join(','), feature_names: JSON.stringify(features) },
  });
}

/**
 * The demo's deliberately broken version: `model` with a price lookup that only covers values of
 * input column `column` below `limit` (the range the holdout has). A batch holding a larger value
 * fails at run time in ONNX Runtime (Gather index out of bounds): `probability = sigmoid(...) *
 * table[floor(max(x[:, column]) / limit)]` with a one-element table. The evaluation passes, and
 * live traffic with higher prices makes the server answer 500 for those requests: a real model
 * failure for the canary analysis to catch, no injected fault.
 */
export function withFaultAbove(model: Uint8Array, column: number, limit: number): Uint8Array {
  const { onnx } = onnxProto;
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const INT64 = onnx.TensorProto.DataType.INT64;
  const decoded = onnx.ModelProto.decode(model);
  const graph = decoded.graph!;
  const output = graph.output![0]!.name!;
  const input = graph.input![0]!.name!;
  const last = graph.node!.find((n) => n.output?.includes(output))!;
  last.output = ['fault_p'];
  const attr = (name: string, i: number) => ({ name, type: onnx.AttributeProto.AttributeType.INT, i });
  const node = (opType: string, inputs: string[], outputs: string[], attribute: ReturnType<typeof attr>[] = []) =>
    onnx.NodeProto.create({ opType, input: inputs, output: outputs, name: `fault_${outputs[0]}`, attribute });
  graph.initializer!.push(
    onnx.TensorProto.create({ name: 'fault_column', dims: [1], dataType: INT64, int64Data: [column] }),
    onnx.TensorProto.create({ name: 'fault_limit', dims: [], dataType: FLOAT, floatData: [limit] }),
    onnx.TensorProto.create({ name: 'fault_table', dims: [1], dataType: FLOAT, floatData: [1] }),
  );
  graph.node!.push(
    node('Gather', [input, 'fault_column'], ['fault_values'], [attr('axis', 1)]),
    node('ReduceMax', ['fault_values'], ['fault_top'], [attr('keepdims', 0)]),
    node('Div', ['fault_top', 'fault_limit'], ['fault_bucket_f']),
    node('Floor', ['fault_bucket_f'], ['fault_bucket_floor']),
    node('Cast', ['fault_bucket_floor'], ['fault_bucket'], [attr('to', INT64)]),
    node('Gather', ['fault_table', 'fault_bucket'], ['fault_scale'], [attr('axis', 0)]),
    node('Mul', ['fault_p', 'fault_scale'], [output]),
  );
  return onnx.ModelProto.encode(decoded).finish();
}
