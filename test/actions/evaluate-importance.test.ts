/**
 * The gate's importance checks end to end (issue 18): the evaluate action's bundled dist, run as
 * the runner runs it against the sandbox, on a pull request whose policy forbids one feature
 * carrying more than half of the model's permutation importance. The champion (live in production,
 * downloaded and verified) uses x0–x2; a candidate that leans on a planted leak (a column that
 * copies the label) fails the gate on that check, and the PR comment shows the importance table and
 * the Mermaid bar chart; an honest candidate passes with the same policy.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction } from '../../sandbox/action-runner.js';
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import { evaluationMarker } from '../../shared/evaluate/comment.js';
import { Registry } from '../../shared/registry/index.js';
import { useSandbox } from '../sandbox/helpers/sandbox.js';
import { logisticRegressionModel, referenceLogistic } from '../../examples/onnx-models.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };
const FEATURES = ['x0', 'x1', 'x2', 'leak', 'noise'];
const metadata = { feature_names: JSON.stringify(FEATURES) };
const CHAMPION = logisticRegressionModel({ weights: [1, -1.5, 0.5, 0, 0], metadata });
const HONEST = logisticRegressionModel({ weights: [1.5, -1.5, 1.2, 0, 0], metadata });
const LEAKY = logisticRegressionModel({ weights: [0.3, -0.3, 0.1, 6, 0], bias: -3, metadata });
const POLICY = `version: 1
evaluate:
  importance:
    max_feature_share: 0.5
    max_change: { default: 0.3 }
    repeats: 5
    seed: 7
`;

let ws: string;
let pull: { number: number; headSha: string };
let token: string;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelship-evaluate-importance-'));
  let s = 5;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 2 ** 32);
  const lines = [`${FEATURES.join(',')},churned`];
  for (let i = 0; i < 3000; i++) {
    const x = [rand() * 2 - 1, rand() * 2 - 1, rand() * 2 - 1].map((v) => Number(v.toFixed(4)));
    const y = rand() < referenceLogistic(x, [1.5, -1.5, 1.2])[0]! ? 1 : 0;
    lines.push(`${x.join(',')},${y},${(rand() * 2 - 1).toFixed(4)},${y}`);
  }
  writeFileSync(join(dir, 'holdout.csv'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'honest.onnx'), HONEST);
  writeFileSync(join(dir, 'leaky.onnx'), LEAKY);
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/modelship.yml'), POLICY);
  return dir;
}

const evaluate = (candidate: string) =>
  runBundledAction('evaluate', {
    apiUrl: fixture.sandbox.url,
    workspace: ws,
    token,
    eventName: 'pull_request',
    workflow: 'PR checks',
    runId: 78,
    ref: `refs/pull/${pull.number}/merge`,
    event: {
      action: 'synchronize',
      number: pull.number,
      pull_request: { number: pull.number, head: { sha: pull.headSha, ref: 'retrain' }, base: { ref: 'main' } },
    },
    inputs: { model: 'churn', candidate, data: 'holdout.csv', label: 'churned', task: 'binary' },
  });

async function comment(): Promise<string> {
  const { data } = await fixture.client('reader').issues.listComments({ ...repo, issue_number: pull.number });
  const marker = evaluationMarker({ workflow: 'PR checks', model: 'churn' });
  const marked = data.filter((c) => c.body?.startsWith(marker));
  expect(marked).toHaveLength(1);
  return marked[0]!.body!;
}

beforeAll(async () => {
  const { sandbox } = fixture;
  ws = workspace();
  const head = sandbox.push({ repo: 'acme/churn', branch: 'retrain', files: { 'train.py': 'print(2)\n' } });
  const { data: pr } = await fixture
    .client('maintainer')
    .pulls.create({ ...repo, title: 'Retrain churn', head: 'retrain', base: 'main' });
  pull = { number: pr.number, headSha: head.sha };
  token = sandbox.installationToken({
    permissions: {
      contents: 'read',
      deployments: 'read',
      checks: 'write',
      pull_requests: 'write',
      issues: 'write',
      metadata: 'read',
    },
  });
  const registry = new Registry({ github: createOctokitClient(fixture.client('maintainer'), repo) });
  const persona = sandbox.personas.maintainer!;
  const creator = { id: persona.id, login: persona.login };
  const mainSha = sandbox.store.repo('acme', 'churn')!.git.refs.get('refs/heads/main')!;
  const version = await registry.register({
    model: 'churn',
    commit: mainSha,
    files: [{ name: 'model.onnx', data: CHAMPION }],
    creator,
  });
  const deployment = await registry.createDeployment(version, 'production', {
    reason: 'promote',
    requestedBy: creator,
    commentUrl: 'https://github.com/acme/churn/pull/1#issuecomment-1',
    deliveryId: 'delivery-importance',
  });
  await registry.recordDeploymentStatus(deployment.id, { state: 'success' });
}, 60_000);

describe('evaluate action: the importance gate', () => {
  it('fails a candidate that leans on a planted leak, and the comment shows the table and the chart', async () => {
    const r = await evaluate('leaky.onnx');
    expect(r.exitCode, r.log).toBe(1);
    const report = JSON.parse(readFileSync(join(ws, 'modelship-evaluation.json'), 'utf8'));
    // Better on every metric (it reads the label), so only the importance check can catch it.
    expect(report.candidate.metrics.roc_auc).toBeGreaterThan(report.champion.metrics.roc_auc);
    const share = report.gate.checks.find((c: { name: string }) => c.name.startsWith('importance share'));
    expect(share).toMatchObject({ name: 'importance share leak', threshold: 0.5, passed: false });
    expect(share.value).toBeGreaterThan(0.5);
    expect(report.gate.checks.find((c: { name: string }) => c.name === 'improvement roc_auc').passed).toBe(true);
    expect(r.annotations.some((a) => a.level === 'error' && /importance share leak/.test(a.message))).toBe(true);
    const leak = report.importance.comparison.features[0];
    expect(leak.feature).toBe('leak');
    expect(leak.flags).toEqual(expect.arrayContaining(['dominant', 'rose', 'new']));
    expect(report.importance.candidate).toMatchObject({ metric: 'roc_auc', repeats: 5, seed: 7, rows: 3000 });
    // The unused noise column: its interval contains 0 (exactly 0 here: the model ignores it).
    const noise = report.importance.candidate.features.find((f: { feature: string }) => f.feature === 'noise');
    expect(noise.ci_low).toBeLessThanOrEqual(0);
    expect(noise.ci_high).toBeGreaterThanOrEqual(0);

    const body = await comment();
    expect(body).toContain('#### Feature importance');
    expect(body).toMatch(
      /\| <code>leak<\/code> \| [^|]+ \| [^|]+ \| 0\.0% → \d+\.\d% \| ⚠️ dominant, 📈 rose, 🆕 new \|/,
    );
    expect(body).toContain('xychart-beta horizontal');
    expect(body).toContain('x-axis ["leak", ');
    expect(body).toContain('❌ **importance share leak**');
    expect(body.length).toBeLessThanOrEqual(65_536);
  });

  it('passes an honest candidate under the same policy', async () => {
    const r = await evaluate('honest.onnx');
    expect(r.exitCode, r.log).toBe(0);
    const gate = JSON.parse(r.outputs.gate!);
    const names = gate.checks.map((c: { name: string }) => c.name);
    expect(names.some((n: string) => n.startsWith('importance share x'))).toBe(true);
    expect(names.some((n: string) => n.startsWith('importance change '))).toBe(true);
    expect(gate.checks.every((c: { passed: boolean }) => c.passed)).toBe(true);
    expect(await comment()).toMatch(/✅ \*\*importance share x\d\*\*/);
  });
});
