/**
 * Uploads the trained model with its `metrics.json` and `lineage.json` as one workflow artifact
 * (`@actions/artifact`, the library behind actions/upload-artifact), so a later job (evaluate,
 * register) or a person can download exactly what this run made. Loaded on first use.
 */
import { dirname } from 'node:path';

/** What was uploaded. */
export interface UploadedArtifact {
  readonly name: string;
  readonly id: number | undefined;
  readonly size: number | undefined;
}

/** Uploads `files` (absolute paths in one folder) as the artifact `name`. */
export async function uploadModelArtifact(name: string, files: readonly string[]): Promise<UploadedArtifact> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const root = dirname(files[0]!);
  const result = await new DefaultArtifactClient().uploadArtifact(name, [...files], root);
  return { name, id: result.id, size: result.size };
}
