#!/usr/bin/env node
// Bundles every action (actions/<name>/src/index.ts) and the CLI (cli/src/index.ts) with ncc into
// their committed dist/ folders. With --check, bundles into a temporary folder instead and fails
// when the committed dist/ differs, so CI catches a dist/ that does not match its sources.
//
// A bundle that can start worker threads (it holds shared/parallel/pool.ts, recognised by the
// worker path it names) also gets the worker entry (shared/parallel/worker-entry.ts), bundled on
// its own once, in dist/worker/: a worker thread needs a file to start from, and ncc bundles one
// entry per build.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { minify } from 'terser';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const targets = [
  ...readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'src', 'index.ts')))
    .map((name) => join('actions', name)),
  'cli',
].filter((t) => only.length === 0 || only.some((o) => t.endsWith(o)));

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** Bundles `entry` with ncc into a new temporary folder (minifying split chunks too); returns the folder. */
async function bundle(entry) {
  const out = mkdtempSync(join(tmpdir(), 'modelship-dist-'));
  execFileSync(
    join(root, 'node_modules', '.bin', 'ncc'),
    ['build', entry, '-o', out, '--minify', '--license', 'licenses.txt', '--quiet'],
    { stdio: 'inherit', cwd: root },
  );
  // ncc minifies only the entry file; chunks split off by dynamic imports (loaded on demand, see
  // actions/common/banner.ts and cli/src/implementations-loader.ts) are minified here so they load
  // as fast as the entry. With the hot modules in one chunk, terser's `compress` costs them nothing
  // measurable (`modelship validate` on P1's 1M-row CSV: 1.53–1.61 s against 1.55–1.59 s minified
  // without it, 3 interleaved rounds) and keeps every dist/ under P6's 3 MB (train: 3.30 MB without).
  for (const f of files(out).filter((f) => /^\d+\.index\.js$/.test(f))) {
    const code = readFileSync(join(out, f), 'utf8');
    const result = await minify(code, { module: true, compress: true, mangle: true });
    writeFileSync(join(out, f), result.code);
  }
  return out;
}

/** The worker's folder in dist/ (shared/parallel/thread-pool.ts's BUNDLED_ENTRY, without `index.js`). */
const WORKER_DIR = 'worker';
/** Whether a bundle starts worker threads: some file of it names the bundled worker entry. */
function startsWorkers(out) {
  return files(out).some(
    (f) => f.endsWith('.js') && readFileSync(join(out, f), 'utf8').includes(`${WORKER_DIR}/index.js`),
  );
}
let worker;

/**
 * Rewrites an ncc licenses.txt (`name`, then the licence, per package) with each distinct licence
 * text once, under the names of every package that has it: the worker's @stdlib modules repeat one
 * Apache-2.0 text about a hundred times (1.1 MB, a third of the 3 MB budget per dist; 94 KB compact), and
 * so do the bundles that import them: both licence files are compacted.
 */
function compactLicenses(file) {
  if (!existsSync(file)) return;
  const entries = readFileSync(file, 'utf8').split(/\n\n(?=[@a-z0-9][^\s]*\n[^\n]+\n)/);
  const byText = new Map();
  for (const entry of entries) {
    const cut = entry.indexOf('\n');
    const text = entry.slice(cut + 1).trim();
    if (!byText.has(text)) byText.set(text, []);
    byText.get(text).push(entry.slice(0, cut));
  }
  writeFileSync(file, [...byText].map(([text, names]) => `${names.join('\n')}\n${text}`).join('\n\n') + '\n');
}

let stale = 0;
for (const target of targets) {
  const committed = join(root, target, 'dist');
  // Build into a temporary folder and swap it in only on success, so a failed build never leaves
  // an action without its bundle. (ncc type-checks the whole project: any type error fails the build.)
  const out = await bundle(join(root, target, 'src', 'index.ts'));
  if (startsWorkers(out)) {
    worker ??= await bundle(join(root, 'shared', 'parallel', 'worker-entry.ts'));
    cpSync(worker, join(out, WORKER_DIR), { recursive: true });
    compactLicenses(join(out, WORKER_DIR, 'licenses.txt'));
  }
  compactLicenses(join(out, 'licenses.txt'));
  const size = files(out).reduce((s, f) => s + statSync(join(out, f)).size, 0);
  if (check) {
    const a = files(out);
    const b = files(committed);
    const differing = [...new Set([...a, ...b])].filter(
      (f) => !a.includes(f) || !b.includes(f) || !readFileSync(join(out, f)).equals(readFileSync(join(committed, f))),
    );
    if (differing.length > 0) {
      stale++;
      console.error(
        `✗ ${target}/dist is out of date: ${differing.join(', ')}. Run \`npm run build\` and commit dist/.`,
      );
      continue;
    }
  }
  if (check) rmSync(out, { recursive: true, force: true });
  else {
    rmSync(committed, { recursive: true, force: true });
    cpSync(out, committed, { recursive: true });
    rmSync(out, { recursive: true, force: true });
  }
  console.log(`${check ? '✓' : '→'} ${relative(root, committed)} (${(size / 1024 / 1024).toFixed(2)} MB)`);
}
if (worker) rmSync(worker, { recursive: true, force: true });
if (stale > 0) process.exit(1);
