/**
 * The evaluate action end to end: its bundled `dist/index.js` run as the Actions runner runs it,
 * against the sandbox, on a pull request. The champion is a real ONNX model registered and deployed
 * to production through the registry; the action downloads and verifies it, scores both models with
 * onnxruntime-node, and reports: a `modelship/evaluate` check run, one PR comment that later runs
 * update in place, the job summary, a JSON report and the outputs `register` reads. A worse candidate
 * fails the gate; a tampered champion asset is refused; a first model (no champion) gets only the
 * absolute gates.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction, type ActionRun } from '../../sandbox/action-runner.js';
import { releasesOf } from '../../sandbox/state/releases.js';
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import { evaluationMarker } from '../../shared/evaluate/comment.js';
import { Registry, type RegisteredVersion } from '../../shared/registry/index.js';
import { useSandbox } from '../sandbox/helpers/sandbox.js';
import { logisticRegressionModel, referenceLogistic } from '../../examples/onnx-models.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };
const FEATURES = ['x0', 'x1', 'x2'];
const metadata = { feature_names: JSON.stringify(FEATURES) };
const STRONG = logisticRegressionModel({ weights: [1.5, -2, 0.8], metadata });
const WEAK = logisticRegressionModel({ weights: [0.3, -0.4, 0], metadata });
const BACKWARDS = logisticRegressionModel({ weights: [-1.5, 2, -0.8], metadata });

let ws: string;
let pull: { number: number; headSha: string };
let token: string;
const runs: Record<string, ActionRun> = {};

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelship-evaluate-'));
  let s = 11;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 2 ** 32);
  const lines = ['x0,x1,x2,segment,churned'];
  for (let i = 0; i < 2000; i++) {
    const row = [rand() * 2 - 1, rand() * 2 - 1, rand() * 2 - 1].map((v) => Number(v.toFixed(4)));
    const y = rand() < referenceLogistic(row, [1.5, -2, 0.8])[0]! ? 1 : 0;
    lines.push(`${row.join(',')},${i % 4 === 0 ? 'web' : 'store'},${y}`);
  }
  writeFileSync(join(dir, 'holdout.csv'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'strong.onnx'), STRONG);
  writeFileSync(join(dir, 'backwards.onnx'), BACKWARDS);
  return dir;
}

/** Registers `bytes` as a version of `model` and deploys it to production (success). */
async function champion(model: string, bytes: Uint8Array): Promise<RegisteredVersion> {
  const registry = new Registry({ github: createOctokitClient(fixture.client('maintainer'), repo) });
  const persona = fixture.sandbox.personas.maintainer!;
  const creator = { id: persona.id, login: persona.login };
  const mainSha = fixture.sandbox.store.repo('acme', 'churn')!.git.refs.get('refs/heads/main')!;
  const version = await registry.register({
    model,
    commit: mainSha,
    files: [{ name: 'model.onnx', data: bytes }],
    creator,
  });
  const deployment = await registry.createDeployment(version, 'production', {
    reason: 'promote',
    requestedBy: creator,
    commentUrl: 'https://github.com/acme/churn/pull/1#issuecomment-1',
    deliveryId: `delivery-${model}`,
  });
  await registry.recordDeploymentStatus(deployment.id, { state: 'success' });
  return version;
}

const evaluate = (name: string, inputs: Record<string, string>) =>
  runBundledAction('evaluate', {
    apiUrl: fixture.sandbox.url,
    workspace: ws,
    token,
    eventName: 'pull_request',
    workflow: 'PR checks',
    runId: 77,
    ref: `refs/pull/${pull.number}/merge`,
    event: {
      action: 'synchronize',
      number: pull.number,
      pull_request: { number: pull.number, head: { sha: pull.headSha, ref: 'retrain' }, base: { ref: 'main' } },
    },
    inputs: { data: 'holdout.csv', label: 'churned', task: 'binary', slices: 'segment', ...inputs },
  }).then((r) => (runs[name] = r));

async function markedComments(model: string) {
  const { data } = await fixture.client('reader').issues.listComments({ ...repo, issue_number: pull.number });
  const marker = evaluationMarker({ workflow: 'PR checks', model });
  return data.filter((c) => c.body?.startsWith(marker));
}

/** Every `modelship/evaluate` check run on the head (GitHub lists only the latest per name by default). */
async function checkRuns() {
  const { data } = await fixture
    .client('reader')
    .checks.listForRef({ ...repo, ref: pull.headSha, check_name: 'modelship/evaluate', filter: 'all' });
  return data.check_runs;
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
      // GitHub accepts either for a PR comment; the sandbox checks issues.
      issues: 'write',
      metadata: 'read',
    },
  });
  await champion('churn', WEAK);
  const tampered = await champion('tampered', WEAK);
  const stored = releasesOf(sandbox.store.repo('acme', 'churn')!)
    .releases.get(tampered.releaseId)!
    .assets.find((a) => a.name === 'model.onnx')!;
  stored.data = Buffer.from(STRONG);
}, 60_000);

