/**
 * Loading an ONNX model: read the file the user named, create an ORT session on the requested
 * device (see providers.ts), and describe it (inputs, outputs, element types, shapes, size,
 * metadata). Every failure that the user can fix (a missing, empty, truncated or foreign file, an
 * operator ORT does not know, a GPU that is not there) becomes a UserError naming the file and
 * what to do; ORT's own message is kept as the detail, never thrown raw.
 */
import { readUserBytes } from '../read-user-file.js';
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import { readModelMetadata, type ModelMetadata } from './model-metadata.js';
import type { OrtSession, OrtSessionOptions } from './ort-types.js';
import { checkCuda, CUDA_HINT, type DeviceRequest, type ExecutionDevice } from './providers.js';
import type { OnnxRuntime } from './runtime.js';

/** One input or output of a model. */
export interface TensorInfo {
  readonly name: string;
  /** False for ONNX-ML sequences and maps (e.g. ZipMap outputs), which modelship cannot read. */
  readonly isTensor: boolean;
  /** Element type (`float32`, `int64`, …); `non-tensor` when `isTensor` is false. */
  readonly type: string;
  /** Dimensions: a number when fixed, a name when symbolic (dynamic). Empty for non-tensors. */
  readonly shape: readonly (number | string)[];
}

/** A loaded model, ready to score. Call `dispose` when done. */
export interface OnnxModel {
  /** The path as the user named it. */
  readonly file: string;
  readonly sizeBytes: number;
  readonly inputs: readonly TensorInfo[];
  readonly outputs: readonly TensorInfo[];
  /** Producer, IR version and `metadata_props`. */
  readonly metadata: ModelMetadata;
  /** The device the session actually runs on (CPU after a fallback). */
  readonly device: ExecutionDevice;
  readonly session: OrtSession;
  readonly runtime: OnnxRuntime;
  /** Resident set size (bytes) just before the session was created: the base of `memory_mb`. */
  readonly rssBeforeLoad: number;
  /** Releases the native session. */
  dispose(): Promise<void>;
}

/** Options of `loadModel`. */
export interface LoadModelOptions extends DeviceRequest {
  runtime: OnnxRuntime;
  /** Folder relative paths are resolved against. Default: the process's cwd. */
  cwd?: string;
  logger?: Logger;
  /** ORT intra-op threads. Default: ORT's (all cores). */
  threads?: number;
  /**
   * ORT's log severity for the session (0 verbose … 4 fatal). Default 3: errors. The model server
   * passes 4, because ORT prints one stderr line per failed run and the server reports each itself.
   */
  logSeverityLevel?: OrtSessionOptions['logSeverityLevel'];
  /**
   * Whether ORT's intra-op threads spin-wait for the next run (ORT's own default: yes). Spinning
   * saves a few microseconds per run when runs follow each other at once (the model server asks for
   * it); batch work does JavaScript work between runs (permutation importance shuffles and sorts,
   * the bootstrap runs on worker threads), and spinning threads take the cores that work needs.
   * Measured on P3's 20-feature model: 1M rows scored in the same wall time either way; permutation
   * importance of two models on 100,000 rows, the same wall time with 40% less CPU without spinning.
   * Default: no spinning.
   */
  spinning?: boolean;
  /** Reads the resident set size in bytes. Default `process.memoryUsage.rss`. */
  rss?: () => number;
  /** Platform and architecture for the CUDA check (tests). Default: this process's. */
  platform?: string;
  arch?: string;
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).trim();
}

/** Turns ORT's load error into a UserError that names the file and says what to do. */
function loadError(file: string, error: unknown, runtime: OnnxRuntime): UserError {
  const detail = messageOf(error);
  if (/protobuf parsing failed/i.test(detail)) {
    return new UserError('is not a valid ONNX model: its bytes do not parse as an ONNX protobuf', {
      location: { file },
      hint: 'The file is truncated or is not an ONNX file (an HTML error page, a pickle, a Git LFS pointer?). Re-export or re-download it',
      cause: error,
    });
  }
  return new UserError(`could not be loaded by onnxruntime ${runtime.version}: ${detail}`, {
    location: { file },
    hint: 'Re-export the model with an opset and operators onnxruntime supports (opset ≤ 23 for ORT 1.30), or check that the export finished',
    cause: error,
  });
}

