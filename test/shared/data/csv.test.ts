// The CSV/TSV reader: RFC 4180 round trips (property-based), every chunk boundary, BOM, CRLF,
// physical line numbers, nulls, inference and INVALID cells.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ColumnType, Schema } from '../../../shared/data/batch.js';
import { readCsvBatches, sampleCsv } from '../../../shared/data/csv-reader.js';
import { inferColumnType } from '../../../shared/data/infer-types.js';
import { DEFAULT_NULL_VALUES, NullMatcher } from '../../../shared/data/null-values.js';
import { openDataset } from '../../../shared/data/index.js';
import type { SourceFile } from '../../../shared/data/source-file.js';
import { chunksOf, readAll, tempFiles, type Table } from './read-all.js';

const source = (format: 'csv' | 'tsv' = 'csv'): SourceFile => ({
  path: '/nonexistent',
  display: `mem.${format}`,
  format,
  gzip: false,
  size: 1,
});

/** Parses in-memory CSV bytes split at `cuts`, inferring types (or forcing `types`). */
async function parse(
  bytes: Uint8Array,
  cuts: number[] = [],
  options: {
    types?: ColumnType;
    nulls?: readonly string[];
    batchSize?: number;
    format?: 'csv' | 'tsv';
    sample?: number;
  } = {},
): Promise<Table & { names: string[] }> {
  const nulls = new NullMatcher(options.nulls ?? DEFAULT_NULL_VALUES);
  const src = source(options.format);
  const sample = await sampleCsv(src, options.sample ?? 1000, chunksOf(bytes, cuts));
  const schema: Schema = {
    columns: sample.names.map((name, c) => ({
      name,
      type: options.types ?? inferColumnType(sample.values[c]!, nulls),
    })),
  };
  const table = await readAll(
    readCsvBatches(src, { schema, nulls, batchSize: options.batchSize ?? 4, firstRow: 1 }, chunksOf(bytes, cuts)),
  );
  return { ...table, names: sample.names };
}

