/**
 * `npm run demo`: the modelship story so far, end to end, with no network.
 *
 * 1. Generate the churn example (training set, holdout, weekly production batches; one drifts).
 * 2. Validate the training data with the validate-data action, run as the runner runs it.
 * 3. Profile the training data with the CLI: the reference profile a model version will carry.
 * 4. Validate each weekly production batch against the expectations and the reference profile;
 *    the drifting week fails, with annotations on the offending lines.
 * 5. Show the job summary of the failing week and a table of all runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { generateChurn } from '../examples/churn/generate.js';
import { runAction } from '../sandbox/action-runner.js';

const root = join(import.meta.dirname, '..');
const out = join(root, '.modelship', 'demo');
const example = 'examples/churn';
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
const step = (n: number, text: string) => process.stdout.write(`\n${bold(`${n}. ${text}`)}\n`);

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'cli', 'dist', 'index.js'), ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

for (const bundle of ['actions/validate-data/dist/index.js', 'cli/dist/index.js']) {
  if (!existsSync(join(root, bundle))) throw new Error(`${bundle} is missing: run \`npm run build\``);
}
mkdirSync(out, { recursive: true });

step(1, 'Generate the churn example (deterministic, seed 42)');
const files = generateChurn(join(root, example, 'data'));
for (const f of files) process.stdout.write(`   ${example}/data/${f}\n`);

step(2, 'Validate the training data (actions/validate-data, run as the runner runs it)');
const train = await runAction(
  join(root, 'actions', 'validate-data'),
  {
    data: `${example}/data/train.csv`,
    expectations: `${example}/churn.expectations.yml`,
    'report-path': '.modelship/demo/train.validation.json',
  },
  root,
);
process.stdout.write(
  `   exit ${train.exitCode} · passed=${train.outputs.passed} · rows=${train.outputs['row-count']} · checks=${train.outputs.evaluated} · failed=${train.outputs.failed} · warnings=${train.outputs.warnings}\n`,
);
if (train.exitCode !== 0) throw new Error(`validating the training data failed:\n${train.log}`);

step(3, 'Profile the training data (modelship profile): the reference for drift and distribution checks');
const profilePath = join(out, 'train.profile.json');
const profiled = await cli(['profile', '--data', `${example}/data/train.csv`, '--output', profilePath]);
if (profiled.code !== 0) throw new Error(`modelship profile failed:\n${profiled.stderr}`);
process.stdout.write(`   wrote ${relative(root, profilePath)}\n`);

step(4, 'Validate each weekly production batch against the expectations and the reference profile');
const rows: string[] = [];
let failing: Awaited<ReturnType<typeof runAction>> | undefined;
for (const f of files.filter((f) => f.startsWith('production'))) {
  const week = /week=([\d-]+)/.exec(f)![1]!;
  const run = await runAction(
    join(root, 'actions', 'validate-data'),
    {
      data: `${example}/data/${f}`,
      expectations: `${example}/churn.expectations.yml`,
      'reference-profile': relative(root, profilePath),
      'report-path': `.modelship/demo/week-${week}.validation.json`,
    },
    root,
  );
  const verdict = run.exitCode === 0 ? '✅ passed' : '❌ failed';
  rows.push(
    `| ${week} | ${verdict} | ${run.outputs['row-count']} | ${run.outputs.evaluated} | ${run.outputs.failed} | ${run.outputs.warnings} | ${run.annotations.length} |`,
  );
  if (run.exitCode !== 0) failing = run;
}
process.stdout.write(
  [
    '',
    '| week | result | rows | checks | failed | warnings | annotations |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);

step(5, 'What the team sees for the failing week');
if (!failing) throw new Error('the drifting week should have failed validation');
writeFileSync(join(out, 'drifting-week.summary.md'), failing.summary);
for (const a of failing.annotations.slice(0, 5)) {
  process.stdout.write(`   annotation ${a.level} ${a.file}:${a.line} — ${a.message}\n`);
}
process.stdout.write(`\n${failing.summary}\n`);
process.stdout.write(
  `\nReports and summaries are in ${relative(root, out)}/. Next: the sandbox GitHub, the registry and the app.\n`,
);
