/**
 * The gate's importance checks and their rendering (issue 18): `evaluate.importance` as the policy
 * resolves it, each check's threshold, value and verdict from shared/explain's comparison, the
 * fail-closed checks of predictions-only mode, and the table and Mermaid chart with hostile feature
 * names and many features (inert, within GitHub's body limit). The end-to-end leak is in
 * test/actions/evaluate-importance.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicy, modelPolicy, type EvaluatePolicy } from '../../../shared/config/policy.js';
import { evaluate } from '../../../shared/evaluate/evaluate.js';
import { importanceChecks, type EvaluationImportance } from '../../../shared/evaluate/importance-gate.js';
import { renderEvaluation, renderEvaluationText } from '../../../shared/evaluate/render.js';
import { compareImportances } from '../../../shared/explain/compare.js';
import type { ImportanceResult } from '../../../shared/explain/importance.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

function policy(yaml: string): EvaluatePolicy {
  return modelPolicy(loadPolicy(yaml, '.github/modelship.yml'), 'churn').evaluate;
}

/** An importance result with these means (three repeats around each mean). */
function result(means: Record<string, number>): ImportanceResult {
  return {
    task: 'binary',
    metric: 'roc_auc',
    baseline: 0.8,
    rows: 1000,
    holdoutRows: 1000,
    repeats: 3,
    seed: 0,
    confidence: 0.95,
    features: Object.entries(means).map(([feature, mean]) => ({
      feature,
      mean,
      std: 0.001,
      ci_low: mean - 0.002,
      ci_high: mean + 0.002,
      repeats: [mean - 0.001, mean, mean + 0.001],
    })),
  };
}

function importance(candidate: Record<string, number>, champion?: Record<string, number>): EvaluationImportance {
  const c = result(candidate);
  const b = champion ? result(champion) : null;
  return { candidate: c, champion: b, comparison: compareImportances(c, b ?? undefined) };
}

describe('evaluate.importance in the policy', () => {
  it('is absent unless written; an empty section computes with the defaults and gates nothing', () => {
    expect(policy('version: 1\n').importance).toBeUndefined();
    expect(policy('evaluate:\n  importance: {}\n').importance).toEqual({
      max_change: {},
      repeats: 5,
      sample: 100_000,
      seed: 0,
    });
    expect(importanceChecks(policy('evaluate:\n  importance: {}\n').importance!, importance({ a: 1 }))).toEqual([]);
  });

  it('max_change is one number for every feature, or a mapping with default for the rest', () => {
    expect(policy('evaluate:\n  importance: { max_change: 0.2 }\n').importance).toMatchObject({
      max_change: {},
      max_change_default: 0.2,
    });
    expect(
      policy('evaluate:\n  importance: { max_change: { customer_id: 0.05, default: 0.3 } }\n').importance,
    ).toMatchObject({ max_change: { customer_id: 0.05 }, max_change_default: 0.3 });
  });

  it('a share above 1 is refused at its line', () => {
    const error = expectUserError(() => policy('evaluate:\n  importance:\n    max_feature_share: 1.5\n'));
    expect(error.message).toMatch(/max_feature_share/);
    expect(error.location).toMatchObject({ file: '.github/modelship.yml', line: 3 });
  });
});

