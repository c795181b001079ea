/**
 * `npm run demo`: the modelship lifecycle J1–J4, run from the real workflow YAML on the sandbox's
 * workflow executor, against a real modelship model server, with no network.
 *
 * 1. Generate the churn example (training set, holdout, weekly production batches; one week's prices rise).
 * 2. Start the sandbox GitHub (with its workflow executor and an `ubuntu-latest` and a `gpu` runner),
 *    the modelship App wired to it (signed webhooks over HTTP), and a modelship model server with the
 *    sandbox as its registry and a prediction log. The team adopts the `modelship-pr`,
 *    `modelship-deploy` and `modelship-drift` starters, pinned to the sandbox's `modelship/modelship`.
 * 3. J1: a pull request → `modelship-pr` runs: validate the data, train on the `gpu` runner (replayed
 *    nvidia-smi), evaluate against the version live in staging (check run and PR comment, with the
 *    permutation importance of champion and candidate: table and Mermaid chart), register the
 *    candidate as a release that keeps its importances.
 * 4. J2: `reviewer` approves, `maintainer` comments `/promote`: the App creates the Deployment, its
 *    event starts `modelship-deploy`, whose deploy action rolls the version out on the model server
 *    (blue-green for the first, a canary under live traffic after), the statuses flow back and the
 *    App replies on the PR.
 * 5. Traffic: the production weeks go through the server; its prediction log is drift's current data.
 * 6. J4: the scheduled `modelship-drift` (an executor tick) opens the drift issue from the log of the
 *    price-rise week, graded on how much of v2's importance drifted (`drift.importance_weighted`);
 *    `/rollback` puts v1 back; a clean week's log closes the issue.
 * 7. A broken v3 (it fails on prices its holdout never had) goes out as a canary under the price-rise
 *    week's traffic; the server rolls it back by itself, the deployment fails and the PR reply shows
 *    the analysis.
 *
 * Each page is printed as a URL on the sandbox's page host. `--keep` leaves the sandbox, the App and
 * the server running until Ctrl-C; without it everything stops at the end.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { generateChurn } from '../examples/churn/generate.js';
import { createSandbox, type WorkflowRunRecord } from '../sandbox/index.js';
import { settleApp, startAppOnSandbox } from '../cli/src/sandbox-app.js';
import {
  localizeModelshipActions,
  pinModelship,
  renderStarter,
  reusableWorkflows,
  starterWorkflows,
} from '../scripts/sync-workflow-templates.js';

const root = join(import.meta.dirname, '..');
const out = join(root, '.modelship', 'demo');
const keep = process.argv.includes('--keep');
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);
let stepNumber = 0;
const step = (text: string) => process.stdout.write(`\n${bold(`${++stepNumber}. ${text}`)}\n`);
const say = (who: string, text: string) => process.stdout.write(`   ${bold(who)}: ${text}\n`);
const page = (what: string, url: string) => process.stdout.write(`   ${what}: ${url}\n`);
const started = Date.now();

for (const bundle of [
  ...['validate-data', 'train', 'evaluate', 'register', 'deploy', 'drift-report'].map(
    (a) => `actions/${a}/dist/index.js`,
  ),
  'cli/dist/index.js',
]) {
  try {
    readFileSync(join(root, bundle));
  } catch {
    throw new Error(`${bundle} is missing: run \`npm run build\``);
  }
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const OWNER = 'acme';
const REPO = 'churn';
const FEATURES = ['tenure_months', 'monthly_charges', 'late_payments'];
const ADMIN_TOKEN = `demo-admin-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const { version: modelshipVersion } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};

step('Generate the churn example (deterministic, seed 42)');
const files = generateChurn(join(root, 'examples', 'churn', 'data'));
for (const f of files) process.stdout.write(`   examples/churn/data/${f}\n`);
const example = (path: string) => readFileSync(join(root, 'examples', 'churn', path), 'utf8');
const week = (name: string) => `data/production/week=${name}/batch.csv`;

step('Start the sandbox GitHub with its workflow executor, the modelship App, and `modelship serve`');
const sandbox = await createSandbox({
  workflows: true,
  seed: { users: [{ login: 'modelship' }], repos: [{ owner: 'modelship', name: 'modelship' }] },
});
const app = await startAppOnSandbox(sandbox, { logLevel: 'fatal' });
const settle = () => settleApp(sandbox, app);
const executor = sandbox.workflows;
executor.registerRunner({ labels: ['ubuntu-latest'] });
executor.registerRunner({ labels: ['self-hosted', 'gpu'], name: 'gpu-1' });
executor.secrets.MODELSHIP_ADMIN_TOKEN = ADMIN_TOKEN;

const logDir = join(out, 'predictions');
const serverLog = join(out, 'server.log');
/**
 * `modelship serve` as its own process, as a team runs it: no version at start (the deploy workflow
 * loads each through the admin API), the sandbox's releases as the registry, every answered request
 * in the prediction log. Its stderr (its own log, and ONNX Runtime's line for every failed run of
 * the broken v3) goes to server.log.
 */
