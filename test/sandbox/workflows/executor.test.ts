/**
 * The workflow executor as a team meets it: workflow files pushed to the sandbox repository run
 * on sandbox events, over real HTTP, with real child processes, and the sandbox shows what GitHub
 * would show (the run, its jobs, check runs, summaries, annotations, the token's permissions).
 * Each story pushes its fixture to a branch of its own (`test/sandbox/workflows/fixtures/`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checksOf } from '../../../sandbox/state/checks.js';
import { churnWorkspace } from '../../helpers/churn-fixture.js';
import type { WorkflowRunRecord } from '../../../sandbox/index.js';
import { useSandbox } from '../helpers/sandbox.js';

const fixtures = join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

const t = useSandbox({ workflows: { secrets: { REGISTRY_KEY: 's3cret' } } });

/** Pushes workflow files to `branch` (created from main) and waits for the runs they start. */
async function pushWorkflows(branch: string, files: Record<string, string>): Promise<WorkflowRunRecord[]> {
  const before = t.sandbox.workflows.runs.length;
  t.sandbox.push({ repo: 'acme/churn', branch, files });
  await t.sandbox.workflows.idle();
  return t.sandbox.workflows.runs.slice(before);
}

describe('the workflow executor', () => {
  beforeAll(() => t.sandbox.workflows.registerRunner({ labels: ['ubuntu-latest'] }));
  // No story may hit a fault of the executor itself.
  afterEach(() => expect(t.sandbox.workflows.errors).toEqual([]));

  it('runs a push workflow whose second job reads the first job’s outputs', async () => {
    const [run, ...others] = await pushWorkflows('two-jobs', {
      '.github/workflows/two-jobs.yml': fixture('two-jobs.yml'),
    });
    expect(others).toEqual([]);
    expect(t.sandbox.workflows.errors).toEqual([]);
    const logs = run!.jobs.map((j) => `${j.name}: ${j.conclusion}\n${j.log}`).join('\n');
    expect(run!.conclusion, logs).toBe('success');
    expect(run).toMatchObject({ name: 'Two jobs', event: 'push', headBranch: 'two-jobs', status: 'completed' });
    const [build, release] = run!.jobs;
    expect(build).toMatchObject({ name: 'build', conclusion: 'success', outputs: { version: '1.2.1' } });
    expect(build!.summary).toBe('### Built 1.2.1\n');
    expect(build!.annotations).toEqual([
      { level: 'warning', message: 'a warning from the build', file: 'data/train.csv', line: '3' },
    ]);
    expect(release!.steps.map((s) => [s.name, s.conclusion])).toEqual([
      ['Run mkdir -p sub', 'success'],
      ['Use the output of build', 'success'],
      ['Run echo never', 'skipped'],
    ]);
    expect(release!.log).toContain('hello 1.2.1');
    // The token had what the workflow gave (contents: read) and the job used exactly that.
    expect(release!.permissions).toEqual({ metadata: 'read', contents: 'read' });
    expect(release!.permissionsUsed).toEqual({ metadata: 'read' });
    // A check run per job on the head SHA, named as the job, by the GitHub Actions app.
    const repo = t.sandbox.store.repo('acme', 'churn')!;
    const checks = [...checksOf(repo).runs.values()].filter((c) => c.headSha === run!.headSha);
    expect(checks.map((c) => [c.name, c.conclusion])).toEqual([
      ['build', 'success'],
      ['release', 'success'],
    ]);
    expect(checks[0]!.annotations[0]).toMatchObject({ path: 'data/train.csv', startLine: 3, level: 'warning' });
    expect(checks[0]!.output.summary).toBe('### Built 1.2.1\n');

    // The REST API shows the run and its jobs as GitHub shapes them (the contract checks every field).
    const octokit = t.client('maintainer');
    const listed = await octokit.rest.actions.listWorkflowRunsForRepo({
      owner: 'acme',
      repo: 'churn',
      branch: 'two-jobs',
    });
    expect(listed.data.workflow_runs.map((r) => [r.id, r.name, r.status, r.conclusion])).toEqual([
      [run!.id, 'Two jobs', 'completed', 'success'],
    ]);
    const byWorkflow = await octokit.rest.actions.listWorkflowRuns({
      owner: 'acme',
      repo: 'churn',
      workflow_id: 'two-jobs.yml',
    });
    expect(byWorkflow.data.total_count).toBe(1);
    const got = await octokit.rest.actions.getWorkflowRun({ owner: 'acme', repo: 'churn', run_id: run!.id });
    expect(got.data).toMatchObject({ event: 'push', head_sha: run!.headSha, path: '.github/workflows/two-jobs.yml' });
    const jobs = await octokit.rest.actions.listJobsForWorkflowRun({ owner: 'acme', repo: 'churn', run_id: run!.id });
    expect(jobs.data.jobs.map((j) => [j.name, j.conclusion, j.labels, j.steps?.length])).toEqual([
      ['build', 'success', ['ubuntu-latest'], 2],
      ['release', 'success', ['ubuntu-latest'], 3],
    ]);
    const log = await octokit.rest.actions.downloadJobLogsForWorkflowRun({
      owner: 'acme',
      repo: 'churn',
      job_id: release!.id,
    });
    expect(String(log.data)).toContain('hello 1.2.1');
  });

  it('runs a pull request workflow only when its paths filter matches', async () => {
    const octokit = t.client('maintainer');
    await pushWorkflows('main', { '.github/workflows/paths-filter.yml': fixture('paths-filter.yml') });
    t.sandbox.push({ repo: 'acme/churn', branch: 'docs-only', files: { 'data/README.md': 'notes' } });
    t.sandbox.push({ repo: 'acme/churn', branch: 'new-data', files: { 'data/train.csv': 'a,b\n1,2\n' } });
    await t.sandbox.workflows.idle();
    const before = t.sandbox.workflows.runs.length;
    const docs = await octokit.rest.pulls.create({
      owner: 'acme',
      repo: 'churn',
      head: 'docs-only',
      base: 'main',
      title: 'Docs',
    });
    const data = await octokit.rest.pulls.create({
      owner: 'acme',
      repo: 'churn',
      head: 'new-data',
      base: 'main',
      title: 'Data',
    });
    await t.sandbox.workflows.idle();
    const runs = t.sandbox.workflows.runs.slice(before);
    expect(runs.map((r) => [r.name, r.event, r.conclusion])).toEqual([['Data changed', 'pull_request', 'success']]);
    expect(runs[0]!.jobs[0]!.log).toContain(`PR ${data.data.number} changed data`);
    expect(runs[0]!.headSha).toBe(data.data.head.sha);
    expect(docs.data.number).not.toBe(data.data.number);
    // permissions: {} leaves the token nothing but metadata.
    expect(runs[0]!.jobs[0]!.permissions).toEqual({ metadata: 'read' });
  });

  it('runs a matrix of three shards in parallel, then a merge job over their outputs', async () => {
    await pushWorkflows('main', { '.github/workflows/matrix.yml': fixture('matrix.yml') });
    const before = t.sandbox.workflows.runs.length;
    await t.client('maintainer').rest.actions.createWorkflowDispatch({
      owner: 'acme',
      repo: 'churn',
      workflow_id: 'matrix.yml',
      ref: 'main',
    });
    await t.sandbox.workflows.idle();
    const [run] = t.sandbox.workflows.runs.slice(before);
    const logs = run!.jobs.map((j) => `${j.name}: ${j.conclusion}\n${j.log}`).join('\n');
    expect(run!.conclusion, logs).toBe('success');
    expect(run!.jobs.map((j) => j.name)).toEqual(['profile (1)', 'profile (2, true)', 'profile (3)', 'merge']);
    expect(run!.jobs[1]!.log).toContain('shard 2 of 3 heavy=true');
    expect(run!.jobs[3]!.log).toContain('total=600');
  });

  it('cancels the legs a failed leg leaves (fail-fast, max-parallel), unless fail-fast is off', async () => {
    const [run] = await pushWorkflows('fail-fast', { '.github/workflows/fail-fast.yml': fixture('fail-fast.yml') });
    const byName = Object.fromEntries(run!.jobs.map((j) => [j.name, j.conclusion]));
    expect(byName).toEqual({
      'one-at-a-time (1)': 'failure',
      'one-at-a-time (2)': 'cancelled',
      'one-at-a-time (3)': 'cancelled',
      'all-of-them (1)': 'success',
      'all-of-them (2)': 'failure',
      'all-of-them (3)': 'success',
    });
    expect(run!.conclusion).toBe('failure');
  });

  it('fails a job whose contents: read token tries to write, with a 403 that names the permission', async () => {
    const [run] = await pushWorkflows('write-denied', {
      '.github/workflows/write-denied.yml': fixture('write-denied.yml'),
    });
    expect(run!.conclusion).toBe('failure');
    const job = run!.jobs[0]!;
    expect(job.conclusion).toBe('failure');
    expect(job.permissions).toEqual({ metadata: 'read', contents: 'read' });
    expect(job.log).toContain('403');
    expect(job.log).toContain('Resource not accessible by integration');
    expect(job.log.toLowerCase()).toContain('x-accepted-github-permissions: contents=write');
    expect(job.permissionsDenied).toEqual([{ operationId: 'repos/create-release', needed: 'contents=write' }]);
  });

  it('skips the dependants of a failed job unless their if asks for them', async () => {
    const [run] = await pushWorkflows('needs', { '.github/workflows/needs.yml': fixture('needs.yml') });
    expect(run!.conclusion).toBe('failure');
    expect(run!.jobs.map((j) => [j.name, j.conclusion])).toEqual([
      ['fails', 'failure'],
      ['skipped', 'skipped'],
      ['on-failure', 'success'],
      ['after-skipped', 'success'],
      ['not-after-a-failure', 'skipped'],
    ]);
    expect(run!.jobs[2]!.log).toContain('fails is failure');
    expect(run!.jobs[3]!.log).toContain('skipped is skipped');
  });

  it('fails a run with an unsupported key, naming the key and the file', async () => {
    const [run] = await pushWorkflows('unsupported', {
      '.github/workflows/unsupported.yml': fixture('unsupported.yml'),
    });
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure', jobs: [] });
    expect(run!.error).toContain('.github/workflows/unsupported.yml:8');
    expect(run!.error).toContain("unsupported key 'jobs.test.services'");
  });

  it('calls a reusable workflow with typed inputs, inherited secrets and outputs', async () => {
    const [run] = await pushWorkflows('reusable', {
      '.github/workflows/caller.yml': fixture('caller.yml'),
      '.github/workflows/called.yml': fixture('called.yml'),
    });
    const logs = run!.jobs.map((j) => `${j.name}: ${j.conclusion}\n${j.log}`).join('\n');
    expect(run!.conclusion, logs).toBe('success');
    expect(run!.jobs.map((j) => j.name)).toEqual(['call / describe', 'remote / describe', 'after']);
    // The called workflow asks for contents: write, but its caller gave contents: read: narrowed.
    expect(run!.jobs[0]!.permissions).toEqual({ metadata: 'read', contents: 'read' });
    // A caller job that grants contents: write lets it through.
    expect(run!.jobs[1]!.permissions).toEqual({ metadata: 'read', contents: 'write' });
    // The secret reached the step, but not the log.
    expect(run!.jobs[0]!.log).toContain('the key is ***');
    expect(run!.jobs[0]!.log).not.toContain('s3cret');
  });

  it('runs a local JavaScript action after actions/checkout, with the cache and artifacts on the results service', async () => {
    const ws = churnWorkspace();
    const [run] = await pushWorkflows('local-action', {
      '.github/workflows/local-action.yml': fixture('local-action.yml'),
      'data/train.csv': readFileSync(join(ws, 'data', 'train.csv'), 'utf8'),
      'churn.expectations.yml': readFileSync(join(ws, 'churn.expectations.yml'), 'utf8'),
    });
    const logs = run!.jobs.map((j) => `${j.name}: ${j.conclusion}\n${j.log}`).join('\n');
    expect(run!.conclusion, logs).toBe('success');
    const [validate, report] = run!.jobs;
    expect(validate!.outputs).toEqual({ passed: 'true', rows: '3000' });
    expect(validate!.summary).toContain('Data validation passed');
    expect(validate!.steps.map((s) => s.name)).toEqual([
      'Run actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
      'Run ./actions/validate-data',
      'Run actions/cache@v4',
      'Run mkdir -p cache-dir && echo cached > cache-dir/x',
      'Run actions/upload-artifact@v4',
    ]);
    // The cache's post step ran at the end of the job and saved the cache.
    expect(validate!.log).toContain('Post Run actions/cache@v4');
    const caches = await t.client('maintainer').rest.actions.getActionsCacheList({ owner: 'acme', repo: 'churn' });
    expect(caches.data.actions_caches.map((c) => c.key)).toEqual([expect.stringMatching(/^profile-[0-9a-f]{64}$/)]);
    expect(report!.log).toContain('rows=3000');
  });

  it('runs a scheduled workflow on the tick the test controls', async () => {
    await pushWorkflows('main', { '.github/workflows/schedule.yml': fixture('schedule.yml') });
    expect(await t.sandbox.workflows.tick(new Date('2026-03-02T06:29:00Z'))).toEqual([]);
    const runs = await t.sandbox.workflows.tick(new Date('2026-03-02T06:30:00Z'));
    expect(runs.map((r) => [r.name, r.event, r.conclusion])).toEqual([['Nightly', 'schedule', 'success']]);
    expect(runs[0]!.jobs[0]!.log).toContain('event=schedule schedule=30 6 * * *');
  });

  it('cancels the run in progress when a newer run of the same concurrency group starts', async () => {
    const before = t.sandbox.workflows.runs.length;
    t.sandbox.push({
      repo: 'acme/churn',
      branch: 'concurrency',
      files: { '.github/workflows/c.yml': fixture('concurrency.yml') },
    });
    await waitFor(
      () => t.sandbox.workflows.runs[before]?.jobs[0]?.status === 'in_progress',
      () =>
        JSON.stringify(t.sandbox.workflows.runs.slice(before)) +
        String(t.sandbox.workflows.errors) +
        t.sandbox.events.history
          .slice(-3)
          .map((e) => e.event + JSON.stringify(e.payloadFields).slice(0, 100))
          .join(' '),
    );
    t.sandbox.push({ repo: 'acme/churn', branch: 'concurrency', files: { 'x.txt': 'again' } });
    await waitFor(() => t.sandbox.workflows.runs[before]?.status === 'completed');
    const [first, second] = t.sandbox.workflows.runs.slice(before);
    expect(first).toMatchObject({ conclusion: 'cancelled', concurrency: 'deploy-refs/heads/concurrency' });
    expect(first!.jobs[0]!.conclusion).toBe('cancelled');
    expect(second!.status).not.toBe('completed');
    // Stop the second run too: a third push cancels it, and the third is cancelled by the last push.
    t.sandbox.workflows.stop();
  });
});

async function waitFor(condition: () => boolean, state = () => '', timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting: ${state()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
