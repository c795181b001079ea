/**
 * `modelship registry list|show|history|verify` from the bundled CLI against the sandbox: two
 * versions registered by the core (v2 with the train action's training run in its lineage), v1 then
 * v2 deployed to production, and v1's model bytes then tampered in the sandbox's storage, which
 * `verify` must refuse with exit code 1.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { releasesOf } from '../../sandbox/state/releases.js';
import type { RegisteredVersion } from '../../shared/registry/index.js';
import type { TrainingRun } from '../../shared/registry/manifest.js';
import { repoRoot } from '../helpers/churn-fixture.js';
import { spawnNode } from '../helpers/spawn.js';
import { modelBytes, sampleRegistration, useRegistrySandbox } from '../shared/registry/registry-fixture.js';

const fixture = useRegistrySandbox();
const cli = join(repoRoot, 'cli', 'dist', 'index.js');
let v1: RegisteredVersion;
let v2: RegisteredVersion;
let between: string;
const training: TrainingRun = {
  startedAt: '2026-03-01T10:00:00.000Z',
  finishedAt: '2026-03-01T11:30:00.000Z',
  wallSeconds: 5400,
  device: 'gpu',
  gpus: [
    {
      name: 'NVIDIA H100 80GB HBM3',
      driver: '550.54.15',
      memoryTotalMiB: 81559,
      utilizationMean: 87.5,
      utilizationMax: 100,
      memoryPeakMiB: 40210,
    },
    { name: 'NVIDIA H100 80GB HBM3' },
  ],
  cuda: '12.4',
  gpuHours: 3,
  cost: { amount: 7.5, currency: 'USD', pricePerGpuHour: 2.5 },
  resumedFromEpoch: 12,
  runAttempt: 2,
};

function modelship(...args: string[]) {
  const { sandbox } = fixture;
  return spawnNode([cli, 'registry', ...args, '--repo', 'acme/churn', '--api-url', sandbox.url], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_TOKEN: sandbox.personas.reader!.token },
  });
}

async function json(...args: string[]): Promise<Record<string, unknown>> {
  const run = await modelship(...args, '--format', 'json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

beforeAll(async () => {
  const registry = fixture.registry();
  v1 = await registry.register(sampleRegistration(fixture, { seed: 1 }));
  const sample = sampleRegistration(fixture);
  v2 = await registry.register(
    sampleRegistration(fixture, {
      seed: 2,
      metrics: { auc: 0.93, f1: 0.75 },
      // v2 was trained by the train action: its lineage carries the training run.
      lineage: { ...sample.lineage, training },
    }),
  );
  for (const version of [v1, v2]) {
    const deployment = await registry.createDeployment(version, 'production', { reason: 'promote' });
    await registry.recordDeploymentStatus(deployment.id, { state: 'success' });
    await registry.markStage(version, 'production', { state: 'success', deploymentId: deployment.id });
    fixture.clock.advance(10);
    if (version === v1) between = new Date(fixture.clock.ms - 5 * 60_000).toISOString();
  }
});

describe('modelship registry', () => {
  it('lists the newest versions, newest first', async () => {
    const out = await json('list', '--model', 'churn');
    expect(out).toMatchObject({ model: 'churn', tagCount: 2 });
    const versions = out.versions as { version: number; readable: boolean; commit: string; metrics: unknown }[];
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[0]).toMatchObject({ readable: true, commit: fixture.mainSha(), metrics: { auc: 0.93 } });
    const limited = await json('list', '--model', 'churn', '--limit', '1');
    expect((limited.versions as unknown[]).length).toBe(1);
    const text = await modelship('list', '--model', 'churn');
    expect(text.stdout).toMatch(/churn: 2 newest of 2 version tags\n {2}v2 /);
  });

  it('shows one version with its stage markers and digests', async () => {
    const out = await json('show', '--model', 'churn', '--version', '2');
    expect(out).toMatchObject({
      tag: 'churn/v2',
      readable: true,
      url: v2.htmlUrl,
      manifestSha256: v2.manifestSha256,
      stages: { production: { state: 'live' } },
      creator: { login: 'maintainer' },
    });
    expect((out.assets as { name: string }[]).map((a) => a.name)).toEqual(['model.onnx', 'profile.json']);
    expect(out.lineage).toMatchObject({ commit: fixture.mainSha(), seed: 7, training });

    // The text output says how the version was made: GPUs, hours, cost and the resumed epoch.
    const text = await modelship('show', '--model', 'churn', '--version', '2');
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('  lineage:\n');
    for (const line of [
      `commit:                ${fixture.mainSha()} (refs/heads/main)`,
      'seed:                  7',
      'data:                  data/train.csv sha256:' + 'a'.repeat(64) + ' (1234 bytes)',
      'environment:           node=20.19.0 onnxruntime=1.30.0',
      'training device:       gpu × 2',
      'training gpu 0:        NVIDIA H100 80GB HBM3, driver 550.54.15, 81559 MiB, utilisation 87.5% mean / 100% max, peak 40210 MiB',
      'training gpu 1:        NVIDIA H100 80GB HBM3',
      'training cuda:         12.4',
      'training trained:      2026-03-01T10:00:00.000Z → 2026-03-01T11:30:00.000Z (1h 30m 00s)',
      'training gpu-hours:    3',
      'training cost:         ≈ 7.50 USD (2.5 USD per GPU-hour)',
      'training resumed from: epoch 12',
      'training run attempt:  2',
    ]) {
      expect(text.stdout).toContain(`    ${line}\n`);
    }
    const markdown = await modelship('show', '--model', 'churn', '--version', '2', '--format', 'markdown');
    expect(markdown.stdout).toContain('| training cost | ≈ 7.50 USD (2.5 USD per GPU-hour) |');
    // A version registered without a training run shows its lineage and no training lines.
    const plain = await modelship('show', '--model', 'churn', '--version', '1');
    expect(plain.stdout).toContain('    seed:                  7\n');
    expect(plain.stdout).not.toContain('training');

    const missing = await modelship('show', '--model', 'churn', '--version', '9');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/churn\/v9 does not exist/);
  });

  it('shows the history of a stage and what was live at a time', async () => {
    const out = await json('history', '--model', 'churn', '--stage', 'production', '--at', between);
    const deployments = out.deployments as { version: number; live: boolean; state: string; reason: string }[];
    expect(deployments.map((d) => [d.version, d.live, d.reason])).toEqual([
      [2, true, 'promote'],
      [1, false, 'promote'],
    ]);
    expect(deployments[0]!.state).toBe('success');
    expect(out.at).toMatchObject({ time: between, version: 1 });
    const markdown = await modelship('history', '--model', 'churn', '--stage', 'production', '--format', 'markdown');
    expect(markdown.stdout).toContain('| v2 🟢 live |');
  });

  it('verifies every digest, and exits 1 once an asset was tampered with in storage', async () => {
    const ok = await json('verify', '--model', 'churn', '--version', '1');
    expect(ok).toMatchObject({ ok: true, problems: [] });
    expect((ok.checked as { name: string }[]).map((c) => c.name)).toEqual([
      'model.onnx',
      'profile.json',
      'modelship.json',
    ]);

    const stored = releasesOf(fixture.sandbox.store.repo('acme', 'churn')!)
      .releases.get(v1.releaseId)!
      .assets.find((a) => a.name === 'model.onnx')!;
    stored.data = Buffer.from(modelBytes(666));
    const bad = await modelship('verify', '--model', 'churn', '--version', '1', '--format', 'json');
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout) as { ok: boolean; problems: { kind: string; asset: string }[] };
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ kind: 'digest-mismatch', asset: 'model.onnx' });
    const text = await modelship('verify', '--model', 'churn', '--version', '1');
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/✗ churn\/v1: verification failed\n {2}digest-mismatch \(model\.onnx\)/);
    // v2 is untouched.
    expect((await modelship('verify', '--model', 'churn', '--version', '2')).code).toBe(0);
  });

  it('explains a token that cannot see the repository (exit 2)', async () => {
    const { sandbox } = fixture;
    const run = await spawnNode(
      [cli, 'registry', 'list', '--model', 'churn', '--repo', 'acme/churn', '--api-url', sandbox.url],
      { env: { PATH: process.env.PATH, GH_TOKEN: sandbox.personas.outsider!.token } },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/GitHub answered 404 .* on acme\/churn.*contents: read/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
