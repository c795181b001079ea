/**
 * The demo's training command, run by the `train` action like any team's script (a Python one
 * would do the same with `print` and `os.environ`): it follows the contract in docs/train.md.
 * - reads MODELSHIP_DATA (the training CSV), MODELSHIP_PARAMS (`features`, `epochs`,
 *   `stepsPerEpoch`, `holdout`, and `faultAbove` for the demo's deliberately broken version), MODELSHIP_CHECKPOINT_DIR and MODELSHIP_MODEL_PATH;
 * - resumes from `baseline-state.json` in the checkpoint directory when the action restored one;
 * - prints `modelship:env` once and a `modelship:metric` line per epoch (training loss and the
 *   holdout ROC AUC), which the action turns into the live check run and metrics.json;
 * - saves the checkpoint after every epoch (atomically: a kill mid-write leaves the previous one);
 * - writes the ONNX model at MODELSHIP_MODEL_PATH.
 * Run it as `tsx demo/train-command.ts`.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatMetricLine } from '../shared/train/metric-lines.js';
import {
  aucOf,
  baselineOnnx,
  withFaultAbove,
  initialState,
  readColumns,
  scalingOf,
  trainEpoch,
  type BaselineState,
} from './baseline-model.js';

interface Params {
  features: string[];
  epochs?: number;
  stepsPerEpoch?: number;
  /** A labelled CSV to report the ROC AUC on each epoch. */
  holdout?: string;
  /** Break the model on purpose (the demo's v3): it fails on rows whose `feature` reaches `value`. */
  faultAbove?: { feature: string; value: number };
}

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this script as the train action's command`);
  return value;
};
const params = JSON.parse(env('MODELSHIP_PARAMS')) as Params;
const checkpoint = join(env('MODELSHIP_CHECKPOINT_DIR'), 'baseline-state.json');
const modelPath = env('MODELSHIP_MODEL_PATH');
const data = readColumns(env('MODELSHIP_DATA').split('\n')[0]!, params.features);
const holdout = params.holdout ? readColumns(params.holdout, params.features) : undefined;
const scaling = scalingOf(data.x);
const epochs = params.epochs ?? 10;

let state: BaselineState = initialState(params.features.length);
if (existsSync(checkpoint)) {
  state = JSON.parse(readFileSync(checkpoint, 'utf8')) as BaselineState;
  console.log(`Resuming after epoch ${state.epoch}`);
}
console.log(`modelship:env node=${process.versions.node} trainer=baseline-logistic`);
while (state.epoch < epochs) {
  const loss = trainEpoch(state, data, scaling, params.stepsPerEpoch ?? 30);
  const metrics: Record<string, number> = { loss };
  if (holdout) metrics.roc_auc = aucOf(state, scaling, holdout);
  console.log(formatMetricLine(metrics, { epoch: state.epoch }));
  mkdirSync(dirname(checkpoint), { recursive: true });
  writeFileSync(`${checkpoint}.tmp`, JSON.stringify(state));
  renameSync(`${checkpoint}.tmp`, checkpoint);
}
mkdirSync(dirname(modelPath), { recursive: true });
const model = baselineOnnx(state, scaling, params.features);
const fault = params.faultAbove;
writeFileSync(modelPath, fault ? withFaultAbove(model, params.features.indexOf(fault.feature), fault.value) : model);
console.log(`Wrote ${modelPath}`);
