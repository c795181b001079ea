/**
 * The `unique` check: uniqueness over the whole dataset, the one row-level check whose state grows
 * with the data (a set of every distinct value: key-set.ts for numbers, distinct-texts.ts for text).
 */
import { VALID, type Batch, type CategoryColumn } from '../data/batch.js';
import type { UniqueExpectation } from '../config/expectations.js';
import { displayValue } from './column-views.js';
import { DISTINCT_MATCH, DISTINCT_NEW, DistinctTexts } from './distinct-texts.js';
import { unpackText, type PackedTexts } from './packed-texts.js';
import { KeySet64 } from './key-set.js';
import { rowResult, Tally, type Evaluator } from './evaluator.js';
import type { ValidationExample } from './report.js';

/**
 * A category column whose dictionary a worker sent as `packed` (texts and their hashes as typed
 * arrays), with `dictionary` left empty: what the calling thread receives for a column that only
 * `unique` reads there (see range-checks.ts).
 */
export type PackedCategoryColumn = CategoryColumn & { readonly packed?: PackedTexts };

/** `into` with `from` copied to its start. */
function grown<T extends Float64Array | Uint32Array | Int32Array>(from: T, into: T): T {
  into.set(from);
  return into;
}

/** Where the first row of each entry deferred by `unique` is: its dataset row, file and line. */
class DeferredRows {
  private rows = new Float64Array(1024);
  /** 1-based line, or 0 for a format without lines. */
  private lines = new Uint32Array(1024);
  private fileOf = new Int32Array(1024);
  private readonly files: string[] = [];
  private count = 0;

  /** The next entries' first rows: for each entry `d` of `batch` with `used[d]`, its row `firstAt[d]`. */
  addBatch(batch: Batch, used: Uint8Array, firstAt: Int32Array): void {
    let entry = this.count;
    const needed = entry + used.length;
    if (needed > this.rows.length) {
      const size = Math.max(needed, this.rows.length * 2);
      this.rows = grown(this.rows, new Float64Array(size));
      this.lines = grown(this.lines, new Uint32Array(size));
      this.fileOf = grown(this.fileOf, new Int32Array(size));
    }
    if (this.files.length === 0 || this.files[this.files.length - 1] !== batch.file) this.files.push(batch.file);
    const file = this.files.length - 1;
    const { rows, lines, fileOf } = this;
    const firstRow = batch.firstRow;
    const batchLines = batch.lines;
    for (let d = 0; d < used.length; d++) {
      if (used[d] !== 1) continue;
      const i = firstAt[d]!;
      rows[entry] = firstRow + i;
      lines[entry] = batchLines === undefined ? 0 : batchLines[i]!;
      fileOf[entry++] = file;
    }
    this.count = entry;
  }

  /** Entry `entry`'s first row as an example with `value`, as `Tally.example` writes one. */
  example(entry: number, value: string): ValidationExample {
    const row = this.rows[entry]!;
    const file = this.files[this.fileOf[entry]!]!;
    const line = this.lines[entry]!;
    return line === 0 ? { row, value, file } : { row, value, file, line };
  }
}

/**
 * Hashed mode's examples held beyond `maxExamples` for matches that `resolve` may find were new
 * values (collisions, about n²/2^41 among n distinct values: 45 at 10M, 4,096 only near 95M): a
 * few hundred KB at most, so that the examples stay the first repeats in row order.
 */
const MATCH_EXAMPLES_HELD = 4096;

