/**
 * A starter workflow does what a team adopting it expects, run from the real YAML by the sandbox's
 * workflow executor: the data starter, as GitHub writes it into a repository, calls the reusable
 * `modelship-data` workflow from the `modelship/modelship` repository at a pinned commit, on a push
 * to `data/`, and its job validates the data with the real `validate-data` action. The token holds
 * what the templates declare and the job uses no more than that.
 *
 * How the pins map to this checkout: the sandbox's `modelship/modelship` repository holds the copies
 * from `.github/workflows/` with each `modelship/modelship/actions/<name>@<sha>` step written as
 * `./actions/<name>`; the executor finds no `actions/` in the team's workspace and runs the action
 * from its `actionsRoot`, this working tree with its built `dist/` (docs/workflows.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkflowRunRecord } from '../../sandbox/index.js';
import { checksOf } from '../../sandbox/state/checks.js';
import { churnExample } from '../helpers/churn-fixture.js';
import { useSandbox } from '../sandbox/helpers/sandbox.js';
import { adoptStarter, logsOf, MODELSHIP_SEED, publishModelship } from './executor-helpers.js';

const example = churnExample;

const t = useSandbox({
  workflows: true,
  seed: MODELSHIP_SEED,
});

let pin = '';

/** Pushes `files` to acme/churn's main branch and waits for the runs they start. */
async function pushToTeam(files: Record<string, string>): Promise<WorkflowRunRecord[]> {
  const before = t.sandbox.workflows.runs.length;
  t.sandbox.push({ repo: 'acme/churn', branch: 'main', files });
  await t.sandbox.workflows.idle();
  return t.sandbox.workflows.runs.slice(before);
}

describe('the data starter on the executor', () => {
  beforeAll(async () => {
    t.sandbox.workflows.registerRunner({ labels: ['ubuntu-latest'] });
    pin = publishModelship(t.sandbox);
    // The team adopts the starter, pinned to the modelship commit it trusts: no data changed, no run.
    const runs = await pushToTeam({ '.github/workflows/modelship-data.yml': adoptStarter('modelship-data.yml', pin) });
    expect(runs).toEqual([]);
  });

  it('a push of good data to data/ validates it through the reusable workflow, with the least token', async () => {
    const [run, ...others] = await pushToTeam({
      'data/churn.expectations.yml': example('churn.expectations.yml'),
      'data/train.csv': example('data/train.csv'),
    });
    expect(others).toEqual([]);
    expect(t.sandbox.workflows.errors).toEqual([]);
    expect(run!.conclusion, logsOf(run!)).toBe('success');
    expect(run).toMatchObject({ name: 'modelship data', event: 'push' });
    expect(run!.jobs.map((j) => [j.name, j.conclusion])).toEqual([['validate / validate', 'success']]);
    const job = run!.jobs[0]!;
    expect(job.outputs).toMatchObject({ passed: 'true', 'row-count': '20000', failed: '0' });
    expect(job.summary).toContain('20,000');
    // The token held what the starter and the reusable workflow declare (contents: read), and the
    // job used nothing beyond it.
    expect(job.permissions).toEqual({ metadata: 'read', contents: 'read' });
    for (const [scope, level] of Object.entries(job.permissionsUsed)) {
      expect(job.permissions[scope as keyof typeof job.permissions], `${scope}: ${level}`).toBeDefined();
    }
    const checks = [...checksOf(t.sandbox.store.repo('acme', 'churn')!).runs.values()].filter(
      (c) => c.headSha === run!.headSha,
    );
    expect(checks.map((c) => [c.name, c.conclusion])).toEqual([['validate / validate', 'success']]);
  });

  it('a push of data that breaks its expectations fails the run, with the offending rows annotated', async () => {
    const [run] = await pushToTeam({ 'data/train.csv': example('data/production/week=2026-05/batch.csv') });
    expect(run!.conclusion, logsOf(run!)).toBe('failure');
    const job = run!.jobs[0]!;
    expect(job.outputs).toMatchObject({ passed: 'false' });
    expect(job.annotations.some((a) => a.file === 'data/train.csv' && /crypto/.test(a.message))).toBe(true);
  });

  it('a push outside data/ starts no run', async () => {
    expect(await pushToTeam({ 'README.md': 'churn model\n' })).toEqual([]);
  });
});
