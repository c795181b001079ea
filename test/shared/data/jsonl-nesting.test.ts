/**
 * A JSON Lines cell nested 20,000 levels deep is a UserError naming the file, line and key, not a
 * stack overflow (nested cells are kept as JSON text, and JSON.stringify recurses).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../../shared/data/open-dataset.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const dir = mkdtempSync(join(tmpdir(), 'jsonl-nesting-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAllRows(file: string): Promise<number> {
  const dataset = await openDataset([file], { cwd: dir });
  let rows = 0;
  for await (const batch of dataset.batches()) rows += batch.length;
  return rows;
}

describe('JSON Lines nesting', () => {
  it('a value nested 20,000 levels deep is a UserError at its line', async () => {
    const deep = `{"id": 2, "tags": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    writeFileSync(join(dir, 'deep.jsonl'), `{"id": 1, "tags": "a"}\n${deep}\n`);
    const error = await expectUserError(readAllRows('deep.jsonl'));
    expect((error as Error).message).toBe(
      'deep.jsonl:2 (tags): the value of `tags` is nested more than 100 levels deep. Nested values are kept as JSON text; flatten this one (at most 100 levels of [ ] and { }) or drop the key',
    );
  });

  it('ordinary nesting is kept as JSON text', async () => {
    writeFileSync(join(dir, 'ok.jsonl'), '{"id": 1, "tags": [["a", {"b": [1]}]]}\n{"id": 2, "tags": null}\n');
    expect(await readAllRows('ok.jsonl')).toBe(2);
  });
});
