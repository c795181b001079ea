/**
 * The reference side of a drift run, opened once: raw data files (exact mode) or a profile, from a
 * `.json` path or already in memory (sketch mode). The mode is decided here, from what the
 * reference is, and nowhere else; a profile given among data files is a UserError that says which
 * of the two to give.
 */
import type { ColumnType } from '../data/batch.js';
import type { Dataset } from '../data/dataset.js';
import { openDataset } from '../data/index.js';
import { UserError } from '../errors.js';
import { parseProfile } from '../profile/parse.js';
import type { Profile } from '../profile/types.js';
import { readUserFile } from '../read-user-file.js';
import type { DriftOptions } from './drift-options.js';

/** The opened reference: a dataset to stream (exact mode) or a profile (sketch mode), and its name. */
export type Reference =
  { mode: 'exact'; dataset: Dataset; source: string } | { mode: 'sketch'; profile: Profile; source: string };

/** Opens `options.reference`, reading data with `types` and reporting bytes read to `onProgress`. */
export async function openReference(
  options: DriftOptions,
  types: Record<string, ColumnType> | undefined,
  onProgress: ((done: number) => void) | undefined,
): Promise<Reference> {
  const ref = options.reference;
  if (typeof ref === 'object' && !Array.isArray(ref) && 'profile' in ref)
    return { mode: 'sketch', profile: ref.profile, source: ref.source };
  const globs: string[] = typeof ref === 'string' ? [ref] : [...(ref as readonly string[])];
  if (globs.length === 1 && /\.json$/i.test(globs[0]!)) {
    const file = globs[0]!;
    const profile = parseProfile(await readUserFile(file, options.cwd, 'reference profile'), file);
    return { mode: 'sketch', profile, source: file };
  }
  // A profile among several files would be read as data ("cannot tell the file format"): say what fits.
  const profiles = globs.filter((g) => /\.json$/i.test(g));
  if (profiles.length > 0) {
    throw new UserError(`a reference profile must be the only --reference, and ${globs.length} were given`, {
      location: { file: profiles[0], key: '--reference' },
      hint: 'Give one profile .json (sketch mode) or data files only (exact mode); merge shard profiles first with `modelship profile --merge`',
    });
  }
  const dataset = await openDataset(globs, {
    cwd: options.cwd,
    ...(types && { types }),
    ...(options.pool && { pool: options.pool }),
    ...(onProgress && { onProgress: (done: number) => onProgress(done) }),
  });
  return { mode: 'exact', dataset, source: globs.join(', ') };
}
