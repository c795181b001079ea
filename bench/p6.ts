/**
 * P6: action cold start. Spawns each bundled action (`node actions/<name>/dist/index.js`) with a
 * minimal runner environment and times until its first byte on stdout (its first log line), against
 * `node -e 0` running to exit and `node -e "console.log(1)"` to its first line, interleaved. Also
 * prints the size of every dist/ folder. Only the start-up is judged; the action then runs to the end
 * (on a tiny dataset) before the next spawn, so runs never overlap.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dirSize, ensureBundle } from './bundles.js';
import { markdownTable, median } from './measure.js';

/** Options of a P6 run. */
export interface P6Options {
  rounds: number;
  log: (m: string) => void;
}

/** Actions on the data path, which the ≤ 2× bar applies to (architecture brief, section 4). */
const DATA_PATH = new Set(['validate-data', 'drift-report', 'register']);
const BARS = { startRatio: 2, distMB: 3 };

/** A tiny dataset and expectations file for the actions' inputs, under .bench/p6/. */
function tinyInputs(root: string): Record<string, string> {
  const dir = join(root, '.bench', 'p6');
  mkdirSync(dir, { recursive: true });
  const rows = ['id,amount,segment'];
  for (let i = 0; i < 50; i++) rows.push(`${i},${(i * 3.5).toFixed(1)},${['a', 'b', 'c'][i % 3]}`);
  writeFileSync(join(dir, 'data.csv'), rows.join('\n') + '\n');
  writeFileSync(
    join(dir, 'tiny.expectations.yml'),
    'version: 1\ncolumns:\n  id: { nullable: false, unique: true }\n  amount: { min: 0 }\n  segment: { allowed: [a, b, c] }\n',
  );
  // Known inputs by name; any other required input gets a placeholder (its first line is still timed).
  return {
    data: '.bench/p6/data.csv',
    expectations: '.bench/p6/tiny.expectations.yml',
    'report-path': '.bench/p6/report.json',
  };
}

/** INPUT_* variables for an action's required inputs, as the runner sets them. */
function inputEnv(actionYml: string, known: Record<string, string>): Record<string, string> {
  const doc = parse(readFileSync(actionYml, 'utf8')) as {
    inputs?: Record<string, { required?: boolean; default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    // The runner sets every input: the given value, else the default (possibly empty).
    const value = known[name] ?? (spec.required ? 'placeholder' : (spec.default ?? ''));
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = String(value);
  }
  return env;
}

/** Spawns `node args` and resolves with ms to the first stdout byte (or to exit with `toExit`). */
function timeStart(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  toExit: boolean,
): Promise<{ ms: number; exitMs: number; firstLine: string }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    let first: number | undefined;
    let firstLine = '';
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', (d: Buffer) => {
      if (first === undefined) {
        first = Number(process.hrtime.bigint() - start) / 1e6;
        firstLine = d.toString('utf8').split('\n')[0] ?? '';
      }
    });
    child.on('error', reject);
    child.on('close', () => {
      const exit = Number(process.hrtime.bigint() - start) / 1e6;
      resolve({ ms: toExit ? exit : (first ?? Number.NaN), exitMs: exit, firstLine });
    });
  });
}

