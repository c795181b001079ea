/**
 * Loading models: the signature ORT reports, the size and metadata, the clear errors for files
 * that are missing, empty, truncated or not ONNX at all, and the execution-provider rules (CUDA
 * only when present; a UserError, or a logged CPU fallback where the policy allows it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUserError, type UserError } from '../../../shared/errors.js';
import type { Logger } from '../../../shared/logger.js';
import { silentLogger } from '../../../shared/logger.js';
import { loadModel } from '../../../shared/onnx/model.js';
import { readModelMetadata } from '../../../shared/onnx/model-metadata.js';
import { checkCuda } from '../../../shared/onnx/providers.js';
import { resolveOnnxRuntime, type OnnxRuntime } from '../../../shared/onnx/runtime.js';
import { checkSignature, modelSignature } from '../../../shared/onnx/signature.js';
import {
  garbageModel,
  logisticRegressionModel,
  sklearnStyleClassifier,
  tempModelDir,
  truncatedModel,
  writeModel,
  zipMapClassifier,
} from '../../../examples/onnx-models.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const runtime = await resolveOnnxRuntime({ searchFrom: [process.cwd()], arch: process.arch, logger: silentLogger });

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(`info: ${m}`),
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
  };
}

describe('loadModel', () => {
  it('describes inputs, outputs, size and metadata', async () => {
    const bytes = sklearnStyleClassifier({
      weights: [
        [1, 0, 0],
        [0, 1, 0],
      ],
      metadata: { feature_names: '["age","income"]', owner: 'risk-team' },
    });
    const path = writeModel(bytes);
    const logger = recordingLogger();
    const model = await loadModel(path, { runtime, logger });
    expect(model.sizeBytes).toBe(bytes.length);
    expect(model.device).toBe('cpu');
    expect(model.inputs).toEqual([{ name: 'features', isTensor: true, type: 'float32', shape: ['N', 2] }]);
    expect(model.outputs).toEqual([
      { name: 'label', isTensor: true, type: 'int64', shape: ['N'] },
      { name: 'probabilities', isTensor: true, type: 'float32', shape: ['N', 3] },
    ]);
    expect(model.metadata).toEqual({
      irVersion: 8,
      producerName: 'modelship-tests',
      producerVersion: '1',
      props: { feature_names: '["age","income"]', owner: 'risk-team' },
    });
    expect(
      logger.lines.some((l) =>
        l.includes('inputs features: float32[N, 2]; outputs label: int64[N], probabilities: float32[N, 3]'),
      ),
    ).toBe(true);
    expect(modelSignature(model)).toEqual({
      inputs: [{ name: 'features', type: 'float32', shape: ['N', 2] }],
      outputs: [
        { name: 'label', type: 'int64', shape: ['N'] },
        { name: 'probabilities', type: 'float32', shape: ['N', 3] },
      ],
    });
    await model.dispose();
    await model.dispose(); // twice is harmless
  });

  it('resolves relative paths against cwd', async () => {
    const dir = tempModelDir();
    writeModel(logisticRegressionModel({ weights: [1, 2] }), 'm.onnx', dir);
    const model = await loadModel('m.onnx', { runtime, cwd: dir });
    expect(model.file).toBe('m.onnx');
    await model.dispose();
  });

  it('a truncated model is a UserError naming the file', async () => {
    const path = writeModel(truncatedModel(logisticRegressionModel({ weights: [1, 2, 3] })));
    const error = await expectUserError(loadModel(path, { runtime }));
    expect(error.location.file).toBe(path);
    expect(error.message).toContain(`${path}: is not a valid ONNX model`);
    expect(error.hint).toMatch(/truncated/);
  });

  it('every truncation point of a model is refused cleanly (never a crash or a raw ORT error)', async () => {
    const bytes = logisticRegressionModel({ weights: [0.5, -0.5], metadata: { feature_names: 'a,b' } });
    const dir = tempModelDir();
    for (let cut = 1; cut < bytes.length; cut += Math.max(1, Math.floor(bytes.length / 40))) {
      const path = writeModel(bytes.slice(0, cut), `cut-${cut}.onnx`, dir);
      try {
        const model = await loadModel(path, { runtime });
        // A cut that happens to end on a field boundary can still be a valid (smaller) model.
        await model.dispose();
      } catch (error) {
        expect(isUserError(error), String(error)).toBe(true);
        expect((error as UserError).location.file).toBe(path);
      }
    }
  });

  it('a file that is not ONNX, an empty file, a missing file and a directory are UserErrors', async () => {
    const garbage = writeModel(garbageModel());
    expect((await expectUserError(loadModel(garbage, { runtime }))).message).toContain('is not a valid ONNX model');
    const empty = writeModel(new Uint8Array(0));
    expect((await expectUserError(loadModel(empty, { runtime }))).message).toContain('is empty (0 bytes)');
    const dir = tempModelDir();
    expect((await expectUserError(loadModel(join(dir, 'nope.onnx'), { runtime }))).message).toContain(
      'The model file does not exist',
    );
    mkdirSync(join(dir, 'sub.onnx'));
    expect((await expectUserError(loadModel(join(dir, 'sub.onnx'), { runtime }))).message).toContain('is a directory');
  });

  it('an operator ORT does not know is a UserError with ORT’s reason', async () => {
    const bytes = logisticRegressionModel({ weights: [1] });
    // Rename the Sigmoid op type (NodeProto field 4, length 7) to something ORT has never heard of;
    // the same length keeps the encoding valid.
    const text = Buffer.from(bytes);
    const at = text.indexOf(Buffer.from([0x22, 7, ...Buffer.from('Sigmoid')]));
    expect(at).toBeGreaterThan(0);
    text.write('Sigmoix', at + 2);
    const error = await expectUserError(loadModel(writeModel(text), { runtime }));
    expect(error.message).toContain('could not be loaded by onnxruntime 1.30.0');
    expect(error.message).toContain('Sigmoix');
  });

  it('a ZipMap model loads, and its output is described as a non-tensor', async () => {
    const model = await loadModel(writeModel(zipMapClassifier([1, 2])), { runtime });
    expect(model.outputs).toEqual([{ name: 'output_probability', isTensor: false, type: 'non-tensor', shape: [] }]);
    await model.dispose();
  });
});

describe('execution providers', () => {
  it('this package has no CUDA provider libraries (the CUDA download is skipped)', () => {
    const check = checkCuda(runtime, 'linux', 'x64');
    expect(check.available).toBe(false);
    expect(check.reason).toContain('libonnxruntime_providers_cuda.so');
    expect(checkCuda(runtime, 'darwin', 'arm64').reason).toContain('no CUDA provider for darwin/arm64');
  });

  it('asking for CUDA without it is a UserError with what to do', async () => {
    const path = writeModel(logisticRegressionModel({ weights: [1] }));
    const error = await expectUserError(loadModel(path, { runtime, device: 'cuda', platform: 'linux', arch: 'x64' }));
    expect(error.message).toContain(
      'CUDA was requested to run this model but the CUDA provider libraries are not installed',
    );
    expect(error.location.file).toBe(path);
    expect(error.hint).toContain('ONNXRUNTIME_NODE_INSTALL=cuda12');
  });

  it('with fallback: cpu, asking for CUDA without it warns and runs on CPU', async () => {
    const logger = recordingLogger();
    const model = await loadModel(writeModel(logisticRegressionModel({ weights: [1] })), {
      runtime,
      device: 'cuda',
      fallback: 'cpu',
      logger,
    });
    expect(model.device).toBe('cpu');
    expect(logger.lines.some((l) => l.startsWith('warn: CUDA was requested') && l.includes('running on CPU'))).toBe(
      true,
    );
    await model.dispose();
  });

  /** A runtime whose package folder has the provider files (empty stand-ins), so the check passes and session creation is the real test. */
  function runtimeWithFakeCudaFiles(): OnnxRuntime {
    const packageDir = tempModelDir('modelship-fake-ort-');
    const dir = join(packageDir, 'bin', 'napi-v6', 'linux', 'x64');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'libonnxruntime_providers_cuda.so'), '');
    writeFileSync(join(dir, 'libonnxruntime_providers_shared.so'), '');
    return { ...runtime, packageDir };
  }

  it.runIf(process.platform === 'linux' && process.arch === 'x64')(
    'when the files look present but the CUDA session cannot be created, the error says so (no obscure failure)',
    async () => {
      const fake = runtimeWithFakeCudaFiles();
      expect(checkCuda(fake, 'linux', 'x64').available).toBe(true);
      const path = writeModel(logisticRegressionModel({ weights: [1] }));
      const error = await expectUserError(
        loadModel(path, { runtime: fake, device: 'cuda', platform: 'linux', arch: 'x64' }),
      );
      expect(error.message).toContain('creating a CUDA session failed');
      expect(error.message).toContain('no usable GPU with a CUDA 12 driver was found');
      const logger = recordingLogger();
      const model = await loadModel(path, {
        runtime: fake,
        device: 'cuda',
        fallback: 'cpu',
        platform: 'linux',
        arch: 'x64',
        logger,
      });
      expect(model.device).toBe('cpu');
      expect(logger.lines.some((l) => l.startsWith('warn:') && l.includes('creating a CUDA session failed'))).toBe(
        true,
      );
      await model.dispose();
    },
  );

  it.runIf(process.platform === 'linux' && process.arch === 'x64')(
    'a broken model asked for on CUDA is reported as a broken model, not as a missing GPU',
    async () => {
      const path = writeModel(truncatedModel(logisticRegressionModel({ weights: [1, 2] })));
      const error = await expectUserError(
        loadModel(path, { runtime: runtimeWithFakeCudaFiles(), device: 'cuda', platform: 'linux', arch: 'x64' }),
      );
      expect(error.message).toContain('is not a valid ONNX model');
    },
  );
});

