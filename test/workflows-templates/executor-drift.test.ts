/**
 * The drift starter (J4) run from the real YAML by the sandbox's workflow executor: the team adopts
 * `modelship-drift.yml` with its daily schedule; at the scheduled minute the executor's tick starts
 * it, it calls the reusable `modelship-drift` workflow from `modelship/modelship` at the pinned
 * commit, and the drift-report action compares the week that drifted with the training data and
 * opens the drift issue. A tick at another minute starts nothing. The job's token holds exactly what
 * the template declares. Action steps run from this checkout (docs/workflows.md).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { churnExample } from '../helpers/churn-fixture.js';
import { useSandbox } from '../sandbox/helpers/sandbox.js';
import { adoptStarter, logsOf, MODELSHIP_SEED, publishModelship } from './executor-helpers.js';

const example = churnExample;

const t = useSandbox({
  workflows: true,
  seed: MODELSHIP_SEED,
});

describe('the drift starter on the executor', () => {
  beforeAll(async () => {
    t.sandbox.workflows.registerRunner({ labels: ['ubuntu-latest'] });
    const pin = publishModelship(t.sandbox);
    // GitHub picks the daily time when the team adopts the starter; here 06:17 UTC. The team points
    // it at last week's production batch and, having no version in production yet, at the
    // training data as the reference.
    const starter = adoptStarter('modelship-drift.yml', pin)
      .replace('current: logs/predictions/*.jsonl', 'current: data/production/*.csv\n      reference: data/train.csv')
      .replace(
        "model: ${{ inputs.model || 'churn' }}",
        "model: ${{ inputs.model || 'churn' }}\n      stage: production",
      );
    t.sandbox.push({
      repo: 'acme/churn',
      branch: 'main',
      files: {
        '.github/workflows/modelship-drift.yml': starter,
        'data/train.csv': example('data/train.csv'),
        'data/production/week.csv': example('data/production/week=2026-05/batch.csv'),
      },
    });
    await t.sandbox.workflows.idle();
  });

  it('a tick at another minute starts nothing', async () => {
    expect(await t.sandbox.workflows.tick(new Date('2026-12-07T06:18:00Z'))).toEqual([]);
  });

  it('at the scheduled minute it reports the drift and opens one drift issue, with the least token', async () => {
    const [run, ...others] = await t.sandbox.workflows.tick(new Date('2026-12-07T06:17:00Z'));
    await t.sandbox.workflows.idle();
    expect(others).toEqual([]);
    expect(t.sandbox.workflows.errors).toEqual([]);
    expect(run!.conclusion, logsOf(run!)).toBe('success');
    expect(run).toMatchObject({ name: 'modelship drift', event: 'schedule' });
    const job = run!.jobs[0]!;
    expect(job.name).toBe('drift / drift');
    expect(job.outputs.severity).toMatch(/^(warn|alert)$/);
    expect(job.outputs['issue-number']).toMatch(/^\d+$/);
    expect(job.log).toContain('drift severity');
    const { data: issue } = await t.client('maintainer').rest.issues.get({
      owner: 'acme',
      repo: 'churn',
      issue_number: Number(job.outputs['issue-number']),
    });
    expect(issue.state).toBe('open');
    expect(issue.title).toContain('churn');
    expect(job.permissions).toEqual({
      metadata: 'read',
      contents: 'read',
      deployments: 'read',
      issues: 'write',
      actions: 'write',
    });
    for (const scope of Object.keys(job.permissionsUsed)) expect(Object.keys(job.permissions)).toContain(scope);
  });
});