/** Runs P6 and prints its tables. */
export async function runP6(root: string, opts: P6Options): Promise<boolean> {
  const { log } = opts;
  const known = tinyInputs(root);
  const actionsDir = join(root, 'actions');
  const actions = readdirSync(actionsDir).filter(
    (name) =>
      existsSync(join(actionsDir, name, 'action.yml')) &&
      (existsSync(join(actionsDir, name, 'src', 'index.ts')) || existsSync(join(actionsDir, name, 'dist', 'index.js'))),
  );
  const bundles: { name: string; path: string; env: Record<string, string> }[] = [];
  for (const name of actions) {
    const path = ensureBundle(root, `actions/${name}`, log);
    if (path) bundles.push({ name, path, env: inputEnv(join(actionsDir, name, 'action.yml'), known) });
  }
  const runner = mkdtempSync(join(tmpdir(), 'modelship-p6-'));
  const files = ['output', 'step_summary', 'env', 'path', 'state'];
  for (const f of files) writeFileSync(join(runner, f), '');
  const baseEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: runner,
    RUNNER_OS: 'Linux',
    GITHUB_OUTPUT: join(runner, 'output'),
    GITHUB_STEP_SUMMARY: join(runner, 'step_summary'),
    GITHUB_ENV: join(runner, 'env'),
    GITHUB_PATH: join(runner, 'path'),
    GITHUB_STATE: join(runner, 'state'),
  };

  const samples: Record<string, number[]> = { 'node -e 0 (to exit)': [], 'node -e "console.log(1)" (first line)': [] };
  const firstLines: Record<string, string> = {};
  // Also the whole run on the 50-row dataset: what a user waits for in total, reported beside the bar.
  const exits: Record<string, number[]> = {};
  for (const b of bundles) samples[b.name] = [];
  log(
    `P6: ${opts.rounds} interleaved rounds of node -e 0, node -e "console.log(1)", ${bundles.map((b) => b.name).join(', ') || '(no action bundles)'}`,
  );
  for (let round = 0; round < opts.rounds; round++) {
    samples['node -e 0 (to exit)']!.push((await timeStart(['-e', '0'], baseEnv, root, true)).ms);
    samples['node -e "console.log(1)" (first line)']!.push(
      (await timeStart(['-e', 'console.log(1)'], baseEnv, root, false)).ms,
    );
    for (const b of bundles) {
      for (const f of files) writeFileSync(join(runner, f), '');
      const r = await timeStart([b.path], { ...baseEnv, ...b.env }, root, false);
      samples[b.name]!.push(r.ms);
      (exits[b.name] ??= []).push(r.exitMs);
      firstLines[b.name] ??= r.firstLine;
    }
  }
  rmSync(runner, { recursive: true, force: true });

  const base = median(samples['node -e 0 (to exit)']!);
  const logBase = median(samples['node -e "console.log(1)" (first line)']!);
  const verdicts: string[] = [];
  const rows = Object.entries(samples).map(([name, values]) => {
    const med = median(values);
    const isAction = bundles.some((b) => b.name === name);
    const distMB = isAction ? dirSize(join(actionsDir, name, 'dist')) / 1e6 : undefined;
    if (isAction) {
      const ratio = med / base;
      const judged = DATA_PATH.has(name);
      verdicts.push(
        `${name}: first line ${ratio.toFixed(2)}× node -e 0${judged ? ` (bar ≤ ${BARS.startRatio}×) ${Number.isFinite(ratio) && ratio <= BARS.startRatio ? 'PASS' : 'FAIL'}` : ' (not a data-path action; reported only)'}`,
      );
      verdicts.push(
        `${name}: dist/ ${distMB!.toFixed(2)} MB (bar ≤ ${BARS.distMB} MB) ${distMB! <= BARS.distMB ? 'PASS' : 'FAIL'}`,
      );
    }
    return [
      name,
      med.toFixed(1),
      `${(med / base).toFixed(2)}×`,
      `${(med / logBase).toFixed(2)}×`,
      distMB === undefined ? '' : distMB.toFixed(2),
      isAction ? `${median(exits[name]!).toFixed(1)} (${(median(exits[name]!) / base).toFixed(2)}×)` : '',
      isAction ? `\`${(firstLines[name] ?? '(no output)').slice(0, 60).replace(/\|/g, '\\|')}\`` : '',
    ];
  });
  const cliDist = join(root, 'cli', 'dist');
  if (existsSync(cliDist)) {
    const mb = dirSize(cliDist) / 1e6;
    rows.push(['cli (size only)', '', '', '', mb.toFixed(2), '', '']);
    verdicts.push(`cli: dist/ ${mb.toFixed(2)} MB (bar ≤ ${BARS.distMB} MB) ${mb <= BARS.distMB ? 'PASS' : 'FAIL'}`);
  }
  console.log(
    `\n### P6: cold start to the first stdout line (median of ${opts.rounds} interleaved rounds, node ${process.version})\n`,
  );
  console.log(
    markdownTable(
      [
        'command',
        'median ms',
        '÷ node -e 0',
        '÷ node -e console.log',
        'dist/ MB',
        'whole run ms (50 rows)',
        'first line',
      ],
      rows,
    ),
  );
  console.log(`\nBars (P6):${verdicts.length ? '' : ' none evaluated (no action bundles)'}`);
  for (const v of verdicts) console.log(`- ${v}`);
  return bundles.length > 0 || actions.length === 0;
}
