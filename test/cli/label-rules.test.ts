/**
 * One set of label rules for `modelship evaluate` and `modelship explain` (shared/evaluate/label-rules.ts).
 * They were two copies that drifted: explain refused a binary label `1.0` that evaluate took. As a
 * team would meet it: a holdout whose labels an export wrote as `0.0`/`1.0` gets the same importances
 * from explain as the same holdout with `0`/`1` (and the same metrics from evaluate), and a bad label
 * is the same UserError, word for word, whichever verb reads it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linearRegressionModel, logisticRegressionModel, writeModel } from '../../examples/onnx-models.js';
import type { ExplainReport } from '../../shared/explain/explain-dataset.js';
import { runCli as run } from '../helpers/run-cli.js';

const ROWS = 400;
let dir: string;
const p = (name: string) => join(dir, name);

/** Holdout rows `x0,x1,y,spend` from a small deterministic generator (LCG). */
function holdout(): { x0: number; x1: number; y: number; spend: string }[] {
  let s = 5;
  const rand = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return Array.from({ length: ROWS }, () => {
    const [x0, x1] = [rand() * 2 - 1, rand() * 2 - 1].map((v) => Number(v.toFixed(4))) as [number, number];
    const y = 2 * x0 - x1 + (rand() - 0.5) > 0 ? 1 : 0;
    return { x0, x1, y, spend: (10 + 3 * x0 - 2 * x1).toFixed(3) };
  });
}

/** Writes the holdout with each row's label as `label(y, row)`. */
function writeHoldout(name: string, label: (y: number, row: number) => string): string {
  const lines = ['x0,x1,y,spend', ...holdout().map((r, i) => `${r.x0},${r.x1},${label(r.y, i)},${r.spend}`)];
  writeFileSync(p(name), `${lines.join('\n')}\n`);
  return p(name);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'modelship-label-rules-'));
  const metadata = { feature_names: JSON.stringify(['x0', 'x1']) };
  writeModel(logisticRegressionModel({ weights: [2, -1], metadata }), 'churn.onnx', dir);
  writeModel(linearRegressionModel({ weights: [3, -2], bias: 10, metadata }), 'spend.onnx', dir);
  writeHoldout('integers.csv', (y) => String(y));
  writeHoldout('decimals.csv', (y) => `${y}.0`);
  writeHoldout('words.csv', (y, i) => (i % 2 === 0 ? String(y === 1) : String(y === 1).toUpperCase()));
  writeHoldout('yes-no.csv', (y, i) => (i === 6 ? 'yes' : String(y)));
  writeHoldout('two.csv', (y, i) => (i === 9 ? '2.0' : `${y}.0`));
  writeHoldout('unlabelled.csv', (y, i) => (i === 3 ? '' : String(y)));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const explain = (data: string, ...extra: string[]) =>
  run('explain', '--model', p('churn.onnx'), '--data', data, '--label', 'y', '--task', 'binary', ...extra);
const evaluate = (data: string, ...extra: string[]) =>
  run('evaluate', '--candidate', p('churn.onnx'), '--data', data, '--label', 'y', '--task', 'binary', ...extra);

/** The UserError line of a refused run (exit 2, no stack trace). */
function refusal(r: { code: number; stderr: string }): string {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.stderr.split('\n').find((l) => l.includes(' (y): ') || l.includes(' (spend): '))!;
}

describe('the label rules evaluate and explain share', () => {
  it('explains a holdout labelled 0.0/1.0 (or true/FALSE) exactly as one labelled 0/1', async () => {
    const json = ['--format', 'json', '--repeats', '3', '--seed', '7'];
    const report = async (name: string) => {
      const r = await explain(p(name), ...json);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as ExplainReport;
    };
    const integers = await report('integers.csv');
    const decimals = await report('decimals.csv');
    const words = await report('words.csv');
    expect(integers.candidate.rows).toBe(ROWS);
    expect(integers.candidate.features.map((f) => f.feature)).toEqual(['x0', 'x1']);
    expect(integers.candidate.features[0]!.mean).toBeGreaterThan(0);
    expect(decimals.candidate.features).toEqual(integers.candidate.features);
    expect(words.candidate.features).toEqual(integers.candidate.features);
  });

  it('evaluates the 0.0/1.0 holdout to the same metrics as the 0/1 one', async () => {
    const metrics = async (name: string) => {
      const r = await evaluate(p(name), '--format', 'json');
      expect(r.code, r.stderr).not.toBe(2);
      return JSON.parse(r.stdout).candidate.metrics as Record<string, number>;
    };
    expect(await metrics('decimals.csv')).toEqual(await metrics('integers.csv'));
  });

  it.each([
    ['yes-no.csv', /yes-no\.csv:8 \(y\): binary label `yes` is not 0\/1 or true\/false \(row 7\)\. Write the positive/],
    ['two.csv', /two\.csv:11 \(y\): binary label `2\.0` is not 0\/1 or true\/false \(row 10\)/],
    ['unlabelled.csv', /unlabelled\.csv:5 \(y\): the label is empty \(row 4\)\. Every row needs a label/],
  ])('refuses %s with the same UserError from both verbs', async (name, says) => {
    const fromExplain = refusal(await explain(p(name)));
    const fromEvaluate = refusal(await evaluate(p(name)));
    expect(fromExplain).toMatch(says);
    expect(fromExplain).toBe(fromEvaluate);
  });

  it('refuses a regression label that is not a number with the same UserError from both verbs', async () => {
    writeFileSync(p('spend.csv'), 'x0,x1,y,spend\n0.1,0.2,1,10.5\n0.3,-0.1,0,ten\n');
    const args = ['--data', p('spend.csv'), '--label', 'spend', '--task', 'regression'];
    const fromExplain = refusal(await run('explain', '--model', p('spend.onnx'), ...args));
    const fromEvaluate = refusal(await run('evaluate', '--candidate', p('spend.onnx'), ...args));
    expect(fromExplain).toMatch(/spend\.csv:3 \(spend\): label `ten` is not a number \(row 2\)\. A regression label/);
    expect(fromExplain).toBe(fromEvaluate);
  });
});
