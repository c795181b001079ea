// The worker pool from the bundle a user runs: `cli/dist/index.js validate` (and `drift`) on a CSV
// big enough to be parsed on worker threads (cli/dist/worker/index.js, built by scripts/build.mjs)
// gives the one-thread report byte for byte; the same bundle without its worker entry fails, which proves
// the workers really ran.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_MIN_BYTES } from '../../../shared/data/parallel-threshold.js';
import { spawnNode } from '../../helpers/spawn.js';

const root = join(import.meta.dirname, '..', '..', '..');
const dist = join(root, 'cli', 'dist');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'modelship-workers-'));
  const rows = ['id,segment,amount,note'];
  let size = 0;
  for (let i = 0; size < PARALLEL_MIN_BYTES + (1 << 20); i++) {
    // A quoted line break every 997 rows, so some range cut lands inside one; a repeated id at the end.
    const note = i % 997 === 0 ? `"first line\nsecond, ""quoted"" line"` : `note ${i % 89}`;
    const row = `C${String(i).padStart(9, '0')},${['consumer', 'smb', 'enterprise'][i % 3]},${((i * 7919) % 100_000) / 100},${note}`;
    rows.push(row);
    size += row.length + 1;
  }
  rows.push(`C000000042,smb,-1,last`);
  writeFileSync(join(dir, 'data.csv'), rows.join('\n') + '\n');
  writeFileSync(
    join(dir, 'suite.yml'),
    [
      'version: 1',
      'columns:',
      '  id: { type: category, nullable: false, unique: true }',
      '  segment: { type: category, allowed: [consumer, smb] }',
      '  amount: { type: number, min: 0, max: 999 }',
      '  note: { type: category, length: { max: 12 } }',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `modelship validate` from `bundle` with `workers` threads, writing the JSON report to `out`. */
const validate = (bundle: string, workers: number, out: string) =>
  spawnNode(
    [bundle, 'validate', '--data', 'data.csv', '--expectations', 'suite.yml', '--format', 'json'].concat([
      '--output',
      out,
      '--workers',
      String(workers),
    ]),
    { cwd: dir },
  );

describe.skipIf(!existsSync(join(dist, 'index.js')))('cli/dist with worker threads', () => {
  it('has the worker entry next to index.js', () => {
    expect(existsSync(join(dist, 'worker', 'index.js'))).toBe(true);
  });

  it('gives the one-thread report for 1, 2 and 4 workers, line numbers included', async () => {
    const bundle = join(dist, 'index.js');
    const reports: string[] = [];
    for (const workers of [1, 2, 4]) {
      const out = `report-${workers}.json`;
      const run = await validate(bundle, workers, out);
      expect(run.stderr).not.toMatch(/Error:/);
      expect(run.code).toBe(1); // the suite has failing checks
      reports.push(readFileSync(join(dir, out), 'utf8'));
    }
    expect(reports[1]).toBe(reports[0]);
    expect(reports[2]).toBe(reports[0]);
    const report = JSON.parse(reports[0]!) as {
      row_count: number;
      results: { expectation: string; unexpected_count: number; examples: { row: number; line?: number }[] }[];
    };
    const unique = report.results.find((r) => r.expectation === 'expect_column_values_to_be_unique')!;
    expect(unique.unexpected_count).toBe(1);
    // The repeated id is the last row; its line counts every quoted line break before it.
    const quotedBreaks = Math.floor((report.row_count - 2) / 997) + 1;
    expect(unique.examples[0]).toMatchObject({ row: report.row_count, line: report.row_count + 1 + quotedBreaks });
  });

  it('drifts on the workers (drift.csv-range, drift.collect) to the one-thread report', async () => {
    const bundle = join(dist, 'index.js');
    const reports: string[] = [];
    for (const workers of [1, 2]) {
      const out = `drift-${workers}.json`;
      const run = await spawnNode(
        [bundle, 'drift', '--reference', 'data.csv', '--current', 'data.csv', '--format', 'json'].concat([
          '--output',
          out,
          '--workers',
          String(workers),
          '--type',
          'amount=number',
        ]),
        { cwd: dir },
      );
      expect(run.stderr).not.toMatch(/Error:/);
      expect(run.code).toBe(0); // the same data on both sides
      reports.push(readFileSync(join(dir, out), 'utf8'));
    }
    expect(reports[1]).toBe(reports[0]);
    const report = JSON.parse(reports[0]!) as { reference: { rows: number }; columns: { column: string }[] };
    expect(report.reference.rows).toBeGreaterThan(200_000);
    expect(report.columns.map((c) => c.column)).toContain('amount');
  });

  it('drift with a large reference starts its workers before loading the tests, and still ends on a usage error', async () => {
    // The reference is a literal path over PARALLEL_MIN_BYTES, so the threads start first
    // (shared/drift/start-workers.ts); a missing current file must still end the run, exit 2, with
    // the threads closed (a thread left running would keep the process alive until the test times out).
    const run = await spawnNode(
      [join(dist, 'index.js'), 'drift', '--reference', 'data.csv', '--current', 'missing.csv', '--workers', '2'],
      { cwd: dir },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.csv/);
    expect(run.stderr).not.toMatch(/Error:|internal error/);
  });

  it('validate on a large file starts its workers before loading the validator, and still ends on a usage error', async () => {
    // The data is a literal path over PARALLEL_MIN_BYTES, so the threads start first
    // (shared/validate/validation-workers.ts); a missing expectations file must still end the run,
    // exit 2, with the threads closed (a thread left running would keep the process alive).
    const run = await spawnNode(
      [join(dist, 'index.js'), 'validate', '--data', 'data.csv', '--expectations', 'missing.yml', '--workers', '2'],
      { cwd: dir },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing\.yml/);
    expect(run.stderr).not.toMatch(/Error:|internal error/);
  });

  it('never detaches an ArrayBuffer, so every thread keeps V8’s fast typed-array code', async () => {
    // The first detach (a transfer) in an isolate invalidates V8's ArrayBufferDetaching protector for
    // good, and every typed-array access checks for a detached buffer from then on (see
    // shared/parallel/worker-entry.ts). V8 names each invalidation on stdout with this flag.
    const bundle = join(dist, 'index.js');
    const runs = [
      [bundle, 'validate', '--data', 'data.csv', '--expectations', 'suite.yml', '--workers', '2'],
      [
        bundle,
        'drift',
        '--reference',
        'data.csv',
        '--current',
        'data.csv',
        '--workers',
        '2',
        '--type',
        'amount=number',
      ],
    ];
    for (const args of runs) {
      const run = await spawnNode(
        ['--trace-protector-invalidation', ...args, '--format', 'json', '--output', 'p.json'],
        {
          cwd: dir,
        },
      );
      expect(run.stderr).not.toMatch(/Error:/);
      expect(run.stdout + run.stderr).not.toMatch(/Invalidating protector cell ArrayBufferDetaching/);
    }
  });

  it('fails without its worker entry when it needs workers (so the run above used them)', async () => {
    const copy = join(dir, 'dist');
    cpSync(dist, copy, { recursive: true });
    rmSync(join(copy, 'worker'), { recursive: true, force: true });
    const run = await validate(join(copy, 'index.js'), 2, 'broken.json');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/worker bundle worker\/index\.js is missing/);
  });
});
