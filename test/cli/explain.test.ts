/**
 * `modelship explain` in-process (main() from cli/src/program.ts): real ONNX models built by
 * examples/onnx-models.ts over a CSV holdout with a planted leak (a column copying the label); the
 * text, Markdown and JSON reports, the flags against a champion, the sample and seed flags, a
 * multiclass and a regression model, and clear UserErrors (exit 2, no stack) for bad input.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  garbageModel,
  linearRegressionModel,
  logisticRegressionModel,
  softmaxModel,
  writeModel,
} from '../../examples/onnx-models.js';
import type { ExplainReport } from '../../shared/explain/explain-dataset.js';
import { runCli as run } from '../helpers/run-cli.js';

const ROWS = 1500;
let dir: string;
const p = (name: string) => join(dir, name);

/** A small deterministic generator (LCG) for the holdout. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'modelship-explain-cli-'));
  const rand = lcg(11);
  const lines = ['x0,x1,noise,leak,churned,spend,tier'];
  for (let i = 0; i < ROWS; i++) {
    const [x0, x1, noise] = [rand() * 2 - 1, rand() * 2 - 1, rand() * 2 - 1].map((v) => Number(v.toFixed(4)));
    const y = 2 * x0! - x1! + (rand() - 0.5) > 0 ? 1 : 0;
    const spend = (10 + 3 * x0! - 2 * x1! + (rand() - 0.5)).toFixed(3);
    const tier = x0! > 0.3 ? 'gold' : x0! < -0.3 ? 'bronze' : 'silver';
    lines.push(`${x0},${x1},${noise},${y},${y},${spend},${tier}`);
  }
  writeFileSync(p('holdout.csv'), `${lines.join('\n')}\n`);
  const four = { feature_names: JSON.stringify(['x0', 'x1', 'noise', 'leak']) };
  writeModel(logisticRegressionModel({ weights: [0.4, -0.2, 0, 6], bias: -3, metadata: four }), 'leaky.onnx', dir);
  writeModel(logisticRegressionModel({ weights: [2, -1, 0, 0], metadata: four }), 'champion.onnx', dir);
  const three = { feature_names: JSON.stringify(['x0', 'x1', 'noise']) };
  writeModel(linearRegressionModel({ weights: [3, -2, 0], bias: 10, metadata: three }), 'spend.onnx', dir);
  writeModel(
    softmaxModel({
      weights: [
        [-3, 0, 3],
        [0, 0, 0],
        [0, 0, 0],
      ],
      metadata: three,
    }),
    'tier.onnx',
    dir,
  );
  writeModel(garbageModel(), 'garbage.onnx', dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const leakyArgs = () => [
  'explain',
  '--model',
  p('leaky.onnx'),
  '--data',
  p('holdout.csv'),
  '--label',
  'churned',
  '--task',
  'binary',
];

describe('modelship explain', () => {
  it('flags the planted leak against the champion, as text', async () => {
    const r = await run(...leakyArgs(), '--champion', p('champion.onnx'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Permutation importance of .*leaky\.onnx vs the champion .*champion\.onnx: the drop in roc_auc/,
    );
    const leakLine = r.stdout.split('\n').find((l) => l.startsWith('leak '))!;
    expect(leakLine).toMatch(/dominant, rose, new$/);
    expect(r.stdout).toMatch(/! `leak` carries \d+\.\d% of the candidate's importance/);
    expect(r.stdout.split('\n')[2]).toMatch(
      /^feature\s+importance \[95% CI\]\s+share\s+champion\s+champion share\s+change\s+flags$/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes the JSON report with the candidate, the champion and the comparison', async () => {
    const r = await run(
      ...leakyArgs(),
      '--champion',
      p('champion.onnx'),
      '--format',
      'json',
      '--repeats',
      '3',
      '--seed',
      '9',
      '--output',
      p('explain.json'),
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(p('explain.json'), 'utf8')) as ExplainReport;
    expect(report.candidate).toMatchObject({ metric: 'roc_auc', repeats: 3, seed: 9, rows: ROWS, holdoutRows: ROWS });
    expect(report.candidate.features.map((f) => f.feature)).toEqual(['x0', 'x1', 'noise', 'leak']);
    expect(report.candidate.features[2]).toMatchObject({ mean: 0, ci_low: 0, ci_high: 0 });
    expect(report.championImportance!.features[3]!.mean).toBe(0);
    expect(report.comparison.flagged).toContain('leak');
    expect(report.comparison.features[0]!.feature).toBe('leak');
  });

  it('samples with --sample, and the same seed gives the same numbers', async () => {
    const args = [...leakyArgs(), '--format', 'json', '--sample', '500', '--seed', '4'];
    const a = JSON.parse((await run(...args)).stdout) as ExplainReport;
    const b = JSON.parse((await run(...args)).stdout) as ExplainReport;
    expect(a.candidate.rows).toBe(500);
    expect(a.candidate.holdoutRows).toBe(ROWS);
    expect(a.candidate.features).toEqual(b.candidate.features);
    expect(a.comparison.features.find((f) => f.feature === 'leak')!.flags).toEqual(['dominant']);
  });

  it('explains a regression model under r2 as Markdown', async () => {
    const r = await run(
      'explain',
      '--model',
      p('spend.onnx'),
      '--data',
      p('holdout.csv'),
      '--label',
      'spend',
      '--task',
      'regression',
      '--metric',
      'r2',
      '--format',
      'markdown',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^### Feature importance/);
    expect(r.stdout).toMatch(/the drop in r2/);
    expect(r.stdout).toMatch(/\| feature \| importance \[95% CI\] \| share \| flags \|/);
    const rows = r.stdout.split('\n').filter((l) => /^\| (x0|x1|noise) /.test(l));
    expect(rows.map((l) => l.split('|')[1]!.trim())).toEqual(['x0', 'x1', 'noise']);
  });

  it('explains a multiclass model with --classes', async () => {
    const r = await run(
      'explain',
      '--model',
      p('tier.onnx'),
      '--data',
      p('holdout.csv'),
      '--label',
      'tier',
      '--task',
      'multiclass',
      '--classes',
      'bronze,silver,gold',
      '--metric',
      'accuracy',
      '--format',
      'json',
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as ExplainReport;
    expect(report.candidate.metric).toBe('accuracy');
    expect(report.candidate.features[0]!.ci_low!).toBeGreaterThan(0.1);
    expect(report.candidate.features[1]!.mean).toBe(0);
  });

  it.each([
    [['--repeats', '0'], /--repeats must be a whole number ≥ 1, not "0"/],
    [['--sample', '1.5'], /--sample must be a whole number/],
    [['--seed', '-3'], /--seed must be a whole number/],
    [['--max-share', '2'], /--max-share must be a fraction from 0 to 1/],
    [['--metric', 'rmse'], /--metric.*metric `rmse` does not apply to a binary model.*roc_auc/],
  ])('refuses %j with exit 2, naming the flag', async (extra, message) => {
    const r = await run(...leakyArgs(), ...extra);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a missing label column, a model that is not ONNX, and a feature the data lacks', async () => {
    const label = await run(...leakyArgs().map((a) => (a === 'churned' ? 'churn_flag' : a)));
    expect(label.code).toBe(2);
    expect(label.stderr).toContain('churn_flag');
    const garbage = await run(...leakyArgs().map((a) => (a.endsWith('leaky.onnx') ? p('garbage.onnx') : a)));
    expect(garbage.code).toBe(2);
    expect(garbage.stderr).toMatch(/garbage\.onnx.*not a valid ONNX model/);
    const features = await run(...leakyArgs(), '--features', 'x0,x1,noise,missing_col');
    expect(features.code).toBe(2);
    expect(features.stderr).toContain('missing_col');
    for (const r of [label, garbage, features]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints help with exit 0', async () => {
    const r = await run('explain', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: modelship explain/);
    for (const flag of [
      '--model',
      '--champion',
      '--data',
      '--label',
      '--metric',
      '--repeats',
      '--sample',
      '--seed',
      '--format',
    ])
      expect(r.stdout).toContain(flag);
  });
});
