/**
 * The data engine's public surface: open a glob of CSV/TSV/JSON Lines/Parquet files (optionally
 * gzipped) as one dataset of columnar batches. Consumers import from here, not from the readers.
 */
export { openDataset, DEFAULT_BATCH_SIZE } from './open-dataset.js';
export { DEFAULT_NULL_VALUES } from './null-values.js';
export { DEFAULT_SAMPLE_ROWS, inferColumnType } from './infer-types.js';
export { parseNumberText } from './parse-number.js';
export { parseTimestamp } from './parse-timestamp.js';
export { detectFormat } from './detect-format.js';
export * from './batch.js';
export type { DataFormat, Dataset, ReadOptions } from './dataset.js';
