/**
 * P1: validation speed and memory. modelship's CLI (`modelship validate`, the real user surface)
 * against the native engines a team would pick today, DuckDB (one SQL query) and polars (a lazy scan
 * and one select), both multi-threaded, plus pandas for reference, computing the same checks on 1M
 * rows × 20 columns as CSV and as Parquet; then the memory bar at 10M rows of CSV with `unique` on a
 * 10M-distinct column (by default; `--no-10m` leaves it out). Every engine runs as its own child
 * process, interleaved (A B C D A B C D …), and must report the same count for every check or the
 * run fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isScalar, parseDocument, type YAMLMap } from 'yaml';
import { defaultWorkers } from '../shared/validate/validation-workers.js';
import { ensureBundle } from './bundles.js';
import { measure, markdownTable, median, type Measurement } from './measure.js';
import { ensureP1Dataset, P1_DEFECTS } from './p1-data.js';
import { compareCounts, countsFromReport, flatChecks, type EngineCounts, type FlatCheck } from './p1-checks.js';

/** Options of a P1 run (from the command line). */
export interface P1Options {
  /** Rows of the main dataset (default 1,000,000). */
  rows: number;
  /** Interleaved rounds at `rows` (default 3). */
  rounds: number;
  /** Also run the 10M-row memory run. */
  rows10m: boolean;
  log: (m: string) => void;
}

/**
 * `modelship-alt`: the same CLI with the other worker count (`--workers 1` where the default for the
 * file is more, else `--workers 2`), a diagnostic row: is the default right on this machine?
 */
type Engine = 'modelship' | 'modelship-alt' | 'duckdb' | 'polars' | 'pandas';

/** The native, multi-threaded peers: modelship is judged against the faster of them. */
const NATIVE: readonly Engine[] = ['duckdb', 'polars'];

interface Contender {
  engine: Engine;
  /** Command and arguments for one data file and suite; the result lands in `out`. */
  command: (data: string, suite: Suite, out: string) => [string, string[]];
  /** Exit codes that mean "ran to completion" (modelship exits 1 when checks fail, as they do here). */
  okCodes: number[];
  /** Reads the result file into counts. */
  read: (out: string) => EngineCounts;
}

const SUITE = 'bench/p1.expectations.yml';
/** Issue 17's bars: ≤ 1.2× the faster native peer (goal 1.0×), peak RSS ≤ 400 MB at 10M rows with `unique`. */
const BARS = { vsNative: 1.2, vsNativeGoal: 1.0, rssMB: 400 };

