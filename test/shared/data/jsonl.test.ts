// JSON Lines at the byte level: the same rows and line numbers however the stream is split.
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../shared/data/batch.js';
import { inferColumnType } from '../../../shared/data/infer-types.js';
import { readJsonlBatches, sampleJsonl } from '../../../shared/data/jsonl-reader.js';
import { DEFAULT_NULL_VALUES, NullMatcher } from '../../../shared/data/null-values.js';
import type { SourceFile } from '../../../shared/data/source-file.js';
import { chunksOf, readAll } from './read-all.js';

const source: SourceFile = { path: '/nonexistent', display: 'mem.jsonl', format: 'jsonl', gzip: false, size: 1 };
const nulls = new NullMatcher(DEFAULT_NULL_VALUES);

async function parse(bytes: Uint8Array, cuts: number[]) {
  const sample = await sampleJsonl(source, 1000, chunksOf(bytes, cuts));
  const schema: Schema = {
    columns: sample.names.map((name, c) => ({ name, type: inferColumnType(sample.values[c]!, nulls) })),
  };
  return {
    schema,
    ...(await readAll(readJsonlBatches(source, { schema, nulls, batchSize: 2, firstRow: 1 }, chunksOf(bytes, cuts)))),
  };
}

describe('JSON Lines', () => {
  const text = Buffer.from(
    '\uFEFF{"a": 1, "s": "é€"}\r\n\n{"a": -2.5e3, "s": "x\\ny", "b": true}\n{"s": null, "a": null}',
    'utf8',
  );

  it('gives the same rows and lines split at every byte', async () => {
    const whole = await parse(text, []);
    expect(whole.schema.columns).toEqual([
      { name: 'a', type: 'number' },
      { name: 's', type: 'category' },
      { name: 'b', type: 'category' },
    ]);
    expect(whole.rows).toEqual([
      [1, 'é€', null],
      [-2500, 'x\ny', 'true'],
      [null, null, null],
    ]);
    expect(whole.lines).toEqual([1, 3, 4]);
    for (let cut = 1; cut < text.length; cut++) {
      const split = await parse(text, [cut]);
      expect(split.rows, `cut at ${cut}`).toEqual(whole.rows);
      expect(split.lines, `cut at ${cut}`).toEqual(whole.lines);
    }
    const bytewise = await parse(
      text,
      Array.from({ length: text.length }, (_, i) => i),
    );
    expect(bytewise.rows).toEqual(whole.rows);
  });
});
