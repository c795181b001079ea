/**
 * Registration on the sandbox: the release, its assets and manifest, call counts, several
 * versions at one commit, candidates, 20 concurrent registrations (R1), interrupted registrations
 * that stay invisible and are repaired (R3), and input errors.
 */
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../shared/profile/index.js';
import { parseManifest, parseStageMarks, sha256Hex } from '../../../shared/registry/index.js';
import { releasesOf } from '../../../sandbox/state/releases.js';
import { callsByOperation, modelBytes, sampleRegistration, useRegistrySandbox } from './registry-fixture.js';
import { expectUserError } from '../../helpers/expect-user-error.js';

const fixture = useRegistrySandbox();
const repo = { owner: 'acme', repo: 'churn' };

function releasesOfModel(model: string) {
  const churn = fixture.sandbox.store.repo('acme', 'churn')!;
  return [...releasesOf(churn).releases.values()].filter((r) => r.tagName.startsWith(`${model}/`));
}

function tagsOf(model: string): string[] {
  const churn = fixture.sandbox.store.repo('acme', 'churn')!;
  return [...churn.git.refs.keys()].filter((r) => r.startsWith(`refs/tags/${model}/`)).sort();
}

describe('register', () => {
  it('publishes a release with the model, profile and manifest, in 8 calls', async () => {
    const registry = fixture.registry();
    fixture.sandbox.counters.reset();
    const registered = await registry.register(sampleRegistration(fixture));
    expect(callsByOperation(fixture)).toEqual({
      'repos/list-releases': 1,
      'git/list-matching-refs': 1,
      'git/create-ref': 1,
      'repos/create-release': 1,
      'repos/upload-release-asset': 3,
      'repos/update-release': 1,
    });
    expect(registered).toMatchObject({ model: 'churn', version: 1, tag: 'churn/v1', commit: fixture.mainSha() });
    expect(registered.repairs).toEqual([]);

    const octokit = fixture.client('reader');
    const { data: release } = await octokit.repos.getReleaseByTag({ ...repo, tag: 'churn/v1' });
    expect(release.draft).toBe(false);
    expect(release.name).toBe('churn v1');
    expect(release.assets.map((a) => a.name).sort()).toEqual(['model.onnx', 'modelship.json', 'profile.json']);
    const tag = await octokit.git.getRef({ ...repo, ref: 'tags/churn/v1' });
    expect(tag.data.object.sha).toBe(fixture.mainSha());

    // The model card: metrics against the champion, gates, lineage, digests, the stage section.
    const body = release.body ?? '';
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('# churn v1');
    expect(body).toContain('| auc | 0.91 | 0.89 | +0.02 |');
    expect(body).toContain('✅ pass');
    expect(body).toContain(`\`${fixture.mainSha()}\``);
    expect(body).toContain(`\`${sha256Hex(modelBytes(1))}\``);
    expect(body).toContain(registered.manifestSha256);
    expect(parseStageMarks(body)).toEqual({});
    expect(body).toContain('not deployed yet');

    // The manifest as readers download it.
    const manifestAsset = release.assets.find((a) => a.name === 'modelship.json')!;
    const download = await octokit.repos.getReleaseAsset({
      ...repo,
      asset_id: manifestAsset.id,
      headers: { accept: 'application/octet-stream' },
    });
    const { manifest, problems } = parseManifest(new Uint8Array(download.data as unknown as ArrayBuffer));
    expect(problems).toEqual([]);
    expect(manifest).toMatchObject({
      schemaVersion: 1,
      model: 'churn',
      version: 1,
      tag: 'churn/v1',
      creator: fixture.creator(),
      createdAt: '2026-03-02T09:00:00.000Z',
      metrics: { auc: 0.91, f1: 0.72 },
      lineage: { commit: fixture.mainSha(), seed: 7, ref: 'refs/heads/main' },
      signature: { inputs: [{ name: 'features', type: 'float32', shape: [null, 20] }] },
    });
    const model = manifest!.assets.find((a) => a.name === 'model.onnx')!;
    expect(model).toEqual({ name: 'model.onnx', size: 2048, sha256: sha256Hex(modelBytes(1)), role: 'model' });
    const profile = manifest!.assets.find((a) => a.name === 'profile.json')!;
    expect(manifest!.lineage.profileSha256).toBe(profile.sha256);

    // The profile round-trips, and download() verifies and returns the same bytes.
    const files = await registry.download(registered, ['model.onnx', 'profile.json', 'modelship.json']);
    expect(Buffer.from(files.get('model.onnx')!).equals(Buffer.from(modelBytes(1)))).toBe(true);
    expect(parseProfile(new TextDecoder().decode(files.get('profile.json')), 'profile.json').rowCount).toBe(7);
  });

  it('registers two versions at one commit (GTO #300), each with its own tag', async () => {
    const registry = fixture.registry();
    const a = await registry.register(sampleRegistration(fixture, { model: 'twin', seed: 2 }));
    const b = await registry.register(sampleRegistration(fixture, { model: 'twin', seed: 3 }));
    expect([a.tag, b.tag]).toEqual(['twin/v1', 'twin/v2']);
    expect(a.commit).toBe(b.commit);
    expect(tagsOf('twin')).toEqual(['refs/tags/twin/v1', 'refs/tags/twin/v2']);
    const [first, second] = await Promise.all([registry.getVersion('twin', 1), registry.getVersion('twin', 2)]);
    expect(first!.assets[0]!.sha256).toBe(sha256Hex(modelBytes(2)));
    expect(second!.assets[0]!.sha256).toBe(sha256Hex(modelBytes(3)));
  });

  it('marks a pull-request candidate as a prerelease linked to the PR and head SHA', async () => {
    const pushed = fixture.sandbox.push({ repo: 'acme/churn', branch: 'feature', files: { 'train.py': 'print(1)\n' } });
    const registry = fixture.registry();
    const version = await registry.register(
      sampleRegistration(fixture, { model: 'cand', commit: pushed.sha, candidate: { pr: 12, headSha: pushed.sha } }),
    );
    expect(version.prerelease).toBe(true);
    expect(version.manifest.candidate).toEqual({ pr: 12, headSha: pushed.sha });
    const release = releasesOfModel('cand')[0]!;
    expect(release.prerelease).toBe(true);
    expect(release.body).toContain('Candidate from pull request #12');
  });

  it('R1: 20 concurrent registrations get 20 distinct, consecutive versions', async () => {
    const registry = fixture.registry();
    fixture.sandbox.counters.reset();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        registry.register(sampleRegistration(fixture, { model: 'race', seed: 100 + i })),
      ),
    );
    const versions = results.map((r) => r.version).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    // Each version holds the bytes of the registration that claimed it.
    for (const result of results) {
      const found = await registry.getVersion('race', result.version);
      expect(found!.assets[0]!.sha256).toBe(result.assets[0]!.sha256);
    }
    expect(releasesOfModel('race').every((r) => !r.draft)).toBe(true);
    // Lost races cost one create-ref each, never another tag listing.
    expect(fixture.sandbox.counters.count('git/list-matching-refs')).toBe(20);
    expect(fixture.sandbox.counters.count('repos/create-release')).toBe(20);
  });

  it('R3: a fault between release creation and upload leaves nothing visible; the next registration repairs it', async () => {
    const registry = fixture.registry();
    const v1 = await registry.register(sampleRegistration(fixture, { model: 'crash', seed: 1 }));
    // The registration dies after creating its draft: uploads fail and so does its own cleanup.
    const uploadFault = fixture.sandbox.faults.add({
      operationId: 'repos/upload-release-asset',
      kind: '500',
      times: 3,
    });
    const cleanupFault = fixture.sandbox.faults.add({ operationId: 'repos/delete-release', kind: '502', times: 1 });
    await expect(registry.register(sampleRegistration(fixture, { model: 'crash', seed: 2 }))).rejects.toMatchObject({
      status: 500,
    });
    fixture.sandbox.faults.remove(uploadFault);
    fixture.sandbox.faults.remove(cleanupFault);
    expect(tagsOf('crash')).toEqual(['refs/tags/crash/v1', 'refs/tags/crash/v2']);
    expect(
      releasesOfModel('crash')
        .filter((r) => r.draft)
        .map((r) => r.tagName),
    ).toEqual(['crash/v2']);

    // Readers see v1 only.
    expect(await registry.getVersion('crash', 2)).toBeUndefined();
    expect((await registry.inspectVersion('crash', 2)).problems[0]!.kind).toBe('not-found');
    expect((await registry.latestVersion('crash'))!.version).toBe(v1.version);

    // Within the lease the draft may be a registration in flight: it is kept.
    expect((await registry.repair('crash')).map((a) => a.action)).toEqual(['kept']);

    // After the lease, the next registration deletes the draft and its tag, and reuses the number.
    fixture.clock.advance(31);
    const next = await registry.register(sampleRegistration(fixture, { model: 'crash', seed: 3 }));
    expect(next.repairs).toMatchObject([{ action: 'deleted', tag: 'crash/v2', tagDeleted: true }]);
    expect(next.version).toBe(2);
    expect(next.assets[0]!.sha256).toBe(sha256Hex(modelBytes(3)));
    expect(releasesOfModel('crash').filter((r) => r.draft)).toEqual([]);
    expect((await registry.latestVersion('crash'))!.version).toBe(2);
  });

  it('R3: a registration that died before publishing, with every asset uploaded, is finished by the next one', async () => {
    const registry = fixture.registry();
    const publishFault = fixture.sandbox.faults.add({ operationId: 'repos/update-release', kind: 'drop', times: 1 });
    const cleanupFault = fixture.sandbox.faults.add({ operationId: 'repos/delete-release', kind: '503', times: 1 });
    await expect(registry.register(sampleRegistration(fixture, { model: 'late', seed: 1 }))).rejects.toThrow();
    fixture.sandbox.faults.remove(publishFault);
    fixture.sandbox.faults.remove(cleanupFault);
    expect(await registry.latestVersion('late')).toBeUndefined();

    const next = await registry.register(sampleRegistration(fixture, { model: 'late', seed: 2 }));
    expect(next.repairs).toMatchObject([{ action: 'published', tag: 'late/v1' }]);
    expect(next.version).toBe(2);
    expect((await registry.getVersion('late', 1))!.assets[0]!.sha256).toBe(sha256Hex(modelBytes(1)));
  });

  it('a failed registration whose cleanup works leaves no draft and no tag behind', async () => {
    const registry = fixture.registry();
    const fault = fixture.sandbox.faults.add({ operationId: 'repos/upload-release-asset', kind: '500', times: 3 });
    await expect(registry.register(sampleRegistration(fixture, { model: 'clean' }))).rejects.toMatchObject({
      status: 500,
    });
    fixture.sandbox.faults.remove(fault);
    expect(tagsOf('clean')).toEqual([]);
    expect(releasesOfModel('clean')).toEqual([]);
  });

  it('refuses bad input with a UserError before any call', async () => {
    const registry = fixture.registry();
    fixture.sandbox.counters.reset();
    const cases: [Partial<Parameters<typeof sampleRegistration>[1]>, RegExp][] = [
      [{ model: 'Churn' }, /not a valid model name/],
      [{ commit: 'main' }, /not a full commit SHA/],
      [{ files: [] }, /Nothing to register/],
      [{ files: [{ name: 'modelship.json', data: new Uint8Array(1) }] }, /reserved/],
      [{ files: [{ name: 'my model.onnx', data: new Uint8Array(1) }] }, /not a usable asset name/],
      [{ metrics: { auc: Number.NaN } }, /manifest would be invalid/],
    ];
    for (const [override, message] of cases) {
      const error = await expectUserError(registry.register(sampleRegistration(fixture, override)));
      expect((error as Error).message).toMatch(message);
    }
    expect(fixture.sandbox.counters.total).toBe(0);
  });

  it('refuses a commit that is not in the repository', async () => {
    const registry = fixture.registry();
    const error = await expectUserError(
      registry.register(sampleRegistration(fixture, { model: 'ghost', commit: 'f'.repeat(40) })),
    );
    expect((error as Error).message).toMatch(/does not exist in acme\/churn/);
  });
});
