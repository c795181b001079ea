// Property: cutting a CSV file into byte ranges (csv-ranges.ts) gives exactly the rows, values and
// line numbers of the one-thread reader, for any file (quoted fields holding delimiters, quotes, LF,
// CRLF; blank lines; CRLF or LF row ends) and any range size, including cuts inside quoted fields.
// The ranges run inline (a pool of size 1), so thousands of cuts are cheap; the pool test runs the
// same code on real threads.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessRangeStarts, readCsvBatchesParallel } from '../../../shared/data/csv-ranges.js';
import { readCsvBatches } from '../../../shared/data/csv-reader.js';
import { openDataset } from '../../../shared/data/open-dataset.js';
import { DEFAULT_NULL_VALUES, NullMatcher } from '../../../shared/data/null-values.js';
import type { SourceFile, StreamContext } from '../../../shared/data/source-file.js';
import { openPool } from '../../../shared/parallel/pool.js';
import { readAll, tempFiles } from './read-all.js';

const plain = fc.stringMatching(/^[a-z0-9.]{0,6}$/);
const quoted = fc
  .array(fc.constantFrom('a', '1', ',', '\n', '\r\n', '""', ' ', 'é'), { maxLength: 8 })
  .map((parts) => `"${parts.join('')}"`);
const field = fc.oneof({ weight: 3, arbitrary: plain }, { weight: 2, arbitrary: quoted });
const csvFile = fc
  .record({
    rows: fc.array(fc.tuple(field, field, field), { minLength: 1, maxLength: 40 }),
    eol: fc.constantFrom('\n', '\r\n'),
    blankEvery: fc.integer({ min: 0, max: 9 }),
    trailingEol: fc.boolean(),
  })
  .map(({ rows, eol, blankEvery, trailingEol }) => {
    const lines = ['x,y,z'];
    rows.forEach((row, i) => {
      lines.push(row.join(','));
      if (blankEvery > 0 && i % blankEvery === blankEvery - 1) lines.push('');
    });
    return lines.join(eol) + (trailingEol ? eol : '');
  });

describe('CSV byte ranges', () => {
  it('give the one-thread rows and line numbers for any file and any range size', async () => {
    const dir = await tempFiles({});
    const pool = openPool(1);
    let file = 0;
    await fc.assert(
      fc.asyncProperty(csvFile, fc.integer({ min: 1, max: 64 }), async (text, rangeBytes) => {
        const path = join(dir, `f${file++}.csv`);
        await writeFile(path, text);
        const { schema } = await openDataset(path);
        const source: SourceFile = {
          path,
          display: 'f.csv',
          format: 'csv',
          gzip: false,
          size: Buffer.byteLength(text),
        };
        const ctx: StreamContext = { schema, nulls: new NullMatcher(DEFAULT_NULL_VALUES), batchSize: 3, firstRow: 1 };
        const expected = await readAll(readCsvBatches(source, ctx));
        const actual = await readAll(readCsvBatchesParallel(source, ctx, pool, rangeBytes));
        expect(actual.rows).toEqual(expected.rows);
        expect(actual.lines).toEqual(expected.lines);
      }),
      { numRuns: 300 },
    );
  });

  it('start just after the first LF at or after each cut, or after the previous start', async () => {
    // guessRangeStarts reads 64 KB windows from the file; this is its rule on the bytes in memory.
    const expected = (bytes: Buffer, rangeBytes: number): number[] => {
      const starts = [0];
      for (let cut = rangeBytes; cut < bytes.length; cut += rangeBytes) {
        const lf = bytes.indexOf(10, Math.max(cut, starts[starts.length - 1]!));
        if (lf < 0 || lf + 1 >= bytes.length) break;
        if (lf + 1 > starts[starts.length - 1]!) starts.push(lf + 1);
      }
      return starts;
    };
    // Lines from empty to several ranges long, so that some cuts fall inside a line that an earlier
    // cut's search ran past.
    const text = fc
      .array(fc.tuple(fc.integer({ min: 0, max: 90 }), fc.constantFrom('\n', '\r\n')), { minLength: 1, maxLength: 30 })
      .map((lines) => lines.map(([n, eol]) => 'a'.repeat(n) + eol).join(''));
    const dir = await tempFiles({});
    let file = 0;
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), fc.integer({ min: 1, max: 40 }), async (body, trailing, rangeBytes) => {
        const bytes = Buffer.from(trailing ? body : body.replace(/\r?\n$/, ''));
        const path = join(dir, `s${file++}.csv`);
        await writeFile(path, bytes);
        const want = expected(bytes, rangeBytes);
        expect(await guessRangeStarts(path, bytes.length, rangeBytes)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('are guessed just after an LF, and a quoted LF guessed wrong is corrected', async () => {
    const text = 'h\n"x\ny"\n1\n22\n';
    const dir = await tempFiles({ 'a.csv': text });
    const path = join(dir, 'a.csv');
    // Nominal cuts at 3, 6, 9, 12: the LF at 4 is inside the quoted field, so the guess 5 is wrong.
    expect(await guessRangeStarts(path, 13, 3)).toEqual([0, 5, 8, 10]);
    const { schema } = await openDataset(path);
    const source: SourceFile = { path, display: 'a.csv', format: 'csv', gzip: false, size: 13 };
    const ctx: StreamContext = { schema, nulls: new NullMatcher(DEFAULT_NULL_VALUES), batchSize: 2, firstRow: 1 };
    const table = await readAll(readCsvBatchesParallel(source, ctx, openPool(1), 3));
    expect(table.rows).toEqual([['x\ny'], ['1'], ['22']]);
    expect(table.lines).toEqual([2, 4, 5]);
  });
});
