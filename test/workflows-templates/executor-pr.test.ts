/**
 * The pull-request starter (J1) run from the real YAML by the sandbox's workflow executor: a team
 * adopts `modelship-pr.yml` pinned to a `modelship/modelship` commit, opens a pull request that
 * touches its data, and the reusable workflow validates the data, trains on the `gpu` runner (with
 * the replayed `nvidia-smi`), evaluates the candidate (check run and PR comment) and registers it
 * as a release, each job's outputs and artifacts reaching the next, and each job's token holding what
 * the template declares, never refused and used no further. The training command is the demo's
 * TypeScript trainer, so no Python is needed. Action steps run from this checkout (docs/workflows.md).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkflowRunRecord } from '../../sandbox/index.js';
import { checksOf } from '../../sandbox/state/checks.js';
import { repoRoot } from '../../scripts/sync-workflow-templates.js';
import { churnExample } from '../helpers/churn-fixture.js';
import { useSandbox } from '../sandbox/helpers/sandbox.js';
import { adoptStarter, logsOf, MODELSHIP_SEED, publishModelship } from './executor-helpers.js';

const example = churnExample;
const features = ['tenure_months', 'monthly_charges', 'late_payments'];

const t = useSandbox({
  workflows: true,
  seed: MODELSHIP_SEED,
});

/** The starter as the team edits it: its model's data, and the demo's trainer as the training command. */
function adoptedStarter(pin: string): string {
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  return adoptStarter('modelship-pr.yml', pin)
    .replace(
      'train-command: python train.py',
      `train-command: node ${tsx} ${join(repoRoot, 'demo', 'train-command.ts')}`,
    )
    .replace(
      'label: churned',
      `label: churned\n      parameters: '${JSON.stringify({ features, epochs: 3, holdout: 'data/holdout.csv' })}'\n      seed: 42`,
    );
}

describe('the pull-request starter on the executor', () => {
  let run: WorkflowRunRecord;
  let prNumber: number;

  beforeAll(async () => {
    t.sandbox.workflows.registerRunner({ labels: ['ubuntu-latest'] });
    t.sandbox.workflows.registerRunner({ labels: ['self-hosted', 'gpu'], name: 'gpu-1' });
    const pin = publishModelship(t.sandbox);
    t.sandbox.push({
      repo: 'acme/churn',
      branch: 'main',
      files: {
        '.github/workflows/modelship-pr.yml': adoptedStarter(pin),
        'data/churn.expectations.yml': example('churn.expectations.yml'),
        'data/train.csv': example('data/train.csv'),
        'data/holdout.csv': example('data/holdout.csv'),
      },
    });
    t.sandbox.push({ repo: 'acme/churn', branch: 'more-data', files: { 'data/NOTES.md': 'a new week of data\n' } });
    await t.sandbox.workflows.idle();
    const before = t.sandbox.workflows.runs.length;
    const pr = await t.client('maintainer').rest.pulls.create({
      owner: 'acme',
      repo: 'churn',
      head: 'more-data',
      base: 'main',
      title: 'Retrain on a new week',
    });
    prNumber = pr.data.number;
    await t.sandbox.workflows.idle();
    const runs = t.sandbox.workflows.runs.slice(before);
    expect(runs.map((r) => r.name)).toEqual(['modelship PR']);
    run = runs[0]!;
  }, 240_000);

  it('validates the data, then trains on the gpu runner, the profile and the model passed on as artifacts', () => {
    expect(t.sandbox.workflows.errors).toEqual([]);
    const [validate, train, evaluate] = run.jobs;
    expect(validate).toMatchObject({ name: 'model / validate', conclusion: 'success' });
    expect(train, logsOf(run)).toMatchObject({ name: 'model / train', conclusion: 'success' });
    expect(train!.outputs['gpu-name']).toMatch(/NVIDIA/);
    // The evaluate job downloaded the model the train job uploaded and scored it.
    expect(evaluate!.name).toBe('model / evaluate');
    expect(evaluate!.log).toContain('Run ./actions/evaluate');
    const repo = t.sandbox.store.repo('acme', 'churn')!;
    const checks = [...checksOf(repo).runs.values()].filter((c) => c.headSha === run.headSha);
    expect(checks.find((c) => c.name === 'modelship/train')?.conclusion).toBe('success');
  });

  it('each job held the permissions the template declares and used no scope beyond them', () => {
    const declared: Record<string, Record<string, string>> = {
      'model / validate': { metadata: 'read', contents: 'read' },
      'model / train': { metadata: 'read', contents: 'read', checks: 'write' },
      'model / evaluate': {
        metadata: 'read',
        contents: 'read',
        deployments: 'read',
        checks: 'write',
        pull_requests: 'write',
      },
      'model / register': { metadata: 'read', contents: 'write' },
    };
    // The sandbox counts a comment on a pull request's conversation under `issues` even when the
    // token's `pull_requests` is what allowed it (sandbox/workflows/token.ts, usage()).
    const granted = (job: WorkflowRunRecord['jobs'][number], scope: string) =>
      scope in job.permissions || (scope === 'issues' && 'pull_requests' in job.permissions);
    for (const job of run.jobs) {
      expect(job.permissions, job.name).toEqual(declared[job.name]);
      expect(job.permissionsDenied, job.name).toEqual([]);
      for (const scope of Object.keys(job.permissionsUsed)) {
        expect(granted(job, scope), `${job.name} used ${scope}`).toBe(true);
      }
    }
  });

  // GitHub lets `pull-requests: write` comment on a pull request through the issues API, and asks
  // for it rather than `issues` there (vitejs/vite-ecosystem-ci#487,
  // microsoft/typescript-benchmarking#128), so the evaluate job has no `issues` scope.
  it('evaluates (check run and one PR comment) and registers the candidate as a release', async () => {
    expect(run.conclusion, logsOf(run)).toBe('success');
    expect(run.jobs.map((j) => [j.name, j.conclusion])).toEqual([
      ['model / validate', 'success'],
      ['model / train', 'success'],
      ['model / evaluate', 'success'],
      ['model / register', 'success'],
    ]);
    expect(run.jobs[2]!.outputs).toMatchObject({ passed: 'true' });
    expect(run.jobs[3]!.outputs).toMatchObject({ version: '1', tag: 'churn/v1' });
    const octokit = t.client('maintainer');
    const comments = await octokit.rest.issues.listComments({ owner: 'acme', repo: 'churn', issue_number: prNumber });
    expect(comments.data.filter((c) => c.user?.login === 'github-actions[bot]')).toHaveLength(1);
    const release = await octokit.rest.repos.getReleaseByTag({ owner: 'acme', repo: 'churn', tag: 'churn/v1' });
    expect(release.data.assets.map((a) => a.name).sort()).toEqual(['model.onnx', 'modelship.json', 'profile.json']);
  });
});
