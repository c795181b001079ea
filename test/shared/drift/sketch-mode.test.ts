/**
 * Sketch mode: drift against a reference profile. The distances must equal scipy's on the
 * distribution the profile holds: `wasserstein_distance` with the sketch buckets as weighted support
 * points (or the exact values while the profile keeps them) and `jensenshannon` over top-k + other.
 * Also: a profile read from a file gives the same report as one passed in memory, and the sketch
 * of a large reference stays close to the exact distance.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../../shared/data/index.js';
import { computeDrift } from '../../../shared/drift/index.js';
import { profileDistribution, profilePopulationStd } from '../../../shared/drift/sketch-tests.js';
import { profileBatches, serializeProfile, type NumberProfile, type Profile } from '../../../shared/profile/index.js';
import { walkSorted } from '../../../shared/stats/sorted-samples.js';
import { defaultPolicy } from '../../../shared/config/policy.js';

/** The scipy comparisons run on samples of any size, down to one value (the policy default needs 5). */
const smallSamples = { ...defaultPolicy().defaults.drift, min_values: 1 };

const hasScipy = (() => {
  try {
    execFileSync('python3', ['-c', 'import scipy'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('python3 with scipy is not available: skipping the sketch-mode comparison with scipy');
    return false;
  }
})();

function writeCsv(path: string, columns: Record<string, readonly (number | string)[]>): void {
  const names = Object.keys(columns);
  const n = columns[names[0]!]!.length;
  const lines = [names.join(',')];
  for (let i = 0; i < n; i++) lines.push(names.map((k) => String(columns[k]![i])).join(','));
  writeFileSync(path, lines.join('\n') + '\n');
}

async function profileOf(dir: string, file: string, exactLimit?: number): Promise<Profile> {
  const ds = await openDataset(file, { cwd: dir });
  return profileBatches(ds.schema, ds.batches(), exactLimit === undefined ? undefined : { exactLimit });
}

/** Deterministic pseudo-random values (a plain LCG; the data only has to be fixed). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

describe('sketch mode', () => {
  it('tests numbers by normalised Wasserstein and categories by Jensen–Shannon, with no p-values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-sketch-'));
    const r = lcg(1);
    const n = 20_000; // beyond the exact limit: the profile keeps a sketch
    writeCsv(join(dir, 'ref.csv'), {
      x: Array.from({ length: n }, () => (r() * 100).toFixed(3)),
      k: Array.from({ length: n }, () => ['a', 'b', 'c'][Math.floor(r() * 3)]!),
    });
    writeCsv(join(dir, 'cur.csv'), {
      x: Array.from({ length: 5000 }, () => (20 + r() * 100).toFixed(3)),
      k: Array.from({ length: 5000 }, () => ['a', 'b', 'c', 'd'][Math.floor(r() * 4)]!),
    });
    const profile = await profileOf(dir, 'ref.csv');
    expect(profile.mode).toBe('sketch');
    writeFileSync(join(dir, 'profile.json'), serializeProfile(profile));
    const fromFile = await computeDrift({ reference: 'profile.json', current: 'cur.csv', cwd: dir });
    const inMemory = await computeDrift({
      reference: { profile, source: 'profile.json' },
      current: 'cur.csv',
      cwd: dir,
    });
    expect(inMemory).toEqual(fromFile);
    expect(fromFile.mode).toBe('sketch');
    expect(fromFile.rule).toMatch(/^Sketch mode/);
    const [x, k] = fromFile.columns;
    expect(x).toMatchObject({
      column: 'x',
      method: 'wasserstein',
      p_value: null,
      p_value_adjusted: null,
      threshold: 0.1,
    });
    expect(k).toMatchObject({ column: 'k', method: 'js', p_value: null, drifted: true });
    // The true normalised distance: a shift of 20 on a uniform of width 100, std 28.87 → about 0.69.
    expect(x!.statistic).toBeGreaterThan(0.6);
    expect(x!.statistic).toBeLessThan(0.78);
    expect(x!.drifted).toBe(true);
    expect(fromFile.dataset_drift).toBe(true);
    expect(fromFile.severity).toBe('alert');
  });

  it('a discrete column that did not move keeps PSI near 0 (current values binned through the same sketch)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-sketch-discrete-'));
    const r = lcg(3);
    const draw = () => [1, 1, 1, 2, 2, 3, 4][Math.floor(r() * 7)]!;
    writeCsv(join(dir, 'ref.csv'), { products: Array.from({ length: 20_000 }, draw) });
    writeCsv(join(dir, 'cur.csv'), { products: Array.from({ length: 2_000 }, draw) });
    const profile = await profileOf(dir, 'ref.csv', 1_000);
    expect(profile.mode).toBe('sketch');
    const report = await computeDrift({ reference: { profile, source: 'ref' }, current: 'cur.csv', cwd: dir });
    const [products] = report.columns;
    // Values sit exactly on decile edges; binned raw against sketch representatives, PSI was 2 to 10.
    expect(products!.psi).toBeLessThan(0.02);
    expect(report.severity).toBe('none');
  });

  it('a forced test with p-values is refused against a profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-sketch-ks-'));
    writeCsv(join(dir, 'ref.csv'), { x: [1, 2, 3, 4, 5, 6, 7] });
    const profile = await profileOf(dir, 'ref.csv');
    await expect(
      computeDrift({ reference: { profile, source: 'p.json' }, current: 'ref.csv', cwd: dir, method: 'ks' }),
    ).rejects.toThrow(/ks needs raw reference data, but the reference is a profile \(sketch mode\)/);
  });
});

describe.runIf(hasScipy)('sketch mode against scipy', () => {
  it('weighted Wasserstein over the sketch buckets and JS over top-k equal scipy', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-sketch-scipy-'));
    const cases = fc.sample(
      fc.record({
        n: fc.integer({ min: 2, max: 400 }),
        m: fc.integer({ min: 1, max: 200 }),
        exactLimit: fc.constantFrom(5, 1000),
        seed: fc.integer({ min: 1, max: 1e6 }),
        spread: fc.constantFrom(1, 1000, 1e-3),
      }),
      { numRuns: 30 },
    );
    const inputs: { u: number[]; uw: number[] | null; v: number[]; p: number[]; q: number[] }[] = [];
    const ours: { w: number; js: number }[] = [];
    for (const [i, c] of cases.entries()) {
      const r = lcg(c.seed);
      const xs = Array.from({ length: c.n }, () => ((r() - 0.3) * c.spread).toPrecision(6));
      const ks = Array.from({ length: c.n }, () => ['p', 'q', 'r', 's'][Math.floor(r() * r() * 4)]!);
      const ys = Array.from({ length: c.m }, () => ((r() - 0.2) * c.spread).toPrecision(6));
      const kc = Array.from({ length: c.m }, () => ['p', 'q', 'z'][Math.floor(r() * 3)]!);
      writeCsv(join(dir, `r${i}.csv`), { x: xs, k: ks });
      writeCsv(join(dir, `c${i}.csv`), { x: ys, k: kc });
      const profile = await profileOf(dir, `r${i}.csv`, c.exactLimit);
      const report = await computeDrift({
        reference: { profile, source: 'p' },
        current: `c${i}.csv`,
        cwd: dir,
        types: { k: 'category' },
        policy: smallSamples,
      });
      const px = profile.columns.x as NumberProfile;
      const dist = profileDistribution(px);
      const top = profile.columns.k as { top: Record<string, number>; other: number };
      const bins = Object.keys(top.top).sort();
      const curCounts = new Map<string, number>();
      for (const v of kc) curCounts.set(v, (curCounts.get(v) ?? 0) + 1);
      inputs.push({
        u: [...dist.values],
        uw: dist.weights ? [...dist.weights] : null,
        v: ys.map(Number),
        p: [...bins.map((b) => top.top[b]!), top.other],
        q: [
          ...bins.map((b) => curCounts.get(b) ?? 0),
          [...curCounts].filter(([b]) => !bins.includes(b)).reduce((s, [, n]) => s + n, 0),
        ],
      });
      const std = Math.max(profilePopulationStd(px), 0.001);
      ours.push({ w: report.columns[0]!.statistic * std, js: report.columns[1]!.statistic });
      // walkSorted on the same inputs is what the report used.
      const sortedV = Float64Array.from(ys.map(Number)).sort();
      expect(walkSorted(dist.values, sortedV, dist.weights).wasserstein).toBeCloseTo(ours.at(-1)!.w, 12);
    }
    const expected = JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          `import json,sys
from scipy.stats import wasserstein_distance
from scipy.spatial.distance import jensenshannon
cs=json.load(sys.stdin)
print(json.dumps([[wasserstein_distance(c['u'],c['v'],c['uw'],None), float(jensenshannon(c['p'],c['q']))] for c in cs]))`,
        ],
        { input: JSON.stringify(inputs) },
      ).toString(),
    ) as [number, number][];
    expected.forEach(([w, js], i) => {
      expect(Math.abs(ours[i]!.w - w)).toBeLessThanOrEqual(1e-9 * Math.max(w, 1e-300) + 1e-15);
      expect(Math.abs(ours[i]!.js - js)).toBeLessThanOrEqual(1e-9 * Math.max(js, 1e-300) + 1e-15);
    });
  });
});
