/**
 * Champion selection: the version live in the model's stage, the asset of it that is the ONNX model
 * (`model.onnx`, else the asset the manifest marks as the model), downloaded with its sha256 checked
 * against the manifest, into a file the scorer can load. The evaluate action uses it; the CLI takes
 * a champion file instead.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import type { Registry, RegisteredVersion } from '../registry/index.js';

/** The champion, downloaded. */
export interface DownloadedChampion {
  /** The model file, in the folder given. */
  readonly file: string;
  /** The version's tag (`churn/v3`). */
  readonly tag: string;
}

/** The name of a version's ONNX model asset: `model.onnx`, else the asset the manifest marks as the model. */
export function championModelAsset(version: RegisteredVersion): string {
  const asset =
    version.assets.find((a) => a.name === 'model.onnx') ??
    version.assets.find((a) => a.role === 'model' && a.name.endsWith('.onnx'));
  if (asset === undefined) {
    throw new UserError(`${version.tag} has no ONNX model asset to score as the champion`, {
      location: { key: 'model' },
      hint: `Its assets are ${version.assets.map((a) => a.name).join(', ')}; register ONNX models (model-file: model.onnx)`,
    });
  }
  return asset.name;
}

/**
 * Downloads the model of the version live in `stage` (the registry verifies its sha256 against the
 * manifest) into `dir`; undefined when no version is live there, so only the absolute gates apply.
 */
export async function downloadChampion(
  registry: Registry,
  model: string,
  stage: string,
  dir: string,
  logger: Logger = silentLogger,
): Promise<DownloadedChampion | undefined> {
  const live = await registry.current(model, stage);
  if (!live) {
    logger.info(`No version of ${model} is live in ${stage}: no champion, so only the absolute gates apply`);
    return undefined;
  }
  const { version } = live;
  const name = championModelAsset(version);
  const bytes = (await registry.download(version, [name])).get(name)!;
  const file = join(dir, name);
  await writeFile(file, bytes);
  logger.info(`Champion: ${version.tag} (${name}, sha256 verified), live in ${stage} since ${live.since}`);
  return { file, tag: version.tag };
}
