/**
 * Exact mode against pandas + scipy: the committed golden fixture (checked without Python), then
 * randomized datasets written as CSV and compared with test/fixtures/drift/scipy_drift.py through
 * python3 (required under CI=true, where .ci/run installs pandas; elsewhere skipped, loudly, where
 * python3 with scipy and pandas is missing), then the edge cases
 * the issue names: ties, a constant column, an all-null column, a single row and 10,001 rows.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDrift } from '../../../shared/drift/index.js';
import type { ColumnDrift, DriftReport } from '../../../shared/drift/report.js';
import { defaultPolicy } from '../../../shared/config/policy.js';

/** The scipy comparisons run on samples of any size, down to one value (the policy default needs 5). */
const smallSamples = { ...defaultPolicy().defaults.drift, min_values: 1 };

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'drift');
const script = join(fixtures, 'scipy_drift.py');

interface Expected {
  column: string;
  method: string;
  statistic: number;
  p_value: number;
  p_value_adjusted: number;
  effect_size: number;
  psi: number;
}

const hasPython = (() => {
  try {
    execFileSync('python3', ['-c', 'import scipy, pandas'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') {
      throw new Error('python3 with scipy and pandas is missing: under CI=true the drift comparison must run');
    }
    console.warn('python3 with scipy and pandas is not available: skipping the drift comparison with scipy');
    return false;
  }
})();

const close = (actual: number | null | undefined, expected: number, what: string, rel = 1e-9) => {
  expect(actual, what).not.toBeNull();
  expect(Math.abs(actual! - expected), `${what}: ${actual} vs scipy ${expected}`).toBeLessThanOrEqual(
    rel * Math.max(Math.abs(expected), 1e-300),
  );
};

function all(report: DriftReport): ColumnDrift[] {
  return [...report.columns, ...(report.prediction_drift ? [report.prediction_drift] : [])];
}

function compare(report: DriftReport, expected: readonly Expected[]): void {
  const byName = new Map(all(report).map((c) => [c.column, c]));
  for (const e of expected) {
    const c = byName.get(e.column);
    expect(c, e.column).toBeDefined();
    expect(c!.method, e.column).toBe(e.method);
    close(c!.statistic, e.statistic, `${e.column}.statistic`);
    close(c!.p_value, e.p_value, `${e.column}.p_value`);
    close(c!.p_value_adjusted, e.p_value_adjusted, `${e.column}.p_value_adjusted`);
    close(c!.effect_size, e.effect_size, `${e.column}.effect_size`);
    close(c!.psi, e.psi, `${e.column}.psi`);
  }
}

function scipyBatch(specs: object[]): Expected[][] {
  return JSON.parse(execFileSync('python3', [script], { input: JSON.stringify(specs) }).toString()) as Expected[][];
}

function scipy(spec: object): Expected[] {
  return JSON.parse(execFileSync('python3', [script], { input: JSON.stringify(spec) }).toString()) as Expected[];
}

describe('exact mode: the golden fixture', () => {
  it('equals the committed pandas + scipy statistics (generate.py)', async () => {
    const golden = JSON.parse(readFileSync(join(fixtures, 'golden.json'), 'utf8')) as { columns: Expected[] };
    const report = await computeDrift({ reference: 'ref.csv', current: 'cur.csv', cwd: fixtures });
    expect(report.mode).toBe('exact');
    compare(report, golden.columns);
    expect(report.prediction_drift?.column).toBe('prediction');
    expect(report.columns.map((c) => c.column)).not.toContain('prediction');
    // An all-null column is not tested; it is listed as no data (income drifts, so the verdict is drift).
    expect(report.no_data).toEqual([
      {
        column: 'empty',
        reference_values: 0,
        current_values: 0,
        reason: 'no values in the reference (400 null); no values in the current data (300 null)',
      },
    ]);
    expect(report.verdict).toBe('drift');
    const byName = new Map(report.columns.map((c) => [c.column, c]));
    // Constant on both sides: a chi-square with one category, no drift possible.
    expect(byName.get('constant')).toMatchObject({ method: 'chi2', statistic: 0, p_value: 1, effect_size: 0 });
    expect(byName.get('income')!.drifted).toBe(true);
    expect(byName.get('age')!.drifted).toBe(false);
    expect(report.reference.rows).toBe(400);
    expect(report.current.rows).toBe(300);
    expect(byName.get('income')!.reference_null_share).toBeCloseTo(20 / 400, 12);
    expect(report.drift_share).toBe(report.columns.filter((c) => c.drifted).length / report.columns.length);
  });
});

/** Writes columns (arrays of equal length; null = empty cell) as CSV. */
function writeCsv(path: string, columns: Record<string, readonly (number | string | null)[]>): void {
  const names = Object.keys(columns);
  const n = columns[names[0]!]!.length;
  const lines = [names.join(',')];
  for (let i = 0; i < n; i++)
    lines.push(names.map((k) => (columns[k]![i] === null ? '' : String(columns[k]![i]))).join(','));
  writeFileSync(path, lines.join('\n') + '\n');
}

const numericValues = (min: number, max: number) =>
  fc.oneof(
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }), // ties, often ≤ 5 distinct
    fc.array(fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }), {
      minLength: min,
      maxLength: max,
    }),
  );
