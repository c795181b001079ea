/**
 * P2: exact-mode drift speed. `modelship drift` (the CLI bundle, as a user runs it) against pandas +
 * scipy doing the same default tests (bench/p2_scipy.py), on the same generated CSV files: 1M
 * reference rows vs 1M current rows, 20 numeric + 5 categorical columns, every test with its p-value,
 * effect size and PSI. Each contender is its own process, interleaved (A B A B …); after every
 * round every statistic must agree to 1e-9 relative or the run is not a fair comparison. modelship
 * runs with `--timings`, so the table splits its time into reading and testing, like scipy's.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBundle, esbuildWithWorker } from './bundles.js';
import { measure, markdownTable, median, type Measurement } from './measure.js';
import { ensureP2Dataset, P2_COLUMNS } from './p2-data.js';

/** Options of a P2 run. */
export interface P2Options {
  rows: number;
  rounds: number;
  log: (m: string) => void;
}

const BAR = 10;
const TOLERANCE = 1e-9;
/**
 * Asymptotic KS p-values (max(n1, n2) > 10,000) come from scipy's `kstwo.sf`, which itself
 * approximates; the quality bar (R6) allows 1e-7 relative there, as for every p-value scipy approximates.
 */
const ASYMPTOTIC_P_TOLERANCE = 1e-7;
const FIELDS = ['statistic', 'p_value', 'p_value_adjusted', 'effect_size', 'psi'] as const;

interface ColumnStats {
  column: string;
  method: string;
  statistic: number;
  p_value: number | null;
  p_value_adjusted: number | null;
  effect_size: number | null;
  psi: number | null;
}

interface ModelshipReport {
  columns: ColumnStats[];
  drift_share: number;
  severity: string;
}

