/**
 * Makes sure the bundles a benchmark runs (cli/dist, actions/<name>/dist) match their sources: a
 * benchmark of a stale bundle would measure code that no longer exists. Rebuilds with the project's
 * own `node scripts/build.mjs <target>` when a bundle is missing or older than any source file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_ENTRY } from '../shared/parallel/pool.js';

/** Newest modification time (ms) of the .ts files under `dirs`. */
function newestSource(root: string, dirs: readonly string[]): number {
  let newest = 0;
  for (const dir of dirs) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs, { recursive: true })) {
      const file = join(abs, String(entry));
      if (!file.endsWith('.ts') || file.includes(`${join('/', 'dist', '/')}`)) continue;
      newest = Math.max(newest, statSync(file).mtimeMs);
    }
  }
  return newest;
}

/** Sources a bundle is built from: its own src/ plus the shared core (and the actions' common code). */
function sourcesOf(target: string): string[] {
  return target === 'cli' ? ['cli/src', 'serving', 'shared'] : [`${target}/src`, 'actions/common', 'shared'];
}

/**
 * Returns the path of `<target>/dist/index.js`, rebuilding it first when it is missing or stale.
 * Returns undefined (after logging why) when the target has no sources or the build fails.
 */
export function ensureBundle(root: string, target: string, log: (m: string) => void): string | undefined {
  const bundle = join(root, target, 'dist', 'index.js');
  if (!existsSync(join(root, target, 'src', 'index.ts'))) {
    if (existsSync(bundle)) return bundle;
    log(`${target}: no src/index.ts and no dist/index.js yet; skipped`);
    return undefined;
  }
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(root, sourcesOf(target));
  if (!stale) return bundle;
  log(`${target}: dist/index.js is ${existsSync(bundle) ? 'older than its sources' : 'missing'}; building it`);
  try {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs'), target.replace(/^actions\//, '')], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    const output = `${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? String(error)}`;
    // ncc prints the TypeScript errors; node's own stack trace of build.mjs says nothing more.
    const lines = output.split('\n').filter((l) => l.trim() && !/^\s+at /.test(l) && !l.startsWith('node:'));
    log(
      `${target}: the build failed; skipped. \`node scripts/build.mjs ${target.replace(/^actions\//, '')}\` said:\n${lines.slice(0, 15).join('\n')}`,
    );
    return undefined;
  }
  return existsSync(bundle) ? bundle : undefined;
}

/** Total size in bytes of every file under `dir`. */
export function dirSize(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true })) {
    const st = statSync(join(dir, String(entry)));
    if (st.isFile()) total += st.size;
  }
  return total;
}

/**
 * Bundles `entry` with esbuild (transpile only, no type check) into `dir`/index.mjs, with the pool's
 * worker entry beside it where the bundled pool looks for it (BUNDLED_ENTRY), so the bundle's
 * worker threads start from a bundle too, as the CLI's do. Returns the bundle's path; throws with
 * esbuild's message when a build fails.
 */
export function esbuildWithWorker(
  root: string,
  entry: string,
  dir: string,
  options: { minify?: boolean } = {},
): string {
  const bundle = join(dir, 'index.mjs');
  const builds: [string, string][] = [
    [entry, bundle],
    ['shared/parallel/worker-entry.ts', join(dir, BUNDLED_ENTRY)],
  ];
  for (const [from, outfile] of builds) {
    try {
      execFileSync(
        join(root, 'node_modules', '.bin', 'esbuild'),
        [
          from,
          '--bundle',
          '--platform=node',
          '--format=esm',
          ...(options.minify ? ['--minify'] : []),
          `--outfile=${outfile}`,
          '--external:onnxruntime-node',
          '--banner:js=import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);',
        ],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      throw new Error(`esbuild ${from}: ${String((error as { stderr?: Buffer }).stderr ?? error).slice(0, 2000)}`, {
        cause: error,
      });
    }
  }
  return bundle;
}
