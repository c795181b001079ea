/**
 * The environment the train action gives the training command (the contract in docs/train.md):
 * the seed in the variables frameworks read, the parameters as JSON, and the absolute paths of the
 * model to write, the data to read and the checkpoint directory to save into and resume from.
 * Environment variables because every language reads them and they need no argument parsing.
 *
 * What the variables cannot do on their own: PyTorch still needs `torch.manual_seed`,
 * `torch.use_deterministic_algorithms(True)` and `torch.backends.cudnn.benchmark = False` in the
 * script; `CUBLAS_WORKSPACE_CONFIG=:4096:8` only makes cuBLAS deterministic when those are set
 * (PyTorch's "Reproducibility" notes). And `PYTHONHASHSEED` only takes effect when the interpreter
 * starts, which is why it is set here and not in the script.
 */
import { isAbsolute } from 'node:path';
import { UserError } from '../errors.js';

/** The variables the command gets, by role. */
export const TRAIN_ENV = Object.freeze({
  seed: 'MODELSHIP_SEED',
  params: 'MODELSHIP_PARAMS',
  modelPath: 'MODELSHIP_MODEL_PATH',
  data: 'MODELSHIP_DATA',
  checkpointDir: 'MODELSHIP_CHECKPOINT_DIR',
  pythonHashSeed: 'PYTHONHASHSEED',
  cublasWorkspace: 'CUBLAS_WORKSPACE_CONFIG',
});

/** The cuBLAS workspace setting that makes its reductions deterministic (NVIDIA's cuBLAS docs, "Results reproducibility"). */
export const CUBLAS_WORKSPACE_CONFIG = ':4096:8';

/** The largest seed: PYTHONHASHSEED and NumPy's legacy seed both take 0 … 2³² − 1. */
export const MAX_SEED = 4_294_967_295;

/** What the action knows when it starts the command. Paths must be absolute (the command's working directory is the user's). */
export interface TrainEnvironmentInput {
  seed: number;
  params: Readonly<Record<string, unknown>>;
  modelPath: string;
  dataPaths: readonly string[];
  checkpointDir: string;
}

/**
 * The variables to add to the command's environment. Throws a `UserError` naming the input for a
 * seed out of range, a relative path, or a data path with a line break (MODELSHIP_DATA holds one
 * path per line); the parameters must survive JSON.
 */
export function trainEnvironment(input: TrainEnvironmentInput): Record<string, string> {
  if (!Number.isSafeInteger(input.seed) || input.seed < 0 || input.seed > MAX_SEED) {
    throw new UserError(`seed must be an integer from 0 to ${MAX_SEED}, got ${input.seed}`, {
      location: { key: 'seed' },
      hint: 'Set the seed input to a whole number, e.g. 42',
    });
  }
  const paths: [string, string][] = [
    ['model-path', input.modelPath],
    ['checkpoint-dir', input.checkpointDir],
    ...input.dataPaths.map((path): [string, string] => ['data', path]),
  ];
  for (const [key, path] of paths) {
    if (!isAbsolute(path))
      throw new UserError(`${JSON.stringify(path)} is not an absolute path`, { location: { key } });
    if (/[\r\n]/.test(path)) {
      throw new UserError(`${JSON.stringify(path)} holds a line break, which ${TRAIN_ENV.data} cannot carry`, {
        location: { key },
        hint: 'Rename the file',
      });
    }
  }
  let params: string;
  try {
    params = JSON.stringify(input.params);
  } catch (cause) {
    throw new UserError('the parameters cannot be written as JSON', { location: { key: 'params' }, cause });
  }
  const seed = String(input.seed);
  return {
    [TRAIN_ENV.seed]: seed,
    [TRAIN_ENV.pythonHashSeed]: seed,
    [TRAIN_ENV.cublasWorkspace]: CUBLAS_WORKSPACE_CONFIG,
    [TRAIN_ENV.params]: params,
    [TRAIN_ENV.modelPath]: input.modelPath,
    [TRAIN_ENV.data]: input.dataPaths.join('\n'),
    [TRAIN_ENV.checkpointDir]: input.checkpointDir,
  };
}
