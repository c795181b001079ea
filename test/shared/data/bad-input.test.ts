// Runs every case of the bad-input corpus (test/fixtures/bad/manifest.json, written by
// make-fixtures.mjs) and checks each one fails the way a user needs: a UserError, naming the file
// and the line, settling quickly. Plus a few cases that are easier to build in code.
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UserError } from '../../../shared/errors.js';
import type { ReadOptions } from '../../../shared/data/dataset.js';
import { openDataset } from '../../../shared/data/index.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const dir = join(import.meta.dirname, '../../fixtures/bad');

interface Case {
  file: string;
  line: number | null;
  contains: string;
  options?: ReadOptions;
  /** The file name the message must name, when it differs from `file` (a glob). */
  name?: string;
}

const cases = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Case[];

/** Opens and fully reads a dataset, returning the UserError it fails with (within 5 s: no hang). */
async function failure(glob: string, options: ReadOptions): Promise<UserError> {
  const read = async () => {
    const dataset = await openDataset(glob, options);
    for await (const _ of dataset.batches()) {
      // read everything
    }
  };
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('timed out (hang)')), 5000));
  return expectUserError(Promise.race([read(), timeout]));
}

/** The message names the file (and line), says what is wrong, and the hint says what to do. */
function expectNamed(error: UserError, name: string, line: number | null, contains: string): void {
  expect(error.message).toContain(name);
  if (line !== null) expect(error.message).toContain(`${name}:${line}`);
  expect(error.message).toContain(contains);
  // Every message says what to do.
  expect(error.hint ?? '').not.toBe('');
}

describe('bad-input corpus', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('$file', async ({ file, line, contains, options, name }) => {
    const error = await failure(file, { cwd: dir, ...options });
    expectNamed(error, name ?? file, line, contains);
  });
});

describe('bad input built in code', () => {
  it('reports a ragged row far past the first batch with its physical line', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'modelship-bad-'));
    const rows = ['a,b'];
    for (let i = 0; i < 70_000; i++) rows.push(`${i},x`);
    rows.push('1,2,3');
    await writeFile(join(tmp, 'late.csv'), rows.join('\n') + '\n');
    const error = await failure('late.csv', { cwd: tmp, batchSize: 1000 });
    expectNamed(error, 'late.csv', 70_002, 'has 3 fields');
  });

  it('reports an unterminated quote that swallows the rest of a large file', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'modelship-bad-'));
    await writeFile(join(tmp, 'open.csv'), 'a,b\n1,2\n3,"never closed\n' + '5,6\n'.repeat(300_000));
    const error = await failure('open.csv', { cwd: tmp });
    expectNamed(error, 'open.csv', 3, 'unterminated quoted field');
  });

  it('names a later file whose columns differ, with the dataset glob', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'modelship-bad-'));
    await writeFile(join(tmp, 'a.jsonl'), '{"x": 1}\n');
    await writeFile(join(tmp, 'b.jsonl'), '{"x": 1}\n{"y": 2}\n');
    const error = await failure('*.jsonl', { cwd: tmp });
    expectNamed(error, 'b.jsonl', 2, 'key `y` is not a column');
  });

  it('rejects an empty glob list', async () => {
    const error = await failure([] as unknown as string, {});
    expect(error.message).not.toBe('');
  });
});
