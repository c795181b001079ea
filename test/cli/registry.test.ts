/**
 * `modelship registry list|show|history|verify` from the bundled CLI against the sandbox: two
 * versions registered by the core, v1 then v2 deployed to production, and v1's model bytes then
 * tampered in the sandbox's storage, which `verify` must refuse with exit code 1.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { releasesOf } from '../../sandbox/state/releases.js';
import type { RegisteredVersion } from '../../shared/registry/index.js';
import { repoRoot } from '../helpers/churn-fixture.js';
import { spawnNode } from '../helpers/spawn.js';
import { modelBytes, sampleRegistration, useRegistrySandbox } from '../shared/registry/registry-fixture.js';

const fixture = useRegistrySandbox();
const cli = join(repoRoot, 'cli', 'dist', 'index.js');
let v1: RegisteredVersion;
let v2: RegisteredVersion;
let between: string;

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
  v2 = await registry.register(sampleRegistration(fixture, { seed: 2, metrics: { auc: 0.93, f1: 0.75 } }));
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
