/** The command's environment: the contract's variables from the seed, parameters and paths; bad input named. */
import { describe, expect, it } from 'vitest';
import { trainEnvironment, type TrainEnvironmentInput } from '../../../shared/train/determinism.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const input: TrainEnvironmentInput = {
  seed: 42,
  params: { epochs: 5, lr: 0.01, hidden: [32, 16] },
  modelPath: '/w/out/model.onnx',
  dataPaths: ['/w/data/train.csv', '/w/data/holdout.csv'],
  checkpointDir: '/w/.ckpt',
};

describe('trainEnvironment', () => {
  it('sets the seed twice, cuBLAS, the parameters as JSON and the paths one per line', () => {
    expect(trainEnvironment(input)).toEqual({
      MODELSHIP_SEED: '42',
      PYTHONHASHSEED: '42',
      CUBLAS_WORKSPACE_CONFIG: ':4096:8',
      MODELSHIP_PARAMS: '{"epochs":5,"lr":0.01,"hidden":[32,16]}',
      MODELSHIP_MODEL_PATH: '/w/out/model.onnx',
      MODELSHIP_DATA: '/w/data/train.csv\n/w/data/holdout.csv',
      MODELSHIP_CHECKPOINT_DIR: '/w/.ckpt',
    });
  });

  it.each([
    [{ seed: -1 }, 'seed: seed must be an integer from 0 to 4294967295, got -1'],
    [{ seed: 1.5 }, 'got 1.5'],
    [{ seed: 2 ** 32 }, 'got 4294967296'],
    [{ modelPath: 'model.onnx' }, 'model-path: "model.onnx" is not an absolute path'],
    [{ dataPaths: ['/a.csv', 'b.csv'] }, 'data: "b.csv" is not an absolute path'],
    [{ dataPaths: ['/a\nb.csv'] }, 'holds a line break'],
    [{ checkpointDir: '.ckpt' }, 'checkpoint-dir: ".ckpt" is not an absolute path'],
    [{ params: { n: 'bigint' } }, 'params: the parameters cannot be written as JSON'],
  ])('names the bad input %j', (change, message) => {
    const params = 'params' in change ? { n: 1n } : input.params;
    const error = expectUserError(() => trainEnvironment({ ...input, ...change, params } as TrainEnvironmentInput));
    expect(error.message).toContain(message);
  });
});
