/**
 * The release checked against the deployment that asked for it, on the sandbox registry: a release
 * that matches passes with its bytes; any difference from what the deployment recorded (the
 * manifest, an asset's digest, the set of assets, the commit) or bytes that differ from the manifest
 * refuse it, naming what differs.
 */
import { describe, expect, it } from 'vitest';
import { verifyRelease } from '../../../shared/deploy/verify.js';
import { isUserError } from '../../../shared/errors.js';
import {
  deploymentPayload,
  isIntegrityError,
  MANIFEST_ASSET,
  type DeploymentPayload,
} from '../../../shared/registry/index.js';
import { releasesOf } from '../../../sandbox/state/releases.js';
import { sampleRegistration, useRegistrySandbox } from '../registry/registry-fixture.js';

const fixture = useRegistrySandbox();

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as Error & { asset?: string };
  }
  throw new Error('expected a refusal');
}

describe('verifyRelease', () => {
  it('passes a release that matches its deployment and hands out every asset and the manifest', async () => {
    const registry = fixture.registry();
    const version = await registry.register(sampleRegistration(fixture));
    const { files } = await verifyRelease(registry, deploymentPayload(version, 'staging'));
    expect([...files.keys()].sort()).toEqual(['model.onnx', MANIFEST_ASSET, 'profile.json'].sort());
  });

  it('refuses any difference from what the deployment recorded, naming it', async () => {
    const registry = fixture.registry();
    const version = await registry.register(sampleRegistration(fixture, { seed: 2 }));
    const payload = deploymentPayload(version, 'staging');
    const alter = (change: Partial<DeploymentPayload>) => verifyRelease(registry, { ...payload, ...change });

    const manifest = await refusal(alter({ manifest_sha256: 'f'.repeat(64) }));
    expect(isIntegrityError(manifest) && manifest.asset).toBe(MANIFEST_ASSET);
    const digest = await refusal(alter({ digests: { ...payload.digests, 'model.onnx': `sha256:${'e'.repeat(64)}` } }));
    expect(isIntegrityError(digest) && digest.asset).toBe('model.onnx');
    const extra = await refusal(alter({ digests: { ...payload.digests, 'extra.bin': `sha256:${'e'.repeat(64)}` } }));
    expect(isUserError(extra) && extra.message).toMatch(/extra\.bin/);
    const commit = await refusal(alter({ commit: '0'.repeat(40) }));
    expect(isUserError(commit) && commit.message).toMatch(/recorded commit 0{40}/);
  });

  it('refuses bytes that no longer match the manifest, naming the asset', async () => {
    const registry = fixture.registry();
    const version = await registry.register(sampleRegistration(fixture, { seed: 3 }));
    const repo = fixture.sandbox.store.repo('acme', 'churn')!;
    const asset = releasesOf(repo)
      .releases.get(version.releaseId)!
      .assets.find((a) => a.name === 'model.onnx')!;
    asset.data = Buffer.from(asset.data).fill(1, 0, 8);
    const error = await refusal(verifyRelease(registry, deploymentPayload(version, 'staging')));
    expect(isIntegrityError(error) && error.asset).toBe('model.onnx');
    expect(error.message).toMatch(/model\.onnx of churn\/v\d+ does not match/);
  });
});
