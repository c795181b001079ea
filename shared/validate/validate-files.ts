/**
 * Validation from file paths, the one entry the action and the CLI share: read the expectations
 * file and optional reference profile, open the dataset, and run the suite in one streaming pass.
 */
import { loadExpectations } from '../config/expectations.js';
import { openDataset } from '../data/index.js';
import type { ReadOptions } from '../data/dataset.js';
import { openPool } from '../parallel/pool.js';
import { readUserFile } from '../read-user-file.js';
import { parseProfile } from '../profile/index.js';
import type { Profile } from '../profile/types.js';
import { validate } from './index.js';

/** What to validate, as the user named it. */
export interface ValidateFilesOptions {
  data: string | readonly string[];
  expectationsFile: string;
  referenceFile?: string;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** The clock, for freshness checks (epoch ms). */
  now: number;
  onProgress?: ReadOptions['onProgress'];
  /**
   * Worker threads for parsing large CSV/TSV files (the adapter's choice, by default the machine's
   * available parallelism). 1 or absent: one thread. The report is the same for any number.
   */
  workers?: number;
}

/**
 * Validates the dataset against the expectations file; see `validate` for the report's shape. The
 * worker pool lives for this call only: the returned dataset is for its file list and schema (reading
 * it again would need a pool of its own).
 */
export async function validateFiles(options: ValidateFilesOptions) {
  const suite = loadExpectations(
    await readUserFile(options.expectationsFile, options.cwd, 'expectations file'),
    options.expectationsFile,
  );
  let reference: Profile | undefined;
  if (options.referenceFile) {
    reference = parseProfile(
      await readUserFile(options.referenceFile, options.cwd, 'reference profile'),
      options.referenceFile,
    );
  }
  const globs = typeof options.data === 'string' ? [options.data] : [...options.data];
  // Declared types decide how columns are read, so unparseable cells surface as type violations.
  const pool = openPool(options.workers ?? 1);
  try {
    const dataset = await openDataset(globs, {
      cwd: options.cwd,
      typeHints: { ...suite.types },
      onProgress: options.onProgress,
      pool,
    });
    const report = await validate(dataset, suite, { reference, now: options.now, checksOnWorkers: true });
    return { report, dataset, suite };
  } finally {
    await pool.close();
  }
}