/** The worker count the diagnostic row runs `data` with: 1 where the CLI's default for it is more, else 2. */
function otherWorkers(data: string): number {
  const format = data.endsWith('.parquet') ? 'parquet' : 'csv';
  return defaultWorkers(availableParallelism(), [{ format, gzip: false, size: statSync(data).size }]) > 1 ? 1 : 2;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The contenders that can run here; logs why any is skipped. */
function contenders(root: string, log: (m: string) => void): Contender[] {
  const list: Contender[] = [];
  const cli = ensureBundle(root, 'cli', log);
  if (cli) {
    list.push({
      engine: 'modelship',
      command: (data, suite, out) => [
        process.execPath,
        [cli, 'validate', '--data', data, '--expectations', suite.yml, '--format', 'json', '--output', out],
      ],
      okCodes: [0, 1],
      read: (out) => countsFromReport(readJson(out)),
    });
    // The other worker setting, interleaved in the same rounds, so the default (`defaultWorkers`) can
    // be judged on the machine that prints the table; its counts are compared too.
    list.push({
      engine: 'modelship-alt',
      command: (data, suite, out) => [
        process.execPath,
        [
          cli,
          'validate',
          '--data',
          data,
          '--expectations',
          suite.yml,
          '--format',
          'json',
          '--output',
          out,
          '--workers',
          String(otherWorkers(data)),
        ],
      ],
      okCodes: [0, 1],
      read: (out) => countsFromReport(readJson(out)),
    });
  } else log('modelship: no CLI bundle; the modelship column is skipped');
  list.push({
    engine: 'duckdb',
    command: (data, suite, out) => [
      process.execPath,
      ['bench/duckdb-p1.mjs', '--data', data, '--checks', suite.checksFile, '--out', out],
    ],
    okCodes: [0],
    read: (out) => readJson(out),
  });
  for (const [engine, script, modules, install] of [
    ['polars', 'bench/polars_p1.py', 'polars', 'python3 -m pip install polars'],
    ['pandas', 'bench/pandas_p1.py', 'pandas, pyarrow', 'python3 -m pip install pandas pyarrow'],
  ] as const) {
    const probe = spawnSync('python3', ['-c', `import ${modules}`], { encoding: 'utf8' });
    if (probe.status === 0) {
      list.push({
        engine,
        command: (data, suite, out) => [
          'python3',
          [script, '--data', data, '--checks', suite.checksFile, '--out', out],
        ],
        okCodes: [0],
        read: (out) => readJson(out),
      });
    } else {
      const why = (probe.stderr || probe.error?.message || '').trim().split('\n').pop();
      log(`${engine}: not available (${why}); install it with \`${install}\`. The ${engine} column is skipped.`);
    }
  }
  return list;
}

interface FormatResult {
  label: string;
  rows: number;
  runs: Partial<Record<Engine, Measurement[]>>;
  /** A diagnostic row: printed, but judged against no bar. */
  diagnostic?: boolean;
  /** How modelship counted each `unique` check (distinct values, exact or hashed), from its report. */
  unique: string[];
  /** The last round's counts of a peer (modelship's when it ran alone): all engines agreed on them. */
  counts?: EngineCounts;
}

/** A suite: the expectations file modelship reads, and the flat check list the competitors run. */
interface Suite {
  /** Path of the YAML, relative to the repository root. */
  yml: string;
  checksFile: string;
  checks: FlatCheck[];
}

/** Reads a suite's YAML and writes its flat check list next to the datasets. */
function loadSuite(root: string, yml: string, name: string): Suite {
  const checks = flatChecks(join(root, yml));
  const checksFile = join(root, '.bench', `${name}-checks.json`);
  writeFileSync(checksFile, JSON.stringify(checks, null, 2) + '\n');
  return { yml, checksFile, checks };
}

/** The suite without its `unique` checks (a diagnostic for the 10M run; see bench/README.md). */
function suiteWithoutUnique(root: string): Suite {
  const doc = parseDocument(readFileSync(join(root, SUITE), 'utf8'));
  const columns = doc.get('columns') as YAMLMap | undefined;
  for (const item of columns?.items ?? []) (item.value as YAMLMap).delete('unique');
  const yml = '.bench/p1-no-unique.expectations.yml';
  writeFileSync(join(root, yml), doc.toString());
  return loadSuite(root, yml, 'p1-no-unique');
}

/**
 * The reading floor: every column of the suite read and counted once, nothing else checked. Each
 * column keeps only its declared `type` (so modelship reads it as the full suite does) and gains
 * `nullable: false`, a null count, which makes every engine parse every column (a check that a
 * column's type already settles would let polars and DuckDB skip reading it); the table checks stay.
 * Run beside the full suite, it splits each engine's time into reading and checking.
 */
function suiteReadingOnly(root: string): Suite {
  const doc = parseDocument(readFileSync(join(root, SUITE), 'utf8'));
  const columns = doc.get('columns') as YAMLMap | undefined;
  for (const item of columns?.items ?? []) {
    const column = item.value as YAMLMap;
    column.items = column.items.filter((pair) => isScalar(pair.key) && pair.key.value === 'type');
    column.set('nullable', false);
  }
  const yml = '.bench/p1-reading.expectations.yml';
  writeFileSync(join(root, yml), doc.toString());
  return loadSuite(root, yml, 'p1-reading');
}

/**
 * Runs every contender on `data` for `rounds` interleaved rounds, checking after each round that all
 * engines report the same count for every check. Returns the measurements and the problems found.
 */
async function runFormat(
  root: string,
  label: string,
  rows: number,
  data: string,
  list: readonly Contender[],
  suite: Suite,
  rounds: number,
  log: (m: string) => void,
): Promise<{ result: FormatResult; problems: string[] }> {
  const outDir = join(root, '.bench', 'p1-out');
  mkdirSync(outDir, { recursive: true });
  const result: FormatResult = { label, rows, runs: {}, unique: [] };
  const problems: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    const counts: Record<string, EngineCounts> = {};
    for (const c of list) {
      const out = join(outDir, `${c.engine}-${label.replace(/\W+/g, '_')}.json`);
      writeFileSync(out, '');
      const [cmd, args] = c.command(data, suite, out);
      const m = await measure(cmd, args, root);
      if (!c.okCodes.includes(m.code)) {
        problems.push(`${c.engine} on ${label} exited with ${m.code}:\n${m.stderr.trim()}`);
        log(`  ${label} round ${round}: ${c.engine} FAILED (exit ${m.code})`);
        continue;
      }
      try {
        counts[c.engine] = c.read(out);
        if (c.engine === 'modelship') result.unique = uniqueModes(readJson(out));
      } catch (error) {
        // A run that wrote no result did not do the work: its time is not counted.
        problems.push(
          `${c.engine} on ${label} (exit ${m.code}): cannot read its result ${out}: ${(error as Error).message}\n${m.stderr.trim()}`,
        );
        log(`  ${label} round ${round}: ${c.engine} FAILED (no result)`);
        continue;
      }
      (result.runs[c.engine] ??= []).push(m);
      log(
        `  ${label} round ${round}: ${c.engine} ${m.seconds.toFixed(2)} s (CPU ${m.cpuSeconds.toFixed(2)} s), ${m.rssMB.toFixed(0)} MB`,
      );
    }
    if (Object.keys(counts).length > 1) {
      for (const p of compareCounts(suite.checks, counts)) problems.push(`${label}, round ${round}: ${p}`);
    }
    result.counts = Object.entries(counts).find(([e]) => e !== 'modelship')?.[1] ?? counts.modelship;
  }
  return { result, problems };
}