/** The `--timings` line modelship printed on stderr (cli/src/commands/drift.ts), if any. */
function phaseTimings(stderr: string): { read_s: number; test_s: number } | undefined {
  const line = stderr
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{"drift_timings"'));
  return line ? (JSON.parse(line) as { drift_timings: { read_s: number; test_s: number } }).drift_timings : undefined;
}

function compare(
  ours: readonly ColumnStats[],
  theirs: readonly ColumnStats[],
  rows: number,
): { problems: string[]; worst: number; worstAsymptotic: number } {
  const problems: string[] = [];
  let worst = 0;
  let worstAsymptotic = 0;
  const byName = new Map(theirs.map((c) => [c.column, c]));
  if (ours.length !== theirs.length) problems.push(`modelship tested ${ours.length} columns, scipy ${theirs.length}`);
  for (const c of ours) {
    const t = byName.get(c.column);
    if (!t) {
      problems.push(`${c.column}: missing from the scipy result`);
      continue;
    }
    if (c.method !== t.method) problems.push(`${c.column}: method ${c.method} vs scipy ${t.method}`);
    for (const f of FIELDS) {
      const a = c[f];
      const b = t[f];
      if (a === null || b === null) {
        if (a !== b) problems.push(`${c.column}.${f}: ${a} vs scipy ${b}`);
        continue;
      }
      const rel = Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
      const asymptotic = c.method === 'ks' && rows > 10_000 && (f === 'p_value' || f === 'p_value_adjusted');
      if (asymptotic) worstAsymptotic = Math.max(worstAsymptotic, rel);
      else worst = Math.max(worst, rel);
      if (rel > (asymptotic ? ASYMPTOTIC_P_TOLERANCE : TOLERANCE))
        problems.push(`${c.column}.${f}: ${a} vs scipy ${b} (relative ${rel.toExponential(2)})`);
    }
  }
  return { problems, worst, worstAsymptotic };
}

/**
 * When the project's build fails on a type error elsewhere in the tree (ncc type-checks everything),
 * P2 still measures the same code: an esbuild bundle of cli/src (no type check) in .bench/p2-cli/.
 */
function transpiledBundle(root: string, log: (m: string) => void): string | undefined {
  log('P2: building a transpile-only CLI bundle (esbuild) in .bench/p2-cli instead');
  try {
    const bundle = esbuildWithWorker(root, 'cli/src/index.ts', join(root, '.bench', 'p2-cli'), { minify: true });
    return existsSync(bundle) ? bundle : undefined;
  } catch (error) {
    log(`P2: ${String((error as Error).message)}`);
    return undefined;
  }
}

/** Runs P2 and prints its table. Returns false when the statistics disagree or a contender failed. */
export async function runP2(root: string, opts: P2Options): Promise<boolean> {
  const { log } = opts;
  const outDir = join(root, '.bench', 'p2-out');
  mkdirSync(outDir, { recursive: true });
  const cli = ensureBundle(root, 'cli', log) ?? transpiledBundle(root, log);
  const probe = spawnSync('python3', ['-c', 'import pandas, scipy'], { encoding: 'utf8' });
  if (!cli || probe.status !== 0) {
    log(
      `P2 needs the CLI bundle and python3 with pandas and scipy (${(probe.stderr || '').trim().split('\n').pop() ?? ''}); skipped`,
    );
    return false;
  }
  const data = await ensureP2Dataset(root, opts.rows, log);
  const columnsFile = join(outDir, 'columns.json');
  writeFileSync(columnsFile, JSON.stringify(P2_COLUMNS.map((c) => ({ name: c.name, kind: c.kind }))));
  const ours = join(outDir, 'modelship.json');
  const theirs = join(outDir, 'scipy.json');
  const runs: Record<'modelship' | 'scipy', Measurement[]> = { modelship: [], scipy: [] };
  const split: { read: number[]; stats: number[] } = { read: [], stats: [] };
  const ourSplit: { read: number[]; test: number[] } = { read: [], test: [] };
  const problems: string[] = [];
  let worst = 0;
  let worstAsymptotic = 0;
  let driftLine = '';
  log(`P2: ${opts.rounds} interleaved rounds of modelship, scipy+pandas`);
  for (let round = 1; round <= opts.rounds; round++) {
    writeFileSync(ours, '');
    const m = await measure(
      process.execPath,
      [
        cli,
        'drift',
        '--reference',
        data.reference,
        '--current',
        data.current,
        '--format',
        'json',
        '--output',
        ours,
        '--timings',
      ],
      root,
    );
    if (m.code !== 0 && m.code !== 1) {
      problems.push(`modelship exited with ${m.code}:\n${m.stderr.trim()}`);
      break;
    }
    runs.modelship.push(m);
    const phases = phaseTimings(m.stderr);
    if (phases) {
      ourSplit.read.push(phases.read_s);
      ourSplit.test.push(phases.test_s);
    }
    log(
      `  round ${round}: modelship ${m.seconds.toFixed(2)} s (read ${phases?.read_s.toFixed(2) ?? '?'} s, tests ${phases?.test_s.toFixed(2) ?? '?'} s), ${m.rssMB.toFixed(0)} MB`,
    );
    writeFileSync(theirs, '');
    const s = await measure(
      'python3',
      [
        'bench/p2_scipy.py',
        '--reference',
        data.reference,
        '--current',
        data.current,
        '--columns',
        columnsFile,
        '--out',
        theirs,
      ],
      root,
    );
    if (s.code !== 0) {
      problems.push(`scipy exited with ${s.code}:\n${s.stderr.trim()}`);
      break;
    }
    runs.scipy.push(s);
    log(`  round ${round}: scipy+pandas ${s.seconds.toFixed(2)} s, ${s.rssMB.toFixed(0)} MB`);
    const report = JSON.parse(readFileSync(ours, 'utf8')) as ModelshipReport;
    const reference = JSON.parse(readFileSync(theirs, 'utf8')) as {
      columns: ColumnStats[];
      read_s: number;
      stats_s: number;
    };
    split.read.push(reference.read_s);
    split.stats.push(reference.stats_s);
    const c = compare(report.columns, reference.columns, opts.rows);
    worst = Math.max(worst, c.worst);
    worstAsymptotic = Math.max(worstAsymptotic, c.worstAsymptotic);
    for (const p of c.problems) problems.push(`round ${round}: ${p}`);
    const drifted = report.columns.filter((col) => (col as ColumnStats & { drifted?: boolean }).drifted);
    driftLine = `modelship's verdict: ${drifted.length} of ${report.columns.length} columns drifted (${drifted.map((d) => d.column).join(', ')}), severity ${report.severity}.`;
  }
  const ms = runs.modelship.length ? median(runs.modelship.map((r) => r.seconds)) : Number.NaN;
  const sp = runs.scipy.length ? median(runs.scipy.map((r) => r.seconds)) : Number.NaN;
  const ratio = sp / ms;
  const rows = opts.rows.toLocaleString('en-US');
  console.log(
    `\n### P2: drift of ${rows} reference vs ${rows} current rows, 20 numeric + 5 categorical columns (CSV, exact mode; medians of ${runs.modelship.length} interleaved rounds)\n`,
  );
  console.log(
    markdownTable(
      [
        'rows (each side)',
        'modelship s',
        'modelship read s',
        'modelship tests s',
        'scipy+pandas s',
        'pandas read_csv s',
        'scipy tests s',
        'scipy/modelship',
        'modelship peak RSS MB',
        'pandas RSS MB',
        'max rel. diff (statistics, effect sizes, PSI, exact p)',
        'max rel. diff (asymptotic KS p)',
      ],
      [
        [
          rows,
          ms.toFixed(2),
          ourSplit.read.length ? median(ourSplit.read).toFixed(2) : '–',
          ourSplit.test.length ? median(ourSplit.test).toFixed(2) : '–',
          sp.toFixed(2),
          split.read.length ? median(split.read).toFixed(2) : '–',
          split.stats.length ? median(split.stats).toFixed(2) : '–',
          `${ratio.toFixed(2)}×`,
          Math.max(...runs.modelship.map((r) => r.rssMB)).toFixed(0),
          Math.max(...runs.scipy.map((r) => r.rssMB)).toFixed(0),
          worst.toExponential(2),
          worstAsymptotic.toExponential(2),
        ],
      ],
    ),
  );
  console.log(
    `\nBar (P2): scipy+pandas/modelship ${ratio.toFixed(2)}× (bar ≥ ${BAR}×) ${ratio >= BAR ? 'PASS' : 'FAIL'}`,
  );
  if (driftLine) console.log(driftLine);
  if (problems.length) {
    console.log(`\n!!! P2 IS NOT A FAIR COMPARISON: ${problems.length} problem(s) !!!`);
    for (const p of problems.slice(0, 30)) console.log(`- ${p}`);
    return false;
  }
  console.log(
    `\nSame work: every statistic, effect size, PSI and chi-square p-value of all 25 columns agreed to ${TOLERANCE} relative in every round, the asymptotic KS p-values (scipy's kstwo.sf approximation) to ${ASYMPTOTIC_P_TOLERANCE}.`,
  );
  return true;
}