describe('the importance checks', () => {
  const gate = policy(
    'evaluate:\n  importance: { max_feature_share: 0.5, max_change: { b: 0.1, default: 0.25 } }\n',
  ).importance!;

  it('fails a dominant feature with its share as the value, and names it', () => {
    const [share] = importanceChecks(gate, importance({ leak: 0.3, a: 0.05, b: 0.05 }));
    expect(share).toMatchObject({ name: 'importance share leak', threshold: 0.5, passed: false });
    expect(share!.value).toBeCloseTo(0.75, 12);
    expect(share!.message).toContain('`leak` carries 75.0%');
  });

  it('checks each named feature and the unnamed one that moved most against the champion', () => {
    const checks = importanceChecks(gate, importance({ a: 0.2, b: 0.1, c: 0.1 }, { a: 0.1, b: 0.1, c: 0.2 }));
    expect(checks.map((c) => [c.name, c.passed])).toEqual([
      ['importance share a', true],
      ['importance change b', true],
      ['importance change a', true],
    ]);
    // a went from 25% of the champion's importance to 50% of the candidate's: 25%, exactly the limit.
    expect(checks[2]!.value).toBeCloseTo(0.25, 12);
    const moved = importanceChecks(gate, importance({ a: 0.1, b: 0.3 }, { a: 0.3, b: 0.1 }));
    expect(moved.find((c) => c.name === 'importance change b')).toMatchObject({ passed: false, threshold: 0.1 });
    expect(moved.find((c) => c.name === 'importance change b')!.value).toBeCloseTo(0.5, 12);
  });

  it('without a champion only the share is checked', () => {
    expect(importanceChecks(gate, importance({ a: 1, b: 1 })).map((c) => c.name)).toEqual(['importance share a']);
  });

  it('predictions-only mode (nothing scored) fails closed, in the gate', () => {
    const report = evaluate({
      labels: { task: 'binary', label: Float64Array.from([0, 1, 0, 1]) },
      candidate: { task: 'binary', score: Float64Array.from([0.1, 0.9, 0.2, 0.8]) },
      policy: policy('evaluate:\n  importance: { max_feature_share: 0.5, max_change: { b: 0.1 } }\n'),
    });
    expect(report.gate.passed).toBe(false);
    expect(report.gate.checks.map((c) => [c.name, c.value, c.passed])).toEqual([
      ['importance share', null, false],
      ['importance change b', null, false],
    ]);
    expect(report.gate.checks[0]!.message).toContain('predictions-only mode scores no model');
  });
});

describe('rendering', () => {
  const labels = { task: 'binary', label: Float64Array.from([0, 1, 0, 1]) } as const;
  const scores = { task: 'binary', score: Float64Array.from([0.1, 0.9, 0.2, 0.8]) } as const;
  const gated = policy('evaluate:\n  importance: { max_feature_share: 0.5 }\n');

  it('the comment has the table and the chart; hostile feature names stay inert', () => {
    const hostile = '"] \n```\n<script>x</script>|`@team';
    const report = evaluate({
      labels,
      candidate: scores,
      champion: scores,
      policy: gated,
      importance: importance({ [hostile]: 0.3, tenure: 0.1 }, { [hostile]: 0.05, tenure: 0.1 }),
    });
    const body = renderEvaluation(report);
    expect(body).toContain('#### Feature importance');
    expect(body).toContain('| feature | champion | candidate | share (champion → candidate) | flags |');
    expect(body).not.toContain('<script>');
    const chart = body.slice(body.indexOf('xychart-beta horizontal'));
    const xAxis = chart.split('\n').find((l) => l.includes('x-axis'))!;
    expect(xAxis).toBe('  x-axis ["_________script_x__scri…", "tenure"]');
    expect(chart).toContain('  bar [75, 25]');
    expect(chart).toContain('  line [33.3, 66.7]');
    // Mermaid fences: the chart's own, opened and closed once.
    expect(body.match(/```mermaid/g)!.length).toBe(body.match(/```mermaid[\s\S]*?\n```/g)!.length);
    const text = renderEvaluationText(report);
    expect(text).toContain('Permutation importance (drop in roc_auc; 3 repeats on 1000 rows, seed 0):');
    expect(text).toMatch(/tenure\s+0\.1\s+0\.1\s+\[0\.098, 0\.102\]\s+66\.7% → 25\.0%/);
  });

  it('a thousand features stay within GitHub’s body limit', () => {
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`feature_${i}_${'x'.repeat(60)}`, i]));
    const report = evaluate({
      labels,
      candidate: scores,
      champion: scores,
      policy: gated,
      importance: importance(many, many),
    });
    const body = renderEvaluation(report);
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('970 more features in the JSON report');
    expect(body.match(/x-axis \[([^\]]*)\]/)![1]!.split(', ')).toHaveLength(15);
  });
});
