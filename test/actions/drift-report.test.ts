/**
 * The drift-report action end to end against the sandbox, run as the Actions runner runs it (its
 * bundled `dist/index.js`; from `src/` through tsx when dist/ has not been built yet). A story:
 * `churn` v1 is live in production with its reference profile; a drifted week of prediction logs
 * opens the drift issue and dispatches retraining (the policy allows it); the same week again
 * updates the issue (no duplicate, no second dispatch), for the same 7 API calls with 1,000 versions
 * in the registry (P4); two clean weeks close it. A model whose policy does not allow retraining
 * never dispatches. Bad reference or current files fail the step with one clear error annotation,
 * exit code 1 and no stack trace.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction, type ActionRun, type BundledActionOptions } from '../../sandbox/action-runner.js';
import { dispatchesOf } from '../../sandbox/state/dispatch.js';
import { openDataset } from '../../shared/data/index.js';
import { DRIFT_ISSUE_LABEL, parseDriftState } from '../../shared/drift/issue.js';
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import { profileBatches } from '../../shared/profile/index.js';
import { Registry } from '../../shared/registry/index.js';
import { seedVersions } from '../helpers/seed-versions.js';
import { useSandbox } from '../sandbox/helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fromDist = existsSync(join(root, 'actions/drift-report/dist/index.js'));

/** Runs the action: its dist/ when built, else its src/ through tsx (same runner environment). */
function driftReport(options: BundledActionOptions): Promise<ActionRun> {
  if (fromDist) return runBundledAction('drift-report', options);
  const dir = mkdtempSync(join(tmpdir(), 'modelship-drift-action-'));
  const manifest = readFileSync(join(root, 'actions/drift-report/action.yml'), 'utf8');
  const entry = relative(dir, join(root, 'actions/drift-report/src/index.ts'));
  writeFileSync(join(dir, 'action.yml'), manifest.replace("main: 'dist/index.js'", `main: '${entry}'`));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return runBundledAction(dir, { ...options, env: { ...options.env, NODE_OPTIONS: `--import ${tsx}` } });
}

/** A seeded normal sampler (mulberry32 + Box–Muller). */
function normal(seed: number): () => number {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** A CSV of 2,000 rows: five numeric features (the first `shifted` moved by +1.5σ) and a plan. */
function week(seed: number, shifted = 0): string {
  const z = normal(seed);
  const lines = ['f0,f1,f2,f3,f4,plan'];
  for (let i = 0; i < 2000; i++) {
    const values = [0, 1, 2, 3, 4].map((c) => (z() + (c < shifted ? 1.5 : 0)).toFixed(4));
    const u = (z() + 4) % 1;
    lines.push(`${values.join(',')},${u < 0.5 ? 'basic' : u < 0.8 ? 'pro' : 'team'}`);
  }
  return lines.join('\n') + '\n';
}

const POLICY = `version: 1
drift:
  close_after_clean_runs: 2
  labels: [drift, ml]
  retrain: { enabled: true, workflow: retrain.yml, min_severity: alert }
models:
  churn: {}
  churn-eu:
    drift:
      retrain: { enabled: false }
  churn-imp:
    drift:
      importance_weighted: true
      retrain: { enabled: false }
`;

const RETRAIN_YML = `name: retrain
on:
  workflow_dispatch:
    inputs:
      model: { required: true }
      stage: { required: true }
      report-digest: { required: true }
jobs:
  train: { runs-on: ubuntu-latest, steps: [{ run: echo retrain }] }
`;

let ws: string;
let token: string;
const dispatches = () => dispatchesOf(fixture.sandbox.store.repo('acme', 'churn')!).workflowDispatches;
const openDriftIssues = async () =>
  (await fixture.client('reader').issues.listForRepo({ ...repo, labels: DRIFT_ISSUE_LABEL, state: 'open' })).data;

/** A scheduled run of the action on `current` (relative to the workspace). */
function scheduled(inputs: Record<string, string>, runId: number): Promise<ActionRun> {
  return driftReport({
    apiUrl: fixture.sandbox.url,
    workspace: ws,
    token,
    runId,
    eventName: 'schedule',
    event: { schedule: '0 6 * * 1' },
    ref: 'refs/heads/main',
    inputs,
  });
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  const { sandbox } = fixture;
  sandbox.push({ repo: 'acme/churn', branch: 'main', files: { '.github/workflows/retrain.yml': RETRAIN_YML } });
  ws = mkdtempSync(join(tmpdir(), 'modelship-drift-ws-'));
  mkdirSync(join(ws, '.github'));
  mkdirSync(join(ws, 'logs'));
  writeFileSync(join(ws, '.github/modelship.yml'), POLICY);
  writeFileSync(join(ws, 'reference.csv'), week(1));
  writeFileSync(join(ws, 'logs/drifted.csv'), week(2, 2));
  writeFileSync(join(ws, 'logs/clean-1.csv'), week(3));
  writeFileSync(join(ws, 'logs/clean-2.csv'), week(4));
  writeFileSync(join(ws, 'bad-profile.json'), '{"not": "a profile"}');

  // churn v1, with the reference profile of its training data, is live in production.
  const dataset = await openDataset('reference.csv', { cwd: ws });
  const profile = await profileBatches(dataset.schema, dataset.batches());
  const registry = new Registry({ github: createOctokitClient(fixture.client('maintainer'), repo) });
  const main = sandbox.store.repo('acme', 'churn')!.git.refs.get('refs/heads/main')!;
  const maintainer = sandbox.personas.maintainer!;
  const v1 = await registry.register({
    model: 'churn',
    commit: main,
    files: [{ name: 'model.onnx', data: new Uint8Array([1, 2, 3]) }],
    profile,
    creator: { id: maintainer.id, login: maintainer.login },
  });
  const deployment = await registry.createDeployment(v1, 'production');
  await registry.recordDeploymentStatus(deployment.id, { state: 'success' });

  token = sandbox.installationToken({
    permissions: { issues: 'write', actions: 'write', contents: 'read', deployments: 'read', metadata: 'read' },
  });
}, 60_000);

