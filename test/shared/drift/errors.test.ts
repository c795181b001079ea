/**
 * Bad reference or current inputs get a UserError that names the file, what was wrong and what to
 * do: a missing file, an invalid profile (with the zod key path), a column missing from the current
 * data, a numeric column holding text, an empty current dataset, a bad time window.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeDrift, type DriftOptions } from '../../../shared/drift/index.js';
import { UserError } from '../../../shared/errors.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'drift-errors-'));
  const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
  write('ref.csv', 'x,k,ts\n1.5,a,2024-05-01T00:00:00Z\n2.5,b,2024-05-02T00:00:00Z\n3.5,a,2024-05-03T00:00:00Z\n');
  write('cur.csv', 'x,k,ts\n1.0,a,2024-05-01T10:00:00Z\n2.0,b,2024-05-05T00:00:00Z\n');
  write('no-k.csv', 'x,ts\n1.0,2024-05-01T10:00:00Z\n');
  write('text.csv', 'x,k\n1.0,a\nabc,b\n');
  write('empty.csv', 'x,k,ts\n');
  write('bad.json', '{"schemaVersion": 1, "rowCount": -3}');
  write('garbage.json', '{not json');
});

async function userError(options: Partial<DriftOptions>): Promise<UserError> {
  return expectUserError(computeDrift({ reference: 'ref.csv', current: 'cur.csv', cwd: dir, ...options }));
}

describe('drift input errors', () => {
  it('a missing reference file or profile', async () => {
    const data = await userError({ reference: 'nope.csv' });
    expect(data.message).toMatch(/no file at `nope\.csv`/);
    const profile = await userError({ reference: 'nope.json' });
    expect(profile.message).toBe(
      `nope.json: The reference profile does not exist. Check the path; it is resolved against ${dir}`,
    );
  });

  it('a current glob that matches nothing', async () => {
    const e = await userError({ current: 'logs/*.jsonl' });
    expect(e.message).toMatch(/glob `logs\/\*\.jsonl` matched no files/);
  });

  it('an invalid profile names the key', async () => {
    const e = await userError({ reference: 'bad.json' });
    expect(e.location).toMatchObject({ file: 'bad.json', key: 'rowCount' });
    expect(e.message).toMatch(/^bad\.json \(rowCount\): Invalid profile/);
    const g = await userError({ reference: 'garbage.json' });
    expect(g.message).toMatch(/^garbage\.json: Not valid JSON/);
  });

  it('a reference column missing from the current data', async () => {
    const e = await userError({ current: 'no-k.csv' });
    expect(e.message).toBe(
      'no-k.csv (k): column `k` of the reference is not in the current data. Leave it out with --columns, or set drift.columns.k.ignore: true in the policy',
    );
  });

  it('a numeric column that holds text in the current data', async () => {
    const e = await userError({ current: 'text.csv' });
    expect(e.location).toMatchObject({ file: 'text.csv', line: 3, key: 'x' });
    expect(e.message).toMatch(
      /column `x` is compared as numbers \(its reference type\), but the current data holds "abc"/,
    );
    expect(e.message).toMatch(/--type x=category/);
  });

  it('an empty current dataset, and an empty window', async () => {
    const e = await userError({ current: 'empty.csv' });
    expect(e.message).toMatch(/^empty\.csv: the current data has no rows/);
    const w = await userError({ window: { column: 'ts', from: '2025-01-01' } });
    expect(w.message).toMatch(/the current data has no rows in the window 2025-01-01 to …/);
  });

  it('a bad window bound, an unknown window column, a reversed window', async () => {
    expect((await userError({ window: { column: 'ts', from: 'yesterday' } })).message).toMatch(
      /^--from: `yesterday` is not a date-time/,
    );
    expect((await userError({ window: { column: 'when', from: '2024-05-01' } })).message).toMatch(
      /the window column `when` is not in the current data/,
    );
    expect((await userError({ window: { column: 'ts', from: '2024-05-03', to: '2024-05-01' } })).message).toMatch(
      /the time window is empty/,
    );
  });

  it('an unknown column in --columns gets a did-you-mean', async () => {
    const e = await userError({ columns: ['kk'] });
    expect(e.message).toMatch(/no column `kk` in the reference\. Did you mean `k`\?/);
  });

  it('a method that cannot test the column', async () => {
    const e = await userError({ method: 'ks', columns: ['k'] });
    expect(e.message).toMatch(/^--method: ks cannot test the categorical column `k`/);
  });
});

describe('the time window', () => {
  it('keeps only current rows in [from, to) and says so in the report', async () => {
    const report = await computeDrift({
      reference: 'ref.csv',
      current: 'cur.csv',
      cwd: dir,
      window: { column: 'ts', from: '2024-05-01', to: '2024-05-02' },
    });
    expect(report.current.rows).toBe(1);
    expect(report.current.window).toEqual({ column: 'ts', from: '2024-05-01', to: '2024-05-02' });
    expect(report.skipped).toContainEqual({ column: 'ts', reason: 'the time window column' });
  });
});
