/**
 * Validation from file paths, the one entry the action and the CLI share: read the expectations
 * file and optional reference profile, open the dataset, and run the suite in one streaming pass.
 */
import { loadExpectations } from '../config/expectations.js';
import type { ReadOptions } from '../data/dataset.js';
import { openSources } from '../data/open-dataset.js';
import { resolveFiles } from '../data/resolve-files.js';
import { openPool, type WorkerPool } from '../parallel/pool.js';
import { readUserFile } from '../read-user-file.js';
import { parseProfile } from '../profile/index.js';
import type { Profile } from '../profile/types.js';
import { validate } from './index.js';
import { defaultWorkers } from './validation-workers.js';

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
   * Worker threads for parsing large CSV/TSV and Parquet files (the user's choice: 1 is one thread).
   * Absent: `defaultWorkers(cpus, …)` for the data at hand. The report is the same for any number.
   */
  workers?: number;
  /** CPUs of the machine (the adapter asks the OS), for the default worker count. Default 1. */
  cpus?: number;
  /**
   * Worker threads the caller started early for this validation (`startValidationWorkers`, same
   * count rule): the data is read on them, and the caller closes them. Absent: a pool of `workers`
   * is opened for this call and closed after it.
   */
  threads?: WorkerPool;
}

/**
 * Batches each CSV range parsed on a worker is cut into for validation (ReadOptions.batchesPerRange):
 * two of about 12,000 rows of P1's file, about 2 MB of columns each, instead of one of 4 MB, which
 * its 43 checks read back column by column, faster while the batch stays in the core's cache (4 MB
 * of L2 per core on the machine that measured it). P1's 1M-row CSV on 2 workers (`cli/dist`, 10
 * interleaved rounds each, reports byte-identical): 1.195 against 1.265 s and 2.05 against 2.16 s of
 * CPU, and in a second run 1.215 against 1.27 s; three batches a range 1.215 s; the 10M rows 9.36
 * against 10.14 s at 297 against 322 MB. Drift keeps one: its counting was slower in halves (P2:
 * 1.40 against 1.35 s).
 */
export const VALIDATION_BATCHES_PER_RANGE = 2;

/**
 * Validates the dataset against the expectations file; see `validate` for the report's shape. The
 * worker pool lives for this call only, unless the caller passed its own `threads`: the returned
 * dataset is for its file list and schema (reading it again would need a pool of its own).
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
  const sources = await resolveFiles(globs, options.cwd);
  const workers = options.workers ?? defaultWorkers(options.cpus ?? 1, sources);
  // Declared types decide how columns are read, so unparseable cells surface as type violations.
  const pool = options.threads ?? openPool(workers);
  try {
    const dataset = await openSources(sources, {
      cwd: options.cwd,
      typeHints: { ...suite.types },
      onProgress: options.onProgress,
      pool,
      batchesPerRange: VALIDATION_BATCHES_PER_RANGE,
    });
    const report = await validate(dataset, suite, { reference, now: options.now, checksOnWorkers: true });
    return { report, dataset, suite };
  } finally {
    if (pool !== options.threads) await pool.close();
  }
}
