import { describe, expect, it } from 'vitest';
import { releasesOf } from '../../sandbox/state/releases.js';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };

/** Seeds `count` releases straight into the store (much faster than the API). */
function seedReleases(count: number, prefix: string): void {
  const { store } = fixture.sandbox;
  const churn = store.repo('acme', 'churn')!;
  const state = releasesOf(churn);
  const at = store.timestamp();
  for (let i = 1; i <= count; i++) {
    const id = store.ids.next('release');
    state.releases.set(id, {
      id,
      tagName: `${prefix}/v${i}`,
      targetCommitish: 'main',
      name: null,
      body: null,
      draft: false,
      prerelease: false,
      createdAt: at,
      publishedAt: at,
      updatedAt: at,
      author: 'maintainer',
      assets: [],
    });
  }
}

describe('releases', () => {
  it('creates a release (and its tag), gets it by tag, updates and deletes it', async () => {
    const octokit = fixture.client('maintainer');
    const main = (await octokit.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
    const { data: created, status } = await octokit.repos.createRelease({
      ...repo,
      tag_name: 'churn/v1',
      target_commitish: main,
      name: 'churn v1',
      body: 'model card',
    });
    expect(status).toBe(201);
    expect(
      created.upload_url.startsWith(`${fixture.sandbox.url}/uploads/repos/acme/churn/releases/${created.id}/assets`),
    ).toBe(true);
    const tag = await octokit.git.getRef({ ...repo, ref: 'tags/churn/v1' });
    expect(tag.data.object.sha).toBe(main);
    const byTag = await octokit.repos.getReleaseByTag({ ...repo, tag: 'churn/v1' });
    expect(byTag.data.id).toBe(created.id);
    await expect(octokit.repos.createRelease({ ...repo, tag_name: 'churn/v1' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }] } },
    });
    const updated = await octokit.repos.updateRelease({ ...repo, release_id: created.id, body: 'new card' });
    expect(updated.data.body).toBe('new card');
    expect((await octokit.repos.getRelease({ ...repo, release_id: created.id })).data.body).toBe('new card');
    await octokit.repos.deleteRelease({ ...repo, release_id: created.id });
    await expect(octokit.repos.getReleaseByTag({ ...repo, tag: 'churn/v1' })).rejects.toMatchObject({ status: 404 });
    expect(fixture.sandbox.events.history.filter((e) => e.event === 'release').map((e) => e.action)).toEqual([
      'created',
      'published',
      'edited',
      'deleted',
    ]);
  });

  it('uploads an asset to upload_url and downloads the same bytes; names are unique', async () => {
    const octokit = fixture.client('maintainer');
    const { data: release } = await octokit.repos.createRelease({ ...repo, tag_name: 'churn/v2' });
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251));
    const { data: asset } = await octokit.repos.uploadReleaseAsset({
      ...repo,
      release_id: release.id,
      name: 'model.onnx',
      data: bytes as unknown as string,
      headers: { 'content-type': 'application/octet-stream' },
      baseUrl: release.upload_url.replace(/\/repos\/.*$/, ''),
    });
    expect(asset.size).toBe(bytes.length);
    expect(asset.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    await expect(
      octokit.repos.uploadReleaseAsset({
        ...repo,
        release_id: release.id,
        name: 'model.onnx',
        data: 'x',
        baseUrl: `${fixture.sandbox.url}/uploads`,
      }),
    ).rejects.toMatchObject({ status: 422 });
    const listed = await octokit.repos.listReleaseAssets({ ...repo, release_id: release.id });
    expect(listed.data.map((a) => a.name)).toEqual(['model.onnx']);
    const download = await octokit.repos.getReleaseAsset({
      ...repo,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
    });
    expect(Buffer.from(download.data as unknown as ArrayBuffer).equals(bytes)).toBe(true);
    await octokit.repos.deleteReleaseAsset({ ...repo, asset_id: asset.id });
    await expect(octokit.repos.getReleaseAsset({ ...repo, asset_id: asset.id })).rejects.toMatchObject({ status: 404 });
  });

  it('paginates 250 releases with octokit.paginate and Link headers', async () => {
    seedReleases(250, 'paged');
    const octokit = fixture.client('reader');
    const first = await octokit.repos.listReleases({ ...repo, per_page: 100 });
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('rel="last"');
    const all = await octokit.paginate(octokit.repos.listReleases, { ...repo, per_page: 100 });
    expect(all.filter((r) => r.tag_name.startsWith('paged/'))).toHaveLength(250);
    expect(all[0]!.tag_name).toBe('paged/v250');
  });

  it('stops listing at 1,000 results, as GitHub does; lookup by tag still works', async () => {
    seedReleases(1000, 'many');
    const octokit = fixture.client('reader');
    const last = await octokit.repos.listReleases({ ...repo, per_page: 100, page: 10 });
    expect(last.data).toHaveLength(100);
    expect(last.headers.link).not.toContain('rel="next"');
    const beyond = await octokit.repos.listReleases({ ...repo, per_page: 100, page: 11 });
    expect(beyond.data).toEqual([]);
    const old = await octokit.repos.getReleaseByTag({ ...repo, tag: 'paged/v1' });
    expect(old.data.tag_name).toBe('paged/v1');
  });
});
