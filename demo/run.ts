/**
 * `npm run demo`: the modelship story so far, end to end, with no network.
 *
 * 1. Generate the churn example (training set, holdout, weekly production batches; one drifts).
 * 2. Validate the training data with the validate-data action, run as the runner runs it.
 * 3. Profile the training data with the CLI: the reference profile a model version will carry.
 * 4. Validate each weekly production batch against the expectations and the reference profile;
 *    the drifting week fails, with annotations on the offending lines.
 * 5. Show the job summary of the failing week and a table of all runs.
 * 6. Start the sandbox GitHub and the modelship App wired to it (real signed webhooks over HTTP).
 * 7. Train two small churn models (ONNX) on two PRs with the train action (the TypeScript trainer as
 *    its command, a replayed nvidia-smi on a "gpu" runner, a live check run, checkpoints in the
 *    cache) and register each with the register action, its lineage included.
 * 8. The evaluate action gates each candidate against the staging champion (check run + PR comment);
 *    `reviewer` approves, `maintainer` comments `/promote to staging`: the App deploys.
 * 9. The scheduled drift-report run sees the drifting week: it opens the drift issue; `maintainer`
 *    comments `/rollback` on that issue and v1 runs again; a clean week closes the issue.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, relative } from 'node:path';
import { generateChurn } from '../examples/churn/generate.js';
import { runBundledAction } from '../sandbox/action-runner.js';
import { createSandbox } from '../sandbox/index.js';
import { settleApp, startAppOnSandbox } from '../cli/src/sandbox-app.js';

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

for (const bundle of [
  'actions/validate-data/dist/index.js',
  'actions/train/dist/index.js',
  'actions/register/dist/index.js',
  'cli/dist/index.js',
]) {
  if (!existsSync(join(root, bundle))) throw new Error(`${bundle} is missing: run \`npm run build\``);
}
mkdirSync(out, { recursive: true });

step(1, 'Generate the churn example (deterministic, seed 42)');
const files = generateChurn(join(root, example, 'data'));
for (const f of files) process.stdout.write(`   ${example}/data/${f}\n`);

step(2, 'Validate the training data (actions/validate-data, run as the runner runs it)');
const train = await runBundledAction(
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
let failing: Awaited<ReturnType<typeof runBundledAction>> | undefined;
for (const f of files.filter((f) => f.startsWith('production'))) {
  const week = /week=([\d-]+)/.exec(f)![1]!;
  const run = await runBundledAction(
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

step(6, 'Start the sandbox GitHub and the modelship App (webhooks signed, over HTTP)');
const sandbox = await createSandbox();
const app = await startAppOnSandbox(sandbox);
const settle = () => settleApp(sandbox, app);
const api = async <T>(login: string, method: string, path: string, body?: unknown): Promise<T> => {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { authorization: `token ${sandbox.personas[login]!.token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} as ${login}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};
const policy = [
  'version: 1',
  'models:',
  '  churn:',
  '    stages:',
  '      - name: staging',
  '        required_role: write',
  '        approvals: 1',
  '        deploy: { target: none }',
  '      - production',
  'training:',
  '  gpu_hour_price: 2.49',
  'drift:',
  '  stage: staging',
  '  close_after_clean_runs: 1',
  '  columns:',
  '    customer_id: { ignore: true }',
  '    signup_date: { ignore: true }',
  '',
].join('\n');
sandbox.push({ repo: 'acme/churn', branch: 'main', files: { '.github/modelship.yml': policy }, as: 'maintainer' });
writeFileSync(join(out, 'modelship.yml'), policy);
await settle();
process.stdout.write(
  `   GitHub at ${sandbox.url}, the App at ${app.webhookUrl}\n   policy: .github/modelship.yml on main (staging: write role, 1 approval)\n`,
);

const bot = `${sandbox.app.slug}[bot]`;
const lastReply = async (issue: number): Promise<string> => {
  const comments = await api<{ body: string; user: { login: string } }[]>(
    'maintainer',
    'GET',
    `/repos/acme/churn/issues/${issue}/comments?per_page=100`,
  );
  const body = comments.filter((c) => c.user.login === bot).at(-1)?.body ?? '(no reply)';
  return body.replace(/\n*<!--[\s\S]*?-->\s*$/, '');
};
const say = (who: string, text: string) => process.stdout.write(`   ${bold(who)}: ${text}\n`);

const versions = [
  { branch: 'train-v1', features: ['tenure_months', 'monthly_charges', 'late_payments'] },
  {
    branch: 'train-v2',
    features: ['tenure_months', 'monthly_charges', 'late_payments', 'num_products', 'avg_session_minutes'],
  },
];
for (const [index, spec] of versions.entries()) {
  step(
    7 + index * 2,
    `Train churn on a PR (${spec.features.length} features) with the train action; the evaluation gate runs on the PR; register the version with its gate and lineage`,
  );
  const head = sandbox.push({
    repo: 'acme/churn',
    branch: spec.branch,
    files: { 'train.py': `# features: ${spec.features.join(', ')}\n` },
    as: 'maintainer',
  });
  const pr = await api<{ number: number }>('maintainer', 'POST', '/repos/acme/churn/pulls', {
    title: `Retrain churn (${spec.branch})`,
    head: spec.branch,
    base: 'main',
  });
  const modelDir = join(out, spec.branch);
  // A fresh folder, as a fresh checkout would give: a checkpoint left by an earlier demo run would be resumed.
  rmSync(modelDir, { recursive: true, force: true });
  mkdirSync(modelDir, { recursive: true });
  const pullEvent = {
    action: 'synchronize',
    number: pr.number,
    pull_request: { number: pr.number, head: { sha: head.sha, ref: spec.branch }, base: { ref: 'main' } },
  };
  // The train action on a "gpu" runner: the TypeScript trainer is its command, nvidia-smi replays
  // two recorded H100s, checkpoints go to the sandbox's cache service, the check run to the PR.
  const trained = await runBundledAction('train', {
    apiUrl: sandbox.url,
    token: sandbox.installationToken({ permissions: { checks: 'write', contents: 'read', metadata: 'read' } }),
    workspace: root,
    eventName: 'pull_request',
    workflow: 'PR checks',
    ref: `refs/pull/${pr.number}/merge`,
    event: pullEvent,
    env: {
      PATH: `${join(root, 'test', 'fixtures', 'train', 'bin')}${delimiter}${process.env.PATH}`,
      // The replay steps through its recorded samples (idle, then busy) only where it may keep a count.
      FAKE_NVIDIA_SMI_LOG: join(modelDir, 'nvidia-smi.calls'),
      RUNNER_NAME: 'gpu-1',
    },
    inputs: {
      command: `node ${join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')} demo/train-command.ts`,
      model: 'churn',
      'model-path': relative(root, join(modelDir, 'model.onnx')),
      data: `${example}/data/train.csv`,
      holdout: `${example}/data/holdout.csv`,
      parameters: JSON.stringify({ features: spec.features, epochs: 10, holdout: `${example}/data/holdout.csv` }),
      seed: '42',
      'checkpoint-dir': relative(root, join(modelDir, 'checkpoints')),
      'progress-interval': '2',
      policy: relative(root, join(out, 'modelship.yml')),
    },
  });
  if (trained.exitCode !== 0) throw new Error(`train failed:\n${trained.log}`);
  writeFileSync(join(modelDir, 'train.summary.md'), trained.summary);
  const metrics = JSON.parse(readFileSync(trained.outputs['metrics-path']!, 'utf8')) as Record<string, number>;
  const lineage = JSON.parse(readFileSync(trained.outputs['lineage-path']!, 'utf8')) as {
    training: { gpuHours: number; wallSeconds: number; cost?: { amount: number; currency: string } };
  };
  say(
    'github-actions',
    `modelship/train ✅ on ${trained.outputs['gpu-name']} (replayed nvidia-smi, 2 GPUs): ${lineage.training.wallSeconds.toFixed(1)} s, ${lineage.training.gpuHours.toFixed(4)} GPU-hours${lineage.training.cost ? `, ~${lineage.training.cost.amount.toFixed(4)} ${lineage.training.cost.currency}` : ''}; holdout ROC AUC ${metrics.roc_auc!.toFixed(4)}`,
  );
  const evaluated = await runBundledAction('evaluate', {
    apiUrl: sandbox.url,
    token: sandbox.installationToken({
      permissions: {
        contents: 'read',
        metadata: 'read',
        checks: 'write',
        issues: 'write',
        pull_requests: 'write',
        deployments: 'read',
      },
    }),
    workspace: root,
    eventName: 'pull_request',
    workflow: 'PR checks',
    ref: `refs/pull/${pr.number}/merge`,
    event: pullEvent,
    inputs: {
      model: 'churn',
      candidate: relative(root, trained.outputs['model-path']!),
      data: `${example}/data/holdout.csv`,
      label: 'churned',
      task: 'binary',
      slices: 'region',
      features: spec.features.join(','),
      stage: 'staging',
      'report-path': relative(root, join(modelDir, 'evaluation.json')),
    },
  });
  if (evaluated.exitCode !== 0) throw new Error(`evaluate failed:\n${evaluated.log}`);
  const champion = evaluated.outputs.champion
    ? `vs champion ${evaluated.outputs.champion}`
    : 'no champion yet: absolute gates only';
  say(
    'github-actions',
    `modelship/evaluate ${evaluated.outputs.passed === 'true' ? '✅ passed' : '❌ failed'} (${champion}); comment ${evaluated.outputs['comment-url']}`,
  );
  const maintainer = sandbox.personas.maintainer!;
  const registered = await runBundledAction('register', {
    apiUrl: sandbox.url,
    token: sandbox.installationToken({ permissions: { contents: 'write', metadata: 'read' } }),
    workspace: out,
    eventName: 'pull_request',
    ref: `refs/pull/${pr.number}/merge`,
    event: {
      action: 'opened',
      number: pr.number,
      pull_request: { number: pr.number, head: { sha: head.sha, ref: spec.branch }, base: { ref: 'main' } },
      sender: { id: maintainer.id, login: maintainer.login },
    },
    env: { GITHUB_ACTOR_ID: String(maintainer.id) },
    inputs: {
      model: 'churn',
      'model-file': relative(out, trained.outputs['model-path']!),
      metrics: relative(out, trained.outputs['metrics-path']!),
      lineage: relative(out, trained.outputs['lineage-path']!),
      profile: relative(out, profilePath),
      gate: evaluated.outputs.gate ?? '',
    },
  });
  if (registered.exitCode !== 0) throw new Error(`register failed:\n${registered.log}`);
  // The version's model card (the release body) carries the training record from lineage.json.
  const card = registered.summary.split('\n');
  const from = card.indexOf('- **Training:**');
  const facts =
    from < 0 ? [] : card.slice(from + 1, from + 10).filter((line) => /^ {2}- (device|cuda|gpu-hours|cost):/.test(line));
  if (facts.length === 0) throw new Error(`the registered version has no training record:\n${registered.summary}`);
  writeFileSync(join(modelDir, 'model-card.md'), registered.summary);
  process.stdout.write(
    `   PR #${pr.number} at ${head.sha.slice(0, 7)} · registered ${registered.outputs.tag} with its lineage (${registered.outputs['release-url']})\n` +
      `   model card, training: ${facts.map((line) => line.slice(4).replace(/\*\*/g, '')).join(' · ')}\n`,
  );

  step(8 + index * 2, `reviewer approves PR #${pr.number}; maintainer comments /promote to staging`);
  await api('reviewer', 'POST', `/repos/acme/churn/pulls/${pr.number}/reviews`, {
    commit_id: head.sha,
    event: 'APPROVE',
    body: 'Metrics look good.',
  });
  say('reviewer', `approved ${head.sha.slice(0, 7)}`);
  await api('maintainer', 'POST', `/repos/acme/churn/issues/${pr.number}/comments`, {
    body: 'Ship it.\n/promote to staging',
  });
  say('maintainer', '/promote to staging');
  await settle();
  say(bot, `👀, then: ${await lastReply(pr.number)}`);
}

