// Numbers parsed while the CSV is tokenized (the fused fast path) must read exactly as the full
// parser would: for random number-like cells (signs, leading zeros, lone dots, exponents, long
// mantissas, quoting, junk), every cell is the value of parseNumberText, null, or INVALID, with
// -0 kept apart from 0, whatever the chunk boundaries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvBatches } from '../../../shared/data/csv-reader.js';
import { DEFAULT_NULL_VALUES, NullMatcher } from '../../../shared/data/null-values.js';
import { parseNumberText } from '../../../shared/data/parse-number.js';
import type { SourceFile } from '../../../shared/data/source-file.js';
import { chunksOf, readAll } from './read-all.js';

const source: SourceFile = { path: '/nonexistent', display: 'mem.csv', format: 'csv', gzip: false, size: 1 };

const digits = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: max });
const numberLike = fc.oneof(
  fc.tuple(fc.constantFrom('', '-', '+'), digits(18), fc.constantFrom('', '.'), digits(18)).map((p) => p.join('')),
  fc.tuple(digits(4), fc.constantFrom('e', 'E', 'e-', 'e+'), digits(3)).map((p) => p.join('')),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer().map(String),
  fc.constantFrom('-0', '0.0', '-.5', '.', '-', '5.', '1.2.3', '12a', ' 7', '7 ', 'NA', 'null', '1_000', '0x10'),
);

describe('CSV numbers parsed while tokenizing', () => {
  it('equal the full parser for every cell, quoted or not, at any chunk boundary', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(numberLike, fc.boolean()), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 400 }),
        async (cells, cut) => {
          const text = 'x,y\n' + cells.map(([v, quoted]) => `${quoted ? `"${v}"` : v},${v === '' ? 1 : 2}`).join('\n');
          const nulls = new NullMatcher(DEFAULT_NULL_VALUES);
          const schema = {
            columns: [
              { name: 'x', type: 'number' as const },
              { name: 'y', type: 'number' as const },
            ],
          };
          const table = await readAll(
            readCsvBatches(source, { schema, nulls, batchSize: 7, firstRow: 1 }, chunksOf(Buffer.from(text), [cut])),
          );
          expect(table.rows.length).toBe(cells.length);
          table.rows.forEach((row, i) => {
            const cell = cells[i]![0];
            const value = parseNumberText(cell);
            const expected = nulls.matchText(cell) ? null : Number.isNaN(value) ? { invalid: cell } : value;
            if (typeof expected === 'number')
              expect(Object.is(row[0], expected), `${cell} → ${String(row[0])}`).toBe(true);
            else expect(row[0]).toEqual(expected);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