describe('evaluate action on a pull request', () => {
  it('passes a better candidate: check run, one PR comment, summary, report and outputs', async () => {
    const r = await evaluate('first', { model: 'churn', candidate: 'strong.onnx' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log.split('\n')[0]).toMatch(/^modelship evaluate v\d/);
    expect(r.log).toMatch(/onnxruntime-node 1\.30\.0 from node_modules/);
    expect(r.log).toContain('Champion: churn/v1 (model.onnx, sha256 verified)');
    expect(r.outputs).toMatchObject({
      passed: 'true',
      champion: 'churn/v1',
      'report-path': 'modelship-evaluation.json',
    });
    const gate = JSON.parse(r.outputs.gate!);
    expect(gate.passed).toBe(true);
    expect(gate.checks.map((c: { name: string }) => c.name)).toContain('improvement roc_auc');
    const metrics = JSON.parse(r.outputs.metrics!);
    expect(metrics.roc_auc).toBeGreaterThan(0.7);
    expect(JSON.parse(readFileSync(r.outputs['metrics-path']!, 'utf8'))).toEqual(metrics);
    const report = JSON.parse(readFileSync(join(ws, 'modelship-evaluation.json'), 'utf8'));
    expect(report).toMatchObject({ task: 'binary', rows: 2000, gate: { passed: true } });
    expect(report.champion.metrics.roc_auc).toBeLessThan(report.candidate.metrics.roc_auc);
    expect(report.slices.map((s: { value: string }) => s.value).sort()).toEqual(['store', 'web']);
    expect(r.summary).toContain('### ✅ Evaluation gate passed');

    const checks = await checkRuns();
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ status: 'completed', conclusion: 'success', head_sha: pull.headSha });
    expect(checks[0]!.output.title).toBe('churn: gate passed (' + gate.checks.length + ' checks)');
    expect(checks[0]!.output.summary).toContain('#### Metrics');
    expect(r.outputs['check-run-url']).toBe(checks[0]!.html_url);

    const comments = await markedComments('churn');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('## modelship evaluation: `churn` vs `churn/v1`');
    expect(comments[0]!.body).toContain('xychart-beta');
    expect(r.outputs['comment-url']).toBe(comments[0]!.html_url);
  });

  it('a second run updates the same comment in place (no duplicate); a worse candidate fails the gate', async () => {
    const before = (await markedComments('churn'))[0]!;
    const r = await evaluate('worse', { model: 'churn', candidate: 'backwards.onnx' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(
      r.annotations.some((a) => a.level === 'error' && /evaluation gate failed: .*improvement roc_auc/.test(a.message)),
    ).toBe(true);
    const comments = await markedComments('churn');
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe(before.id);
    expect(comments[0]!.body).not.toBe(before.body);
    expect(comments[0]!.body).toContain('Evaluation gate failed');
    const checks = await checkRuns();
    expect(checks.map((c) => c.conclusion).sort()).toEqual(['failure', 'success']);
    const { data: latest } = await fixture
      .client('reader')
      .checks.listForRef({ ...repo, ref: pull.headSha, check_name: 'modelship/evaluate' });
    expect(latest.check_runs.map((c) => c.conclusion)).toEqual(['failure']);

    // fail-on-gate: false reports the failure without failing the step.
    const soft = await evaluate('soft', { model: 'churn', candidate: 'backwards.onnx', 'fail-on-gate': 'false' });
    expect(soft.exitCode, soft.log).toBe(0);
    expect(soft.outputs.passed).toBe('false');
    expect(await markedComments('churn')).toHaveLength(1);
  });

  it('a first model has no champion: only the absolute gates apply, in its own comment', async () => {
    const r = await evaluate('first-model', { model: 'fresh', candidate: 'strong.onnx' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toContain('No version of fresh is live in production');
    expect(r.outputs.champion).toBe('');
    const report = JSON.parse(readFileSync(join(ws, 'modelship-evaluation.json'), 'utf8'));
    expect(report.champion).toBeNull();
    expect(report.comparison).toEqual([]);
    expect(await markedComments('fresh')).toHaveLength(1);
    expect(await markedComments('churn')).toHaveLength(1);
  });

  it('refuses a champion whose model asset was tampered with', async () => {
    const r = await evaluate('tampered', { model: 'tampered', candidate: 'strong.onnx' });
    expect(r.exitCode).toBe(1);
    const error = r.annotations.find((a) => a.level === 'error')!;
    expect(error.message).toContain('model.onnx of tampered/v1 does not match');
    expect(error.message).not.toMatch(/\n\s+at /);
    expect(await markedComments('tampered')).toHaveLength(0);
  });

  it('predictions-only mode needs no ONNX runtime', async () => {
    const scores = ['churned,score,champion_score'];
    const holdout = readFileSync(join(ws, 'holdout.csv'), 'utf8').trim().split('\n').slice(1);
    for (const line of holdout) {
      const [a, b, c, , y] = line.split(',');
      const x = [Number(a), Number(b), Number(c)];
      scores.push(`${y},${referenceLogistic(x, [1.5, -2, 0.8])[0]},${referenceLogistic(x, [0.3, -0.4, 0])[0]}`);
    }
    writeFileSync(join(ws, 'scored.csv'), `${scores.join('\n')}\n`);
    const r = await evaluate('predictions', { model: 'scored', predictions: 'scored.csv', data: '', slices: '' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).not.toContain('onnxruntime-node');
    expect(r.outputs.passed).toBe('true');
    // The same numbers as scoring the ONNX model (float64 here, float32 in ORT).
    expect(JSON.parse(r.outputs.metrics!).roc_auc).toBeCloseTo(JSON.parse(runs.first!.outputs.metrics!).roc_auc, 5);
  });

  it('a bad input fails with the input named, no stack', async () => {
    const r = await evaluate('bad', { model: 'churn', candidate: 'strong.onnx', task: 'ranking' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]!.message).toMatch(/Invalid input 'task': expected binary, multiclass or regression/);
  });
});
