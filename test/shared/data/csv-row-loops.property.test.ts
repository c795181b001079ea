// The tokenizer has two loops: one for rows without a `"` and the general one, which takes a row
// back on a quote or at the end of a buffer (csv-tokenizer.ts). Whichever loop reads a row, and in
// whatever order quoted and unquoted rows, blank lines, CRLF and lone CR line ends, wide rows (over the 64 fields the
// position arrays start with) and chunk cuts come, every cell must read as the plain rules say:
// numbers exactly as parseNumberText (-0 apart from 0), null tokens as null, other text as is, and
// every row at its physical line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvBatches } from '../../../shared/data/csv-reader.js';
import { DEFAULT_NULL_VALUES, NullMatcher } from '../../../shared/data/null-values.js';
import { parseNumberText } from '../../../shared/data/parse-number.js';
import type { SourceFile } from '../../../shared/data/source-file.js';
import { chunksOf, readAll, type Cell } from './read-all.js';

const source: SourceFile = { path: '/nonexistent', display: 'mem.csv', format: 'csv', gzip: false, size: 1 };

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const numberText = fc
  .oneof(
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom('', '-'), digits(1, 6), fc.constantFrom('', '.'), digits(0, 5)) },
    // 10 to 15 digits (the int32 sum wraps) and 16 or more (no fast path).
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', '-'), digits(5, 9), fc.constantFrom('.', ''), digits(4, 9)) },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constantFrom('', '-', '+'),
        digits(0, 2),
        fc.constantFrom('', '.', 'e5', '..'),
        digits(0, 2),
      ),
    },
  )
  .map((parts) => parts.join(''));
const text = fc.string({ unit: fc.constantFrom(...'ab ,"\n-.5NA'), maxLength: 6 });

interface Row {
  cells: string[];
  quoted: boolean[];
  end: string;
  blankBefore: boolean;
}

function render(cell: string, quoted: boolean): string {
  return quoted || /[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

describe('CSV rows read by either tokenizer loop', () => {
  it('read every cell and line as the plain rules say, at any chunk cuts', async () => {
    const table = fc.integer({ min: 1, max: 70 }).chain((width) =>
      fc.record({
        kinds: fc.array(fc.boolean(), { minLength: width, maxLength: width }),
        rows: fc.array(
          fc.record({
            cells: fc.array(fc.oneof(numberText, text), { minLength: width, maxLength: width }),
            quoted: fc.array(
              fc.integer({ min: 0, max: 9 }).map((k) => k === 0),
              { minLength: width, maxLength: width },
            ),
            end: fc.constantFrom('\n', '\r\n', '\r'),
            blankBefore: fc.boolean(),
          }),
          { minLength: 1, maxLength: 12 },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.array(fc.integer({ min: 1, max: 4000 }), { maxLength: 3 }),
        fc.integer({ min: 1, max: 5 }),
        async ({ kinds, rows }, cuts, batchSize) => {
          const width = kinds.length;
          const names = kinds.map((_, c) => `c${c}`);
          let csv = names.join(',') + '\n';
          let line = 2;
          const lines: number[] = [];
          for (const row of rows as Row[]) {
            if (row.blankBefore) {
              // After a lone CR, an LF would join it into one CRLF.
              csv += csv.endsWith('\r') ? '\r\n' : '\n';
              line++;
            }
            lines.push(line);
            // A lone empty cell would be a blank line: it is quoted.
            csv +=
              row.cells.map((cell, c) => render(cell, row.quoted[c]! || (width === 1 && cell === ''))).join(',') +
              row.end;
            line += 1 + row.cells.join('').split('\n').length - 1;
          }
          const nulls = new NullMatcher(DEFAULT_NULL_VALUES);
          const schema = {
            columns: names.map((name, c) => ({ name, type: kinds[c] ? ('number' as const) : ('category' as const) })),
          };
          const read = await readAll(
            readCsvBatches(source, { schema, nulls, batchSize, firstRow: 1 }, chunksOf(Buffer.from(csv), cuts)),
          );
          expect(read.lines).toEqual(lines);
          read.rows.forEach((got, r) => {
            const expected = rows[r]!.cells.map((cell, c): Cell => {
              if (nulls.matchText(cell)) return null;
              if (!kinds[c]) return cell;
              const value = parseNumberText(cell);
              return Number.isNaN(value) ? { invalid: cell } : value;
            });
            for (let c = 0; c < width; c++) {
              const want = expected[c];
              if (typeof want === 'number') {
                expect(Object.is(got[c], want), `row ${r} ${names[c]}: ${rows[r]!.cells[c]} → ${String(got[c])}`).toBe(
                  true,
                );
              } else expect(got[c], `row ${r} ${names[c]}`).toEqual(want);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