/** Creates a session on the requested device, falling back or failing clearly (see providers.ts). */
async function createSession(
  bytes: Uint8Array,
  file: string,
  options: LoadModelOptions,
  logger: Logger,
): Promise<{ session: OrtSession; device: ExecutionDevice }> {
  const { runtime } = options;
  const base: OrtSessionOptions = { graphOptimizationLevel: 'all', logSeverityLevel: options.logSeverityLevel ?? 3 };
  if (options.threads !== undefined) base.intraOpNumThreads = options.threads;
  if (options.spinning !== true) base.extra = { session: { intra_op: { allow_spinning: '0' } } };
  const cpu = async () => {
    try {
      return { session: await runtime.ort.InferenceSession.create(bytes, { ...base, executionProviders: ['cpu'] }) };
    } catch (error) {
      throw loadError(file, error, runtime);
    }
  };
  if ((options.device ?? 'cpu') === 'cpu') return { ...(await cpu()), device: 'cpu' };

  const unavailable = async (reason: string, cause?: unknown) => {
    if (options.fallback === 'cpu') {
      logger.warn(`CUDA was requested for ${file} but ${reason}; running on CPU (the policy allows a fallback)`);
      return { ...(await cpu()), device: 'cpu' as const };
    }
    throw new UserError(`CUDA was requested to run this model but ${reason}`, {
      location: { file },
      hint: CUDA_HINT,
      cause,
    });
  };
  const check = checkCuda(runtime, options.platform, options.arch);
  if (!check.available) return unavailable(check.reason);
  try {
    // Fatal-only logging for the attempt: ORT prints its own error for a missing CUDA library,
    // which this function reports in its own words.
    const session = await runtime.ort.InferenceSession.create(bytes, {
      ...base,
      logSeverityLevel: 4,
      executionProviders: ['cuda', 'cpu'],
    });
    return { session, device: 'cuda' };
  } catch (error) {
    // Is it the GPU or the model? A model that fails on CPU too is reported as a model problem.
    const { session } = await cpu();
    const reason = `creating a CUDA session failed (${messageOf(error)}), so no usable GPU with a CUDA 12 driver was found`;
    if (options.fallback === 'cpu') {
      logger.warn(`CUDA was requested for ${file} but ${reason}; running on CPU (the policy allows a fallback)`);
      return { session, device: 'cpu' };
    }
    await session.release();
    return unavailable(reason, error);
  }
}

function describe(
  metadata: readonly {
    name: string;
    isTensor: boolean;
    type?: string;
    shape?: readonly (number | string)[];
  }[],
): TensorInfo[] {
  return metadata.map((m) =>
    m.isTensor
      ? { name: m.name, isTensor: true, type: m.type ?? 'unknown', shape: [...(m.shape ?? [])] }
      : { name: m.name, isTensor: false, type: 'non-tensor', shape: [] },
  );
}

/**
 * Loads the ONNX model at `path` (relative to `options.cwd`) on the requested device and
 * describes its signature. Throws a UserError for a missing, empty, invalid or unsupported model,
 * and for a GPU request that cannot be met (unless `fallback: 'cpu'`).
 */
export async function loadModel(path: string, options: LoadModelOptions): Promise<OnnxModel> {
  const bytes = await readUserBytes(path, options.cwd ?? process.cwd(), 'model file');
  return loadModelBytes(bytes, path, options);
}

/**
 * Loads a model from bytes already in memory (a registry download whose digests were just
 * verified, so no file sits between the check and the session). `path` names it in messages.
 */
export async function loadModelBytes(bytes: Uint8Array, path: string, options: LoadModelOptions): Promise<OnnxModel> {
  const logger = options.logger ?? silentLogger;
  if (bytes.length === 0) {
    throw new UserError('is empty (0 bytes), not an ONNX model', {
      location: { file: path },
      hint: 'The export or download did not finish; re-create the file',
    });
  }
  const rss = options.rss ?? (() => process.memoryUsage.rss());
  const rssBeforeLoad = rss();
  const { session, device } = await createSession(bytes, path, options, logger);
  const metadata = readModelMetadata(bytes);
  const inputs = describe(session.inputMetadata);
  const outputs = describe(session.outputMetadata);
  logger.info(
    `Loaded ${path} (${bytes.length} bytes, ${device}): inputs ${formatTensors(inputs)}; outputs ${formatTensors(outputs)}`,
  );
  let disposed = false;
  return {
    file: path,
    sizeBytes: bytes.length,
    inputs,
    outputs,
    metadata,
    device,
    session,
    runtime: options.runtime,
    rssBeforeLoad,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await session.release();
    },
  };
}

/** `name: type[d1, d2]` for each tensor, for logs and messages. */
export function formatTensors(tensors: readonly TensorInfo[]): string {
  return tensors.map(formatTensor).join(', ');
}

/** `name: type[d1, d2]`, or `name: (not a tensor)`. */
export function formatTensor(t: TensorInfo): string {
  return t.isTensor ? `${t.name}: ${t.type}[${t.shape.join(', ')}]` : `${t.name}: (not a tensor)`;
}
