/**
 * evaluate(): the report contract, the gate's verdicts (absolute, improvement, slices, budgets, no
 * champion), slices and fairness, and the Markdown rendering.
 */
import { describe, expect, it } from 'vitest';
import { loadPolicy, modelPolicy, type EvaluatePolicy } from '../../../shared/config/policy.js';
import { evaluate, type EvaluateInput } from '../../../shared/evaluate/evaluate.js';
import { fairnessGaps } from '../../../shared/evaluate/slices.js';
import { renderEvaluation } from '../../../shared/evaluate/render.js';
import { sfc32Next, sfc32State } from '../../../shared/evaluate/prng.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

function policy(yaml: string): EvaluatePolicy {
  return modelPolicy(loadPolicy(yaml, '.github/modelship.yml'), 'churn').evaluate;
}

function data(n: number, candidateSkill: number, championSkill: number) {
  const s = sfc32State(42, 0);
  const u = () => sfc32Next(s) / 4294967296;
  const label = new Float64Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    label[i] = u() < 0.4 ? 1 : 0;
    codes[i] = i % 10 === 0 ? 2 : i % 2;
    const noise = u() - 0.5;
    a[i] = Math.min(1, Math.max(0, 0.5 + (label[i] ? 1 : -1) * candidateSkill + noise * 0.8));
    b[i] = Math.min(1, Math.max(0, 0.5 + (label[i] ? 1 : -1) * championSkill + (u() - 0.5) * 0.8));
  }
  return {
    labels: { task: 'binary', label },
    candidate: { task: 'binary', score: a },
    champion: { task: 'binary', score: b },
    slices: [{ name: 'country', codes, values: ['FR', 'DE', 'IS'] }],
  } as const;
}

const base = `evaluate:
  metric: roc_auc
  min: { roc_auc: 0.6 }
  max: { log_loss: 2 }
  slices: { columns: [country], min_rows: 50, max_regression: 0.05 }
  bootstrap: { resamples: 200, seed: 1 }
`;

