/**
 * The size from which a data file is read on the worker pool, in a module of its own so that what
 * decides to start workers before the readers are loaded (shared/drift/start-workers.ts, which the
 * CLI's entry imports) does not load them.
 */

/**
 * Below this size a file is read on one thread: starting workers and cutting the file costs more
 * than the parse it would spread (a 16 MB CSV parses in about 0.15 s).
 */
export const PARALLEL_MIN_BYTES = 16 << 20;

/**
 * Whether a CSV/TSV file is read on a pool of two or more threads (shared/data/open-dataset.ts):
 * uncompressed (gzip has no random access, a range cannot start mid-stream) and PARALLEL_MIN_BYTES
 * or more.
 */
export function splitsOnPool(file: { readonly gzip: boolean; readonly size: number }): boolean {
  return !file.gzip && file.size >= PARALLEL_MIN_BYTES;
}