describe(`drift-report action (${fromDist ? 'dist/index.js' : 'src/index.ts through tsx'})`, () => {
  let issueNumber = 0;

  it('a drifted week opens the issue and dispatches retraining with the report digest', async () => {
    const run = await scheduled({ model: 'churn', current: 'logs/drifted.csv' }, 101);
    expect(run.exitCode, run.log).toBe(0);
    expect(run.log.split('\n')[0]).toMatch(/^modelship drift-report v\d/);
    expect(run.outputs).toMatchObject({ drifted: 'true', severity: 'alert', 'retrain-dispatched': 'true' });
    expect(Number(run.outputs['drift-share'])).toBeCloseTo(2 / 6, 12);
    const digest = sha256(join(ws, 'modelship-drift.json'));
    expect(run.outputs['report-digest']).toBe(digest);
    expect(JSON.parse(readFileSync(join(ws, run.outputs['report-path']!), 'utf8'))).toMatchObject({
      mode: 'sketch',
      severity: 'alert',
      reference: { source: 'churn/v1 (production) profile.json' },
    });
    expect(run.log).toContain('Reference: the profile of churn/v1, live in production');
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', title: 'Drift in churn (production)' }),
    );

    expect(dispatches().map((d) => ({ path: d.workflowPath, ref: d.ref, inputs: d.inputs }))).toEqual([
      {
        path: '.github/workflows/retrain.yml',
        ref: 'main',
        inputs: { model: 'churn', stage: 'production', 'report-digest': digest },
      },
    ]);
    const open = await openDriftIssues();
    expect(open).toHaveLength(1);
    const issue = open[0]!;
    issueNumber = issue.number;
    expect(run.outputs['issue-number']).toBe(String(issue.number));
    expect(run.outputs['issue-url']).toBe(issue.html_url);
    expect(issue.title).toBe('Data drift: churn in production (alert)');
    expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual([DRIFT_ISSUE_LABEL, 'drift', 'ml']);
    expect(issue.body).toContain('**Retraining dispatched** in this run: `retrain.yml` on `main`');
    expect(issue.body).toContain(`${fixture.sandbox.serverUrl}/acme/churn/actions/runs/101`);
    expect(issue.body!.length).toBeLessThan(65_536);

    // The job summary: the report table, the histogram charts, and where the issue is.
    expect(run.summary).toContain('Drift report: churn in production');
    expect(run.summary).toContain('| <code>f0</code> | numeric |');
    expect(run.summary).toContain('```mermaid');
    expect(run.summary).toContain(`Drift issue [#${issue.number}](${issue.html_url}) opened.`);
  }, 60_000);

  it('the same week again updates the same issue: no duplicate, no second dispatch', async () => {
    fixture.sandbox.counters.reset();
    const run = await scheduled({ model: 'churn', current: 'logs/drifted.csv' }, 102);
    expect(run.exitCode, run.log).toBe(0);
    // The whole run, at any registry size: 4 calls for the reference profile of the live version (the
    // release body carries the manifest), 2 for the issue.
    expect(fixture.sandbox.counters.byOperation).toEqual({
      'repos/list-deployments': 1,
      'repos/list-deployment-statuses': 1,
      'repos/get-release-by-tag': 1,
      'repos/get-release-asset': 1,
      'issues/list-for-repo': 1,
      'issues/update': 1,
    });
    expect(run.outputs).toMatchObject({ 'issue-number': String(issueNumber), 'retrain-dispatched': 'false' });
    expect(run.log).toMatch(/Drift issue: update #\d+ \(2 API calls: 1 lookup, 1 writes, 0 dispatch\)/);
    expect((await openDriftIssues()).map((i) => i.number)).toEqual([issueNumber]);
    expect(dispatches()).toHaveLength(1);
    // Two runs of history: the drift score over time is drawn in the summary.
    expect(run.summary).toContain('### Drift score over time');
  }, 60_000);

  it('P4: a drift-issue update costs the same 6 calls with 1,000 versions in the registry', async () => {
    const maintainer = fixture.sandbox.personas.maintainer!;
    seedVersions(fixture.sandbox, 'churn', 999, {
      first: 2,
      createdAt: new Date(),
      creator: { id: maintainer.id, login: maintainer.login },
    });
    fixture.sandbox.counters.reset();
    const run = await scheduled({ model: 'churn', current: 'logs/drifted.csv' }, 102);
    expect(run.exitCode, run.log).toBe(0);
    expect(run.outputs['issue-number']).toBe(String(issueNumber));
    expect(fixture.sandbox.counters.total).toBe(6);
    expect(run.log).toContain('Reference: the profile of churn/v1, live in production');
  }, 60_000);

  it('two clean weeks close the issue with a summary comment', async () => {
    const first = await scheduled({ model: 'churn', current: 'logs/clean-1.csv' }, 103);
    expect(first.exitCode, first.log).toBe(0);
    expect(first.outputs).toMatchObject({ drifted: 'false', severity: 'none', 'issue-number': String(issueNumber) });
    expect(first.log).toMatch(/Drift issue: update #\d+ \(3 API calls/);
    const second = await scheduled({ model: 'churn', current: 'logs/clean-2.csv' }, 104);
    expect(second.exitCode, second.log).toBe(0);
    expect(second.log).toMatch(/Drift issue: close #\d+ \(3 API calls: 1 lookup, 2 writes, 0 dispatch\)/);
    expect(second.summary).toContain('closed (recovered)');

    const reader = fixture.client('reader');
    const { data: issue } = await reader.issues.get({ ...repo, issue_number: issueNumber });
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(parseDriftState(issue.body ?? null)).toMatchObject({ runs: 5, clean_runs: 2, peak: 'alert' });
    const { data: comments } = await reader.issues.listComments({ ...repo, issue_number: issueNumber });
    expect(comments.map((c) => c.body!.split('\n')[0])).toEqual([
      '**No drift in this run**: clean run 1 of 2; the issue closes after 2 in a row.',
      '**Closing: 2 clean runs in a row.** No data drift in `churn` (production) any more.',
    ]);
    expect(comments.map((c) => c.body!.split('\n').at(-1))).toEqual([
      `[Workflow run](${fixture.sandbox.serverUrl}/acme/churn/actions/runs/103/attempts/1)`,
      `[Workflow run](${fixture.sandbox.serverUrl}/acme/churn/actions/runs/104/attempts/1)`,
    ]);
    expect(await openDriftIssues()).toEqual([]);
    expect(dispatches()).toHaveLength(1);
  }, 60_000);

  it('a model whose policy does not allow retraining opens its issue but never dispatches', async () => {
    const run = await scheduled(
      { model: 'churn-eu', current: 'logs/drifted.csv', reference: 'reference.csv', 'fail-on-drift': 'alert' },
      105,
    );
    // Exact mode (raw reference rows), and fail-on-drift: alert fails the step after the issue is written.
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({ severity: 'alert', 'retrain-dispatched': 'false' });
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'Drift severity alert reaches fail-on-drift (alert)',
    ]);
    expect(JSON.parse(readFileSync(join(ws, 'modelship-drift.json'), 'utf8'))).toMatchObject({ mode: 'exact' });
    const open = await openDriftIssues();
    expect(open.map((i) => i.title)).toEqual(['Data drift: churn-eu in production (alert)']);
    expect(open[0]!.body).toContain('Retraining on drift is off');
    expect(dispatches()).toHaveLength(1);
  }, 60_000);

  it.each([
    ['a missing current file', { current: 'logs/nope.csv', reference: 'reference.csv' }, /nope\.csv/],
    [
      'a reference that is not a profile',
      { current: 'logs/clean-1.csv', reference: 'bad-profile.json' },
      /bad-profile\.json/,
    ],
    ['a missing reference file', { current: 'logs/clean-1.csv', reference: 'missing.csv' }, /missing\.csv/],
  ])(
    '%s fails the step with one clear error annotation and no stack',
    async (_, inputs, pattern) => {
      const run = await scheduled({ model: 'churn', ...inputs }, 106);
      expect(run.exitCode).toBe(1);
      const errors = run.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(pattern);
      expect(errors[0]!.message).not.toMatch(/internal error/);
      expect(run.log).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    },
    60_000,
  );

  it('no version live in the stage: a clear error naming the input to pass', async () => {
    const run = await scheduled({ model: 'churn', stage: 'staging', current: 'logs/clean-1.csv' }, 107);
    expect(run.exitCode).toBe(1);
    expect(run.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'reference: No version of `churn` is live in staging, so there is no reference profile. Promote a version to staging first, or pass `reference:` (a data file, glob or profile.json)',
    ]);
  }, 60_000);

  it('a week of empty rows is no data: the step fails with the reason and leaves the drift issue alone', async () => {
    writeFileSync(join(ws, 'logs/empty.csv'), `f0,f1,f2,f3,f4,plan\n${',,,,,\n'.repeat(30)}`);
    const issuesBefore = await openDriftIssues();
    const run = await scheduled({ model: 'churn', current: 'logs/empty.csv' }, 108);
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(
      /^No data: f0 \(no values in the current data \(30 null\)\), .*plan \(no values in the current data \(30 null\)\) could not be tested .*so this run cannot say there is no drift/,
    );
    expect(JSON.parse(readFileSync(join(ws, 'modelship-drift.json'), 'utf8'))).toMatchObject({
      verdict: 'no_data',
      severity: 'none',
      columns: [],
    });
    expect(await openDriftIssues()).toEqual(issuesBefore);
  }, 60_000);

  it('weighs drift by the importance of the live version: columns in its order, the mass in drifted columns, severity from it', async () => {
    // churn-imp v1 relies on f4 (80%) and barely on the drifted f0 and f1 (10% together).
    const registry = new Registry({ github: createOctokitClient(fixture.client('maintainer'), repo) });
    const dataset = await openDataset('reference.csv', { cwd: ws });
    const maintainer = fixture.sandbox.personas.maintainer!;
    const feature = (name: string, mean: number, share: number) => ({
      feature: name,
      mean,
      std: 0.001,
      ci_low: mean - 0.001,
      ci_high: mean + 0.001,
      share,
    });
    const v1 = await registry.register({
      model: 'churn-imp',
      commit: fixture.sandbox.store.repo('acme', 'churn')!.git.refs.get('refs/heads/main')!,
      files: [{ name: 'model.onnx', data: new Uint8Array([1, 2, 3]) }],
      profile: await profileBatches(dataset.schema, dataset.batches()),
      creator: { id: maintainer.id, login: maintainer.login },
      importance: {
        metric: 'roc_auc',
        baseline: 0.9,
        rows: 2000,
        repeats: 5,
        seed: 0,
        confidence: 0.95,
        features: [
          feature('f4', 0.16, 0.8),
          feature('f2', 0.02, 0.1),
          feature('f0', 0.012, 0.06),
          feature('f1', 0.008, 0.04),
          feature('f3', 0, 0),
        ],
      },
    });
    const deployment = await registry.createDeployment(v1, 'production');
    await registry.recordDeploymentStatus(deployment.id, { state: 'success' });

    const run = await scheduled({ model: 'churn-imp', current: 'logs/drifted.csv' }, 109);
    expect(run.exitCode, run.log).toBe(0);
    // 2 of 6 columns drifted (alert by count), but only 10% of the importance: warn.
    expect(run.outputs).toMatchObject({ drifted: 'true', severity: 'warn' });
    expect(run.log).toContain("10.0% of churn-imp/v1 (production)'s importance sits in drifted columns");
    const report = JSON.parse(readFileSync(join(ws, 'modelship-drift.json'), 'utf8'));
    expect(report.importance).toMatchObject({ source: 'churn-imp/v1 (production)', weighted: true });
    expect(report.importance.drifted_share).toBeCloseTo(0.1, 12);
    expect(report.columns.map((c: { column: string }) => c.column)).toEqual(['f4', 'f2', 'f0', 'f1', 'f3', 'plan']);
    const issue = (await openDriftIssues()).find((i) => i.title.includes('churn-imp'))!;
    expect(issue.title).toBe('Data drift: churn-imp in production (warn)');
    expect(issue.body).toContain(
      "| Importance in drifted columns | 10.0% of churn-imp/v1 (production)'s permutation importance (severity is graded on it): <code>f0</code> 6.0%, <code>f1</code> 4.0% |",
    );
    expect(issue.body).toContain('### Which drifted features matter');
    expect(issue.body).toContain('| <code>f4</code> | 80.0% | no |');
  }, 60_000);
});
