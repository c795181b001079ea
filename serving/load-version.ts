/**
 * Loading a version to serve, from a local ONNX file or from the registry. A registry load follows
 * the chain the registry promises: the tag's release → every asset and the manifest downloaded and
 * each sha256 checked against the manifest (shared/registry `download`) → the session → the
 * signature checked against the manifest → a warm-up run on a real batch. Any failure throws before
 * the version exists, so a refused version can never reach traffic.
 */
import { performance } from 'node:perf_hooks';
import { UserError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { checkSignature, loadModelBytes, type OnnxModel, type OnnxRuntime } from '../shared/onnx/index.js';
import { IntegrityError, MANIFEST_ASSET, sha256Hex, type Registry } from '../shared/registry/index.js';
import { readUserBytes } from '../shared/read-user-file.js';
import { ServedVersion } from './served-version.js';
import { warmUp } from './warm-up.js';

/** What to load. */
export type VersionSource =
  | {
      readonly kind: 'file';
      /** Path of the ONNX file. */
      readonly path: string;
      /** The model name to serve it as. */
      readonly model: string;
      /** The version label to serve it as. Default `1`. */
      readonly version?: string;
    }
  | { readonly kind: 'registry'; readonly model: string; readonly version: number };

/**
 * The version a server starts with, from the start-up settings: a local file, a registry version,
 * or none (the server starts live but not ready, and a version is loaded through the admin API).
 * Naming both is refused, so the server never guesses which one was meant.
 */
export function initialVersion(start: {
  readonly model: string;
  readonly file?: string;
  readonly fileVersion?: string;
  readonly registryVersion?: number;
}): VersionSource | undefined {
  if (start.file !== undefined && start.registryVersion !== undefined) {
    throw new UserError('--file and --registry-version both name the version to serve', {
      location: { key: '--file' },
      hint: 'Give one of them (or neither, and load a version through the admin API)',
    });
  }
  if (start.file !== undefined) {
    return { kind: 'file', path: start.file, model: start.model, version: start.fileVersion ?? '1' };
  }
  if (start.registryVersion !== undefined)
    return { kind: 'registry', model: start.model, version: start.registryVersion };
  return undefined;
}

/** What loading needs. */
export interface LoadContext {
  readonly runtime: OnnxRuntime;
  /** The registry, for registry sources. */
  readonly registry?: Registry;
  readonly logger: Logger;
  /** Rows of the warm-up batch. Default 8. */
  readonly warmUpRows?: number;
  /** ORT intra-op threads per session. */
  readonly threads?: number;
  readonly cwd?: string;
}

/** Loads, checks and warms a version; throws a UserError (an IntegrityError for bad bytes) on refusal. */
export async function loadVersion(source: VersionSource, context: LoadContext): Promise<ServedVersion> {
  const started = performance.now();
  const options = {
    runtime: context.runtime,
    logger: context.logger,
    // Fatal-only ORT logging: ORT would print a stderr line for every request that fails to run;
    // the server reports each one itself (a 500 naming the version, and one line in its log).
    logSeverityLevel: 4 as const,
    // A server's runs follow each other at once: ORT's threads keep spinning between them.
    spinning: true,
    ...(context.threads !== undefined ? { threads: context.threads } : {}),
  };
  let model: OnnxModel;
  let served: (model: OnnxModel, seconds: number) => ServedVersion;
  if (source.kind === 'file') {
    const bytes = await readUserBytes(source.path, context.cwd ?? process.cwd(), 'model file');
    model = await loadModelBytes(bytes, source.path, options);
    const sha256 = sha256Hex(bytes);
    served = (m, s) =>
      new ServedVersion(source.model, source.version ?? '1', m, { kind: 'file', path: source.path, sha256 }, s);
  } else {
    const { bytes, tag, sha256, manifestSha256, signature, assetName } = await fromRegistry(source, context);
    model = await loadModelBytes(bytes, `${tag}:${assetName}`, options);
    try {
      if (signature) checkSignature(model, signature, `${tag}:${MANIFEST_ASSET}`);
    } catch (error) {
      await model.dispose();
      throw error;
    }
    served = (m, s) =>
      new ServedVersion(source.model, String(source.version), m, { kind: 'registry', tag, sha256, manifestSha256 }, s);
  }
  try {
    await warmUp(model, context.warmUpRows ?? 8);
  } catch (error) {
    await model.dispose();
    throw error;
  }
  const version = served(model, (performance.now() - started) / 1000);
  context.logger.info(`Loaded ${version.toString()} in ${version.loadSeconds.toFixed(3)} s and warmed it up`);
  return version;
}

async function fromRegistry(source: Extract<VersionSource, { kind: 'registry' }>, context: LoadContext) {
  const registry = context.registry;
  if (!registry) {
    throw new UserError(`cannot load ${source.model} v${source.version}: the server has no registry`, {
      location: { key: 'registry' },
      hint: 'Start the server with --repo and a GitHub API URL and token so it can read releases',
    });
  }
  const inspection = await registry.inspectVersion(source.model, source.version);
  const version = inspection.version;
  if (!version) {
    const bad = inspection.problems.find((p) => p.kind === 'digest-mismatch' || p.kind === 'size-mismatch');
    if (bad?.asset !== undefined) {
      // GitHub's own digest already disagrees with the manifest: refuse before downloading.
      throw new IntegrityError(
        `${source.model}/v${source.version}`,
        bad.asset,
        bad.expected ?? 'the manifest',
        bad.actual ?? 'other bytes',
      );
    }
    throw new UserError(
      `${source.model}/v${source.version} is not a servable version: ${inspection.problems.map((p) => p.message).join('; ')}`,
      {
        location: { key: `${source.model}/v${source.version}` },
        hint: 'Name a registered version (`modelship registry list --model <name>`)',
      },
    );
  }
  const modelAsset = version.manifest.assets.find((a) => a.role === 'model');
  if (!modelAsset) {
    throw new UserError(`${version.tag} has no asset with role "model" in its manifest`, {
      location: { key: version.tag },
      hint: 'Register the model file with the model role',
    });
  }
  // Every asset and the manifest itself, each re-hashed against the manifest (IntegrityError on a mismatch).
  const files = await registry.download(version, [...version.assets.map((a) => a.name), MANIFEST_ASSET]);
  const bytes = files.get(modelAsset.name)!;
  return {
    bytes,
    tag: version.tag,
    sha256: modelAsset.sha256,
    manifestSha256: version.manifestSha256,
    signature: version.manifest.signature,
    assetName: modelAsset.name,
  };
}
