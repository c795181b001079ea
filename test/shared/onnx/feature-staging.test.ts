/**
 * The matrix copy of feature staging (shared/onnx/feature-staging.ts) against a one-value-at-a-time
 * reference: any width (the four-columns-per-pass loop and its tail), any window of the batch, any
 * fill offset, float32 and float64 feeds, and missing values (NaN in in-memory columns, null states
 * in dataset batches) reported as the column-by-column scan finds them, or fed as NaN.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NULL, VALID, type Batch, type NumberColumn } from '../../../shared/data/batch.js';
import { columnsAsBatch, FeedGroup } from '../../../shared/onnx/feature-staging.js';
import type { FeedPlan } from '../../../shared/onnx/signature.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const planOf = (width: number, type: 'float32' | 'float64'): FeedPlan => ({
  kind: 'matrix',
  input: 'features',
  type,
  columns: Array.from({ length: width }, (_, j) => `f${j}`),
  from: 'option',
});

/** A case: columns of `rows` values, some missing, and the window copied. */
const caseArb = fc
  .record({
    width: fc.integer({ min: 1, max: 11 }),
    rows: fc.integer({ min: 1, max: 40 }),
    type: fc.constantFrom('float32' as const, 'float64' as const),
    seed: fc.integer({ min: 1, max: 1e6 }),
    missing: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    inMemory: fc.boolean(),
  })
  .chain((c) =>
    fc.record({
      c: fc.constant(c),
      r: fc.integer({ min: 0, max: c.rows - 1 }),
      fill: fc.integer({ min: 0, max: 5 }),
    }),
  )
  .chain(({ c, r, fill }) =>
    fc.record({
      c: fc.constant(c),
      r: fc.constant(r),
      fill: fc.constant(fill),
      take: fc.integer({ min: 1, max: c.rows - r }),
    }),
  );

function build(c: { width: number; rows: number; seed: number; missing: [number, number][]; inMemory: boolean }): {
  batch: Batch;
  cols: NumberColumn[];
  isMissing: (col: number, row: number) => boolean;
} {
  let s = c.seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 8 - 4;
  const values = Array.from({ length: c.width }, () => Float64Array.from({ length: c.rows }, next));
  const gone = new Set(c.missing.map(([col, row]) => `${col % c.width}:${row % c.rows}`));
  const isMissing = (col: number, row: number) => gone.has(`${col}:${row}`);
  if (c.inMemory) {
    for (const key of gone) {
      const [col, row] = key.split(':').map(Number);
      values[col!]![row!] = Number.NaN;
    }
    const { batch } = columnsAsBatch(Object.fromEntries(values.map((v, j) => [`f${j}`, v])));
    return { batch, cols: batch.columns as NumberColumn[], isMissing };
  }
  const cols: NumberColumn[] = values.map((v, j) => {
    const state = new Uint8Array(c.rows).fill(VALID);
    for (let row = 0; row < c.rows; row++) if (isMissing(j, row)) state[row] = NULL;
    return { type: 'number', name: `f${j}`, values: v, state, invalidText: new Map() };
  });
  return { batch: { length: c.rows, columns: cols, file: 'data.csv', firstRow: 1 }, cols, isMissing };
}

describe('feature staging: the matrix copy', () => {
  it('randomized: equals the one-value reference, and reports the first missing value of the first column that has one', () => {
    fc.assert(
      fc.property(caseArb, ({ c, r, fill, take }) => {
        const { batch, cols, isMissing } = build(c);
        const group = new FeedGroup(planOf(c.width, c.type), fill + take);
        const target = group.buffers[0]!;
        const round = c.type === 'float32' ? Math.fround : (v: number) => v;
        // The first missing value in column order, then row order, inside the window.
        let expected: { col: number; row: number } | undefined;
        for (let j = 0; j < c.width && expected === undefined; j++) {
          for (let i = r; i < r + take; i++) {
            if (isMissing(j, i)) {
              expected = { col: j, row: i };
              break;
            }
          }
        }
        if (expected !== undefined) {
          const error = expectUserError(() => group.copyFrom(batch, cols, r, take, fill, c.inMemory, false));
          expect(error.message).toContain(`\`f${expected.col}\``);
          expect(error.message).toContain(`row ${expected.row + 1}`);
          expect(error.location?.key).toBe(`f${expected.col}`);
        }
        target.fill(-99);
        group.copyFrom(batch, cols, r, take, fill, c.inMemory, true);
        for (let i = 0; i < take; i++) {
          for (let j = 0; j < c.width; j++) {
            const got = target[(fill + i) * c.width + j]!;
            if (isMissing(j, r + i)) expect(got, `row ${i} col ${j}`).toBeNaN();
            else expect(got, `row ${i} col ${j}`).toBe(round(cols[j]!.values[r + i]!));
          }
        }
        // Rows before the fill offset are not touched.
        for (let k = 0; k < fill * c.width; k++) expect(target[k]).toBe(-99);
      }),
      { numRuns: 400 },
    );
  });
});
