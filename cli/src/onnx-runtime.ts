/**
 * onnxruntime-node for the CLI's commands that run models (evaluate, explain, serve): searched from
 * the CLI's own folder (the bundle in cli/dist, or cli/src under tsx) and from the working folder,
 * then in the runner's tool cache when `RUNNER_TOOL_CACHE` is set (shared/onnx/runtime.ts says the
 * order). One place, so the commands cannot drift apart in where they look.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../../shared/logger.js';
import { resolveOnnxRuntime, type OnnxRuntime } from '../../shared/onnx/runtime.js';

/** Resolves onnxruntime-node for a command run in `cwd`, logging where it looked to `logger`. */
export function cliOnnxRuntime(logger: Logger, cwd: string = process.cwd()): Promise<OnnxRuntime> {
  return resolveOnnxRuntime({
    searchFrom: [dirname(fileURLToPath(import.meta.url)), cwd],
    arch: process.arch,
    logger,
    ...(process.env.RUNNER_TOOL_CACHE ? { toolCache: process.env.RUNNER_TOOL_CACHE } : {}),
  });
}
