/**
 * `npm run bench [-- <name>...] [options]`: runs the benchmarks and prints their tables.
 *   p1   validation speed and memory vs DuckDB and polars, pandas for reference (--rows N, --rounds N, --rows-10m, --no-10m)
 *   p2   drift (exact mode) vs scipy + pandas on 1M vs 1M rows (--rows N, --rounds N)
 *   p3   evaluate a 1M-row holdout, two ONNX models, 1,000-resample bootstrap vs raw ORT scoring and a vectorised numpy Poisson bootstrap (--rows N, --rounds N; P3_NUMPY_RESAMPLES sets the numpy peer's resamples)
 *   p4   GitHub API calls per registry operation at 10 and 1,000 versions (sandbox counters)
 *   p5   the App under a webhook storm: 100 deliveries/s for 60 s (--rate N, --seconds N)
 *   p6   action cold start vs `node -e 0` (--rounds N)
 *   p7   model server: batch-1 OIP v2 infer at concurrency 32, JSON and binary, vs a bare node:http + ORT handler (--seconds N, --rounds N, --quick, --cpu-prof)
 *   explain  permutation importance (20 features, 5 repeats, 100k-row sample, P3's two models) vs raw ORT (--rows N, --rounds N)
 * With no name, runs all of them. Exit code 1 when a benchmark could not run fairly (engines
 * disagree, a contender failed); a bar that is missed is reported, not an error.
 */
import { fileURLToPath } from 'node:url';
import { runP1 } from './p1.js';
import { runP2 } from './p2.js';
import { runP3 } from './p3.js';
import { runP4 } from './p4.js';
import { runP5 } from './p5.js';
import { runP6 } from './p6.js';
import { runP7 } from './p7.js';
import { runExplain } from './explain.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);

function numberFlag(name: string): number | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = Number(argv[i + 1]);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`--${name} needs a positive whole number`);
    process.exit(2);
  }
  argv.splice(i, 2);
  return value;
}

const rows = numberFlag('rows');
const rounds = numberFlag('rounds');
const rate = numberFlag('rate');
const seconds = numberFlag('seconds');
// The 10M-row memory run is part of the default P1 (about 1.5 minutes once its 1.1 GB file exists;
// see bench/README.md); --no-10m leaves it out, and a smoke run with --rows N includes it only on request.
const rows10m = argv.includes('--rows-10m') || (!argv.includes('--no-10m') && rows === undefined);
const quick = argv.includes('--quick');
const cpuProf = argv.includes('--cpu-prof');
const names = argv.filter((a) => !a.startsWith('--'));
const unknown = argv.filter(
  (a) => a.startsWith('--') && a !== '--rows-10m' && a !== '--no-10m' && a !== '--quick' && a !== '--cpu-prof',
);
const known = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'explain'];
const bad = names.filter((n) => !known.includes(n.toLowerCase()));
if (bad.length || unknown.length) {
  console.error(`Unknown ${bad.length ? `benchmark ${bad.join(', ')}` : `option ${unknown.join(', ')}`}.`);
  console.error(
    'Usage: npm run bench [-- p1|p2|p3|p4|p5|p6|p7|explain ...] [--rows N] [--rounds N] [--rate N] [--seconds N] [--rows-10m | --no-10m] [--quick] [--cpu-prof]',
  );
  process.exit(2);
}
const selected = names.length ? names.map((n) => n.toLowerCase()) : known;
const log = (m: string): void => console.error(m);

let ok = true;
if (selected.includes('p1')) {
  ok = (await runP1(root, { rows: rows ?? 1_000_000, rounds: rounds ?? 3, rows10m, log })) && ok;
}
if (selected.includes('p2')) {
  ok = (await runP2(root, { rows: rows ?? 1_000_000, rounds: rounds ?? 3, log })) && ok;
}
if (selected.includes('p3')) {
  ok = (await runP3({ rows: rows ?? 1_000_000, rounds: rounds ?? 5, log })) && ok;
}
if (selected.includes('p4')) {
  ok = (await runP4({ log })) && ok;
}
if (selected.includes('p5')) {
  ok = (await runP5({ rate: rate ?? 100, seconds: seconds ?? 60, log })) && ok;
}
if (selected.includes('p6')) {
  ok = (await runP6(root, { rounds: Math.max(rounds ?? 20, 15), log })) && ok;
}
if (selected.includes('p7')) {
  // P7's bar is 30 s per measurement; --quick (3 s) is a smoke run. --seconds overrides both.
  ok = (await runP7({ root, seconds: seconds ?? (quick ? 3 : 30), rounds: rounds ?? 2, cpuProf, log })) && ok;
}
if (selected.includes('explain')) {
  ok = (await runExplain({ rows: rows ?? 1_000_000, rounds: rounds ?? 5, log })) && ok;
}
process.exitCode = ok ? 0 : 1;
