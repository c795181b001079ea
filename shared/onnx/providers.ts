/**
 * Execution providers: CPU always, CUDA only on request and only when it is really there. ORT's
 * CUDA provider lives in extra libraries (`libonnxruntime_providers_cuda.so` and
 * `libonnxruntime_providers_shared.so` on Linux, `onnxruntime_providers_cuda.dll` and
 * `onnxruntime_providers_shared.dll` on Windows) next to the native binding; onnxruntime-node's
 * postinstall downloads them only when asked, and requesting `cuda` without them fails session
 * creation with no fallback. So a request is checked up front, and the session creation itself
 * is the final check (see `createSession` in model.ts): without a GPU the answer is a UserError,
 * or, where the policy allows (`training.gpu: preferred`), a logged fallback to CPU.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { OnnxRuntime } from './runtime.js';

/** Where a model runs. */
export type ExecutionDevice = 'cpu' | 'cuda';

/** What the caller asks for. */
export interface DeviceRequest {
  /** Default `cpu`. */
  device?: ExecutionDevice;
  /**
   * What to do when `cuda` is asked for and is not usable: `error` (default) throws a UserError;
   * `cpu` logs a warning and runs on CPU (the policy's `gpu: preferred`).
   */
  fallback?: 'error' | 'cpu';
}

/** Whether the CUDA provider can be tried, and why not. */
export interface CudaCheck {
  readonly available: boolean;
  /** Why it is not available (empty when it is). */
  readonly reason: string;
  /** The folder holding the native binding, where the provider libraries must be. */
  readonly bindingDir: string;
}

/** Platforms for which onnxruntime-node builds the CUDA provider. */
const CUDA_BUILDS: readonly string[] = ['linux/x64', 'win32/x64'];

/** Provider library files per platform (both must be present). */
const CUDA_LIBRARIES: Partial<Record<string, readonly string[]>> = {
  linux: ['libonnxruntime_providers_cuda.so', 'libonnxruntime_providers_shared.so'],
  win32: ['onnxruntime_providers_cuda.dll', 'onnxruntime_providers_shared.dll'],
};

/** The folder of the native binding inside the package (`bin/napi-v6/<platform>/<arch>`). */
export function bindingDir(runtime: OnnxRuntime, platform: string = process.platform, arch: string = process.arch) {
  return join(runtime.packageDir, 'bin', 'napi-v6', platform, arch);
}

/**
 * Checks, without creating a session, whether the CUDA provider can be used: the binding must
 * list `cuda` among its backends and the provider libraries must sit next to it.
 */
export function checkCuda(
  runtime: OnnxRuntime,
  platform: string = process.platform,
  arch: string = process.arch,
): CudaCheck {
  const dir = bindingDir(runtime, platform, arch);
  const backends = runtime.ort.listSupportedBackends?.() ?? [];
  if (!CUDA_BUILDS.includes(`${platform}/${arch}`) || !backends.some((b) => b.name === 'cuda')) {
    return {
      available: false,
      reason: `onnxruntime-node ${runtime.version} has no CUDA provider for ${platform}/${arch} (only Linux x64 and Windows x64 builds do)`,
      bindingDir: dir,
    };
  }
  const libraries = CUDA_LIBRARIES[platform] ?? [];
  const missing = libraries.filter((f) => !existsSync(join(dir, f)));
  if (missing.length > 0) {
    return {
      available: false,
      reason: `the CUDA provider libraries are not installed (${missing.join(', ')} missing in ${dir})`,
      bindingDir: dir,
    };
  }
  return { available: true, reason: '', bindingDir: dir };
}

/** How to get CUDA, for error hints. */
export const CUDA_HINT =
  'Run on a GPU runner whose tool cache has onnxruntime-node installed with ONNXRUNTIME_NODE_INSTALL=cuda12 ' +
  '(runner-images/ pre-bakes it) and a CUDA 12 driver, or set `device: cpu` ' +
  '(or `gpu: preferred` in the policy to fall back to CPU with a warning)';