describe('evaluate', () => {
  it('matches the JSON contract and passes a clearly better candidate', () => {
    const d = data(3000, 0.2, 0.1);
    const report = evaluate({ ...d, policy: policy(base) } as EvaluateInput);
    const json = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['task', 'rows', 'candidate', 'champion', 'comparison', 'slices', 'gate']),
    );
    expect(json.task).toBe('binary');
    expect(json.rows).toBe(3000);
    const roc = report.comparison.find((c) => c.metric === 'roc_auc')!;
    expect(roc.delta).toBeCloseTo(report.candidate.metrics.roc_auc! - report.champion!.metrics.roc_auc!, 12);
    expect(roc.ci_low!).toBeGreaterThan(0);
    expect(report.gate.passed).toBe(true);
    expect(report.gate.checks.map((c) => c.name)).toEqual([
      'min roc_auc',
      'max log_loss',
      'improvement roc_auc',
      'slice country = FR',
      'slice country = DE',
      'slice country = IS',
    ]);
    for (const c of report.gate.checks) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['name', 'threshold', 'value', 'passed', 'message']));
    }
    expect(report.slices.map((s) => [s.value, s.rows])).toEqual([
      ['FR', 1200],
      ['DE', 1500],
      ['IS', 300],
    ]);
    expect(report.fairness[0]!.candidate.demographic_parity_difference).not.toBeNull();
    expect(report.candidate.curves!.roc.y).toHaveLength(51);
  });

  it('fails the improvement check when the candidate is no better, and says why', () => {
    const d = data(3000, 0.1, 0.1);
    const report = evaluate({
      ...d,
      policy: policy(base.replace('metric: roc_auc', 'metric: roc_auc\n  min_delta: 0.01')),
    } as EvaluateInput);
    const check = report.gate.checks.find((c) => c.name === 'improvement roc_auc')!;
    expect(check.passed).toBe(false);
    expect(check.threshold).toBe(0.01);
    expect(check.value).toBe(report.comparison.find((c) => c.metric === 'roc_auc')!.ci_low);
    expect(check.message).toMatch(/short of the required 0\.01/);
    expect(report.gate.passed).toBe(false);
  });

  it('is sign-aware for lower-is-better metrics', () => {
    const d = data(3000, 0.2, 0.1);
    const report = evaluate({
      ...d,
      policy: policy(base.replace('metric: roc_auc', 'metric: log_loss')),
    } as EvaluateInput);
    const c = report.comparison.find((x) => x.metric === 'log_loss')!;
    expect(c.delta!).toBeLessThan(0);
    const check = report.gate.checks.find((x) => x.name === 'improvement log_loss')!;
    expect(check.value).toBeCloseTo(-c.ci_high!, 15);
    expect(check.passed).toBe(true);
  });

  it('gates a slice that regresses beyond max_regression, and never a slice under min_rows', () => {
    const d = data(3000, 0.2, 0.2);
    // Ruin the candidate in slice IS (code 2, 300 rows) only.
    const score = Float64Array.from(d.candidate.score);
    d.slices[0].codes.forEach((c, i) => {
      if (c === 2) score[i] = 1 - score[i]!;
    });
    const input = { ...d, candidate: { task: 'binary' as const, score }, policy: policy(base) } as EvaluateInput;
    const report = evaluate({ ...input, policy: policy(base) });
    const is = report.gate.checks.find((c) => c.name === 'slice country = IS')!;
    expect(is.passed).toBe(false);
    expect(is.value!).toBeGreaterThan(0.05);
    const small = evaluate({ ...input, policy: policy(base.replace('min_rows: 50', 'min_rows: 400')) });
    expect(small.slices.find((s) => s.value === 'IS')!.gated).toBe(false);
    expect(small.gate.checks.some((c) => c.name === 'slice country = IS')).toBe(false);
  });

  it('with no champion applies only absolute gates and budgets; unmeasured budgets fail closed', () => {
    const d = data(1000, 0.2, 0.1);
    const p = policy(base + '  budgets: { latency_p95_ms: 50, size_mb: 10, memory_mb: 100 }\n');
    const report = evaluate({ labels: d.labels, candidate: d.candidate, slices: d.slices, policy: p } as EvaluateInput);
    expect(report.champion).toBeNull();
    expect(report.comparison).toEqual([]);
    expect(report.bootstrap).toBeNull();
    expect(report.gate.checks.map((c) => c.name)).toEqual([
      'min roc_auc',
      'max log_loss',
      'budget latency_p95_ms',
      'budget size_mb',
      'budget memory_mb',
    ]);
    expect(
      report.gate.checks.filter((c) => c.name.startsWith('budget')).every((c) => !c.passed && c.value === null),
    ).toBe(true);
    const measured = evaluate({
      labels: d.labels,
      candidate: d.candidate,
      policy: p,
      measurements: { latency: { per_batch: { p50: 10, p95: 40, p99: 80 } }, size_mb: 12, memory_mb: 90 },
    } as EvaluateInput);
    const budget = Object.fromEntries(
      measured.gate.checks.filter((c) => c.name.startsWith('budget')).map((c) => [c.name, c.passed]),
    );
    expect(budget).toEqual({ 'budget latency_p95_ms': true, 'budget size_mb': false, 'budget memory_mb': true });
  });

  it('gates the median per batch and single-row latency budgets too', () => {
    const d = data(500, 0.2, 0.1);
    const p = policy(base + '  budgets: { latency_p50_ms: 5, row_latency_p50_ms: 0.5, row_latency_p99_ms: 2 }\n');
    const report = evaluate({
      labels: d.labels,
      candidate: d.candidate,
      policy: p,
      measurements: {
        latency: { per_batch: { p50: 6, p95: 9, p99: 12 }, per_row: { p50: 0.3, p95: 1.1, p99: 2.5 } },
      },
    } as EvaluateInput);
    const budget = Object.fromEntries(
      report.gate.checks.filter((c) => c.name.startsWith('budget')).map((c) => [c.name, [c.value, c.passed]]),
    );
    expect(budget).toEqual({
      'budget latency_p50_ms': [6, false],
      'budget row_latency_p50_ms': [0.3, true],
      'budget row_latency_p99_ms': [2.5, false],
    });
  });

  it('fails a minimum and refuses a metric of another task with a UserError naming the key', () => {
    const d = data(500, 0.01, 0.1);
    const report = evaluate({
      labels: d.labels,
      candidate: d.candidate,
      policy: policy('evaluate:\n  min: { roc_auc: 0.99 }\n'),
    } as EvaluateInput);
    expect(report.gate.passed).toBe(false);
    expect(report.gate.checks[0]!.message).toMatch(/below the minimum of 0\.99/);
    const error = expectUserError(() =>
      evaluate({
        labels: d.labels,
        candidate: d.candidate,
        policy: policy('evaluate:\n  min: { rmse: 1 }\n'),
      } as EvaluateInput),
    );
    expect(error.message).toMatch(/evaluate\.min\.rmse.*does not apply to a binary model/);
  });

  it('fairness gaps are max − min of selection rate and of true positive rate across groups', () => {
    const label = Float64Array.from([1, 1, 0, 0, 1, 0, 0, 0]);
    const score = Float64Array.from([0.9, 0.2, 0.8, 0.1, 0.7, 0.6, 0.3, 0.2]);
    const column = { name: 'g', codes: Int32Array.from([0, 0, 0, 0, 1, 1, 1, -1]), values: ['a', 'b'] };
    // a: selected 2/4, TPR 1/2; b: selected 2/3, TPR 1/1; null: selected 0/1, no positives.
    expect(fairnessGaps(label, score, column)).toEqual({
      demographic_parity_difference: 2 / 3,
      equal_opportunity_difference: 0.5,
    });
  });

  it('renders Markdown with tables, Mermaid charts and checks, under the size cap', () => {
    const d = data(2000, 0.2, 0.1);
    const report = evaluate({ ...d, policy: policy(base) } as EvaluateInput);
    const md = renderEvaluation(report);
    expect(md).toMatch(/^### ✅ Evaluation gate passed/);
    expect(md).toContain('| metric | champion | candidate | Δ | CI | verdict |');
    expect(md).toContain('| **roc_auc** (↑) |');
    expect(md).toContain('xychart-beta');
    expect(md).toContain('x-axis "false positive rate" 0 --> 1');
    expect(md).toContain('#### Slices (roc_auc)');
    expect(md).toContain('- ✅ **improvement roc_auc**');
    expect(md.length).toBeLessThanOrEqual(65_536);
    const tiny = renderEvaluation(report, 3000);
    expect(tiny.length).toBeLessThanOrEqual(3000);
    expect(tiny).toContain('report truncated');
  });
});
