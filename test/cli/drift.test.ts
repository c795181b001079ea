/**
 * `modelship drift` in-process (main() from cli/src/program.ts): exit codes 0 no drift, 1 drift,
 * 2 error; the JSON contract; the policy, --method, --columns, windows and --help.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/run-cli.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'drift');
const ref = join(fixtures, 'ref.csv');
const cur = join(fixtures, 'cur.csv');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'drift-cli-'));
});

const CONTRACT_COLUMN_KEYS = [
  'column',
  'type',
  'method',
  'statistic',
  'p_value',
  'p_value_adjusted',
  'effect_size',
  'drifted',
];

describe('modelship drift', () => {
  it('exits 1 on drift and writes the JSON contract', async () => {
    const out = join(dir, 'report.json');
    const r = await run('drift', '--reference', ref, '--current', cur, '--format', 'json', '--output', out);
    expect(r.stderr).toBe(`Wrote the report to ${out}.\n`);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.mode).toBe('exact');
    expect(report.dataset_drift).toBe(true);
    expect(typeof report.drift_share).toBe('number');
    expect(typeof report.rule).toBe('string');
    for (const c of report.columns) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(CONTRACT_COLUMN_KEYS));
      expect(['numeric', 'categorical']).toContain(c.type);
      expect(['ks', 'chi2', 'psi', 'js', 'wasserstein']).toContain(c.method);
    }
    expect(report.prediction_drift.column).toBe('prediction');
  });

  it('finds no drift when the current data is the reference itself (exit 4: one column is all null)', async () => {
    const r = await run('drift', '--reference', ref, '--current', ref, '--format', 'json');
    // Nothing drifted, but `empty` is all null on both sides: no data (exit 4), never "no drift".
    expect(r.code).toBe(4);
    const report = JSON.parse(r.stdout);
    expect(report.no_data.map((c: { column: string }) => c.column)).toEqual(['empty']);
    expect(report.verdict).toBe('no_data');
    expect(report.drift_share).toBe(0);
    expect(report.severity).toBe('none');
    expect(report.columns.every((c: { drifted: boolean }) => !c.drifted)).toBe(true);
  });

  it('--columns and --method restrict and override; text and markdown formats', async () => {
    const text = await run(
      'drift',
      '--reference',
      ref,
      '--current',
      cur,
      '--columns',
      'income,plan',
      '--method',
      'psi',
    );
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^Drift: /);
    expect(text.stdout).toMatch(/\nincome +numeric +psi /);
    expect(text.stdout).toMatch(/\nplan +categorical +psi /);
    expect(text.stdout).not.toMatch(/\nage /);
    const md = await run('drift', '--reference', ref, '--current', cur, '--format', 'markdown');
    expect(md.stdout).toContain('xychart-beta');
  });

  it('reads the drift section of --policy for --model', async () => {
    const policy = join(dir, 'modelship.yml');
    writeFileSync(
      policy,
      'version: 1\nmodels:\n  churn:\n    drift:\n      alpha: 0.01\n      correction: bonferroni\n      columns:\n        income:\n          ignore: true\n        age:\n          method: wasserstein\n',
    );
    const r = await run(
      'drift',
      '--reference',
      ref,
      '--current',
      cur,
      '--policy',
      policy,
      '--model',
      'churn',
      '--format',
      'json',
    );
    const report = JSON.parse(r.stdout);
    expect(report.alpha).toBe(0.01);
    expect(report.correction).toBe('bonferroni');
    expect(report.skipped).toContainEqual({ column: 'income', reason: 'ignored by the policy' });
    expect(report.columns.find((c: { column: string }) => c.column === 'age').method).toBe('wasserstein');
    const unknown = await run('drift', '--reference', ref, '--current', cur, '--policy', policy, '--model', 'chrun');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/model "chrun" is not in the policy/);
  });

  it('exits 2 with a clear message on bad input, never a stack trace', async () => {
    const missing = await run('drift', '--reference', join(dir, 'nope.json'), '--current', cur);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^modelship: .*nope\.json: The reference profile does not exist/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const window = await run('drift', '--reference', ref, '--current', cur, '--from', '2024-01-01');
    expect(window.code).toBe(2);
    expect(window.stderr).toMatch(/--from and --to need --window-column/);
    const method = await run('drift', '--reference', ref, '--current', cur, '--method', 'mmd');
    expect(method.code).toBe(2);
  });

  it('--help documents the flags and the exit codes', async () => {
    const r = await run('drift', '--help');
    expect(r.code).toBe(0);
    for (const flag of [
      '--reference',
      '--current',
      '--method',
      '--columns',
      '--format',
      '--output',
      '--policy',
      '--model',
      '--window-column',
      '--from',
      '--to',
      '--prediction-column',
    ])
      expect(r.stdout).toContain(flag);
    expect(r.stdout).toContain('Exit codes: 0 no drift, 1 drift');
  });
});