step(11, 'The scheduled drift report (actions/drift-report) on the drifting week opens the drift issue');
const drift = (week: string) =>
  runBundledAction('drift-report', {
    apiUrl: sandbox.url,
    token: sandbox.installationToken({
      permissions: { contents: 'read', metadata: 'read', issues: 'write', deployments: 'read', actions: 'write' },
    }),
    workspace: root,
    eventName: 'schedule',
    inputs: {
      model: 'churn',
      stage: 'staging',
      current: `${example}/data/production/week=${week}/batch.csv`,
      policy: relative(root, join(out, 'modelship.yml')),
      'report-path': relative(root, join(out, `drift-${week}.json`)),
    },
  });
writeFileSync(join(out, 'modelship.yml'), policy);
const drifted = await drift('2026-05');
if (drifted.exitCode !== 0) throw new Error(`drift-report failed:\n${drifted.log}`);
say(
  'github-actions',
  `drift ${drifted.outputs.severity} (share ${drifted.outputs['drift-share']}) → issue #${drifted.outputs['issue-number']} ${drifted.outputs['issue-url']}`,
);
const issueNumber = Number(drifted.outputs['issue-number']);

step(12, `maintainer comments /rollback in staging on drift issue #${issueNumber}`);
await api('maintainer', 'POST', `/repos/acme/churn/issues/${issueNumber}/comments`, {
  body: 'v2 drifts badly on this week. Rolling back.\n/rollback in staging',
});
say('maintainer', '/rollback in staging');
await settle();
say(bot, await lastReply(issueNumber));

