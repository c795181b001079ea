/**
 * Finding onnxruntime-node at run time. The native binding is never committed or bundled (ncc
 * cannot copy it, and it is ~45 MB per platform), so the module is located and loaded from a
 * computed path, never through a static import. Resolution order (architecture brief §4):
 *
 * 1. `node_modules`, searched upwards from the directories the caller names (in development, the
 *    project; on a runner, the action's own folder and the workspace);
 * 2. the runner's tool cache: `<toolCache>/onnxruntime-node/<version>/<arch>/node_modules/onnxruntime-node`,
 *    complete when `<toolCache>/onnxruntime-node/<version>/<arch>.complete` exists (the same marker
 *    `@actions/tool-cache` writes; runner-images pre-bakes it there);
 * 3. an installer the adapter passes in, which installs the pinned version into that tool-cache
 *    folder; the result is checked against the pinned version and integrity before it is used;
 * 4. otherwise a UserError that says how to pre-bake it or add the dependency.
 *
 * The pinned version lives in one constant, `ORT_VERSION`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import type { OrtModule } from './ort-types.js';

/** The npm package that holds the runtime. */
export const ORT_PACKAGE = 'onnxruntime-node';
/** The one pinned onnxruntime-node version (keep equal to package.json; a test checks). */
export const ORT_VERSION = '1.30.0';
/** npm's integrity of the pinned tarball (from package-lock.json; a test checks they agree). */
export const ORT_INTEGRITY =
  'sha512-twhs1C2C/BFkz1yc5OY0KIU2GUq6DURO7hD4bx5Q2Qy3nAMJwRXW8xU3NVczE29VA9lolLOYepoD8fjTGOfIqw==';

/** Where the runtime was found. */
export type RuntimeSource = 'node_modules' | 'tool-cache' | 'installed';

/** A loaded onnxruntime-node and where it came from. */
export interface OnnxRuntime {
  /** The module (what `require('onnxruntime-node')` returns). */
  readonly ort: OrtModule;
  readonly source: RuntimeSource;
  /** The package folder (`…/node_modules/onnxruntime-node`). */
  readonly packageDir: string;
  /** The package's version, from its package.json. */
  readonly version: string;
}

/** What an installer is asked to do. */
export interface InstallRequest {
  /** npm `--prefix`: the package must end up in `<prefix>/node_modules/onnxruntime-node`. */
  readonly prefix: string;
  readonly packageName: string;
  readonly version: string;
  /** npm integrity (`sha512-…`) the package tarball must have; the installer must refuse other bytes. */
  readonly integrity: string;
  /** Whether the CUDA execution provider's libraries are wanted (ORT's postinstall downloads them). */
  readonly cuda: boolean;
}

/** Installs the runtime (the adapter's `npm install`); throws with a readable message on failure. */
export type RuntimeInstaller = (request: InstallRequest) => Promise<void>;

/** Options of `resolveOnnxRuntime`. */
export interface ResolveRuntimeOptions {
  /** Folders whose `node_modules` (and their parents') are searched first, in order. */
  searchFrom: readonly string[];
  /** The runner's tool cache (`RUNNER_TOOL_CACHE`); without it, steps 2 and 3 are skipped. */
  toolCache?: string;
  /** Architecture folder name in the tool cache, as Node names it (`x64`, `arm64`). */
  arch: string;
  /** Installs the pinned version into the tool cache when it is not found (step 3). */
  install?: RuntimeInstaller;
  /** Whether the CUDA provider is wanted (passed to the installer). Default false. */
  cuda?: boolean;
  logger: Logger;
  /** Loads a module file by absolute path. Default: a dynamic `import()` of its file URL. */
  load?: (file: string) => Promise<unknown>;
}

/** `<toolCache>/onnxruntime-node/<version>/<arch>`: npm's `--prefix` for the tool-cache copy. */
export function toolCachePrefix(toolCache: string, arch: string, version = ORT_VERSION): string {
  return join(toolCache, ORT_PACKAGE, version, arch);
}

