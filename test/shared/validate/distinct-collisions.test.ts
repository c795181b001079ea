/**
 * `unique` on text stays exact past its in-memory limit: in hashed mode every hash match is checked
 * against the texts kept on disk (shared/validate/text-spill.ts), and a match that was a different
 * text is taken back. Real 64-bit hashes do not collide in a test, so these tests hand DistinctTexts
 * packed texts with hashes chosen to collide or to share the in-memory fingerprint (a worker's
 * `packTexts` output, with the hashes replaced), through the set alone and through the `unique` check, against a JavaScript Set; and
 * check that the temporary files leave nothing behind, and that a folder that cannot be written is a
 * UserError that says what to do.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Batch } from '../../../shared/data/batch.js';
import type { UniqueExpectation } from '../../../shared/config/expectation-types.js';
import {
  DISTINCT_MATCH,
  DISTINCT_NEW,
  DISTINCT_REPEAT,
  DistinctTexts,
} from '../../../shared/validate/distinct-texts.js';
import { packTexts, type PackedTexts } from '../../../shared/validate/packed-texts.js';
import { unique, type PackedCategoryColumn } from '../../../shared/validate/unique-check.js';
import { expectUserError } from '../../helpers/expect-user-error.js';
import { fingerprintTwin } from './fingerprint-twin.js';

const parents: string[] = [];
afterAll(() => {
  for (const dir of parents) rmSync(dir, { recursive: true, force: true });
});
/** A fresh folder for one set's temporary files, to see what is left in it. */
function spillParent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelship-spill-test-'));
  parents.push(dir);
  return dir;
}

/**
 * Few texts, so values repeat; three hashes by length, so different texts collide a lot: two of them
 * different 64-bit hashes with the same in-memory fingerprint (FingerprintSet40), which hashed mode
 * must tell apart on disk as it does texts with the same hash.
 */
const word = fc.constantFrom('a', 'b', 'c', 'dd', 'ee', 'fff', 'é', '\uD800', '', 'x'.repeat(40), 'gggg');
const TWIN = fingerprintTwin(0x80000001, 3);
const collidingHash = (text: string): [number, number] =>
  [[0x80000001, 3], TWIN, [7, 3]][text.length % 3] as [number, number];

/** `packTexts(texts)` with the hashes replaced by `collidingHash`. */
function packColliding(texts: readonly string[]): PackedTexts {
  const packed = packTexts(texts);
  texts.forEach((t, d) => {
    const [hi, lo] = collidingHash(t);
    packed.his[d] = hi;
    packed.los[d] = lo;
  });
  return packed;
}

