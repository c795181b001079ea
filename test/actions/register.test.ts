/**
 * The register action end to end: its bundled `dist/index.js` run as the Actions runner runs it,
 * against the sandbox, with an installation token as `${{ github.token }}`. A push registers a
 * published version with every asset; a pull_request run registers a candidate linked to the PR
 * and its head SHA; a read-only token fails with an instruction, not a stack. Given the train
 * action's lineage.json, the manifest records it (GPUs, GPU-hours, cost), and a record trained from
 * another commit, or not a lineage at all, is refused before any call to GitHub.
 * The three runs start together: the action spaces its writes 1 s apart, as GitHub asks.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBundledAction, type ActionRun } from '../../sandbox/action-runner.js';
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import { serializeProfile } from '../../shared/profile/index.js';
import { Registry, sha256Hex } from '../../shared/registry/index.js';
import { renderVersion, versionView } from '../../shared/report/registry.js';
import { serializeLineage, trainingLineage } from '../../shared/train/lineage.js';
import { useSandbox } from '../sandbox/helpers/sandbox.js';
import { modelBytes, sampleProfile } from '../shared/registry/registry-fixture.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };
const model = modelBytes(3, 4096);

let ws: string;
let mainSha: string;
let pull: { number: number; headSha: string };
let pushRun: ActionRun;
let pullRun: ActionRun;
let readOnlyRun: ActionRun;

/** The evaluate action's report, as far as register reads it: the candidate's permutation importance. */
const importanceOf = (feature: string, mean: number) => ({
  feature,
  mean,
  std: 0.01,
  ci_low: mean - 0.012,
  ci_high: mean + 0.012,
  repeats: [mean - 0.01, mean, mean + 0.01],
});
const EVALUATION = {
  task: 'binary',
  gate: { passed: true, checks: [] },
  importance: {
    candidate: {
      task: 'binary',
      metric: 'roc_auc',
      baseline: 0.91,
      rows: 2000,
      holdoutRows: 2000,
      repeats: 3,
      seed: 0,
      confidence: 0.95,
      features: [importanceOf('plan', 0.02), importanceOf('tenure', 0.06), importanceOf('noise', -0.001)],
    },
    champion: null,
  },
};

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelship-register-'));
  writeFileSync(join(dir, 'model.onnx'), model);
  writeFileSync(join(dir, 'metrics.json'), JSON.stringify({ auc: 0.91, test: { f1: 0.72 } }));
  writeFileSync(join(dir, 'profile.json'), serializeProfile(sampleProfile()));
  writeFileSync(join(dir, 'train.csv'), 'id,plan\n1,pro\n2,basic\n');
  writeFileSync(join(dir, 'evaluation.json'), JSON.stringify(EVALUATION));
  return dir;
}

const inputs = (name: string) => ({
  model: name,
  'model-file': 'model.onnx',
  metrics: 'metrics.json',
  profile: 'profile.json',
  signature: '{"inputs":[{"name":"features","type":"float32","shape":[null,20]}],"outputs":[]}',
  parameters: '{"C": 1.0, "penalty": "l2"}',
  seed: '7',
  data: 'train.csv',
});

beforeAll(async () => {
  const { sandbox } = fixture;
  ws = workspace();
  mainSha = sandbox.store.repo('acme', 'churn')!.git.refs.get('refs/heads/main')!;
  const head = sandbox.push({ repo: 'acme/churn', branch: 'retrain', files: { 'train.py': 'print(1)\n' } });
  const { data: pr } = await fixture
    .client('maintainer')
    .pulls.create({ ...repo, title: 'Retrain', head: 'retrain', base: 'main' });
  pull = { number: pr.number, headSha: head.sha };
  const maintainer = sandbox.personas.maintainer!;
  const sender = { id: maintainer.id, login: maintainer.login };
  const writer = sandbox.installationToken({ permissions: { contents: 'write', metadata: 'read' } });
  const reader = sandbox.installationToken({ permissions: { contents: 'read', metadata: 'read' } });
  const common = { apiUrl: sandbox.url, workspace: ws, runId: 4242 };
  [pushRun, pullRun, readOnlyRun] = await Promise.all([
    runBundledAction('register', {
      ...common,
      inputs: inputs('churn'),
      token: writer,
      eventName: 'push',
      sha: mainSha,
      env: { GITHUB_ACTOR_ID: String(maintainer.id) },
    }),
    runBundledAction('register', {
      ...common,
      inputs: { ...inputs('churn-pr'), importance: 'evaluation.json' },
      token: writer,
      eventName: 'pull_request',
      ref: `refs/pull/${pr.number}/merge`,
      event: {
        action: 'opened',
        number: pr.number,
        pull_request: { number: pr.number, head: { sha: head.sha, ref: 'retrain' }, base: { ref: 'main' } },
        sender,
      },
    }),
    runBundledAction('register', {
      ...common,
      inputs: inputs('churn-ro'),
      token: reader,
      eventName: 'push',
      sha: mainSha,
      event: { sender },
    }),
  ]);
}, 60_000);