const serveProcess = spawn(
  process.execPath,
  [
    join(root, 'cli', 'dist', 'index.js'),
    'serve',
    ...['--model', 'churn', '--port', '0', '--repo', `${OWNER}/${REPO}`, '--api-url', sandbox.url],
    ...['--log-dir', logDir, '--sample-rate', '1', '--threads', '1'],
  ],
  {
    cwd: out,
    env: {
      ...process.env,
      GITHUB_TOKEN: sandbox.installationToken({ permissions: { contents: 'read', metadata: 'read' } }),
      MODELSHIP_ADMIN_TOKEN: ADMIN_TOKEN,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  },
);
const serverExited = new Promise<number | null>((resolve) => serveProcess.once('exit', (code) => resolve(code)));
const serverLogFile = createWriteStream(serverLog);
// However the demo ends (a failed step included), the server process does not outlive it.
process.once('exit', () => serveProcess.kill('SIGTERM'));
interface ServerStatus {
  stable: { version: string } | null;
  candidate: unknown;
}
const server = {
  url: await new Promise<string>((resolve, reject) => {
    // It says where it listens on stderr, with the rest of its log.
    createInterface({ input: serveProcess.stderr }).on('line', (line) => {
      serverLogFile.write(`${line}\n`);
      const url = / on (http:\/\/\S+) /.exec(line)?.[1];
      if (url) resolve(url);
    });
    void serverExited.then((code) => reject(new Error(`modelship serve exited (${code}); see ${serverLog}`)));
    setTimeout(() => reject(new Error(`modelship serve did not start in 60 s; see ${serverLog}`)), 60_000).unref();
  }),
  /** The server's own account of what it serves (its admin API). */
  async status(): Promise<ServerStatus> {
    const response = await fetch(`${server.url}/admin/status`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    return (await response.json()) as ServerStatus;
  },
};

let closed = false;
/** Stops everything the demo started: the server process (it drains and closes its log), the App, the sandbox. */
async function stopAll(): Promise<void> {
  if (closed) return;
  closed = true;
  serveProcess.kill('SIGTERM');
  await serverExited;
  await app.close();
  await sandbox.close();
}
process.on('SIGINT', () => {
  process.stdout.write('\nStopping the sandbox, the App and the model server…\n');
  void stopAll().then(() => process.exit(0));
});

const policy = `version: 1
models:
  churn:
    stages:
      - name: staging
        required_role: write
        approvals: 1
        deploy:
          target: server
          url: ${server.url}
          strategy: canary
          canary: { interval: 1s, threshold: 2, step_weight: 25, max_weight: 50, min_requests: 10, max_error_rate: 0.05, max_inconclusive: 4 }
      - production
evaluate:
  # The champion is the version live in staging; a retrain on the same data may score a hair below
  # it (the interval of the difference straddles 0) and still ship.
  min_delta: -0.005
  # Permutation importance of the candidate and the champion in the PR comment; a feature carrying
  # more than 90% of it (a leaked label, an id) fails the gate (tenure carries about three quarters
  # of this model's). The registered version keeps its importances.
  importance: { max_feature_share: 0.9 }
drift:
  stage: staging
  close_after_clean_runs: 1
  # Graded on how much of the live model's importance sits in drifted columns.
  importance_weighted: true
  # The server logs what the model sees (its three features) and says: the training profile's
  # other columns are not in the current data.
  columns:
${['customer_id', 'signup_date', 'region', 'contract', 'payment_method', 'internet_service', 'age', 'total_charges', 'num_products', 'support_calls', 'avg_session_minutes', 'data_usage_gb', 'churned'].map((c) => `    ${c}: { ignore: true }`).join('\n')}
`;

// modelship/modelship holds the reusable workflows; the team pins its starters to that commit.
const copies = Object.fromEntries(
  [...reusableWorkflows()].map(([name, text]) => [`.github/workflows/${name}`, localizeModelshipActions(text)]),
);
const pin = sandbox.push({ repo: 'modelship/modelship', branch: 'main', files: copies }).sha;
const starter = (name: string) =>
  pinModelship(
    renderStarter(starterWorkflows().get(name)!, { defaultBranch: 'main', cronDaily: '17 6 * * *' }),
    pin,
    modelshipVersion,
  );
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
/** The PR starter as the team edits it: the demo's TypeScript trainer as the command, its parameters. */
const prStarter = (parameters: Record<string, unknown>) =>
  starter('modelship-pr.yml')
    .replace('train-command: python train.py', `train-command: node ${tsx} ${join(root, 'demo', 'train-command.ts')}`)
    .replace(
      'label: churned',
      // The champion is the version live in staging, the only stage the demo deploys to.
      `label: churned\n      stage: staging\n      parameters: '${JSON.stringify(parameters)}'\n      seed: 42`,
    );
sandbox.push({
  repo: `${OWNER}/${REPO}`,
  branch: 'main',
  as: 'maintainer',
  files: {
    '.github/modelship.yml': policy,
    '.github/workflows/modelship-pr.yml': prStarter({ features: FEATURES, epochs: 3, holdout: 'data/holdout.csv' }),
    '.github/workflows/modelship-deploy.yml': starter('modelship-deploy.yml'),
    // The server's prediction log of the week is the current data (fetched into logs/predictions).
    '.github/workflows/modelship-drift.yml': starter('modelship-drift.yml'),
    'data/churn.expectations.yml': example('churn.expectations.yml'),
    'data/train.csv': example('data/train.csv'),
    'data/holdout.csv': example('data/holdout.csv'),
  },
});
await settle();
await executor.idle();
const pages = sandbox.serverUrl;
const repoPage = `${pages}/${OWNER}/${REPO}`;
process.stdout.write(
  `   GitHub API at ${sandbox.url}, its pages at ${pages}, the App at ${app.webhookUrl}\n` +
    `   modelship serve (pid ${serveProcess.pid}) at ${server.url} (OIP v2; prediction log in .modelship/demo/predictions, its stderr in .modelship/demo/server.log)\n` +
    `   acme/churn adopted modelship-pr, modelship-deploy and modelship-drift, pinned to modelship/modelship@${pin.slice(0, 7)}\n`,
);
page('repository', repoPage);

const api = async <T>(login: string, method: string, path: string, body?: unknown): Promise<T> => {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { authorization: `token ${sandbox.personas[login]!.token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path} as ${login}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};
const bot = `${sandbox.app.slug}[bot]`;
const lastReply = async (issue: number): Promise<string> => {
  const comments = await api<{ body: string; user: { login: string } }[]>(
    'maintainer',
    'GET',
    `/repos/${OWNER}/${REPO}/issues/${issue}/comments?per_page=100`,
  );
  const body = comments.filter((c) => c.user.login === bot).at(-1)?.body ?? '(no reply)';
  return body.replace(/\n*<!--[\s\S]*?-->\s*$/, '');
};
const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => `      ${l}`)
    .join('\n');
const logsOf = (run: WorkflowRunRecord) =>
  run.jobs.map((j) => `${j.name}: ${j.conclusion}\n${j.log}`).join('\n') + (run.error ?? '');
/** Waits for the App and the executor until neither has work left; returns the runs started meanwhile. */
async function quiet(before: number): Promise<WorkflowRunRecord[]> {
  for (let round = 0; round < 4; round++) {
    await settle();
    await executor.idle();
  }
  await settle();
  return executor.runs.slice(before);
}
/**
 * The part of a Markdown body from the line `heading` up to the next heading of the same level or
 * above, or '' when the body has no such line: what a reader finds under that heading.
 */
function section(body: string, heading: string): string {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) return '';
  const level = /^#+/.exec(heading)![0].length;
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && /^#+/.exec(l)![0].length <= level);
  return lines
    .slice(start, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}
/** What a reader sees under `heading` in issue or PR `number`'s comments (the last that has it). */
async function commentSection(number: number, heading: string): Promise<string> {
  const comments = await api<{ body: string }[]>(
    'maintainer',
    'GET',
    `/repos/${OWNER}/${REPO}/issues/${number}/comments?per_page=100`,
  );
  return comments.map((c) => section(c.body, heading)).findLast((text) => text !== '') ?? '';
}
const runLine = (run: WorkflowRunRecord) =>
  `${run.name} (${run.event}) ${run.conclusion === 'success' ? '✅' : '❌'} ${run.conclusion}: ${run.jobs.map((j) => `${j.name} ${j.conclusion}`).join(' → ')}`;

/** J1: a PR that touches the data; the PR starter at its head trains with `parameters`. */
async function pullRequest(branch: string, title: string, parameters: Record<string, unknown>) {
  const before = executor.runs.length;
  const head = sandbox.push({
    repo: `${OWNER}/${REPO}`,
    branch,
    as: 'maintainer',
    files: {
      'data/NOTES.md': `${title}\n`,
      '.github/workflows/modelship-pr.yml': prStarter(parameters),
    },
  });
  const pr = await api<{ number: number }>('maintainer', 'POST', `/repos/${OWNER}/${REPO}/pulls`, {
    title,
    head: branch,
    base: 'main',
  });
  const runs = await quiet(before);
  const run = runs.find((r) => r.name === 'modelship PR');
  if (!run) throw new Error(`the PR starter did not run on PR #${pr.number}: ${runs.map((r) => r.name).join(', ')}`);
  if (run.conclusion !== 'success') throw new Error(`modelship PR failed:\n${logsOf(run)}`);
  const [, train, evaluate, register] = run.jobs;
  say('github-actions', runLine(run));
  say(
    'github-actions',
    `trained on ${train!.outputs['gpu-name']} (runner gpu-1, replayed nvidia-smi); evaluation ${evaluate!.outputs.passed === 'true' ? 'passed' : 'failed'}; registered ${register!.outputs.tag}`,
  );
  page('pull request', `${repoPage}/pull/${pr.number}`);
  page('workflow run', `${repoPage}/actions/runs/${run.id}`);
  page('release', `${repoPage}/releases/tag/${register!.outputs.tag}`);
  return { number: pr.number, sha: head.sha, version: Number(register!.outputs.version) };
}

/** J2: approve, `/promote`, and everything that follows; resolves with the deploy run. */
async function promote(pr: { number: number; sha: string; version: number }) {
  await api('reviewer', 'POST', `/repos/${OWNER}/${REPO}/pulls/${pr.number}/reviews`, {
    commit_id: pr.sha,
    event: 'APPROVE',
    body: 'Metrics look good.',
  });
  say('reviewer', `approved ${pr.sha.slice(0, 7)}`);
  const before = executor.runs.length;
  await api('maintainer', 'POST', `/repos/${OWNER}/${REPO}/issues/${pr.number}/comments`, {
    body: `Ship it.\n/promote v${pr.version} to staging`,
  });
  say('maintainer', `/promote v${pr.version} to staging`);
  return deployed(pr.number, before);
}

/** The deploy run(s) started since `before`, their deployment statuses and the App's reply on `issue`. */
async function deployed(issue: number, before: number) {
  const runs = await quiet(before);
  const run = runs.find((r) => r.name === 'modelship deploy');
  if (!run) throw new Error(`no deploy run started: ${runs.map((r) => r.name).join(', ')}`);
  say('github-actions', runLine(run));
  const [deployment] = await api<{ id: number; payload: { version: number } }[]>(
    'maintainer',
    'GET',
    `/repos/${OWNER}/${REPO}/deployments?environment=churn%2Fstaging`,
  );
  const statuses = await api<{ state: string; description: string }[]>(
    'maintainer',
    'GET',
    `/repos/${OWNER}/${REPO}/deployments/${deployment!.id}/statuses`,
  );
  say(
    'deployment',
    `#${deployment!.id} churn/v${deployment!.payload.version}: ${statuses
      .map((s) => s.state)
      .reverse()
      .join(' → ')} (${statuses[0]?.description ?? ''})`,
  );
  const status = await server.status();
  say('model server', `serving churn/v${status.stable?.version ?? '?'}${status.candidate ? ' (+ a candidate)' : ''}`);
  say(bot, `\n${indent(await lastReply(issue))}`);
  page('workflow run', `${repoPage}/actions/runs/${run.id}`);
  page('deployments', `${repoPage}/deployments?environments_filter=churn%2Fstaging`);
  return run;
}

/** The rows of a production week as infer requests (batch 1, the model's features, FP32). */
function requestsOf(path: string): string[] {
  const [header, ...lines] = readFileSync(join(root, 'examples', 'churn', path), 'utf8')
    .trimEnd()
    .split('\n');
  const index = FEATURES.map((f) => header!.split(',').indexOf(f));
  return lines.map((line) => {
    const cells = line.split(',');
    const data = index.map((i) => Number(cells[i]) || 0);
    return JSON.stringify({ inputs: [{ name: 'features', datatype: 'FP32', shape: [1, FEATURES.length], data }] });
  });
}

/**
 * Sends the rows of `weeks` through the server, 8 at a time, in turn, until every row went once
 * (or, with `until`, on and on until it resolves). Counts answers by status.
 */
async function traffic(weeks: string[], until?: Promise<unknown>) {
  const requests = weeks.flatMap((w) => requestsOf(week(w)));
  const counts = new Map<number, number>();
  let next = 0;
  let done = false;
  void until?.then(() => (done = true));
  const client = async () => {
    while (until ? !done : next < requests.length) {
      const body = requests[next++ % requests.length]!;
      const response = await fetch(`${server.url}/v2/models/churn/infer`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await response.arrayBuffer();
      counts.set(response.status, (counts.get(response.status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: 8 }, client));
  return [...counts].map(([status, n]) => `${n} × ${status}`).join(', ');
}

/**
 * The prediction log rows written since `since`, as one JSON Lines file, pushed to the repository's
 * `logs/predictions/` (where the drift starter reads the current data), as a team's log-shipping
 * job would. The file being written (`.jsonl.partial`, rotated hourly) is read up to its last
 * complete line.
 */
async function publishLog(since: number, label: string): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const rows = readdirSync(logDir)
    .filter((f) => f.endsWith('.jsonl') || f.endsWith('.jsonl.partial'))
    .sort()
    .flatMap((f) => {
      const text = readFileSync(join(logDir, f), 'utf8');
      return text
        .slice(0, text.lastIndexOf('\n') + 1)
        .split('\n')
        .filter(Boolean);
    })
    .filter((line) => Date.parse((JSON.parse(line) as { timestamp: string }).timestamp) >= since);
  sandbox.push({
    repo: `${OWNER}/${REPO}`,
    branch: 'main',
    as: 'maintainer',
    message: `Prediction log: ${label}`,
    files: { 'logs/predictions/current.jsonl': `${rows.join('\n')}\n` },
  });
  await settle();
  await executor.idle();
  return rows.length;
}

/** The scheduled drift run at `date` (06:17 UTC, the starter's daily minute). */
async function driftAt(date: string) {
  const [run] = await executor.tick(new Date(date));
  await executor.idle();
  await settle();
  if (!run) throw new Error(`the drift starter did not run at ${date}`);
  if (run.conclusion !== 'success') throw new Error(`modelship drift failed:\n${logsOf(run)}`);
  const job = run.jobs[0]!;
  say('github-actions', `${runLine(run)}; drift severity ${job.outputs.severity}`);
  page('workflow run', `${repoPage}/actions/runs/${run.id}`);
  return job.outputs;
}

step(
  'J1: maintainer opens PR "Train churn v1"; modelship-pr runs from the YAML (validate → train on gpu → evaluate → register)',
);
const v1 = await pullRequest('train-v1', 'Train churn v1', {
  features: FEATURES,
  epochs: 3,
  holdout: 'data/holdout.csv',
});

step(
  `J2: reviewer approves PR #${v1.number}, maintainer comments /promote; modelship-deploy puts v1 on the server (blue-green: nothing to compare a canary with)`,
);
await promote(v1);

step('J1 again: PR "Train churn v2" (more epochs), registered as the next candidate');
const v2 = await pullRequest('train-v2', 'Train churn v2', {
  features: FEATURES,
  epochs: 10,
  holdout: 'data/holdout.csv',
});

{
  // What the reviewer reads in the evaluation comment: which features v2 relies on, next to v1's.
  const importance = await commentSection(v2.number, '#### Feature importance');
  if (!importance.includes('| feature | champion | candidate |')) {
    throw new Error(`the evaluation comment on PR #${v2.number} has no importance table:\n${importance}`);
  }
  say(`PR #${v2.number} evaluation comment`, 'Feature importance (champion v1 → candidate v2):');
  process.stdout.write(
    `${indent(
      importance
        .split('\n')
        .filter((l) => l.startsWith('|'))
        .join('\n'),
    )}\n`,
  );
  const chart = importance.includes('```mermaid') && importance.includes('xychart-beta');
  say(`PR #${v2.number} evaluation comment`, `and a Mermaid bar chart of the shares: ${chart ? 'yes' : 'no'}`);
}

step(`J2: /promote v2: a canary on the server under live traffic (the clean weeks), promoted by the analysis`);
{
  const before = executor.runs.length;
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const load = traffic(['2026-02', '2026-03', '2026-04'], stopped);
  const run = promote(v2);
  await run.finally(stop);
  say('traffic', await load);
  if ((await run).conclusion !== 'success') throw new Error(`deploying v2 failed:\n${logsOf(executor.runs[before]!)}`);
}

step("Traffic: the price-rise week (2026-05) goes through the server; its prediction log is drift's current data");
{
  const since = Date.now();
  say('traffic', await traffic(['2026-05']));
  const rows = await publishLog(since, 'week 2026-05');
  say('maintainer', `pushed the server's prediction log of the week (${rows} rows) to logs/predictions/current.jsonl`);
}

step("J4: the scheduled modelship-drift (executor tick at 06:17 UTC) compares the log with v2's profile");
const drifted = await driftAt('2026-12-07T06:17:00Z');
const issue = Number(drifted['issue-number']);
if (!issue) throw new Error('the drift run opened no issue');
page('drift issue', `${repoPage}/issues/${issue}`);
{
  // What the issue says about the drifted features: ranked by v2's importance, the drifted mass.
  const { body } = await api<{ body: string }>('maintainer', 'GET', `/repos/${OWNER}/${REPO}/issues/${issue}`);
  const view = section(body, '### Which drifted features matter');
  if (!view) throw new Error(`drift issue #${issue} has no importance-weighted view:\n${body}`);
  // The sentence on the drifted importance mass, then the features in the order of v2's importance.
  const [sentence, ...rest] = view.split('\n').slice(2);
  const table = rest.slice(rest.findIndex((l) => l.startsWith('|')));
  const end = table.findIndex((l) => !l.startsWith('|'));
  say(`drift issue #${issue}`, 'Which drifted features matter:');
  process.stdout.write(`${indent([sentence, ...table.slice(0, end < 0 ? undefined : end)].join('\n'))}\n`);
}

step(`J4: maintainer comments /rollback in staging on drift issue #${issue}; modelship-deploy puts v1 back`);
{
  const before = executor.runs.length;
  await api('maintainer', 'POST', `/repos/${OWNER}/${REPO}/issues/${issue}/comments`, {
    body: 'The price rise hurts v2. Rolling back while we retrain.\n/rollback in staging',
  });
  say('maintainer', '/rollback in staging');
  await deployed(issue, before);
}

step('A clean week (2026-02) through the server; the next scheduled drift run closes the issue');
{
  const since = Date.now();
  say('traffic', await traffic(['2026-02']));
  const rows = await publishLog(since, 'week 2026-02');
  say('maintainer', `pushed the prediction log of the week (${rows} rows)`);
  await driftAt('2026-12-08T06:17:00Z');
  const state = await api<{ state: string }>('maintainer', 'GET', `/repos/${OWNER}/${REPO}/issues/${issue}`);
  say('drift issue', `#${issue} is ${state.state}`);
  page('drift issue', `${repoPage}/issues/${issue}`);
}

step('A broken v3: its price lookup only covers prices below 112 (all its holdout has), so evaluation passes');
const v3 = await pullRequest('train-v3', 'Train churn v3 (price buckets)', {
  features: FEATURES,
  epochs: 10,
  holdout: 'data/holdout.csv',
  faultAbove: { feature: 'monthly_charges', value: 112 },
});

step(
  "/promote v3: a canary under the price-rise week's traffic; the server rolls it back, the deployment fails, the PR says why",
);
{
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const load = traffic(['2026-05'], stopped);
  const run = promote(v3);
  await run.finally(stop);
  say('traffic', `${await load} (the 500s are v3's failures while it had a share)`);
  if ((await run).conclusion === 'success') throw new Error('the broken v3 was deployed');
}

const history = await api<{ id: number; payload: { version: number; reason: string }; statuses_url: string }[]>(
  'maintainer',
  'GET',
  `/repos/${OWNER}/${REPO}/deployments?environment=churn%2Fstaging`,
);
process.stdout.write(
  [
    '',
    '   The environment churn/staging (newest first):',
    '',
    '   | deployment | version | why |',
    '   |---|---|---|',
    ...history.map((d) => `   | ${d.id} | v${d.payload.version} | ${d.payload.reason} |`),
    '',
    `   The model server serves churn/v${(await server.status()).stable?.version}.`,
    `   Workflow runs: ${executor.runs.length} (${executor.runs.filter((r) => r.conclusion === 'success').length} succeeded); executor errors: ${executor.errors.length}.`,
    `   Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    '',
  ].join('\n'),
);

if (keep) {
  process.stdout.write(`\n${bold('--keep')}: everything stays up; open ${repoPage}. Ctrl-C stops it.\n`);
} else {
  await stopAll();
}
