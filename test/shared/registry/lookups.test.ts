/**
 * Lookups on the sandbox: the same number of API calls at 10 and at 1,000 versions (GTO #156),
 * the 1,000-release listing cap never matters, and tampered assets are refused.
 */
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../shared/errors.js';
import { IntegrityError, isIntegrityError, sha256Hex } from '../../../shared/registry/index.js';
import { releasesOf } from '../../../sandbox/state/releases.js';
import {
  callsByOperation,
  modelBytes,
  sampleRegistration,
  seedVersions,
  useRegistrySandbox,
} from './registry-fixture.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const fixture = useRegistrySandbox();

async function lookupCalls(model: string, version: number) {
  const registry = fixture.registry('reader');
  const counters = fixture.sandbox.counters;
  const out: Record<string, Record<string, number>> = {};
  counters.reset();
  const latest = await registry.latestVersion(model);
  out.latestVersion = callsByOperation(fixture);
  counters.reset();
  const byNumber = await registry.getVersion(model, version);
  out.getVersion = callsByOperation(fixture);
  counters.reset();
  await registry.download(byNumber!);
  out.download = callsByOperation(fixture);
  return { latest, byNumber, calls: out };
}

describe('lookups', () => {
  it('cost the same number of calls at 10 and at 1,000 versions', async () => {
    seedVersions(fixture, 'small', 10);
    seedVersions(fixture, 'big', 1000);
    const small = await lookupCalls('small', 3);
    const big = await lookupCalls('big', 3);
    expect(small.latest!.version).toBe(10);
    expect(big.latest!.version).toBe(1000);
    expect(big.byNumber!.tag).toBe('big/v3');
    expect(big.calls).toEqual(small.calls);
    expect(big.calls).toEqual({
      // The release body carries the manifest, vouched for by GitHub's digest: no download.
      latestVersion: { 'git/list-matching-refs': 1, 'repos/get-release-by-tag': 1 },
      getVersion: { 'repos/get-release-by-tag': 1 },
      download: { 'repos/get-release-asset': 1 },
    });
    // With 1,010 releases in the repository, v1 of `big` is beyond GitHub's listing cap, yet found by tag.
    expect((await fixture.registry('reader').getVersion('big', 1))!.version).toBe(1);
  });

  it('registers after 1,000 versions with the same calls as after none', async () => {
    const registry = fixture.registry();
    fixture.sandbox.counters.reset();
    const registered = await registry.register(sampleRegistration(fixture, { model: 'big' }));
    expect(registered.version).toBe(1001);
    expect(fixture.sandbox.counters.total).toBe(8);
  });

  it('returns undefined for versions that do not exist, and refuses bad names', async () => {
    const registry = fixture.registry('reader');
    expect(await registry.getVersion('small', 99)).toBeUndefined();
    expect(await registry.latestVersion('nothing-here')).toBeUndefined();
    await expectUserError(registry.getVersion('Bad/Name', 1));
  });

  it('refuses a tampered asset whose bytes were replaced in storage', async () => {
    const registry = fixture.registry();
    const version = await registry.register(sampleRegistration(fixture, { model: 'tamper', seed: 5 }));
    // Storage corruption or tampering that leaves the API's metadata alone.
    const churn = fixture.sandbox.store.repo('acme', 'churn')!;
    const stored = releasesOf(churn)
      .releases.get(version.releaseId)!
      .assets.find((a) => a.name === 'model.onnx')!;
    const evil = Buffer.from(modelBytes(666));
    stored.data = evil;
    const found = await fixture.registry('reader').getVersion('tamper', version.version);
    expect(found).toBeDefined();
    const error = await fixture
      .registry('reader')
      .download(found!)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntegrityError);
    expect(isUserError(error)).toBe(true);
    expect(error).toMatchObject({
      asset: 'model.onnx',
      tag: 'tamper/v1',
      expected: `sha256:${sha256Hex(modelBytes(5))}`,
      actual: `sha256:${sha256Hex(evil)}`,
    });
    expect((error as Error).message).toContain('model.onnx of tamper/v1 does not match');
    const report = await fixture.registry('reader').verify('tamper', 1);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatchObject({ kind: 'digest-mismatch', asset: 'model.onnx' });
  });

  it('reads the manifest from the release body only while GitHub’s digest vouches for it', async () => {
    const registry = fixture.registry();
    const version = await registry.register(sampleRegistration(fixture, { model: 'card', seed: 8 }));
    const octokit = fixture.client('maintainer');
    const repo = { owner: 'acme', repo: 'churn', release_id: version.releaseId };
    const { data: release } = await octokit.repos.getRelease(repo);
    // A maintainer pastes another manifest into the body's block: it no longer hashes to the digest.
    const forged = Buffer.from(JSON.stringify({ schemaVersion: 1, model: 'card', version: 1, forged: true }));
    const body = release.body!.replace(
      /modelship:manifest [A-Za-z0-9+/=]*/,
      `modelship:manifest ${forged.toString('base64')}`,
    );
    expect(body).not.toBe(release.body);
    await octokit.repos.updateRelease({ ...repo, body });
    fixture.sandbox.counters.reset();
    const found = await fixture.registry('reader').getVersion('card', 1);
    // The asset is downloaded instead, and the version reads exactly as registered.
    expect(callsByOperation(fixture)).toEqual({ 'repos/get-release-by-tag': 1, 'repos/get-release-asset': 1 });
    expect(found!.manifestSha256).toBe(version.manifestSha256);
  });

  it('hides a version whose asset was deleted and re-uploaded with other bytes, and refuses the old handle', async () => {
    const registry = fixture.registry();
    const version = await registry.register(sampleRegistration(fixture, { model: 'swap', seed: 6 }));
    const octokit = fixture.client('maintainer');
    const repo = { owner: 'acme', repo: 'churn' };
    const model = version.assets.find((a) => a.name === 'model.onnx')!;
    await octokit.repos.deleteReleaseAsset({ ...repo, asset_id: model.id });
    const { data: release } = await octokit.repos.getRelease({ ...repo, release_id: version.releaseId });
    await octokit.repos.uploadReleaseAsset({
      ...repo,
      release_id: version.releaseId,
      name: 'model.onnx',
      data: Buffer.from(modelBytes(7)) as unknown as string,
      baseUrl: release.upload_url.replace(/\/repos\/.*$/, ''),
    });
    // Readers no longer see it: the asset's digest does not match the manifest.
    expect(await fixture.registry('reader').getVersion('swap', 1)).toBeUndefined();
    const inspection = await fixture.registry('reader').inspectVersion('swap', 1);
    expect(inspection.problems.map((p) => p.kind)).toEqual(['digest-mismatch']);
    expect(await fixture.registry('reader').latestVersion('swap')).toBeUndefined();
    // A handle obtained before the swap, pointed at the new asset, is refused on download.
    const swapped = (await octokit.repos.getRelease({ ...repo, release_id: version.releaseId })).data.assets.find(
      (a) => a.name === 'model.onnx',
    )!;
    const pointed = {
      ...version,
      assets: version.assets.map((a) => (a.name === 'model.onnx' ? { ...a, id: swapped.id } : a)),
    };
    const error = await fixture
      .registry('reader')
      .download(pointed, ['model.onnx'])
      .catch((e: unknown) => e);
    expect(isIntegrityError(error)).toBe(true);
  });
});
