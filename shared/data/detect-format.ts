/**
 * A data file's format and compression from its name, in a module of its own (no globbing, no
 * reader), so that what decides how many worker threads to start before the readers load can use
 * it (shared/data/literal-files.ts).
 */
import { UserError } from '../errors.js';
import type { DataFormat } from './dataset.js';

const BY_EXTENSION: Record<string, DataFormat> = {
  csv: 'csv',
  tsv: 'tsv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  parquet: 'parquet',
};

/** The format and compression of `file`, from its extension unless `format` is given. */
export function detectFormat(file: string, format?: DataFormat): { format: DataFormat; gzip: boolean } {
  const lower = file.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const ext = base.slice(base.lastIndexOf('.') + 1);
  const detected = format ?? BY_EXTENSION[ext];
  if (detected === undefined) {
    throw new UserError('cannot tell the file format from its extension', {
      location: { file },
      hint: 'Use .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz for text formats), or set the format option',
    });
  }
  if (gzip && detected === 'parquet') {
    throw new UserError('gzip-compressed Parquet is not supported', {
      location: { file },
      hint: 'Parquet compresses internally; decompress the file first',
    });
  }
  return { format: detected, gzip };
}
