/**
 * The P1 benchmark is only fair while its engines do the same work: this runs modelship's validation
 * core, the DuckDB contender and the polars contender on a small P1 dataset (CSV and Parquet) and
 * requires identical counts for every check of bench/p1.expectations.yml, and the planted defects'
 * counts, so a change to any engine or to the suite is caught here rather than mid-benchmark.
 * polars is a Python package: without it its half is skipped with a warning (`python3 -m pip install polars`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureP1Dataset, P1_DEFECTS, type P1Dataset } from '../../bench/p1-data.js';
import { compareCounts, countsFromReport, flatChecks, type EngineCounts } from '../../bench/p1-checks.js';
import { validateFiles } from '../../shared/validate/validate-files.js';

const repo = resolve(import.meta.dirname, '../..');
const SUITE = join(repo, 'bench/p1.expectations.yml');

function hasPolars(): boolean {
  try {
    execFileSync('python3', ['-c', 'import polars'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('python3 with polars is not available: skipping the polars contender (python3 -m pip install polars)');
    return false;
  }
}

describe('P1 contenders do the same work', () => {
  let root: string;
  let dataset: P1Dataset;
  const checksFile = (): string => join(root, 'checks.json');
  const checks = flatChecks(SUITE);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'modelship-p1-engines-'));
    dataset = await ensureP1Dataset(root, 10_000, { parquet: true, log: () => {} });
    writeFileSync(checksFile(), JSON.stringify(checks));
  }, 120_000); // DuckDB writes the Parquet file
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function modelship(data: string): Promise<EngineCounts> {
    const { report } = await validateFiles({ data, expectationsFile: SUITE, cwd: repo, now: Date.now() });
    // Through JSON, as the benchmark reads the CLI's --format json report.
    return countsFromReport(JSON.parse(JSON.stringify(report)));
  }

  function contender(command: string, script: string, data: string): EngineCounts {
    const out = join(root, `${script.replace(/\W+/g, '_')}.json`);
    execFileSync(command, [join(repo, script), '--data', data, '--checks', checksFile(), '--out', out], {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return JSON.parse(readFileSync(out, 'utf8')) as EngineCounts;
  }

  for (const format of ['csv', 'parquet'] as const) {
    it(`agree on every check of the suite (${format})`, async () => {
      const data = format === 'csv' ? dataset.csv : dataset.parquet!;
      const engines: Record<string, EngineCounts> = {
        modelship: await modelship(data),
        duckdb: contender(process.execPath, 'bench/duckdb-p1.mjs', data),
      };
      if (hasPolars()) engines.polars = contender('python3', 'bench/polars_p1.py', data);
      expect(compareCounts(checks, engines)).toEqual([]);
      // Counts that disagree with the planted defects would make agreement meaningless.
      const counts = engines.duckdb!.counts;
      expect(engines.duckdb!.rows).toBe(10_000);
      expect(counts['customer_id|expect_column_values_to_be_unique']).toBe(P1_DEFECTS.id_duplicate);
      expect(counts['customer_id|expect_column_values_to_match_regex']).toBe(P1_DEFECTS.id_malformed);
      expect(counts['segment|expect_column_values_to_not_be_null']).toBe(P1_DEFECTS.segment_null);
      expect(counts['credit_score|expect_column_values_to_be_between']).toBe(P1_DEFECTS.credit_score_too_high);
    });
  }

  it('compareCounts names a check whose count differs and one an engine left out', () => {
    const a: EngineCounts = { rows: 3, counts: { 'age|expect_column_values_to_be_between': 1 } };
    const b: EngineCounts = { rows: 3, counts: { 'age|expect_column_values_to_be_between': 2 } };
    const some = checks.filter((c) => c.id === 'age|expect_column_values_to_be_between' || c.id.startsWith('segment|'));
    expect(compareCounts(some, { a, b })).toEqual([
      'segment|expect_column_values_to_be_of_type: a=missing b=missing',
      'segment|expect_column_values_to_not_be_null: a=missing b=missing',
      'segment|expect_column_values_to_be_in_set: a=missing b=missing',
      'age|expect_column_values_to_be_between: a=1 b=2',
    ]);
  });
});
