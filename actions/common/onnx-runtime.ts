/**
 * The runner side of ONNX runtime resolution: reads the runner's environment (`RUNNER_TOOL_CACHE`,
 * `RUNNER_ARCH`, `GITHUB_WORKSPACE`) and provides the npm installer that shared/onnx/runtime.ts
 * calls when onnxruntime-node is neither in node_modules nor in the tool cache. The installer
 * fetches the pinned tarball with `npm pack`, checks its sha512 against the pinned integrity, then
 * installs that exact file with `npm install --no-save --prefix <tool cache>`; ORT's CUDA download
 * (its postinstall) is skipped unless the CUDA provider is wanted.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../../shared/logger.js';
import {
  resolveOnnxRuntime,
  type InstallRequest,
  type OnnxRuntime,
  type ResolveRuntimeOptions,
  type RuntimeInstaller,
} from '../../shared/onnx/runtime.js';

/** `RUNNER_ARCH` values (X64, ARM64, X86, ARM) as Node's `process.arch` names them. */
const RUNNER_ARCHES: Record<string, string> = { X64: 'x64', ARM64: 'arm64', X86: 'ia32', ARM: 'arm' };

/** Options for `npmInstaller`. */
export interface NpmInstallerOptions {
  /** The npm executable. Default `npm` (`npm.cmd` on Windows). */
  npm?: string;
  /** Environment for npm. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  logger: Logger;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { env, cwd, maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' },
      (error, stdout, stderr) => {
        if (error) {
          const tail = `${stderr}`.trim().split('\n').slice(-5).join('\n');
          reject(
            new Error(
              `\`${command} ${args.join(' ')}\` failed (${error.message.split('\n')[0]})${tail ? `:\n${tail}` : ''}`,
            ),
          );
        } else resolve(`${stdout}`);
      },
    );
  });
}

/** npm's `sha512-<base64>` integrity of a file. */
export function fileIntegrity(path: string): string {
  return `sha512-${createHash('sha512').update(readFileSync(path)).digest('base64')}`;
}

/**
 * An installer over npm: `npm pack <pkg>@<version>` into a temp folder, compare the tarball's sha512
 * with the pinned integrity, then `npm install --no-save --prefix <prefix> <tarball>`. Without CUDA,
 * `ONNXRUNTIME_NODE_INSTALL=skip` and `--ignore-scripts` keep ORT's postinstall from downloading the
 * CUDA libraries; with CUDA, the postinstall runs with `ONNXRUNTIME_NODE_INSTALL=cuda12`.
 */
export function npmInstaller(options: NpmInstallerOptions): RuntimeInstaller {
  const npm = options.npm ?? (process.platform === 'win32' ? 'npm.cmd' : 'npm');
  return async (request: InstallRequest) => {
    const env: NodeJS.ProcessEnv = {
      ...(options.env ?? process.env),
      ONNXRUNTIME_NODE_INSTALL: request.cuda ? 'cuda12' : 'skip',
    };
    const spec = `${request.packageName}@${request.version}`;
    const work = mkdtempSync(join(tmpdir(), 'modelship-ort-'));
    try {
      const packed = await run(
        npm,
        ['pack', spec, '--json', '--ignore-scripts', '--pack-destination', work],
        env,
        work,
      );
      const filename = (JSON.parse(packed) as { filename?: string }[])[0]?.filename;
      if (filename === undefined) throw new Error(`\`npm pack ${spec}\` reported no tarball`);
      const tarball = join(work, filename);
      const integrity = fileIntegrity(tarball);
      if (integrity !== request.integrity) {
        throw new Error(`the tarball of ${spec} has integrity ${integrity}, expected ${request.integrity}`);
      }
      mkdirSync(request.prefix, { recursive: true });
      const args = ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', request.prefix, tarball];
      // With CUDA the postinstall must run: say so, so an inherited `npm_config_ignore_scripts=true`
      // (exported by `npm run` in a checkout whose .npmrc sets ignore-scripts) cannot turn it off.
      args.push(request.cuda ? '--ignore-scripts=false' : '--ignore-scripts');
      options.logger.info(`npm ${args.join(' ')}`);
      await run(npm, args, env, work);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  };
}

/** Options for `resolveRuntimeOnRunner`. */
export interface RunnerRuntimeOptions {
  logger: Logger;
  /** Whether the CUDA execution provider is wanted. */
  cuda?: boolean;
  /** The environment to read. Default `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Overrides the installer (tests). `null` disables installing. */
  install?: RuntimeInstaller | null;
}

/** The resolution options a runner's environment gives (exported for tests). */
export function runtimeOptionsFromEnv(options: RunnerRuntimeOptions): ResolveRuntimeOptions {
  const env = options.env ?? process.env;
  const here = dirname(fileURLToPath(import.meta.url));
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const arch = RUNNER_ARCHES[env.RUNNER_ARCH ?? ''] ?? process.arch;
  const install =
    options.install === null ? undefined : (options.install ?? npmInstaller({ env, logger: options.logger }));
  return {
    searchFrom: [here, workspace],
    arch,
    logger: options.logger,
    cuda: options.cuda ?? false,
    ...(env.RUNNER_TOOL_CACHE ? { toolCache: env.RUNNER_TOOL_CACHE } : {}),
    ...(install ? { install } : {}),
  };
}

/**
 * Finds onnxruntime-node for an action: node_modules next to the action or in the workspace, the
 * runner's tool cache, or an install into the tool cache (see shared/onnx/runtime.ts).
 */
export function resolveRuntimeOnRunner(options: RunnerRuntimeOptions): Promise<OnnxRuntime> {
  return resolveOnnxRuntime(runtimeOptionsFromEnv(options));
}
