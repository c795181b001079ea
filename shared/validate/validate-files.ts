/**
 * Validation from file paths, the one entry the action and the CLI share: read the expectations
 * file and optional reference profile, open the dataset, and run the suite in one streaming pass.
 */
import { loadExpectations } from '../config/expectations.js';
import type { ReadOptions } from '../data/dataset.js';
import { openSources } from '../data/open-dataset.js';
import { resolveFiles } from '../data/resolve-files.js';
import type { SourceFile } from '../data/source-file.js';
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
   * Worker threads for parsing large CSV/TSV and Parquet files (the user's choice: 1 is one thread).
   * Absent: `defaultWorkers(cpus, …)` for the data at hand. The report is the same for any number.
   */
  workers?: number;
  /** CPUs of the machine (the adapter asks the OS), for the default worker count. Default 1. */
  cpus?: number;
}

/**
 * Uncompressed CSV/TSV of at least this many bytes in all get a worker per CPU by default (see
 * `defaultWorkers`): about 2.4M rows of P1's 20 columns.
 */
export const LARGE_TEXT_BYTES = 256 * 1024 * 1024;

/**
 * The default number of worker threads for validating `files` on a machine with `cpus` CPUs: one
 * per CPU but one, since the main thread runs `unique`, the distribution checks and the merge (on
 * 2 CPUs that is one thread: at P1's 1M rows, 111 MB of CSV, 2 workers measured no faster, with
 * 0.9 s more CPU time); and one per CPU for uncompressed CSV/TSV of LARGE_TEXT_BYTES or more, where
 * the main thread's share grows with the data (`unique` past a million distinct values) and runs
 * beside the workers' parsing: 10M rows (1.1 GB) on 2 CPUs took 11.5–12.2 s with 2 workers against
 * 14.7–16.0 s on one thread, peak RSS 373–382 MB against 346–349 MB (bench/README.md, P1). Parquet
 * keeps the first rule (2 workers were slower at 1M rows, and larger files were not measured).
 */
export function defaultWorkers(cpus: number, files: readonly Pick<SourceFile, 'format' | 'gzip' | 'size'>[]): number {
  const n = Math.max(1, Math.floor(cpus));
  let text = 0;
  for (const file of files) if ((file.format === 'csv' || file.format === 'tsv') && !file.gzip) text += file.size;
  return text >= LARGE_TEXT_BYTES ? n : Math.max(1, n - 1);
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
  const sources = await resolveFiles(globs, options.cwd);
  const workers = options.workers ?? defaultWorkers(options.cpus ?? 1, sources);
  // Declared types decide how columns are read, so unparseable cells surface as type violations.
  const pool = openPool(workers);
  try {
    const dataset = await openSources(sources, {
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
