/**
 * Drift never says "all clear" without evidence (issue 13): a current batch of all-NaN rows is "no
 * data" (its own verdict, exit code 4 in the CLI), huge values give finite statistics, categories
 * the reference never had drift on their own, and identifier-like columns are left out with a line
 * saying so and how to include them. Each case failed before: "no drift, 0 of 0 columns", an effect
 * size of 0 with KS = 1, Cramér's V = 1 with p = 0.5 and "not drifted", an id column raising the alert.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { driftExitCode, EXIT } from '../../../cli/src/exit-codes.js';
import { defaultPolicy } from '../../../shared/config/policy.js';
import { computeDrift, driftVerdict, renderDriftMarkdown, renderDriftText } from '../../../shared/drift/index.js';
import { profileBatches, serializeProfile } from '../../../shared/profile/index.js';
import { openDataset } from '../../../shared/data/open-dataset.js';
import { runCli } from '../../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'drift-evidence-'));
const write = (name: string, header: string, rows: readonly string[]) =>
  writeFileSync(join(dir, name), [header, ...rows].join('\n') + '\n');
const range = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i));
const drift = (reference: string, current: string, extra: Partial<Parameters<typeof computeDrift>[0]> = {}) =>
  computeDrift({ reference, current, cwd: dir, ...extra });

// The data of every case, written once (each test reads only its own files).
write(
  'ref.csv',
  'x,plan',
  range(200, (i) => `${(i * 7) % 100},${['a', 'b', 'c'][i % 3]}`),
);
write(
  'nan.csv',
  'x,plan',
  range(30, () => 'NaN,'),
);
write('few.csv', 'x,plan', ['1,a', '2,b', '3,c', ',', ',']);
write(
  'shift.csv',
  'x,plan',
  range(200, (i) => `${1000 + i},`),
);
write(
  'huge-ref.csv',
  'v',
  range(100, (i) => `${1 + i / 100}e307`),
);
write(
  'huge-cur.csv',
  'v',
  range(100, (i) => `-${1 + i / 100}e307`),
);
write(
  'big-ref.csv',
  'v',
  range(100, (i) => `${1 + i / 100}e200`),
);
write(
  'big-cur.csv',
  'v',
  range(100, (i) => `-${1 + i / 100}e200`),
);
write(
  'u.csv',
  'k',
  range(100_000, (i) => `u${i}`),
);
write(
  'w.csv',
  'k',
  range(100_000, (i) => `w${i}`),
);
write(
  'plan-ref.csv',
  'plan',
  range(1000, (i) => ['basic', 'plus', 'pro'][i % 3]!),
);
write(
  'plan-cur.csv',
  'plan',
  range(40, (i) => (i < 6 ? 'enterprise' : ['basic', 'plus', 'pro'][i % 3]!)),
);
write(
  'id-ref.csv',
  'customer_id,row_id,tenure',
  range(500, (i) => `C${String(i).padStart(7, '0')},${i + 1},${i % 60}`),
);
write(
  'id-cur.csv',
  'customer_id,row_id,tenure',
  range(300, (i) => `C${String(9000 + i).padStart(7, '0')},${501 + i},${i % 60}`),
);
write(
  'cont-ref.csv',
  'income',
  range(500, (i) => String(20000 + i * 97.31)),
);
write(
  'cont-cur.csv',
  'income',
  range(300, (i) => String(20000 + i * 101.7)),
);

describe('no data is its own verdict', () => {
  it('a current batch of 30 all-NaN rows is no_data (exit 4), never "no drift, 0 of 0 columns"', async () => {
    const report = await drift('ref.csv', 'nan.csv');
    expect(report.verdict).toBe('no_data');
    expect(driftVerdict(report)).toBe('no_data');
    expect(report.severity).toBe('none');
    expect(report.columns).toEqual([]);
    expect(report.no_data).toEqual([
      { column: 'x', reference_values: 200, current_values: 0, reason: 'no values in the current data (30 null)' },
      { column: 'plan', reference_values: 200, current_values: 0, reason: 'no values in the current data (30 null)' },
    ]);
    expect(driftExitCode(driftVerdict(report))).toBe(EXIT.noData);
    expect(EXIT.noData).toBe(4);
    const text = renderDriftText(report);
    expect(text).toMatch(/^Drift: NO DATA — 0 of 0 columns drifted/);
    expect(text).toContain(
      'No data: x (no values in the current data (30 null)), plan (no values in the current data (30 null)). These columns were not tested, so this run cannot say there is no drift.',
    );
    expect(renderDriftMarkdown(report)).toMatch(/^## Drift report: ⛔ no data\n/);
  });

  it('modelship drift exits 4 on no data and prints why', async () => {
    const { code, stdout } = await runCli(
      'drift',
      '--reference',
      join(dir, 'ref.csv'),
      '--current',
      join(dir, 'nan.csv'),
      '--format',
      'text',
    );
    expect(code).toBe(4);
    expect(stdout).toMatch(/^Drift: NO DATA — 0 of 0 columns drifted/);
    expect(stdout).toContain('No data: x (no values in the current data (30 null))');
  });

  it('too few values on a side is no data too; min_values in the policy lowers the bar', async () => {
    const report = await drift('ref.csv', 'few.csv');
    expect(report.verdict).toBe('no_data');
    expect(report.no_data?.[0]?.reason).toBe('3 values in the current data, fewer than 5 (2 null)');
    const lenient = await drift('ref.csv', 'few.csv', { policy: { ...defaultPolicy().defaults.drift, min_values: 3 } });
    expect(lenient.no_data).toEqual([]);
    expect(lenient.verdict).not.toBe('no_data');
    expect(lenient.columns.map((c) => c.column)).toEqual(['x', 'plan']);
  });

  it('drift in another column wins over no data (exit 1), and the no-data column is still listed', async () => {
    const report = await drift('ref.csv', 'shift.csv');
    expect(report.verdict).toBe('drift');
    expect(driftExitCode('drift')).toBe(EXIT.failed);
    expect(report.no_data?.map((c) => c.column)).toEqual(['plan']);
  });
});

describe('statistics stay finite', () => {
  it('reference around +1e307 and current around -1e307 drift, with a finite effect size', async () => {
    const report = await drift('huge-ref.csv', 'huge-cur.csv');
    const [v] = report.columns;
    expect(v).toMatchObject({ column: 'v', method: 'ks', statistic: 1, drifted: true });
    expect(Number.isFinite(v!.effect_size)).toBe(true);
    // scipy on the same values scaled by 2^-1020: wasserstein_distance(r, c) / np.std(r) = 10.35818175129783.
    expect(v!.effect_size!).toBeCloseTo(10.35818175129783, 9);
    expect(report.verdict).toBe('drift');
  });
});

describe('statistics stay finite in sketch mode', () => {
  it('a profile of values around +1e200 (its std overflows) against current values around -1e200 drifts', async () => {
    const ds = await openDataset(['big-ref.csv'], { cwd: dir });
    const profile = await profileBatches(ds.schema, ds.batches());
    expect(profile.columns.v).toMatchObject({ m2: null });
    const report = await drift('unused', 'big-cur.csv', { reference: { profile, source: 'big-ref profile' } });
    const [v] = report.columns;
    expect(v).toMatchObject({ column: 'v', method: 'wasserstein', drifted: true });
    // The profile keeps these 100 values exactly: scipy's wasserstein_distance(r, c) / np.std(r) is 10.358.
    expect(v!.statistic).toBeCloseTo(10.35818175129783, 9);
  });
});

describe('new categories drift on their own', () => {
  it('u0…u99999 vs w0…w99999: every current value is new, the column drifts', async () => {
    // Nearly all distinct, so identifier-like: test it anyway, as the policy allows.
    const policy = { ...defaultPolicy().defaults.drift, identifiers: 'test' as const };
    const report = await drift('u.csv', 'w.csv', { policy });
    const [k] = report.columns;
    expect(k).toMatchObject({ column: 'k', new_category_share: 1, drifted: true });
    expect(k!.new_category_examples).toHaveLength(5);
    expect(report.verdict).toBe('drift');
    expect(renderDriftText(report)).toContain(
      'New categories (current values the reference never had; a column drifts at 10.0%): k 100.0%, e.g. "w0"',
    );
  });

  it('a share below the test’s notice but above max_new_category_share drifts; below it does not', async () => {
    const report = await drift('plan-ref.csv', 'plan-cur.csv');
    expect(report.columns[0]).toMatchObject({ new_category_share: 0.15, drifted: true });
    expect(report.columns[0]!.new_category_examples).toEqual(['enterprise']);
    const loose = await drift('plan-ref.csv', 'plan-cur.csv', {
      policy: { ...defaultPolicy().defaults.drift, max_new_category_share: 0.2 },
    });
    expect(loose.columns[0]).toMatchObject({ new_category_share: 0.15 });
    expect(loose.max_new_category_share).toBe(0.2);
  });

  it('sketch mode: a profile that kept every category reports the new-category share', async () => {
    const ds = await openDataset(['plan-ref.csv'], { cwd: dir });
    const profile = await profileBatches(ds.schema, ds.batches());
    writeFileSync(join(dir, 'plan-profile.json'), serializeProfile(profile));
    const report = await drift('plan-profile.json', 'plan-cur.csv');
    expect(report.mode).toBe('sketch');
    expect(report.columns[0]).toMatchObject({ new_category_share: 0.15, drifted: true });
  });
});

describe('identifier-like columns', () => {
  it('are left out by default with a line saying so and how to include them', async () => {
    const report = await drift('id-ref.csv', 'id-cur.csv');
    expect(report.identifiers).toEqual([
      { column: 'customer_id', distinct_share: 1 },
      { column: 'row_id', distinct_share: 1 },
    ]);
    expect(report.columns.map((c) => c.column)).toEqual(['tenure']);
    expect(report.verdict).toBe('no_drift');
    const line =
      'Left out as identifiers (nearly every reference value distinct): customer_id (100.0% distinct), row_id (100.0% distinct). To test them, set drift.identifiers: test in the policy, or give the column its own drift.columns.<name>.method.';
    expect(renderDriftText(report)).toContain(line);
    expect(renderDriftMarkdown(report)).toContain(
      'Left out as identifiers (nearly every reference value distinct): <code>customer_id</code>',
    );
  });

  it('drift.identifiers: test, or a method of its own, tests them (and the id drifts)', async () => {
    const policy = { ...defaultPolicy().defaults.drift, identifiers: 'test' as const };
    const all = await drift('id-ref.csv', 'id-cur.csv', { policy });
    expect(all.identifiers).toEqual([]);
    expect(all.columns.find((c) => c.column === 'customer_id')).toMatchObject({ new_category_share: 1, drifted: true });
    const own = await drift('id-ref.csv', 'id-cur.csv', {
      policy: { ...defaultPolicy().defaults.drift, columns: { row_id: { method: 'psi', ignore: false } } },
    });
    expect(own.identifiers?.map((c) => c.column)).toEqual(['customer_id']);
    expect(own.columns.map((c) => c.column)).toContain('row_id');
  });

  it('a continuous feature is nearly all distinct too, but is not an identifier', async () => {
    const report = await drift('cont-ref.csv', 'cont-cur.csv');
    expect(report.identifiers).toEqual([]);
    expect(report.columns.map((c) => c.column)).toEqual(['income']);
  });
});