/**
 * Distinct non-null values of each column under `unique`, from a run's counts: rows − nulls −
 * repeats (NaN, unknown, for a column without a null check). The 10M memory bar is about `unique`
 * over 10M distinct values, so the run checks it.
 */
function distinctUnderUnique(
  checks: readonly FlatCheck[],
  counts: EngineCounts,
): { column: string; distinct: number }[] {
  return checks
    .filter((c) => c.kind === 'expect_column_values_to_be_unique' && c.column !== null)
    .map((c) => ({
      column: c.column!,
      distinct:
        counts.rows -
        (counts.counts[`${c.column}|expect_column_values_to_not_be_null`] ?? Number.NaN) -
        (counts.counts[c.id] ?? counts.rows),
    }));
}

interface UniqueResult {
  expectation: string;
  column: string | null;
  details?: { distinct?: number; mode?: string; hash_matches?: number; hash_collisions?: number };
}

/** One line per `unique` check of a modelship report: the column, its distinct values and how they were counted. */
function uniqueModes(report: { results: UniqueResult[] }): string[] {
  return report.results
    .filter((r) => r.expectation === 'expect_column_values_to_be_unique')
    .map((r) => {
      const d = r.details ?? {};
      const checked =
        d.hash_matches === undefined
          ? ''
          : ` (texts on disk; ${d.hash_matches.toLocaleString('en-US')} repeats counted by fingerprint, ${d.hash_collisions ?? 0} collisions)`;
      return `\`${r.column}\`: ${d.distinct?.toLocaleString('en-US') ?? '?'} distinct, ${d.mode ?? 'exact'}${checked}`;
    });
}

const fmt = (x: number | undefined, digits = 2): string =>
  x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits);

function medians(runs: Measurement[] | undefined): { s?: number; cpu?: number; rss?: number } {
  if (!runs?.length) return {};
  return {
    s: median(runs.map((r) => r.seconds)),
    cpu: median(runs.map((r) => r.cpuSeconds)),
    rss: Math.max(...runs.map((r) => r.rssMB)),
  };
}

const ratio = (a: number | undefined, b: number | undefined): number | undefined =>
  a !== undefined && b !== undefined ? a / b : undefined;
const times = (x: number | undefined): string => (x === undefined ? '–' : `${x.toFixed(2)}×`);

/**
 * The P1 table and the verdict lines for the bars that apply to it (issue 17: the speed bar at 1M
 * rows, the memory bar at 10M rows with `unique`); diagnostic rows get none.
 */