describe('register action', () => {
  it('registers a version from a push and sets every output', async () => {
    expect(pushRun.exitCode, pushRun.log).toBe(0);
    expect(pushRun.log.split('\n')[0]).toMatch(/^modelship register v\d/);
    expect(pushRun.outputs).toMatchObject({ version: '1', tag: 'churn/v1' });
    expect(pushRun.outputs['release-url']).toContain(fixture.sandbox.url);
    expect(pushRun.outputs['manifest-sha256']).toMatch(/^[0-9a-f]{64}$/);

    const octokit = fixture.client('reader');
    const { data: release } = await octokit.repos.getReleaseByTag({ ...repo, tag: 'churn/v1' });
    expect(release.html_url).toBe(pushRun.outputs['release-url']);
    expect(release).toMatchObject({ draft: false, prerelease: false, name: 'churn v1' });
    expect(release.assets.map((a) => a.name).sort()).toEqual(['model.onnx', 'modelship.json', 'profile.json']);
    const onnx = release.assets.find((a) => a.name === 'model.onnx')!;
    expect(onnx.digest).toBe(`sha256:${sha256Hex(model)}`);
    const { data: tag } = await octokit.git.getRef({ ...repo, ref: 'tags/churn/v1' });
    expect(tag.object.sha).toBe(mainSha);

    // A reader sees a complete version whose manifest carries the lineage from the runner.
    const registry = new Registry({ github: createOctokitClient(octokit, repo) });
    const version = (await registry.getVersion('churn', 1))!;
    expect(version.manifestSha256).toBe(pushRun.outputs['manifest-sha256']);
    expect(version.manifest).toMatchObject({
      creator: { login: 'maintainer', id: fixture.sandbox.personas.maintainer!.id },
      metrics: { auc: 0.91, 'test.f1': 0.72 },
      signature: { inputs: [{ name: 'features', type: 'float32', shape: [null, 20] }] },
      lineage: {
        commit: mainSha,
        ref: 'refs/heads/main',
        runUrl: `${fixture.sandbox.serverUrl}/acme/churn/actions/runs/4242/attempts/1`,
        parameters: { C: 1, penalty: 'l2' },
        seed: 7,
        data: [{ path: 'train.csv', sha256: sha256Hex(Buffer.from('id,plan\n1,pro\n2,basic\n')), size: 22 }],
        environment: { 'runner.os': expect.any(String), node: expect.stringMatching(/^v\d+/) },
      },
    });
    expect(version.manifest.candidate).toBeUndefined();
    expect((await registry.verify('churn', 1)).ok).toBe(true);

    // The job summary is the model card.
    expect(pushRun.summary).toContain('# churn v1');
    expect(pushRun.summary).toContain('| auc | 0.91 |');
    expect(pushRun.summary).toContain(pushRun.outputs['manifest-sha256']);
    // The release body is the same card, then the manifest's hidden block (shared/registry/manifest-block.ts).
    expect(release.body!.startsWith(pushRun.summary.trimEnd())).toBe(true);
    expect(release.body).toMatch(/\n<!-- modelship:manifest [A-Za-z0-9+/=]+ -->\n$/);
  });

  it('registers a candidate linked to the pull request and its head SHA from a pull_request run', async () => {
    expect(pullRun.exitCode, pullRun.log).toBe(0);
    expect(pullRun.outputs).toMatchObject({ version: '1', tag: 'churn-pr/v1' });
    expect(pullRun.log).toContain(`candidate from PR #${pull.number}`);
    const octokit = fixture.client('reader');
    const { data: release } = await octokit.repos.getReleaseByTag({ ...repo, tag: 'churn-pr/v1' });
    expect(release.prerelease).toBe(true);
    expect(release.body).toContain(`Candidate from pull request #${pull.number}`);
    const { data: tag } = await octokit.git.getRef({ ...repo, ref: 'tags/churn-pr/v1' });
    expect(tag.object.sha).toBe(pull.headSha);
    const version = (await new Registry({ github: createOctokitClient(octokit, repo) }).getVersion('churn-pr', 1))!;
    expect(version.prerelease).toBe(true);
    expect(version.manifest.candidate).toEqual({ pr: pull.number, headSha: pull.headSha });
    expect(version.manifest.lineage).toMatchObject({ commit: pull.headSha, ref: `refs/pull/${pull.number}/merge` });
    expect(pullRun.summary).toContain(`Candidate from pull request #${pull.number}`);
    // What the candidate relies on, from the evaluation report: kept in the manifest, shown on the card.
    expect(version.manifest.importance).toMatchObject({ metric: 'roc_auc', rows: 2000, repeats: 3 });
    expect(version.manifest.importance!.features.map((f) => [f.feature, Number(f.share.toFixed(2))])).toEqual([
      ['tenure', 0.75],
      ['plan', 0.25],
      ['noise', 0],
    ]);
    expect(pullRun.summary).toContain('## What it relies on');
    expect(pullRun.summary).toContain('| tenure | 0.06 | [0.048, 0.072] | 75.0% |');
    // `modelship registry show` prints them (shared/report/registry.ts).
    const shown = renderVersion(versionView(version), 'text');
    expect(shown).toContain('  What it relies on (permutation importance, drop in roc_auc):');
    expect(shown).toMatch(/\n {4}tenure {17} 75\.0% {2}0\.06\n {4}plan {19} 25\.0% {2}0\.02\n/);
    expect(renderVersion(versionView(version), 'markdown')).toContain('| tenure | 75.0% | 0.06 |');
    // A version registered without it (the push run) has none, and its manifest stays valid.
    const pushed = (await new Registry({ github: createOctokitClient(octokit, repo) }).getVersion('churn', 1))!;
    expect(pushed.manifest.importance).toBeUndefined();
  });

  it('fails with a clear message, and no stack, when the token can only read', async () => {
    expect(readOnlyRun.exitCode).toBe(1);
    expect(readOnlyRun.outcome).toBe('failure');
    const errors = readOnlyRun.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/GitHub answered 403 to POST \/repos\/acme\/churn\/git\/refs on acme\/churn/);
    expect(errors[0]!.message).toContain('permissions: contents: write');
    expect(errors[0]!.message).not.toMatch(/internal error/);
    expect(readOnlyRun.log).not.toMatch(/\n\s+at /);
    expect(readOnlyRun.outputs).toEqual({});
    const tags = await fixture.client('reader').git.listMatchingRefs({ ...repo, ref: 'tags/churn-ro/' });
    expect(tags.data).toEqual([]);
  });

  it('refuses a missing model file before calling GitHub', async () => {
    const { sandbox } = fixture;
    sandbox.counters.reset();
    const run = await runBundledAction('register', {
      apiUrl: sandbox.url,
      workspace: ws,
      token: sandbox.installationToken({ permissions: { contents: 'write' } }),
      sha: mainSha,
      env: { GITHUB_ACTOR_ID: '1' },
      inputs: { model: 'churn', 'model-file': 'missing.onnx' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.annotations[0]!.message).toMatch(/^missing\.onnx: The model file does not exist/);
    expect(sandbox.counters.total).toBe(0);
  });
});

describe("register action with the train action's lineage.json", () => {
  const started = new Date('2026-03-01T10:00:00Z');
  const record = (commit: string) =>
    trainingLineage({
      runner: {
        commit,
        lineage: { ref: 'refs/heads/main', runUrl: 'https://github.com/acme/churn/actions/runs/77/attempts/2' },
      },
      runAttempt: 2,
      data: [{ path: 'train.csv', sha256: sha256Hex(Buffer.from('id,plan\n1,pro\n2,basic\n')), size: 22 }],
      parameters: { epochs: 20, lr: 0.001 },
      seed: 11,
      environment: { os: 'Linux 6.8.0 x64', node: 'v24.1.0' },
      reported: { python: '3.11.7', torch: '2.5.1' },
      gpus: [
        {
          name: 'NVIDIA H100 80GB HBM3',
          driver: '550.54.15',
          memoryTotalMiB: 81559,
          utilizationMean: 91,
          memoryPeakMiB: 30000,
        },
        { name: 'NVIDIA H100 80GB HBM3', driver: '550.54.15' },
      ],
      cuda: '12.4',
      startedAt: started,
      finishedAt: new Date(started.getTime() + 45 * 60_000),
      price: { gpu_hour_price: 2.5, currency: 'USD' },
      resumedFromEpoch: 8,
    });

  it('stores the record as the lineage, refuses one from another commit, and locates bad content', async () => {
    const { sandbox } = fixture;
    const out = join(ws, 'out');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'lineage.json'), serializeLineage(record(mainSha)));
    writeFileSync(join(out, 'other-commit.json'), serializeLineage(record('f'.repeat(40))));
    const bad = JSON.parse(serializeLineage(record(mainSha))) as { training: { gpus: { name: string }[] } };
    bad.training.gpus[1]!.name = '';
    writeFileSync(join(out, 'bad.json'), JSON.stringify(bad, null, 2));
    const run = (model: string, lineage: string, extra: Record<string, string> = {}) =>
      runBundledAction('register', {
        apiUrl: sandbox.url,
        workspace: ws,
        runId: 4343,
        token: sandbox.installationToken({ permissions: { contents: 'write', metadata: 'read' } }),
        eventName: 'push',
        sha: mainSha,
        env: { GITHUB_ACTOR_ID: String(sandbox.personas.maintainer!.id) },
        inputs: { model, 'model-file': 'model.onnx', lineage, ...extra },
      });
    const [trained, otherCommit, badContent, disagreeing] = await Promise.all([
      run('churn-trained', 'out/lineage.json', { seed: '11', data: 'train.csv' }),
      run('churn-other', 'out/other-commit.json'),
      run('churn-bad', 'out/bad.json'),
      run('churn-seed', 'out/lineage.json', { seed: '12' }),
    ]);

    expect(trained.exitCode, trained.log).toBe(0);
    const registry = new Registry({ github: createOctokitClient(fixture.client('reader'), repo) });
    const version = (await registry.getVersion('churn-trained', 1))!;
    // The record stands as written (the run that trained, its runner); only the profile digest is added.
    expect(version.manifest.lineage).toEqual(record(mainSha));
    expect(version.manifest.lineage.training).toMatchObject({
      device: 'gpu',
      gpuHours: 1.5,
      cost: { amount: 3.75, currency: 'USD', pricePerGpuHour: 2.5 },
      resumedFromEpoch: 8,
      runAttempt: 2,
    });
    // The model card (job summary and release body) says how it was trained.
    for (const line of [
      '- **Training:**',
      '  - device: gpu × 2',
      '  - gpu 0: NVIDIA H100 80GB HBM3, driver 550.54.15, 81559 MiB, utilisation 91% mean, peak 30000 MiB',
      '  - gpu-hours: 1.5',
      '  - cost: ≈ 3.75 USD (2.5 USD per GPU-hour)',
      '  - resumed from: epoch 8',
    ]) {
      expect(trained.summary).toContain(`${line}\n`);
    }

    for (const [failed, file, pattern] of [
      [
        otherCommit,
        'out/other-commit.json',
        /out\/other-commit\.json \(commit\): The model was trained from commit f{40}, but this run registers commit/,
      ],
      [badContent, 'out/bad.json', /out\/bad\.json:\d+:\d+ \(training\.gpus\[1\]\.name\): /],
      [
        disagreeing,
        'out/lineage.json',
        /out\/lineage\.json \(seed\): The seed input disagrees with the training record's seed/,
      ],
    ] as const) {
      expect(failed.exitCode, failed.log).toBe(1);
      const errors = failed.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message).toMatch(pattern);
      expect(errors[0]!.message).toContain(file);
      expect(failed.log).not.toMatch(/\n\s+at /);
    }
    for (const model of ['churn-other', 'churn-bad', 'churn-seed']) {
      const tags = await fixture.client('reader').git.listMatchingRefs({ ...repo, ref: `tags/${model}/` });
      expect(tags.data).toEqual([]);
    }
  }, 60_000);
});