describe('DistinctTexts: hash matches checked against the texts on disk', () => {
  it('randomized: with colliding hashes, NEW and REPEAT are right at once, and resolve() names exactly the matches that were new', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(word, fc.boolean()), { maxLength: 30 }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 6 }),
        (chunks, limit) => {
          const parent = spillParent();
          const set = new DistinctTexts(limit, 1 << 24, 4, parent);
          const seen = new Set<string>();
          /** Per match ordinal: whether the text was new (what resolve must say). */
          const matchWasNew: boolean[] = [];
          for (const chunk of chunks) {
            const texts = chunk.map(([t]) => t);
            const used = Uint8Array.from(chunk, ([, u]) => (u ? 1 : 0));
            const state = new Uint8Array(texts.length);
            set.addPacked(packColliding(texts), used, state);
            texts.forEach((t, d) => {
              if (used[d] !== 1) return;
              const isNew = !seen.has(t);
              seen.add(t);
              if (state[d] === DISTINCT_MATCH) matchWasNew.push(isNew);
              else expect(state[d]).toBe(isNew ? DISTINCT_NEW : DISTINCT_REPEAT);
            });
          }
          expect(set.matches).toBe(matchWasNew.length);
          // On POSIX the files are unlinked once open: the folder holds no names while in use.
          for (const dir of readdirSync(parent)) expect(readdirSync(join(parent, dir))).toEqual([]);
          const collisions = set.resolve();
          expect(collisions).toEqual(matchWasNew.flatMap((isNew, ordinal) => (isNew ? [ordinal] : [])));
          expect(set.size).toBe(seen.size);
          if (set.mode().mode === 'hashed') expect(set.mode().hash_collisions).toBe(collisions.length);
          expect(readdirSync(parent)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('texts larger than the write and read buffers come back whole', () => {
    const set = new DistinctTexts(1, 1 << 24, 4, spillParent());
    const big = (c: string) => c.repeat(700_000); // 1.4 MB of UTF-16: over both buffers
    expect(set.add('small')).toBe(true);
    expect(set.add(big('a'))).toBe(true);
    expect(set.add(`${big('b')}\uD83D\uDE00`)).toBe(true);
    expect(set.add(big('a'))).toBe(false); // matches, confirmed on disk
    expect(set.add(`${big('b')}\uD83D\uDE00`)).toBe(false);
    expect(set.resolve()).toEqual([]);
    expect(set.mode()).toEqual({ mode: 'hashed', exact_limit: 1, hash_collisions: 0 });
    expect(set.matches).toBe(2);
    expect(set.size).toBe(3);
  });

  it('a temporary folder that cannot be used is a UserError that says what to do', () => {
    const set = new DistinctTexts(2, 1 << 24, 4, join(spillParent(), 'missing', 'folder'));
    for (let i = 0; i < 50; i++) set.add(`id-${i}`);
    set.add('id-7'); // a match, which resolve() must check on disk
    const error = expectUserError(() => set.resolve());
    expect(error.message).toMatch(/temporary file/);
    expect(error.hint).toMatch(/TMPDIR/);
  });
});

describe('unique on a text column with hash collisions', () => {
  const expectation: UniqueExpectation = {
    kind: 'expect_column_values_to_be_unique',
    column: 'id',
    severity: 'error',
    mostly: 1,
    source: { file: 'expectations.yml', key: 'columns.id.unique' },
    params: {},
  };

  /**
   * One batch of `values` (null: a null cell), its dictionary packed with colliding hashes. Each
   * value once, or with `appended` one entry per cell, as the reader gives an id column (a value
   * then stands under several codes; see shared/data/byte-interner.ts).
   */
  function batch(
    values: readonly (string | null)[],
    firstRow: number,
    appended = false,
  ): { column: PackedCategoryColumn; batch: Batch } {
    const dictionary: string[] = [];
    const index = new Map<string, number>();
    const codes = Int32Array.from(values, (v) => {
      if (v === null) return -1;
      if (appended) return dictionary.push(v) - 1;
      let c = index.get(v);
      if (c === undefined) index.set(v, (c = dictionary.push(v) - 1));
      return c;
    });
    const column: PackedCategoryColumn = {
      type: 'category',
      name: 'id',
      codes,
      dictionary: [],
      packed: packColliding(dictionary),
    };
    return { column, batch: { length: values.length, columns: [column], file: 'data.csv', firstRow } };
  }

  /** Batches of cells (null: a null cell), an exact limit and a number of examples. */
  const checkRuns = [
    fc.array(fc.array(fc.option(word, { nil: null }), { maxLength: 25 }), { maxLength: 6 }),
    fc.integer({ min: 0, max: 5 }),
    fc.integer({ min: 1, max: 6 }),
  ] as const;
  /** A `unique` check whose set of texts keeps `limit` values exactly, spilling to the test's folder. */
  const newCheck = (limit: number, maxExamples: number) =>
    unique(expectation, maxExamples, () => new DistinctTexts(limit, 1 << 24, 4, spillParent()));

  it('randomized: counts every repeat and only repeats, in hashed mode as in exact mode, with the first repeats as examples', () => {
    fc.assert(
      fc.property(...checkRuns, (batches, limit, maxExamples) => {
        const check = newCheck(limit, maxExamples);
        const seen = new Set<string>();
        const repeats: number[] = [];
        let row = 1;
        let element = 0;
        for (const values of batches) {
          const { column, batch: b } = batch(values, row);
          check.onBatch!(column, b, undefined as never);
          for (const v of values) {
            if (v !== null) {
              element++;
              if (seen.has(v)) repeats.push(row);
              seen.add(v);
            }
            row++;
          }
        }
        const result = check.finish({ rowCount: row - 1, columns: ['id'] });
        expect(result.element_count).toBe(element);
        expect(result.unexpected_count).toBe(repeats.length);
        expect(result.details?.distinct).toBe(seen.size);
        // Examples: the first real repeats in row order, at most maxExamples. A collision's example
        // is taken back and each match held leaves room for one more (up to 4,096 more, far more
        // collisions than these runs make, however many of their matches are collisions).
        expect(result.examples.map((e) => e.row)).toEqual(repeats.slice(0, maxExamples));
      }),
      { numRuns: 300 },
    );
  });

  it('randomized: gives the same counts and details however the rows are cut into batches and whether values repeat within a batch entry', () => {
    fc.assert(
      fc.property(...checkRuns, (batches, limit, maxExamples) => {
        const run = (cut: readonly (readonly (string | null)[])[], appended: boolean) => {
          const check = newCheck(limit, maxExamples);
          let row = 1;
          for (const values of cut) {
            const { column, batch: b } = batch(values, row, appended);
            check.onBatch!(column, b, undefined as never);
            row += values.length;
          }
          return check.finish({ rowCount: row - 1, columns: ['id'] });
        };
        const whole = batches.length > 0 ? [batches.flat()] : [];
        const merged = run(batches, false);
        for (const other of [run(batches, true), run(whole, false), run(whole, true)]) {
          expect(other.element_count).toBe(merged.element_count);
          expect(other.unexpected_count).toBe(merged.unexpected_count);
          expect(other.details).toEqual(merged.details);
          expect(other.examples).toEqual(merged.examples);
        }
      }),
      { numRuns: 300 },
    );
  });
});