function speedTable(
  results: readonly FormatResult[],
  bars: { speed: boolean; memory: boolean },
): { table: string; verdicts: string[] } {
  const verdicts: string[] = [];
  const rows = results.map((r) => {
    const m = medians(r.runs.modelship);
    const d = medians(r.runs.duckdb);
    const po = medians(r.runs.polars);
    const pa = medians(r.runs.pandas);
    const natives = NATIVE.map((e) => ({ engine: e, s: medians(r.runs[e]).s })).filter((n) => n.s !== undefined);
    const fastest = natives.sort((a, b) => a.s! - b.s!)[0];
    const vsFastest = ratio(m.s, fastest?.s);
    const rowsPerS = m.s !== undefined ? r.rows / m.s : undefined;
    if (bars.speed && !r.diagnostic && vsFastest !== undefined) {
      const verdict = vsFastest <= BARS.vsNative ? 'PASS' : 'FAIL';
      const goal = vsFastest <= BARS.vsNativeGoal ? ', goal ≤ 1.0× met' : '';
      verdicts.push(
        `${r.label}: modelship/faster native peer (${fastest!.engine}) ${vsFastest.toFixed(2)}× (bar ≤ ${BARS.vsNative}×) ${verdict}${goal}`,
      );
    }
    if (bars.memory && !r.diagnostic && m.rss !== undefined) {
      verdicts.push(
        `${r.label}: modelship peak RSS ${m.rss.toFixed(0)} MB (bar ≤ ${BARS.rssMB} MB) ${m.rss <= BARS.rssMB ? 'PASS' : 'FAIL'}`,
      );
    }
    return [
      r.label,
      r.rows.toLocaleString('en-US'),
      fmt(m.s),
      fmt(m.cpu),
      fmt(d.s),
      fmt(po.s),
      fmt(pa.s),
      times(ratio(m.s, d.s)),
      times(ratio(m.s, po.s)),
      times(vsFastest),
      rowsPerS === undefined ? '–' : `${(rowsPerS / 1e6).toFixed(2)} M`,
      fmt(m.rss, 0),
      fmt(d.rss, 0),
      fmt(po.rss, 0),
      fmt(pa.rss, 0),
    ];
  });
  const header = [
    'format',
    'rows',
    'modelship s',
    'modelship CPU s',
    'DuckDB s',
    'polars s',
    'pandas s',
    'modelship/DuckDB',
    'modelship/polars',
    'modelship/faster native',
    'modelship rows/s',
    'modelship peak RSS MB',
    'DuckDB RSS',
    'polars RSS',
    'pandas RSS',
  ];
  return { table: markdownTable(header, rows), verdicts };
}