/**
 * Uniqueness over the whole dataset. element_count: non-null values; unexpected: rows whose value
 * already appeared in an earlier row (so the first occurrence is not counted; examples are the
 * repeats). Numbers (and timestamps) are kept exactly as their 64-bit patterns in a KeySet64
 * (11–21 bytes per distinct value; `0` and `-0` are one value). Texts are kept in memory up to
 * EXACT_TEXT_LIMIT distinct values and beyond it by a 40-bit fingerprint, with the texts in a
 * temporary file (see distinct-texts.ts): a row whose fingerprint was seen before is counted as a
 * repeat at once and checked against the texts at the end, where a collision is taken back (its
 * example too, and the next repeat's example takes its place). The
 * result's details say which mode counted (`mode`; `hash_matches` and `hash_collisions` when hashed).
 *
 * Text is deferred while it can be (DistinctTexts.deferMany): a batch's rows that repeat a code of
 * the same batch are counted at once, and each code's first row is recorded and counted at the end
 * (or when the set stops deferring) if the set answers its entry as a repeat; the examples are then
 * put back in row order. The counts and examples are the ones counting entry by entry gives.
 */
export function unique(
  expectation: UniqueExpectation,
  maxExamples: number,
  /** The set of distinct texts (tests pass one with a small exact limit). */
  newTexts: () => DistinctTexts = () => new DistinctTexts(),
): Evaluator {
  const tally = new Tally(maxExamples);
  let numbers: KeySet64 | undefined;
  let texts: DistinctTexts | undefined;
  /** Hashed mode: the examples taken on a hash match, by the match's ordinal (taken back if it was new). */
  const matchExamples = new Map<number, ValidationExample>();
  /** Rows counted as repeats once the set of texts was hashed (the details' `hash_matches`). */
  let hashedRepeats = 0;
  /** While the set defers its entries: where each deferred entry's first row is (undefined after). */
  let deferredRows: DeferredRows | undefined = new DeferredRows();
  /** Counts and takes the examples of the deferred entries that repeat an earlier value; ends deferral. */
  const settle = (moreToAdd: boolean) => {
    const rows = deferredRows!;
    deferredRows = undefined;
    const { repeats, texts: values } = texts!.settle(maxExamples, moreToAdd);
    tally.unexpected += repeats.length;
    for (let k = 0; k < values.length; k++) tally.examples.push(rows.example(repeats[k]!, values[k]!));
    if (values.length > 0) {
      tally.examples.sort((a, b) => a.row - b.row);
      if (tally.examples.length > maxExamples) tally.examples.length = maxExamples;
    }
  };
  const bits = new Float64Array(1);
  const halves = new Uint32Array(bits.buffer);
  return {
    expectation,
    column: expectation.column,
    onBatch(column, batch) {
      const n = batch.length;
      let element = 0;
      let unexpected = 0;
      const room = tally.room();
      if (column.type === 'category') {
        const { codes, dictionary } = column;
        // A column a worker parsed comes with its dictionary packed (see range-checks.ts).
        const packed = (column as PackedCategoryColumn).packed;
        const entries = packed === undefined ? dictionary.length : packed.los.length;
        // Each batch-dictionary entry is looked up once, as if in code order (the order of first
        // appearance; addMany probes them in table order, with the same answers); per row it is
        // then a lookup by code. NEW = first seen in this batch and new to the dataset; MATCH
        // (hashed mode) = the first row with this code matches an earlier hash: counted as a
        // repeat now, checked at the end; every other row with this code is a repeat.
        const used = new Uint8Array(entries);
        // Each code's first row in the batch; the rows after it with the same code repeat it.
        const firstAt = new Int32Array(entries).fill(-1);
        let present = 0;
        let repeatsInBatch = 0;
        for (let i = 0; i < n; i++) {
          const c = codes[i]!;
          if (c < 0) continue;
          present++;
          if (firstAt[c]! >= 0) repeatsInBatch++;
          else {
            firstAt[c] = i;
            used[c] = 1;
          }
        }
        // No value, no set: a column of nulls reports what an empty file does (no `mode`).
        if (present === 0) return;
        texts ??= newTexts();
        if (deferredRows !== undefined) {
          if (packed === undefined ? texts.deferMany(dictionary, used) : texts.deferPacked(packed, used)) {
            // The rows that repeat a code of this batch count now; each code's first row when the
            // set answers its entry.
            for (let i = 0; repeatsInBatch > 0 && tally.room() > 0 && i < n; i++) {
              const c = codes[i]!;
              if (c >= 0 && firstAt[c] !== i)
                tally.example(batch, i, packed === undefined ? dictionary[c] : unpackText(packed, c));
            }
            deferredRows.addBatch(batch, used, firstAt);
            tally.element += present;
            tally.unexpected += repeatsInBatch;
            return;
          }
          settle(true);
        }
        const state = new Uint8Array(entries);
        const firstMatch = texts.matches;
        const hashedBefore = texts.isHashed;
        if (packed === undefined) texts.addMany(dictionary, used, state);
        else texts.addPacked(packed, used, state);
        // The first row counted in hashed mode: every row when the set was hashed before this batch,
        // else the first row of the entry it switched at (none when it did not). Counting repeats
        // by row from there, rather than the matches the set answered, keeps `hash_matches` the
        // same however the rows were cut into batches: the reader merges repeats within a batch of
        // most columns into one entry, but not within an id column (shared/data/byte-interner.ts).
        let hashedFrom = hashedBefore ? 0 : n;
        if (!hashedBefore && texts.switchedAt >= 0) hashedFrom = codes.indexOf(texts.switchedAt);
        // The ordinal of each entry's match: matches are answered in entry order.
        let ordinals: Int32Array | undefined;
        if (texts.matches > firstMatch) {
          ordinals = new Int32Array(entries);
          for (let d = 0, next = firstMatch; d < entries; d++) if (state[d] === DISTINCT_MATCH) ordinals[d] = next++;
        }
        for (let i = 0; i < n; i++) {
          const c = codes[i]!;
          if (c < 0) continue;
          element++;
          const answer = state[c];
          if (answer === DISTINCT_NEW) state[c] = 0;
          else {
            // A match's example may be taken back at the end, so each one held leaves room for one
            // more (up to MATCH_EXAMPLES_HELD more): the examples that remain after `finish` are the
            // first repeats in row order unless over MATCH_EXAMPLES_HELD of them were collisions.
            const beyond = Math.min(matchExamples.size, MATCH_EXAMPLES_HELD);
            if (tally.examples.length < maxExamples + beyond) {
              const taken = tally.examples.length;
              tally.example(batch, i, packed === undefined ? dictionary[c] : unpackText(packed, c), beyond);
              if (answer === DISTINCT_MATCH && tally.examples.length > taken) {
                matchExamples.set(ordinals![c]!, tally.examples.at(-1)!);
              }
            }
            if (answer === DISTINCT_MATCH) state[c] = 0;
            if (i >= hashedFrom) hashedRepeats++;
            unexpected++;
          }
        }
      } else {
        const { values, state } = column;
        const asTimestamp = column.type === 'timestamp';
        const set = (numbers ??= new KeySet64());
        for (let i = 0; i < n; i++) {
          if (state[i] !== VALID) continue;
          element++;
          const v = values[i]!;
          bits[0] = v + 0; // -0 + 0 is +0: one key for both zeros, as Set<number> does
          if (!set.add(halves[1]!, halves[0]!)) {
            if (unexpected < room) tally.example(batch, i, displayValue(v, asTimestamp));
            unexpected++;
          }
        }
      }
      tally.element += element;
      tally.unexpected += unexpected;
    },
    finish: () => {
      if (deferredRows !== undefined && texts !== undefined) settle(false);
      // Hashed mode: a match that was a new value (a hash collision) is not a repeat.
      for (const ordinal of texts?.resolve() ?? []) {
        tally.unexpected--;
        const example = matchExamples.get(ordinal);
        if (example !== undefined) tally.examples.splice(tally.examples.indexOf(example), 1);
      }
      if (tally.examples.length > maxExamples) tally.examples.length = maxExamples;
      return rowResult(expectation, tally, 'values', 'repeat a value from an earlier row', {
        distinct: (numbers?.size ?? 0) + (texts?.size ?? 0),
        ...(texts !== undefined && texts.mode()),
        ...(texts?.isHashed && { hash_matches: hashedRepeats }),
      });
    },
  };
}
