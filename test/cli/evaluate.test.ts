/**
 * `modelship evaluate` in-process (main() from cli/src/program.ts): ONNX mode with real models built
 * by examples/onnx-models.ts and scored by onnxruntime-node, predictions-only mode, the JSON
 * contract, the exit codes (0 the gate passed, 1 it failed, 2 an error) and clear messages for bad
 * inputs, with no stack trace.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../helpers/run-cli.js';
import {
  garbageModel,
  linearRegressionModel,
  logisticRegressionModel,
  softmaxModel,
  referenceLogistic,
  writeModel,
} from '../../examples/onnx-models.js';

const ROWS = 3000;
const FEATURES = ['x0', 'x1', 'x2'];
const STRONG = [1.5, -2, 0.8];
const WEAK = [0.3, -0.4, 0];
let dir: string;

/** A small deterministic generator (LCG) for the holdout. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const metadata = { feature_names: JSON.stringify(FEATURES) };
const p = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'modelship-evaluate-cli-'));
  const rand = lcg(7);
  const x: number[] = [];
  const lines = ['id,x0,x1,x2,segment,churned,spend'];
  const labels: number[] = [];
  for (let i = 0; i < ROWS; i++) {
    const row = [rand() * 2 - 1, rand() * 2 - 1, rand() * 2 - 1].map((v) => Number(v.toFixed(4)));
    x.push(...row);
    const truth = referenceLogistic(row, STRONG)[0]!;
    const y = rand() < truth ? 1 : 0;
    labels.push(y);
    const spend = (10 + 3 * row[0]! - 2 * row[1]! + (rand() - 0.5)).toFixed(3);
    lines.push(`${i},${row.join(',')},${i % 3 === 0 ? 'web' : 'store'},${y},${spend}`);
  }
  writeFileSync(p('holdout.csv'), `${lines.join('\n')}\n`);
  writeModel(logisticRegressionModel({ weights: STRONG, metadata }), 'strong.onnx', dir);
  writeModel(logisticRegressionModel({ weights: WEAK, metadata }), 'weak.onnx', dir);
  writeModel(linearRegressionModel({ weights: [3, -2, 0], bias: 10, metadata }), 'spend.onnx', dir);
  writeModel(garbageModel(), 'garbage.onnx', dir);

  // The same scores as a predictions file (float64 here; ORT computes in float32).
  const strong = referenceLogistic(x, STRONG);
  const weak = referenceLogistic(x, WEAK);
  const pred = ['churned,score,champion_score,segment'];
  for (let i = 0; i < ROWS; i++) pred.push(`${labels[i]},${strong[i]},${weak[i]},${i % 3 === 0 ? 'web' : 'store'}`);
  writeFileSync(p('scored.csv'), `${pred.join('\n')}\n`);
  writeFileSync(
    p('policy.yml'),
    'models:\n  churn:\n    evaluate:\n      metric: roc_auc\n      min:\n        roc_auc: 0.99\n',
  );
});

const onnxArgs = (candidate: string, champion?: string) => [
  'evaluate',
  '--candidate',
  p(candidate),
  ...(champion ? ['--champion', p(champion)] : []),
  '--data',
  p('holdout.csv'),
  '--label',
  'churned',
  '--task',
  'binary',
];

describe('modelship evaluate: ONNX mode', () => {
  it('passes a better candidate with exit 0 and writes the JSON contract', async () => {
    const out = p('report.json');
    const r = await run(
      ...onnxArgs('strong.onnx', 'weak.onnx'),
      '--slices',
      'segment',
      '--format',
      'json',
      '--output',
      out,
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report).toMatchObject({ task: 'binary', rows: ROWS, gate: { passed: true } });
    for (const m of ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'pr_auc', 'log_loss', 'brier', 'ece']) {
      expect(typeof report.candidate.metrics[m]).toBe('number');
      expect(typeof report.champion.metrics[m]).toBe('number');
    }
    expect(report.candidate.metrics.roc_auc).toBeGreaterThan(report.champion.metrics.roc_auc);
    const auc = report.comparison.find((c: { metric: string }) => c.metric === 'roc_auc');
    expect(Object.keys(auc)).toEqual(expect.arrayContaining(['metric', 'delta', 'ci_low', 'ci_high']));
    expect(auc.ci_low).toBeGreaterThan(0);
    expect(auc.ci_low).toBeLessThan(auc.delta);
    expect(auc.ci_high).toBeGreaterThan(auc.delta);
    expect(report.slices.map((s: { value: string }) => s.value).sort()).toEqual(['store', 'web']);
    expect(report.slices.reduce((n: number, s: { rows: number }) => n + s.rows, 0)).toBe(ROWS);
    for (const check of report.gate.checks) {
      expect(Object.keys(check)).toEqual(expect.arrayContaining(['name', 'threshold', 'value', 'passed']));
    }
    expect(report.gate.checks.map((c: { name: string }) => c.name)).toContain('improvement roc_auc');
    // The scorer's measurements reach the report.
    expect(report.measurements.size_mb).toBeGreaterThan(0);
    expect(report.measurements.latency.per_batch.p95).toBeGreaterThan(0);
  });

  it('fails a worse candidate with exit 1', async () => {
    const r = await run(...onnxArgs('weak.onnx', 'strong.onnx'), '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.gate.passed).toBe(false);
    const check = report.gate.checks.find((c: { name: string }) => c.name === 'improvement roc_auc');
    expect(check.passed).toBe(false);
    expect(check.value).toBeLessThan(0);
  });

  it('with no champion applies only the absolute gates of the policy (exit 1 under min roc_auc 0.99)', async () => {
    const r = await run(
      ...onnxArgs('strong.onnx'),
      '--policy',
      p('policy.yml'),
      '--model',
      'churn',
      '--format',
      'text',
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Gate FAILED \(1 of 1 checks\)/);
    expect(r.stdout).toContain('FAIL  min roc_auc');
    expect(r.stdout).toContain('no champion');
  });

  it('evaluates a regression model and prints Markdown', async () => {
    const r = await run(
      'evaluate',
      '--candidate',
      p('spend.onnx'),
      '--data',
      p('holdout.csv'),
      '--label',
      'spend',
      '--task',
      'regression',
      '--features',
      'x0,x1,x2',
      '--format',
      'markdown',
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('### ✅ Evaluation gate passed');
    expect(r.stdout).toMatch(/\| \*\*rmse\*\* \| 0\.2\d* \|/);
  });
});

describe('modelship evaluate: multiclass ONNX', () => {
  it('maps the output columns to --classes, in order', async () => {
    // Three tiers decided by the sign pattern of x0 and x1; the softmax model scores them linearly.
    const rand = lcg(11);
    const lines = ['x0,x1,x2,tier'];
    for (let i = 0; i < 1500; i++) {
      const row = [rand() * 2 - 1, rand() * 2 - 1, rand() * 2 - 1].map((v) => Number(v.toFixed(4)));
      const tier = row[0]! > 0.3 ? 'gold' : row[1]! > 0 ? 'silver' : 'bronze';
      lines.push(`${row.join(',')},${tier}`);
    }
    writeFileSync(p('tiers.csv'), `${lines.join('\n')}\n`);
    // Columns: gold, silver, bronze.
    const weights = [
      [6, -2, -2],
      [0, 4, -4],
      [0, 0, 0],
    ];
    writeModel(softmaxModel({ weights, bias: [-2, 0, 0], metadata }), 'tiers.onnx', dir);
    const args = ['evaluate', '--candidate', p('tiers.onnx'), '--data', p('tiers.csv'), '--label', 'tier'];
    const right = await run(...args, '--task', 'multiclass', '--classes', 'gold,silver,bronze', '--format', 'json');
    expect(right.code, right.stderr).toBe(0);
    const good = JSON.parse(right.stdout) as { task: string; candidate: { metrics: Record<string, number> } };
    expect(good.task).toBe('multiclass');
    expect(good.candidate.metrics.accuracy).toBeGreaterThan(0.8);
    const swapped = await run(...args, '--task', 'multiclass', '--classes', 'silver,gold,bronze', '--format', 'json');
    const bad = JSON.parse(swapped.stdout) as { candidate: { metrics: Record<string, number> } };
    expect(bad.candidate.metrics.accuracy).toBeLessThan(0.6);
    const short = await run(...args, '--task', 'multiclass', '--classes', 'gold,silver');
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/3/);
    expect(short.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('modelship evaluate: predictions-only mode', () => {
  it('gives the same metrics as scoring the ONNX models (to float32 precision), with no ONNX at all', async () => {
    const fromFile = await run(
      'evaluate',
      '--predictions',
      p('scored.csv'),
      '--label',
      'churned',
      '--task',
      'binary',
      '--slices',
      'segment',
      '--format',
      'json',
    );
    expect(fromFile.code, fromFile.stderr).toBe(0);
    const scored = await run(...onnxArgs('strong.onnx', 'weak.onnx'), '--slices', 'segment', '--format', 'json');
    const a = JSON.parse(fromFile.stdout);
    const b = JSON.parse(scored.stdout);
    expect(a.rows).toBe(ROWS);
    expect(a.measurements).toBeUndefined();
    for (const m of Object.keys(b.candidate.metrics)) {
      expect(a.candidate.metrics[m]).toBeCloseTo(b.candidate.metrics[m], 5);
      expect(a.champion.metrics[m]).toBeCloseTo(b.champion.metrics[m], 5);
    }
    expect(a.slices.length).toBe(b.slices.length);
  });
});

describe('modelship evaluate: errors exit 2 with a clear message and no stack', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'both --candidate and --predictions',
      ['evaluate', '--candidate', 'm.onnx', '--predictions', 'p.csv', '--label', 'y', '--task', 'binary'],
      /exactly one of --candidate .* and --predictions/,
    ],
    [
      'neither --candidate nor --predictions',
      ['evaluate', '--label', 'y', '--task', 'binary'],
      /exactly one of --candidate/,
    ],
    [
      '--candidate without --data',
      ['evaluate', '--candidate', 'm.onnx', '--label', 'y', '--task', 'binary'],
      /needs --data/,
    ],
    [
      'an unknown task',
      ['evaluate', '--predictions', 'p.csv', '--label', 'y', '--task', 'ranking'],
      /ranking.*invalid|Allowed choices/i,
    ],
    ['a missing --label', ['evaluate', '--predictions', 'p.csv', '--task', 'binary'], /--label/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a missing model file names the file', async () => {
    const r = await run(...onnxArgs('missing.onnx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.onnx');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a file that is not an ONNX model names the file and says what to do', async () => {
    const r = await run(...onnxArgs('garbage.onnx'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/garbage\.onnx.*not a valid ONNX model/);
  });

  it('a label column that is not in the data names it', async () => {
    const r = await run(...onnxArgs('strong.onnx').map((a) => (a === 'churned' ? 'churn_flag' : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('churn_flag');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a predictions file without a score column lists its columns', async () => {
    const r = await run('evaluate', '--predictions', p('holdout.csv'), '--label', 'churned', '--task', 'binary');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no column `score`.*x0/s);
  });

  it('a model that is not in the policy gets a did-you-mean', async () => {
    const r = await run(...onnxArgs('strong.onnx'), '--policy', p('policy.yml'), '--model', 'chrun');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"chrun" is not in the policy.*churn/s);
  });

  it('prints help with exit 0', async () => {
    const r = await run('evaluate', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: modelship evaluate/);
    expect(r.stdout).toContain('--predictions <file>');
  });
});