/** Runs P1 and prints its tables. Returns false when engines disagree or a contender failed. */
export async function runP1(root: string, opts: P1Options): Promise<boolean> {
  const { log } = opts;
  mkdirSync(join(root, '.bench'), { recursive: true });
  const suite = loadSuite(root, SUITE, 'p1');
  log(`P1: ${suite.checks.length} checks from ${SUITE}`);

  const list = contenders(root, log);
  const dataset = await ensureP1Dataset(root, opts.rows, { parquet: true, log });
  const problems: string[] = [];
  if (!list.some((c) => c.engine === 'modelship'))
    problems.push('modelship did not run (no CLI bundle; see the log above)');
  const results: FormatResult[] = [];
  for (const [label, file] of [
    ['CSV', dataset.csv],
    ['Parquet', dataset.parquet!],
  ] as const) {
    log(`P1 ${label}: ${opts.rounds} interleaved rounds of ${list.map((c) => c.engine).join(', ')}`);
    const r = await runFormat(root, label, dataset.rows, file, list, suite, opts.rounds, log);
    const { 'modelship-alt': alt, ...runs } = r.result.runs;
    results.push({ ...r.result, runs });
    if (alt) {
      results.push({
        ...r.result,
        label: `${label}, --workers ${otherWorkers(file)} (diagnostic)`,
        runs: { ...runs, modelship: alt },
        diagnostic: true,
      });
    }
    problems.push(...r.problems);
  }
  // The reading floor of each format (see suiteReadingOnly), for modelship and the native peers.
  const reading = suiteReadingOnly(root);
  const readers = list.filter((c) => c.engine === 'modelship' || NATIVE.includes(c.engine));
  for (const [label, file] of [
    ['CSV', dataset.csv],
    ['Parquet', dataset.parquet!],
  ] as const) {
    log(`P1 ${label}, reading only: ${opts.rounds} interleaved rounds of ${readers.map((c) => c.engine).join(', ')}`);
    const floorLabel = `${label}, reading every column only (diagnostic)`;
    const r = await runFormat(root, floorLabel, dataset.rows, file, readers, reading, opts.rounds, log);
    results.push({ ...r.result, diagnostic: true });
    problems.push(...r.problems);
  }

  const big: FormatResult[] = [];
  if (opts.rows10m) {
    const free = statfsSync(root);
    const freeGB = (free.bavail * free.bsize) / 1e9;
    const tenMPath = join(root, '.bench', 'p1-10000000', 'data.csv');
    if (freeGB < 5 && !existsSync(tenMPath)) {
      log(`P1 10M: skipped, only ${freeGB.toFixed(1)} GB free on the disk of ${root} (needs 5 GB)`);
    } else {
      const tenM = await ensureP1Dataset(root, 10_000_000, { parquet: false, log });
      const memoryList = list.filter((c) => c.engine !== 'pandas' && c.engine !== 'modelship-alt');
      log(
        `P1 10M CSV: 1 round of ${memoryList.map((c) => c.engine).join(', ')}; then modelship alone without unique and with --workers 1`,
      );
      const full = await runFormat(root, 'CSV 10M', tenM.rows, tenM.csv, memoryList, suite, 1, log);
      big.push(full.result);
      problems.push(...full.problems);
      // The bar is about `unique` over ~10M distinct values: make sure this run really had that.
      const distinct = full.result.counts ? distinctUnderUnique(suite.checks, full.result.counts) : [];
      if (full.result.counts && !distinct.some((d) => d.distinct >= tenM.rows - 2 * P1_DEFECTS.id_duplicate)) {
        problems.push(
          `CSV 10M: the memory bar needs \`unique\` on a column with ~10M distinct values; this suite has ${
            distinct.map((d) => `${d.column} (${d.distinct.toLocaleString('en-US')} distinct)`).join(', ') ||
            'no unique check'
          }`,
        );
      }
      // Diagnostics, modelship alone: without its `unique` sets (what they cost), and on one thread
      // (what the worker threads cost: their isolates and the batches in flight between threads).
      const modelship = memoryList.find((c) => c.engine === 'modelship');
      const oneThread: Contender | undefined = modelship && {
        ...modelship,
        command: (data, s, out) => {
          const [cmd, args] = modelship.command(data, s, out);
          return [cmd, [...args, '--workers', '1']];
        },
      };
      for (const [label, c, s] of [
        ['CSV 10M, no unique (diagnostic)', modelship, suiteWithoutUnique(root)],
        ['CSV 10M, --workers 1 (diagnostic)', oneThread, suite],
      ] as const) {
        if (c === undefined) continue;
        const diag = await runFormat(root, label, tenM.rows, tenM.csv, [c], s, 1, log);
        big.push({ ...diag.result, diagnostic: true });
        problems.push(...diag.problems);
      }
    }
  }

  // At the default 1M rows the speed bar applies; a smoke run (--rows N) prints the same verdict as direction.
  const speed = speedTable(results, { speed: true, memory: false });
  console.log(
    `\n### P1: validate ${opts.rows.toLocaleString('en-US')} rows × 20 columns, ${suite.checks.length} checks (medians of ${opts.rounds} interleaved rounds; RSS = max over rounds)\n`,
  );
  console.log(speed.table);
  const verdicts = [...speed.verdicts];
  if (big.length) {
    const t = speedTable(big, { speed: false, memory: true });
    console.log(
      `\n### P1: 10,000,000 rows of CSV (1 round; the memory bar applies to the full suite, with \`unique\`; the diagnostic rows are modelship alone, without \`unique\` and on one thread)\n`,
    );
    console.log(t.table);
    const notes = big[0]!.unique;
    if (notes.length) console.log(`\nmodelship's \`unique\` at 10M: ${notes.join('; ')}.`);
    verdicts.push(...t.verdicts);
  } else if (!opts.rows10m) {
    console.log('\n(10M-row memory run left out; `npm run bench -- p1 --rows-10m` runs it.)');
  }
  console.log(`\nBars (P1):${verdicts.length ? '' : ' none evaluated'}`);
  for (const v of verdicts) console.log(`- ${v}`);
  if (problems.length) {
    console.log(`\n!!! P1 IS NOT A FAIR COMPARISON: ${problems.length} problem(s) !!!`);
    for (const p of problems) console.log(`- ${p}`);
    return false;
  }
  if (list.length < 2) {
    console.log('\nOnly one engine ran, so no counts were compared.');
    return false;
  }
  console.log(
    `\nSame work: ${list.map((c) => c.engine).join(', ')} reported identical counts for every check in every run${big.some((r) => r.diagnostic) ? ' (the diagnostic rows run modelship alone)' : ''}.`,
  );
  return true;
}
