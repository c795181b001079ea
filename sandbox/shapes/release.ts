/** REST shapes of releases and release assets, with `upload_url` on the sandbox. */
import type { AccountRecord, RepoRecord } from '../state/store.js';
import type { AssetRecord, ReleaseRecord } from '../state/releases.js';
import { nodeId } from '../state/ids.js';
import { encodePath, type Urls } from '../urls.js';
import { simpleUser } from './user.js';

/** The `release-asset` object. */
export function releaseAsset(
  urls: Urls,
  repo: RepoRecord,
  release: ReleaseRecord,
  asset: AssetRecord,
  uploader: AccountRecord | undefined,
): Record<string, unknown> {
  return {
    url: urls.api(`/repos/${repo.owner}/${repo.name}/releases/assets/${asset.id}`),
    browser_download_url: urls.html(
      `/${repo.owner}/${repo.name}/releases/download/${encodePath(release.tagName)}/${encodeURIComponent(asset.name)}`,
    ),
    id: asset.id,
    node_id: nodeId('ReleaseAsset', asset.id),
    name: asset.name,
    label: asset.label,
    state: 'uploaded',
    content_type: asset.contentType,
    size: asset.data.length,
    digest: asset.digest,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    uploader: uploader ? simpleUser(urls, uploader) : null,
  };
}

/** The `release` object. */
export function release(
  urls: Urls,
  repo: RepoRecord,
  record: ReleaseRecord,
  accounts: (login: string) => AccountRecord | undefined,
): Record<string, unknown> {
  const api = urls.api(`/repos/${repo.owner}/${repo.name}/releases/${record.id}`);
  const author = accounts(record.author);
  return {
    url: api,
    html_url: urls.html(`/${repo.owner}/${repo.name}/releases/tag/${encodePath(record.tagName)}`),
    assets_url: `${api}/assets`,
    upload_url: `${urls.uploads(`/repos/${repo.owner}/${repo.name}/releases/${record.id}/assets`)}{?name,label}`,
    tarball_url: urls.api(`/repos/${repo.owner}/${repo.name}/tarball/${encodePath(record.tagName)}`),
    zipball_url: urls.api(`/repos/${repo.owner}/${repo.name}/zipball/${encodePath(record.tagName)}`),
    id: record.id,
    node_id: nodeId('Release', record.id),
    tag_name: record.tagName,
    target_commitish: record.targetCommitish,
    name: record.name,
    body: record.body,
    draft: record.draft,
    prerelease: record.prerelease,
    immutable: false,
    created_at: record.createdAt,
    published_at: record.publishedAt,
    updated_at: record.updatedAt,
    author: author ? simpleUser(urls, author) : null,
    assets: record.assets.map((asset) => releaseAsset(urls, repo, record, asset, accounts(asset.uploader))),
  };
}