const categories = (min: number, max: number) =>
  fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: min, maxLength: max });

describe.runIf(hasPython)('exact mode against pandas + scipy', () => {
  it('equals scipy on random datasets (ties, low and high cardinality, categories)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-prop-'));
    const cases = fc.sample(
      fc.record({
        n: fc.integer({ min: 1, max: 150 }),
        m: fc.integer({ min: 1, max: 150 }),
        seed: fc.integer(),
      }),
      { numRuns: 40 },
    );
    const runs: { report: DriftReport; spec: object }[] = [];
    for (const [k, c] of cases.entries()) {
      const [x1, x2, k1, k2, y1, y2] = fc.sample(
        fc.tuple(
          numericValues(c.n, c.n),
          numericValues(c.m, c.m),
          categories(c.n, c.n),
          categories(c.m, c.m),
          numericValues(c.n, c.n),
          numericValues(c.m, c.m),
        ),
        { numRuns: 1, seed: c.seed },
      )[0]!;
      const ref = join(dir, `ref${k}.csv`);
      const cur = join(dir, `cur${k}.csv`);
      writeCsv(ref, { x: x1, k: k1, y: y1 });
      writeCsv(cur, { x: x2, k: k2, y: y2 });
      const report = await computeDrift({
        reference: ref,
        current: cur,
        cwd: dir,
        types: { k: 'category' },
        policy: smallSamples,
      });
      const columns = [
        { name: 'x', kind: 'numeric' },
        { name: 'k', kind: 'categorical' },
        { name: 'y', kind: 'numeric' },
      ];
      runs.push({ report, spec: { reference: ref, current: cur, columns } });
    }
    const expected = scipyBatch(runs.map((r) => r.spec));
    runs.forEach((r, i) => compare(r.report, expected[i]!));
  });

  it('crosses the exact/asymptotic boundary at 10,001 rows and keeps tiny p-values exact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-big-'));
    const rng = fc.sample(
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 10_001, maxLength: 10_001 }),
      {
        numRuns: 1,
      },
    )[0]!;
    const shifted = rng.slice(0, 3000).map((v) => v + 0.08);
    const spec = (ref: string, cur: string) => ({
      reference: ref,
      current: cur,
      columns: [{ name: 'x', kind: 'numeric' }],
    });
    // 10,000 vs 3,000: exact, with a p-value near 1e-12 (scipy's 1 − p recursion keeps its digits).
    writeCsv(join(dir, 'r1.csv'), { x: rng.slice(0, 10_000) });
    writeCsv(join(dir, 'c1.csv'), { x: shifted });
    // 10,001 vs 3,000: asymptotic.
    writeCsv(join(dir, 'r2.csv'), { x: rng });
    for (const [r, c] of [
      ['r1.csv', 'c1.csv'],
      ['r2.csv', 'c1.csv'],
    ] as const) {
      const report = await computeDrift({ reference: r, current: c, cwd: dir });
      compare(report, scipy(spec(join(dir, r), join(dir, c))));
      expect(report.columns[0]!.p_value!).toBeLessThan(1e-6);
    }
  });

  it('single rows and ties on both sides', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-one-'));
    writeCsv(join(dir, 'r.csv'), { x: [1, 2, 2, 3, 4, 5, 6, 6, 6], k: ['a', 'b', 'b', 'a', 'a', 'b', 'c', 'a', 'a'] });
    writeCsv(join(dir, 'c.csv'), { x: [6], k: ['b'] });
    const report = await computeDrift({ reference: 'r.csv', current: 'c.csv', cwd: dir, policy: smallSamples });
    compare(
      report,
      scipy({
        reference: join(dir, 'r.csv'),
        current: join(dir, 'c.csv'),
        columns: [
          { name: 'x', kind: 'numeric' },
          { name: 'k', kind: 'categorical' },
        ],
      }),
    );
    expect(report.current.rows).toBe(1);
  });
});
