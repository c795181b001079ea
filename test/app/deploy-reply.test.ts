/**
 * The App's reply to a failed deployment carries the canary analysis. A deployment status holds 140
 * characters, so the deploy action records the analysis on the release (shared/deploy/analysis-record.ts)
 * before it posts `failure`; the App reads it back for that deployment and renders the table with
 * every free-text field inert. Here the deploy action's two writes are made exactly as it makes them
 * (the release body through the REST API, then the status), with a real analysis of a canary that
 * errors on 20% of its requests (shared/serve/canary.ts), and the reply is read on the PR.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAnalysisRecord } from '../../shared/deploy/analysis-record.js';
import { analyseCanary, type CanarySettings, type CanaryWindow } from '../../shared/serve/canary.js';
import {
  approve,
  appComments,
  comment,
  deployments,
  openPull,
  OWNER,
  REPO,
  registerAt,
  startStack,
  type Stack,
} from './stack.js';

const POLICY = `version: 1
models:
  churn:
    stages:
      - name: staging
        required_role: write
        approvals: 1
        deploy: { target: server, url: "http://127.0.0.1:9/", strategy: canary }
`;

const settings: CanarySettings = {
  interval_ms: 1000,
  threshold: 2,
  step_weight: 10,
  max_weight: 50,
  min_requests: 20,
  max_error_rate: 0.01,
  max_inconclusive: 3,
};
/** Every interval: 100 stable requests without error, 50 canary requests of which 10 (20%) fail. */
const erroring = (): CanaryWindow[] =>
  Array.from({ length: 5 }, () => ({
    stable: { requests: 100, errors: 0, latency_ms: Array.from({ length: 100 }, (_, i) => 5 + i / 100) },
    canary: { requests: 50, errors: 10, latency_ms: Array.from({ length: 50 }, (_, i) => 6 + i / 50) },
  }));

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ policy: POLICY });
});
afterAll(async () => {
  await stack.close();
});

/** Promotes v`version` on a new PR; returns the PR and the deployment the App created. */
async function promote(version: number) {
  const pr = await openPull(stack, `canary-v${version}`);
  registerAt(stack, pr.head, version);
  await approve(stack, 'reviewer', pr.number, pr.head);
  await comment(stack, 'maintainer', pr.number, `/promote v${version} to staging`);
  await stack.settle();
  const deployment = (await deployments(stack, 'staging')).find((d) => d.payload.version === version)!;
  return { pr, deployment };
}

/** What the deploy action does after a failed canary: record the analysis on the release, then post `failure`. */
async function failAsTheDeployActionDoes(
  deployment: { id: number; payload: Record<string, unknown> },
  recordFor: number,
  analysis = analyseCanary(settings, erroring()),
) {
  const octokit = stack.as('maintainer');
  const releaseId = deployment.payload.release_id as number;
  const { data: release } = await octokit.rest.repos.getRelease({ owner: OWNER, repo: REPO, release_id: releaseId });
  const body = withAnalysisRecord(release.body ?? null, {
    stage: 'staging',
    deploymentId: recordFor,
    phase: analysis.phase,
    analysis,
  });
  await octokit.rest.repos.updateRelease({ owner: OWNER, repo: REPO, release_id: releaseId, body });
  await octokit.rest.repos.createDeploymentStatus({
    owner: OWNER,
    repo: REPO,
    deployment_id: deployment.id,
    state: 'failure',
    description: `churn/v${deployment.payload.version as number}: canary rolled back (0 passed, 2 failed, 0 inconclusive)`,
    log_url: `${stack.sandbox.serverUrl}/acme/churn/actions/runs/7/attempts/1`,
  });
  await stack.settle();
  return analysis;
}

describe("the App's reply to a failed canary", () => {
  it('carries the analysis table: each interval, the error rates, and why it failed', async () => {
    const { pr, deployment } = await promote(1);
    const analysis = await failAsTheDeployActionDoes(deployment, deployment.id);
    expect(analysis.phase).toBe('failed');
    expect(analysis.intervals).toHaveLength(settings.threshold);

    const replies = await appComments(stack, pr.number);
    const reply = replies.find((r) => r.includes('failed'))!;
    expect(reply).toContain('🔴 Deploying churn/v1 to staging failed');
    expect(reply).toContain('/actions/runs/7/attempts/1');
    expect(reply).toContain('**Canary analysis**: canary rolled back (0 passed, 2 failed, 0 inconclusive)');
    expect(reply).toContain('| # | canary weight | canary requests | canary errors |');
    // One row per interval: 10% weight, 50 canary requests, 20.0% errors, failed.
    const rows = reply.split('\n').filter((l) => /^\| \d+ \| 10% \| 50 \| 20\.0% \| 0\.0% \|/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.includes('❌ fail'))).toBe(true);
    // The release is marked failed in staging, never live.
    const { data: release } = await stack
      .as('maintainer')
      .rest.repos.getRelease({ owner: OWNER, repo: REPO, release_id: deployment.payload.release_id as number });
    expect(release.body).toContain('**staging**: failed');
    expect(release.body).not.toContain('**staging**: live');
  });

  it('leaves out an analysis recorded for another deployment, and makes recorded text inert', async () => {
    const { pr, deployment } = await promote(2);
    await failAsTheDeployActionDoes(deployment, deployment.id + 1000);
    const reply = (await appComments(stack, pr.number)).find((r) => r.includes('churn/v2 to staging failed'))!;
    expect(reply).not.toContain('Canary analysis');

    const { pr: pr3, deployment: d3 } = await promote(3);
    const forged = analyseCanary(settings, erroring());
    const hostile = {
      ...forged,
      reason: '@reviewer see [this](https://evil.example) <img src=x> | cell',
      intervals: forged.intervals.map((i) => ({
        ...i,
        checks: i.checks.map((c) => ({ ...c, detail: '@maintainer ![x](https://evil.example/x.png)' })),
      })),
    };
    await failAsTheDeployActionDoes(d3, d3.id, hostile);
    const reply3 = (await appComments(stack, pr3.number)).find((r) => r.includes('churn/v3 to staging failed'))!;
    expect(reply3).toContain('Canary analysis');
    // Every piece of recorded text is a code span: no mention, link, image or HTML escapes it.
    expect(reply3).toContain('`@reviewer see [this](https://evil.example) ‹img src=x› \\| cell`');
    expect(reply3).toContain('`@maintainer ![x](https://evil.example/x.png)`');
    expect(reply3.replace(/`[^`]*`/g, '')).not.toMatch(/@reviewer see|@maintainer !\[|evil\.example|<img/);
  });
});
