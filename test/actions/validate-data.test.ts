/**
 * The validate-data action end to end: its committed `dist/index.js` run as the Actions runner runs
 * it (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), checking outputs, the job summary, annotations
 * on the data file's offending line, the JSON report and the step's result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction } from '../../sandbox/action-runner.js';
import { churnWorkspace, repoRoot } from '../helpers/churn-fixture.js';

const action = join(repoRoot, 'actions', 'validate-data');
let ws: string;

beforeAll(() => {
  ws = churnWorkspace();
});

describe('validate-data action', () => {
  it('passes clean data and sets every output', async () => {
    const run = await runBundledAction(action, { data: 'data/train.csv', expectations: 'churn.expectations.yml' }, ws);
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs).toMatchObject({
      passed: 'true',
      'row-count': '3000',
      failed: '0',
      'report-path': 'modelship-validation.json',
    });
    expect(Number(run.outputs.evaluated)).toBeGreaterThan(20);
    expect(run.summary).toMatch(/Data validation passed/);
    const report = JSON.parse(readFileSync(join(ws, 'modelship-validation.json'), 'utf8'));
    expect(report.passed).toBe(true);
  });

  it('fails on planted defects, annotating the offending lines of the CSV', async () => {
    const lines = readFileSync(join(ws, 'data', 'holdout.csv'), 'utf8').split('\n');
    // Line 1 is the header; plant an out-of-range age on line 5 and an unknown region on line 9.
    const cells = (n: number) => lines[n - 1]!.split(',');
    const five = cells(5);
    five[6] = '7';
    lines[4] = five.join(',');
    const nine = cells(9);
    nine[2] = 'atlantis';
    lines[8] = nine.join(',');
    writeFileSync(join(ws, 'data', 'defects.csv'), lines.join('\n'));

    const run = await runBundledAction(
      action,
      { data: 'data/defects.csv', expectations: 'churn.expectations.yml', 'report-path': 'out/defects.json' },
      ws,
    );
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.failed).toBe('2');
    expect(run.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'error', file: 'data/defects.csv', line: '5' }),
        expect.objectContaining({ level: 'error', file: 'data/defects.csv', line: '9' }),
      ]),
    );
    expect(run.summary).toMatch(/Data validation failed/);
    expect(run.summary).toMatch(/```mermaid/);
    expect(run.log).toMatch(/::error::Data validation failed/);
    const report = JSON.parse(readFileSync(join(ws, 'out', 'defects.json'), 'utf8'));
    const age = report.results.find(
      (r: { column: string; expectation: string }) => r.column === 'age' && /between|greater|min/.test(r.expectation),
    );
    expect(age).toMatchObject({
      success: false,
      unexpected_count: 1,
      examples: [expect.objectContaining({ row: 4, value: 7, line: 5 })],
    });
  });

  it('reports with fail-on: never without failing the step', async () => {
    const run = await runBundledAction(
      action,
      { data: 'data/defects.csv', expectations: 'churn.expectations.yml', 'fail-on': 'never' },
      ws,
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs.passed).toBe('false');
  });

  it('fails with a clear message, and no stack trace, on a bad input', async () => {
    const run = await runBundledAction(
      action,
      { data: 'data/train.csv', expectations: 'churn.expectations.yml', 'fail-on': 'sometimes' },
      ws,
    );
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(/::error::Invalid input 'fail-on'/);
    expect(run.log).not.toMatch(/\n\s+at /);
  });

  it('fails with the file and line of a broken expectations file', async () => {
    writeFileSync(join(ws, 'broken.yml'), 'columns:\n  age: { type: number, min: [1 }\n');
    const run = await runBundledAction(action, { data: 'data/train.csv', expectations: 'broken.yml' }, ws);
    expect(run.exitCode).toBe(1);
    expect(run.log).toMatch(/::error::broken\.yml:2/);
  });
});