step(13, 'A clean week: the next drift report closes the issue');
const clean = await drift('2026-02');
if (clean.exitCode !== 0) throw new Error(`drift-report failed:\n${clean.log}`);
const closed = await api<{ state: string }>('maintainer', 'GET', `/repos/acme/churn/issues/${issueNumber}`);
say('github-actions', `drift ${clean.outputs.severity} → issue #${issueNumber} is ${closed.state}`);
const history = await api<
  {
    id: number;
    payload: { version: number; reason: string; requested_by?: { login: string }; approved_by?: { login: string }[] };
  }[]
>('maintainer', 'GET', '/repos/acme/churn/deployments?environment=churn%2Fstaging');
process.stdout.write(
  [
    '',
    '   The environment churn/staging, as the Deployments page shows it (newest first):',
    '',
    '   | deployment | version | why | requested by | approved by |',
    '   |---|---|---|---|---|',
    ...history.map(
      (d) =>
        `   | ${d.id} | v${d.payload.version} | ${d.payload.reason} | @${d.payload.requested_by?.login ?? '?'} | ${(d.payload.approved_by ?? []).map((a) => `@${a.login}`).join(', ') || '—'} |`,
    ),
    '',
  ].join('\n'),
);
await app.close();
await sandbox.close();

process.stdout.write(
  `\nReports, summaries and models are in ${relative(root, out)}/. Next: canary deploys and the model server.\n`,
);