/** Serialises per RFC 4180, quoting where needed (and sometimes where not). */
function toCsv(
  header: string[],
  rows: string[][],
  eol: string,
  bom: boolean,
  finalEol: boolean,
  quoteAll: boolean,
): string {
  const cell = (v: string, single: boolean) =>
    quoteAll || /[",\r\n]/.test(v) || (single && v === '') ? `"${v.replace(/"/g, '""')}"` : v;
  const single = header.length === 1;
  const lines = [header, ...rows].map((r) => r.map((v) => cell(v, single)).join(','));
  return (bom ? '\uFEFF' : '') + lines.join(eol) + (finalEol ? eol : '');
}

const cellText = fc
  .array(fc.constantFrom('a', 'b', 'é', '€', ' ', ',', '"', '\n', '\r\n', '\r', 'x y', '1', '-', '𝄞'), { maxLength: 6 })
  .map((parts) => parts.join(''));

const table = fc.integer({ min: 1, max: 4 }).chain((width) =>
  fc.record({
    header: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cellText, { minLength: width, maxLength: width }), { maxLength: 12 }),
    eol: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    finalEol: fc.boolean(),
    quoteAll: fc.boolean(),
  }),
);

describe('CSV round trip (property)', () => {
  it('parses what an RFC 4180 writer wrote, split anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.array(fc.nat(400), { maxLength: 6 }),
        async ({ header, rows, eol, bom, finalEol, quoteAll }, cuts) => {
          const bytes = Buffer.from(toCsv(header, rows, eol, bom, finalEol, quoteAll), 'utf8');
          const parsed = await parse(bytes, cuts, { types: 'category', nulls: [] });
          expect(parsed.names).toEqual(header);
          expect(parsed.rows).toEqual(rows.map((r) => r.map((v) => (v === '' ? null : v))));
          expect(parsed.firstRows).toEqual(parsed.firstRows.map((_, i) => 1 + 4 * i));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips numbers exactly through inference and the byte parser', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()), {
          minLength: 1,
          maxLength: 30,
        }),
        async (pairs) => {
          const text = 'x,n\n' + pairs.map(([x, n]) => `${x},${n}`).join('\n');
          const parsed = await parse(Buffer.from(text), [7]);
          parsed.rows.forEach((row, i) => {
            expect(Object.is(row[0], Number(String(pairs[i]![0])))).toBe(true);
            expect(row[1]).toBe(pairs[i]![1]);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('CSV chunk boundaries', () => {
  const tricky = Buffer.from(
    '\uFEFFid,"na,me",note\r\n1,"a ""q"" b",x\r\n\r\n2,"multi\nline\r\nfield",\n3,plain,"é€"\r4,"",last',
    'utf8',
  );

  it('gives the same table when split at every single byte', async () => {
    const whole = await parse(tricky, [], { types: 'category' });
    expect(whole.names).toEqual(['id', 'na,me', 'note']);
    expect(whole.rows).toEqual([
      ['1', 'a "q" b', 'x'],
      ['2', 'multi\nline\r\nfield', null],
      ['3', 'plain', 'é€'],
      ['4', null, 'last'],
    ]);
    expect(whole.lines).toEqual([2, 4, 7, 8]);
    for (let cut = 1; cut < tricky.length; cut++) {
      const split = await parse(tricky, [cut], { types: 'category' });
      expect(split.rows, `cut at ${cut}`).toEqual(whole.rows);
      expect(split.lines, `cut at ${cut}`).toEqual(whole.lines);
    }
  });

  it('gives the same table fed one byte at a time', async () => {
    const whole = await parse(tricky, [], { types: 'category' });
    const cuts = Array.from({ length: tricky.length }, (_, i) => i);
    const bytewise = await parse(tricky, cuts, { types: 'category' });
    expect(bytewise.rows).toEqual(whole.rows);
    expect(bytewise.lines).toEqual(whole.lines);
  });

  it('handles a field far larger than the chunks carrying it', async () => {
    const big = 'x'.repeat(200_000);
    const bytes = Buffer.from(`a,b\n1,"${big}"\n2,y\n`);
    const cuts = Array.from({ length: 300 }, (_, i) => i * 700);
    const parsed = await parse(bytes, cuts, { types: 'category' });
    expect(parsed.rows).toEqual([
      ['1', big],
      ['2', 'y'],
    ]);
  });
});

describe('CSV cells', () => {
  it('infers number, timestamp and category, with nulls and INVALID cells kept', async () => {
    const rows = ['n,t,c,empty'];
    for (let i = 0; i < 5; i++) rows.push(`${i}.5,2024-01-0${i + 1},v${i},`);
    rows.push('NA,N/A,null,NULL', 'oops,not a date,x,None');
    const parsed = await parse(Buffer.from(rows.join('\n')), [], { batchSize: 3, sample: 5 });
    expect(parsed.rows[0]).toEqual([0.5, Date.UTC(2024, 0, 1), 'v0', null]);
    expect(parsed.rows[5]).toEqual([null, null, null, null]);
    expect(parsed.rows[6]).toEqual([{ invalid: 'oops' }, { invalid: 'not a date' }, 'x', null]);
    expect(parsed.lines).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(parsed.firstRows).toEqual([1, 4, 7]);
  });

  it('reads quoted numbers and padded numbers as numbers', async () => {
    const parsed = await parse(Buffer.from('a\n"1.5"\n" 2 "\n"1e3"\n'));
    expect(parsed.rows).toEqual([[1.5], [2], [1000]]);
  });

  it('applies custom null tokens, including numeric ones, before parsing', async () => {
    const parsed = await parse(Buffer.from('a\n-999\n5\n\n'), [], { nulls: ['-999'] });
    expect(parsed.rows).toEqual([[null], [5]]);
  });

  it('reads TSV with quoting', async () => {
    const parsed = await parse(Buffer.from('a\tb\n1\t"x\ty"\n'), [], { format: 'tsv' });
    expect(parsed.rows).toEqual([[1, 'x\ty']]);
  });

  it('interns many distinct categories within a batch', async () => {
    const rows = ['c'];
    for (let i = 0; i < 5000; i++) rows.push(`v${i % 1500}`);
    const parsed = await parse(Buffer.from(rows.join('\n')), [], { batchSize: 5000 });
    expect(parsed.rows.map((r) => r[0])).toEqual(rows.slice(1));
  });

  it('treats a header-only file as a valid dataset with no rows', async () => {
    const dir = await tempFiles({ 'h.csv': 'a,b\n' });
    const ds = await openDataset('h.csv', { cwd: dir });
    expect(ds.schema.columns).toEqual([
      { name: 'a', type: 'category' },
      { name: 'b', type: 'category' },
    ]);
    expect((await readAll(ds)).rows).toEqual([]);
  });

  it('reads rows wider than the tokenizer starts with', async () => {
    const width = 300;
    const header = Array.from({ length: width }, (_, i) => `c${i}`).join(',');
    const row = Array.from({ length: width }, (_, i) => String(i)).join(',');
    const parsed = await parse(Buffer.from(`${header}\n${row}\n${row}\n`));
    expect(parsed.rows).toEqual([
      Array.from({ length: width }, (_, i) => i),
      Array.from({ length: width }, (_, i) => i),
    ]);
  });

  it('stops cleanly when the consumer stops early', async () => {
    const lines = ['a,b'];
    for (let i = 0; i < 50_000; i++) lines.push(`${i},x`);
    const dir = await tempFiles({ 'd.csv': lines.join('\n'), 'd2.csv.gz': gzipSync(Buffer.from(lines.join('\n'))) });
    const ds = await openDataset('d*', { cwd: dir, batchSize: 100 });
    for (const _ of [1, 2]) {
      let seen = 0;
      for await (const batch of ds.batches()) {
        seen += batch.length;
        if (seen >= 300) break;
      }
      expect(seen).toBe(300);
    }
  });
});
