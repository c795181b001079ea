/**
 * The trained model's check, on real ONNX models (examples/onnx-models.ts) and a real holdout file:
 * the signature is recorded, one batch is scored through evaluate's path, and a model that would
 * fail later (NaN outputs, a wrong input width, a column the data lacks, a wrong output shape, a
 * broken file) fails now with a UserError naming the model file.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger, type Logger } from '../../../shared/logger.js';
import { resolveOnnxRuntime } from '../../../shared/onnx/runtime.js';
import { taskOf, validateTrainedModel } from '../../../shared/train/validate-model.js';
import {
  garbageModel,
  linearRegressionModel,
  logisticRegressionModel,
  sklearnStyleClassifier,
  tempModelDir,
  writeModel,
} from '../../../examples/onnx-models.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const runtime = await resolveOnnxRuntime({ searchFrom: [process.cwd()], arch: process.arch, logger: silentLogger });

const dir = tempModelDir('modelship-train-validate-');
const rows = Array.from({ length: 1000 }, (_, i) => `${(i % 7) / 7},${(i % 11) / 11},${i % 2}`);
writeFileSync(join(dir, 'holdout.csv'), ['tenure,charges,churned', ...rows].join('\n') + '\n');
writeFileSync(join(dir, 'empty.csv'), 'tenure,charges,churned\n');
const features = JSON.stringify(['tenure', 'charges']);
const model = (bytes: Uint8Array, name: string) => writeModel(bytes, name, dir);
const base = { holdout: 'holdout.csv', cwd: dir, label: 'churned' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validateTrainedModel', () => {
  it('records the signature of a good model after scoring one batch', async () => {
    const lines: string[] = [];
    const logger: Logger = { ...silentLogger, info: (m) => lines.push(m) };
    const file = model(
      logisticRegressionModel({ weights: [0.5, -1], bias: 0.1, metadata: { feature_names: features } }),
      'good.onnx',
    );
    const signature = await validateTrainedModel(runtime, { ...base, file, logger, rows: 64 });
    expect(signature).toEqual({
      inputs: [{ name: 'features', type: 'float32', shape: ['N', 2] }],
      outputs: [{ name: 'probability', type: 'float32', shape: ['N', 1] }],
    });
    expect(lines).toContain(
      `${file}: scored 64 holdout rows as binary through \`probability\`; every prediction is finite`,
    );
  });

  it('without a holdout, only loads and describes the model', async () => {
    const file = model(linearRegressionModel({ weights: [NaN, 1] }), 'unscored.onnx');
    const signature = await validateTrainedModel(runtime, { file, cwd: dir });
    expect(signature.outputs).toEqual([{ name: 'prediction', type: 'float32', shape: ['N', 1] }]);
  });

  it('fails a model that outputs NaN, naming the file and the row', async () => {
    const file = model(linearRegressionModel({ weights: [NaN, 1], metadata: { feature_names: features } }), 'nan.onnx');
    const error = await expectUserError(validateTrainedModel(runtime, { ...base, file }));
    expect(error.location.file).toBe(file);
    expect(error.message).toContain('row 1: the model predicted NaN');
  });

  it('fails a model that outputs infinity', async () => {
    const file = model(
      linearRegressionModel({ weights: [1, 1], bias: Infinity, metadata: { feature_names: features } }),
      'inf.onnx',
    );
    const error = await expectUserError(validateTrainedModel(runtime, { ...base, file }));
    expect(error.message).toContain(`${file} (prediction): row 1: the model predicted Infinity`);
  });

  it('fails a wrong input width', async () => {
    const file = model(logisticRegressionModel({ weights: [1, 2, 3] }), 'wide.onnx');
    const error = await expectUserError(
      validateTrainedModel(runtime, { ...base, file, features: ['tenure', 'charges'] }),
    );
    expect(error.location.file).toBe(file);
    expect(error.message).toContain('takes 3 features but the feature columns option lists 2');
  });

  it('fails an input column the holdout lacks', async () => {
    const file = model(
      logisticRegressionModel({
        weights: [1, 2],
        metadata: { feature_names: JSON.stringify(['tenure', 'contract_months']) },
      }),
      'missing-column.onnx',
    );
    const error = await expectUserError(validateTrainedModel(runtime, { ...base, file }));
    expect(error.message).toContain(`${file}: the data has no column \`contract_months\``);
  });

  it('fails an output of the wrong shape for the task', async () => {
    const file = model(
      sklearnStyleClassifier({
        weights: [
          [1, -1],
          [0.5, 0.5],
        ],
        metadata: { feature_names: features },
      }),
      'two-col.onnx',
    );
    const error = await expectUserError(validateTrainedModel(runtime, { ...base, file, task: 'regression' }));
    expect(error.message).toContain('output probabilities: float32[N, 2] does not fit a regression task');
    expect(error.location.file).toBe(file);
  });

  it('fails a file that is not ONNX, and an empty holdout, naming the model', async () => {
    const broken = model(garbageModel(), 'garbage.onnx');
    expect((await expectUserError(validateTrainedModel(runtime, { ...base, file: broken }))).message).toContain(
      `${broken}: is not a valid ONNX model`,
    );
    const file = model(logisticRegressionModel({ weights: [1, 2], metadata: { feature_names: features } }), 'ok.onnx');
    const empty = await expectUserError(validateTrainedModel(runtime, { ...base, file, holdout: 'empty.csv' }));
    expect(empty.message).toContain(`${file}: could not be checked: the holdout has no rows`);
  });
});

describe('taskOf', () => {
  it('reads the task from the output', async () => {
    const outputs = (shape: (number | string)[], name = 'out') => ({
      file: 'm.onnx',
      outputs: [{ name, isTensor: true, type: 'float32', shape }],
    });
    expect(taskOf(outputs(['N', 1], 'probability'))).toBe('binary');
    expect(taskOf(outputs(['N', 2]))).toBe('binary');
    expect(taskOf(outputs(['N', 5]))).toBe('multiclass');
    expect(taskOf(outputs(['N', 1], 'prediction'))).toBe('regression');
    expect(taskOf(outputs(['N']))).toBe('regression');
  });
});