describe('checkSignature against the manifest', () => {
  it('passes when the model is the one recorded (symbolic dimension names are free)', async () => {
    const model = await loadModel(writeModel(logisticRegressionModel({ weights: [1, 2, 3] })), { runtime });
    checkSignature(model, {
      inputs: [{ name: 'features', type: 'float32', shape: ['batch', 3] }],
      outputs: [{ name: 'probability', type: 'float32', shape: [null, 1] }],
    });
    await model.dispose();
  });

  it('lists every difference: names, types, shapes, missing and extra tensors', async () => {
    const model = await loadModel(writeModel(logisticRegressionModel({ weights: [1, 2, 3] })), { runtime });
    const error = expectUserError(() =>
      checkSignature(
        model,
        {
          inputs: [{ name: 'features', type: 'float64', shape: ['N', 4] }],
          outputs: [
            { name: 'probability', type: 'float32', shape: ['N'] },
            { name: 'label', type: 'int64', shape: ['N'] },
          ],
        },
        'model/v3 modelship.json',
      ),
    );
    const message = error.message;
    expect(message).toContain('does not match the signature recorded in model/v3 modelship.json');
    expect(message).toContain('input `features` has type float32, the manifest says float64');
    expect(message).toContain('input `features` has shape [N, 3], the manifest says [N, 4]');
    expect(message).toContain('output `probability` has shape [N, 1], the manifest says [N]');
    expect(message).toContain('output `label` is recorded in the manifest but the model has no such output');
    await model.dispose();
  });

  it('an extra input in the model is reported', async () => {
    expect(() =>
      checkSignature(
        {
          file: 'm.onnx',
          inputs: [
            { name: 'a', isTensor: true, type: 'float32', shape: ['N', 1] },
            { name: 'b', isTensor: true, type: 'float32', shape: ['N', 1] },
          ],
          outputs: [],
        },
        { inputs: [{ name: 'a', type: 'float32', shape: ['N', 1] }], outputs: [] },
      ),
    ).toThrow('input `b` is not in the manifest');
  });
});

describe('readModelMetadata', () => {
  it('returns empty props for bytes that do not parse', () => {
    expect(readModelMetadata(garbageModel())).toEqual({ props: {} });
    expect(readModelMetadata(new Uint8Array([0x72, 0xff]))).toEqual({ props: {} });
  });
});
