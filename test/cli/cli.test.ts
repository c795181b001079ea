/**
 * The `modelship` CLI end to end: the bundled `cli/dist/index.js` run as a user runs it, checking
 * exit codes, `--help` on every verb, and the JSON output contract.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { churnWorkspace, repoRoot } from '../helpers/churn-fixture.js';
import { spawnNode } from '../helpers/spawn.js';

const cli = join(repoRoot, 'cli', 'dist', 'index.js');
let ws: string;
const modelship = (...args: string[]) => spawnNode([cli, ...args], { cwd: ws });

beforeAll(() => {
  ws = churnWorkspace();
});

describe('modelship CLI', () => {
  it.each([[[]], [['validate']], [['profile']], [['expectations']], [['expectations', 'infer']]])(
    'prints help for %j with exit 0',
    async (verb) => {
      const r = await modelship(...verb, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: modelship/m);
    },
  );

  it('passes clean training data with exit 0 and the JSON contract', async () => {
    const r = await modelship(
      'validate',
      '--data',
      'data/train.csv',
      '--expectations',
      'churn.expectations.yml',
      '--format',
      'json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.passed).toBe(true);
    expect(report.row_count).toBe(3000);
    expect(report.results.length).toBeGreaterThan(20);
    for (const result of report.results) {
      expect(Object.keys(result)).toEqual(
        expect.arrayContaining([
          'expectation',
          'column',
          'success',
          'severity',
          'element_count',
          'unexpected_count',
          'unexpected_percent',
          'examples',
        ]),
      );
    }
  });

  it('fails the drifting week with exit 1 and names the unexpected value and its row', async () => {
    const profiled = await modelship('profile', '--data', 'data/train.csv', '--output', 'train.profile.json');
    expect(profiled.code).toBe(0);
    const r = await modelship(
      'validate',
      '--data',
      'data/production/*/batch.csv',
      '--expectations',
      'churn.expectations.yml',
      '--reference',
      'train.profile.json',
      '--format',
      'json',
      '--output',
      'report.json',
    );
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(join(ws, 'report.json'), 'utf8'));
    expect(report.passed).toBe(false);
    expect(report.row_count).toBe(3000);
    const payment = report.results.find(
      (x: { expectation: string; column: string }) => x.column === 'payment_method' && /set/.test(x.expectation),
    );
    expect(payment.success).toBe(false);
    // Only the second (drifting) week has the new payment method; its rows are numbered after week 1's 1,500.
    expect(payment.examples[0].value).toBe('crypto');
    expect(payment.examples[0].row).toBeGreaterThan(1500);
    expect(payment.examples[0].file).toMatch(/week=2026-03/);
    const psi = report.results.find(
      (x: { expectation: string; column: string }) => x.column === 'monthly_charges' && /psi/.test(x.expectation),
    );
    expect(psi.success).toBe(false);
  });

  it('exits 2 with file, line and key for a bad expectations file, and no stack trace', async () => {
    writeFileSync(join(ws, 'bad.expectations.yml'), 'version: 1\ncolumns:\n  age:\n    minimum: 3\n');
    const r = await modelship('validate', '--data', 'data/train.csv', '--expectations', 'bad.expectations.yml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.expectations\.yml:4/);
    expect(r.stderr).toMatch(/minimum/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a column the expectations declare but the data lacks as a failed check (exit 1), not a crash', async () => {
    writeFileSync(
      join(ws, 'extra.expectations.yml'),
      'columns:\n  lifetime_value: { type: number, min: 0 }\n  age: { type: number, min: 18 }\n',
    );
    const r = await modelship(
      'validate',
      '--data',
      'data/train.csv',
      '--expectations',
      'extra.expectations.yml',
      '--format',
      'json',
    );
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const missing = report.results.filter(
      (x: { column: string; success: boolean }) => x.column === 'lifetime_value' || x.column === null,
    );
    expect(missing.some((x: { success: boolean }) => !x.success)).toBe(true);
    expect(report.results.find((x: { column: string }) => x.column === 'age').success).toBe(true);
  });

  it('exits 2 for a glob that matches nothing', async () => {
    const r = await modelship('validate', '--data', 'nothing/*.csv', '--expectations', 'churn.expectations.yml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nothing\/\*\.csv/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a usage error', async () => {
    const r = await modelship('validate', '--data', 'data/train.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--expectations/);
  });

  it('infers an expectations file the same data then passes', async () => {
    const inferred = await modelship('expectations', 'infer', '--data', 'data/train.csv', '--output', 'inferred.yml');
    expect(inferred.code).toBe(0);
    const r = await modelship('validate', '--data', 'data/train.csv', '--expectations', 'inferred.yml');
    expect(r.code).toBe(0);
  });

  it('overrides type inference with --type, and refuses a malformed one with exit 2', async () => {
    const r = await modelship('profile', '--data', 'data/holdout.csv', '--type', 'age=category', 'churned=category');
    expect(r.code).toBe(0);
    const profile = JSON.parse(r.stdout);
    expect(profile.columns.age.type).toBe('category');
    expect(profile.columns.churned.type).toBe('category');
    expect(profile.columns.tenure_months.type).toBe('number');
    const bad = await modelship('profile', '--data', 'data/holdout.csv', '--type', 'age');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--type.*"age" is not column=type/);
  });

  it('merges shard profiles into the profile of the whole', async () => {
    await modelship('profile', '--data', 'data/production/week=2026-02/batch.csv', '--output', 'a.json');
    await modelship('profile', '--data', 'data/production/week=2026-03/batch.csv', '--output', 'b.json');
    const merged = await modelship('profile', '--merge', 'a.json', 'b.json');
    const whole = await modelship('profile', '--data', 'data/production/*/batch.csv');
    expect(merged.code).toBe(0);
    const m = JSON.parse(merged.stdout);
    const w = JSON.parse(whole.stdout);
    expect(m.rowCount).toBe(w.rowCount);
    expect(m.columns.tenure_months.count).toBe(w.columns.tenure_months.count);
    expect(m.columns.tenure_months.exact).toEqual(w.columns.tenure_months.exact);
    expect(m.columns.contract.top).toEqual(w.columns.contract.top);
  });
});