/** The marker file that says a tool-cache copy is complete (`<prefix>.complete`). */
export function toolCacheMarker(toolCache: string, arch: string, version = ORT_VERSION): string {
  return `${toolCachePrefix(toolCache, arch, version)}.complete`;
}

/** The package folder inside an npm prefix. */
function packageIn(prefix: string): string {
  return join(prefix, 'node_modules', ORT_PACKAGE);
}

function readPackageJson(dir: string): { version?: string; main?: string } | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string; main?: string };
  } catch {
    return undefined;
  }
}

/** The first `node_modules/onnxruntime-node` found walking up from each of `starts`. */
export function findInNodeModules(starts: readonly string[]): string | undefined {
  for (const start of starts) {
    let dir = resolve(start);
    for (;;) {
      const candidate = packageIn(dir);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

function defaultLoad(file: string): Promise<unknown> {
  // A computed URL with webpackIgnore: ncc (webpack) leaves this import alone, so the bundle never
  // tries to include the native binding.
  return import(/* webpackIgnore: true */ pathToFileURL(file).href);
}

async function loadFrom(
  packageDir: string,
  source: RuntimeSource,
  options: ResolveRuntimeOptions,
): Promise<OnnxRuntime> {
  const pkg = readPackageJson(packageDir);
  const version = pkg?.version ?? 'unknown';
  const entry = join(packageDir, pkg?.main ?? 'dist/index.js');
  let loaded: unknown;
  try {
    loaded = await (options.load ?? defaultLoad)(entry);
  } catch (error) {
    throw new UserError(
      `onnxruntime-node ${version} was found in ${packageDir} (${source}) but could not be loaded: ${messageOf(error)}`,
      {
        hint:
          'onnxruntime-node ships CPU builds for linux x64/arm64, macOS arm64 and Windows x64/arm64 (none for macOS x64). ' +
          'Reinstall it for this platform, or remove the broken copy so the next source is tried',
        cause: error,
      },
    );
  }
  const ort = moduleOf(loaded);
  if (ort === undefined) {
    throw new UserError(`${entry} (${source}) does not look like onnxruntime-node: it has no InferenceSession`, {
      hint: `Remove that folder and reinstall ${ORT_PACKAGE}@${ORT_VERSION}`,
    });
  }
  if (version !== ORT_VERSION) {
    options.logger.warn(`onnxruntime-node ${version} found in ${packageDir}; modelship is tested with ${ORT_VERSION}`);
  }
  options.logger.info(`onnxruntime-node ${version} from ${source}: ${packageDir}`);
  return { ort, source, packageDir, version };
}

/** The module object from an `import()` of a CommonJS file (its `default`) or a plain object. */
function moduleOf(loaded: unknown): OrtModule | undefined {
  const isOrt = (m: unknown): m is OrtModule =>
    typeof m === 'object' && m !== null && 'InferenceSession' in m && 'Tensor' in m;
  if (typeof loaded === 'object' && loaded !== null && 'default' in loaded && isOrt(loaded.default)) {
    return loaded.default;
  }
  return isOrt(loaded) ? loaded : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** npm's integrity for the installed package, from `<prefix>/node_modules/.package-lock.json`. */
function installedIntegrity(prefix: string): string | undefined {
  try {
    const lock = JSON.parse(readFileSync(join(prefix, 'node_modules', '.package-lock.json'), 'utf8')) as {
      packages?: Record<string, { integrity?: string }>;
    };
    return lock.packages?.[`node_modules/${ORT_PACKAGE}`]?.integrity;
  } catch {
    return undefined;
  }
}

/**
 * Loads the onnxruntime-node an `OnnxRuntime` was resolved to, again: a worker thread opens the very
 * package its parent resolved (from `runtime.packageDir` and `runtime.source`), without searching.
 */
export function runtimeAt(
  packageDir: string,
  source: RuntimeSource,
  logger: Logger = silentLogger,
): Promise<OnnxRuntime> {
  return loadFrom(packageDir, source, { searchFrom: [], arch: process.arch, logger });
}

/**
 * Finds and loads onnxruntime-node: node_modules, then the tool cache, then the installer, else a
 * UserError with instructions. Logs which source was used.
 */
export async function resolveOnnxRuntime(options: ResolveRuntimeOptions): Promise<OnnxRuntime> {
  const { logger } = options;
  const fromNodeModules = findInNodeModules(options.searchFrom);
  if (fromNodeModules !== undefined) return loadFrom(fromNodeModules, 'node_modules', options);
  logger.debug(`onnxruntime-node: not in node_modules above ${options.searchFrom.join(', ') || '(nowhere)'}`);

  if (options.toolCache !== undefined && options.toolCache !== '') {
    const prefix = toolCachePrefix(options.toolCache, options.arch);
    const marker = toolCacheMarker(options.toolCache, options.arch);
    const cached = packageIn(prefix);
    if (existsSync(marker) && existsSync(join(cached, 'package.json'))) {
      return loadFrom(cached, 'tool-cache', options);
    }
    logger.debug(`onnxruntime-node: not in the tool cache (${marker} is missing)`);

    if (options.install !== undefined) {
      const cuda = options.cuda ?? false;
      logger.info(
        `Installing ${ORT_PACKAGE}@${ORT_VERSION} into the tool cache (${prefix})${cuda ? ' with the CUDA provider' : ''}`,
      );
      try {
        await options.install({
          prefix,
          packageName: ORT_PACKAGE,
          version: ORT_VERSION,
          integrity: ORT_INTEGRITY,
          cuda,
        });
      } catch (error) {
        throw missingRuntime(options, `installing it into ${prefix} failed: ${messageOf(error)}`);
      }
      const installed = readPackageJson(cached);
      if (installed?.version !== ORT_VERSION) {
        throw missingRuntime(options, `the install into ${prefix} did not produce ${ORT_PACKAGE}@${ORT_VERSION}`);
      }
      // Defence in depth: the installer checks the tarball; npm's hidden lockfile records it too.
      const integrity = installedIntegrity(prefix);
      if (integrity === undefined) logger.debug(`onnxruntime-node: npm recorded no integrity in ${prefix}`);
      else if (integrity !== ORT_INTEGRITY) {
        throw new UserError(
          `${ORT_PACKAGE}@${ORT_VERSION} installed into ${prefix} has integrity ${integrity}, expected ${ORT_INTEGRITY}`,
          {
            hint: 'The registry served different bytes than the pinned release; check the npm registry or mirror configured on this runner',
          },
        );
      }
      const runtime = await loadFrom(cached, 'installed', options);
      writeFileSync(marker, '');
      return runtime;
    }
  }
  throw missingRuntime(options, 'it is not installed');
}

function missingRuntime(options: ResolveRuntimeOptions, why: string): UserError {
  const where = options.toolCache
    ? `node_modules or the tool cache (${toolCachePrefix(options.toolCache, options.arch)})`
    : 'node_modules (and no runner tool cache is set)';
  return new UserError(`Scoring ONNX models needs ${ORT_PACKAGE}@${ORT_VERSION}, but ${why}; looked in ${where}`, {
    hint:
      `Pre-bake it into the runner's tool cache (runner-images/ does: \`npm install --prefix "$RUNNER_TOOL_CACHE/${ORT_PACKAGE}/${ORT_VERSION}/<arch>" ${ORT_PACKAGE}@${ORT_VERSION}\`, ` +
      `then \`touch "$RUNNER_TOOL_CACHE/${ORT_PACKAGE}/${ORT_VERSION}/<arch>.complete"\`), let the action install it (needs npm and access to the npm registry), ` +
      `or add \`${ORT_PACKAGE}@${ORT_VERSION}\` to your project's dependencies. Predictions-only evaluation (--predictions) needs no runtime`,
  });
}
