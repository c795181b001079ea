/**
 * The stories issue 18 asks for, on real ONNX models: a candidate that learned a leaked label is
 * flagged against a champion that did not (dominant, new, rose); a useless feature's interval
 * contains 0; a feature the model ignores has an importance of exactly 0 for any data and seed
 * (fast-check); and the comparison's thresholds and refusals.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { logisticRegressionModel, linearRegressionModel, writeModel } from '../../../examples/onnx-models.js';
import { sfc32Next, sfc32State } from '../../../shared/evaluate/prng.js';
import { compareImportances, importanceShares, isUsed } from '../../../shared/explain/compare.js';
import { permutationImportance, type ImportanceResult } from '../../../shared/explain/importance.js';
import { silentLogger } from '../../../shared/logger.js';
import { loadModel, type OnnxModel } from '../../../shared/onnx/model.js';
import { resolveOnnxRuntime } from '../../../shared/onnx/runtime.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const runtime = await resolveOnnxRuntime({ searchFrom: [process.cwd()], arch: process.arch, logger: silentLogger });
const models: OnnxModel[] = [];
afterAll(async () => {
  for (const m of models) await m.dispose();
});
const load = async (bytes: Uint8Array) => {
  const model = await loadModel(writeModel(bytes), { runtime });
  models.push(model);
  return model;
};

function normals(seed: number, n: number): Float64Array {
  const state = sfc32State(seed, 5);
  return Float64Array.from({ length: n }, () => {
    const u = (sfc32Next(state) + 1) / 4294967297;
    const v = sfc32Next(state) / 4294967296;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  });
}

const FEATURES = ['tenure', 'spend', 'noise', 'churned_copy'];
const rows = 3000;
const tenure = normals(1, rows);
const spend = normals(2, rows);
const noise = normals(3, rows);
const eps = normals(4, rows);
const label = Float64Array.from({ length: rows }, (_, i) => (tenure[i]! - 0.8 * spend[i]! + eps[i]! > 0 ? 1 : 0));
/** The planted leak: a column that copies the label. */
const leak = Float64Array.from(label);
const columns = { tenure, spend, noise, churned_copy: leak };
const labels = { task: 'binary' as const, label };
const metadata = { feature_names: JSON.stringify(FEATURES) };

let candidate: ImportanceResult;
let champion: ImportanceResult;

describe('a planted leak and a useless feature', () => {
  it('the candidate that learned the leak leans on it; the useless feature’s interval contains 0', async () => {
    // The candidate fits the leak (and a spurious small weight on noise); the champion never saw it.
    const cand = await load(logisticRegressionModel({ weights: [0.3, -0.2, 0.02, 6], bias: -3, metadata }));
    const champ = await load(logisticRegressionModel({ weights: [1, -0.8, 0, 0], metadata }));
    candidate = await permutationImportance({ model: cand, columns, labels, seed: 1 });
    champion = await permutationImportance({ model: champ, columns, labels, seed: 1 });
    const byName = (r: ImportanceResult) => Object.fromEntries(r.features.map((f) => [f.feature, f]));
    const c = byName(candidate);
    expect(c.churned_copy!.ci_low!).toBeGreaterThan(0.1);
    expect(c.noise!.ci_low!).toBeLessThanOrEqual(0);
    expect(c.noise!.ci_high!).toBeGreaterThanOrEqual(0);
    expect(isUsed(c.noise)).toBe(false);
    expect(candidate.repeats).toBe(5);
    expect(candidate.rows).toBe(rows);
    // The champion ignores noise and the leak entirely: exactly 0, interval [0, 0].
    const h = byName(champion);
    expect(h.churned_copy).toMatchObject({ mean: 0, std: 0, ci_low: 0, ci_high: 0 });
    expect(h.tenure!.ci_low!).toBeGreaterThan(0);
  });

  it('is flagged against the champion: dominant, rose and new', () => {
    const comparison = compareImportances(candidate, champion);
    const row = comparison.features.find((f) => f.feature === 'churned_copy')!;
    expect(comparison.features[0]!.feature).toBe('churned_copy');
    expect(row.flags).toEqual(['dominant', 'rose', 'new']);
    expect(row.candidate_share!).toBeGreaterThan(0.5);
    expect(row.champion_share).toBe(0);
    expect(row.reasons[0]).toMatch(/churned_copy.*leaked label or an id/);
    expect(comparison.flagged).toContain('churned_copy');
    expect(comparison.features.find((f) => f.feature === 'noise')!.flags).not.toContain('new');
    const tenureRow = comparison.features.find((f) => f.feature === 'tenure')!;
    expect(tenureRow.flags).toContain('fell');
    expect(tenureRow.change).toBeCloseTo(tenureRow.candidate!.mean - tenureRow.champion!.mean, 15);
  });

  it('without a champion only the dominant flag applies; thresholds come from the policy', () => {
    const alone = compareImportances(candidate);
    expect(alone.hasChampion).toBe(false);
    expect(alone.features.find((f) => f.feature === 'churned_copy')!.flags).toEqual(['dominant']);
    expect(alone.features.every((f) => f.share_change === null)).toBe(true);
    const lenient = compareImportances(candidate, champion, { max_share: 1, max_share_change: 1 });
    expect(lenient.features.find((f) => f.feature === 'churned_copy')!.flags).toEqual(['new']);
    const shares = [...importanceShares(candidate.features).values()];
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('refuses thresholds outside [0, 1] and results under different metrics, naming the key', () => {
    expect(expectUserError(() => compareImportances(candidate, champion, { max_share: 1.5 })).location.key).toBe(
      'max_share',
    );
    const other = { ...champion, metric: 'log_loss' as const };
    expect(expectUserError(() => compareImportances(candidate, other)).message).toMatch(/roc_auc.*log_loss/);
  });
});

describe('a feature the model ignores', () => {
  it('has an importance of exactly 0 for any data and seed (property)', async () => {
    const model = await load(linearRegressionModel({ weights: [1.5, 0, -2], bias: 0.5 }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.double({ min: -1e3, max: 1e3, noNaN: true }),
            fc.double({ min: -1e3, max: 1e3, noNaN: true }),
            fc.double({ min: -1e3, max: 1e3, noNaN: true }),
            fc.double({ min: -1e3, max: 1e3, noNaN: true }),
          ),
          { minLength: 2, maxLength: 60 },
        ),
        fc.nat({ max: 2 ** 40 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom('rmse' as const, 'mae' as const, 'r2' as const),
        async (table, seed, repeats, metric) => {
          const cols = {
            a: Float64Array.from(table, (r) => r[0]),
            ignored: Float64Array.from(table, (r) => r[1]),
            b: Float64Array.from(table, (r) => r[2]),
          };
          const y = Float64Array.from(table, (r) => r[3]);
          const result = await permutationImportance({
            model,
            columns: cols,
            labels: { task: 'regression', label: y },
            featureColumns: ['a', 'ignored', 'b'],
            metric,
            seed,
            repeats,
          });
          const ignored = result.features[1]!;
          expect(ignored.repeats).toEqual(new Array(repeats).fill(0));
          expect(ignored.mean).toBe(0);
        },
      ),
      { numRuns: 40 },
    );
  });
});
