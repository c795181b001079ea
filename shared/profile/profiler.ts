/**
 * The Profiler: reads a dataset's batches once and produces its profile. One accumulator per
 * column; memory is bounded by the limits (raw values up to `exactLimit` per number column, the
 * sketch's buckets, a bounded category map) plus one scratch array the size of a batch.
 */
import type { Batch, Schema } from '../data/batch.js';
import { CategoryAccumulator } from './category-accumulator.js';
import { NumberAccumulator } from './number-accumulator.js';
import { resolveProfileOptions, type ProfileOptions, type ResolvedProfileOptions } from './options.js';
import { PROFILE_SCHEMA_VERSION, type ColumnProfile, type Profile } from './types.js';

/** Profiles batches that follow `schema`: `add` each batch, then `finish`. */
export class Profiler {
  private readonly options: ResolvedProfileOptions;
  private readonly accumulators: (NumberAccumulator | CategoryAccumulator)[];
  private scratch = new Float64Array(0);
  private rowCount = 0;

  /** Throws UserError on a bad option (naming it). */
  constructor(
    private readonly schema: Schema,
    options: ProfileOptions = {},
  ) {
    this.options = resolveProfileOptions(schema, options);
    this.accumulators = schema.columns.map((c) =>
      c.type === 'category'
        ? new CategoryAccumulator(this.options.categoryCap)
        : new NumberAccumulator(c.type, {
            exactLimit: this.options.exactLimit,
            alpha: this.options.alpha,
            edges: this.options.edges.get(c.name),
          }),
    );
  }

  /** Adds a batch. Its columns must be the schema's, in order (readers guarantee this). */
  add(batch: Batch): void {
    const columns = this.schema.columns;
    if (batch.columns.length !== columns.length) {
      throw new Error(`Batch from ${batch.file} has ${batch.columns.length} columns; the schema has ${columns.length}`);
    }
    const length = batch.length;
    if (this.scratch.length < length) this.scratch = new Float64Array(length);
    for (let c = 0; c < columns.length; c++) {
      const column = batch.columns[c]!;
      const expected = columns[c]!;
      if (column.name !== expected.name || column.type !== expected.type) {
        throw new Error(
          `Batch from ${batch.file} has column ${c + 1} "${column.name}" (${column.type}); the schema says "${expected.name}" (${expected.type})`,
        );
      }
      const accumulator = this.accumulators[c]!;
      if (column.type === 'category') (accumulator as CategoryAccumulator).add(column, length);
      else (accumulator as NumberAccumulator).add(column, length, this.scratch);
    }
    this.rowCount += length;
  }

  /** The profile of everything added so far. Can be called again after more batches. */
  finish(): Profile {
    const entries: [string, ColumnProfile][] = this.schema.columns.map((c, i) => [
      c.name,
      this.accumulators[i]!.finish(),
    ]);
    const exact = entries.every(([, p]) => p.type === 'category' || p.exact !== null);
    return {
      schemaVersion: PROFILE_SCHEMA_VERSION,
      rowCount: this.rowCount,
      mode: exact ? 'exact' : 'sketch',
      limits: { exactLimit: this.options.exactLimit, categoryCap: this.options.categoryCap },
      schema: { columns: this.schema.columns.map((c) => ({ name: c.name, type: c.type })) },
      columns: Object.fromEntries(entries),
    };
  }
}

/** Profiles a stream of batches (for example `dataset.batches()`) in one pass. */
export async function profileBatches(
  schema: Schema,
  batches: AsyncIterable<Batch>,
  options?: ProfileOptions,
): Promise<Profile> {
  const profiler = new Profiler(schema, options);
  for await (const batch of batches) profiler.add(batch);
  return profiler.finish();
}
