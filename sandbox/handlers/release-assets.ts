/**
 * Release assets: upload to the release's `upload_url` (the sandbox's `/uploads/...`), list, get,
 * rename, delete, and download. With `Accept: application/octet-stream` the API answers 302 to a
 * signed download URL on the sandbox, as GitHub redirects to its storage; clients that follow the
 * redirect get the bytes. Names are unique per release (422 `already_exists`), after GitHub's
 * renaming (see `githubAssetName`). Assets of a draft release are hidden like the draft itself.
 */
import { createHmac } from 'node:crypto';
import { notFound, validationFailed } from '../errors.js';
import { paginate } from '../pagination.js';
import { assetDigest, findAsset, type AssetRecord, type ReleaseRecord } from '../state/releases.js';
import { releaseAsset } from '../shapes/release.js';
import type { Store } from '../state/store.js';
import { findRelease, seesDrafts } from './releases.js';
import type { FamilyWithRawRoutes, HandlerContext, HandlerResponse } from './types.js';

/**
 * The name GitHub stores for an uploaded asset. GitHub's docs ("Upload a release asset") say only:
 * "GitHub renames asset filenames that have special characters, non-alphanumeric characters, and
 * leading or trailing periods. The List release assets endpoint lists the renamed filenames."
 * What it does, as users have recorded it: spaces become periods (`The Brain.js` → `The.Brain.js`,
 * github-release/github-release#93; tox-dev/github-workflows 6.0.3 release notes), and so do
 * parentheses, `~` and `:` (softprops/action-gh-release#159). The sandbox applies that rule to
 * every character outside letters, digits, `-`, `_` and `.`, then collapses runs of periods and
 * trims leading and trailing ones (electron/forge's publisher-github `sanitizeName` does the same
 * to predict the stored name).
 */
export function githubAssetName(name: string): string {
  return name
    .replace(/[^A-Za-z0-9_.-]/g, '.')
    .replace(/\.{2,}/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

function shape(context: HandlerContext, release: ReleaseRecord, asset: AssetRecord): Record<string, unknown> {
  return releaseAsset(context.urls, context.repo!, release, asset, context.store.account(asset.uploader));
}

function located(context: HandlerContext): { release: ReleaseRecord; asset: AssetRecord } {
  const found = findAsset(context.repo!, Number(context.params.asset_id));
  if (!found || (found.release.draft && !seesDrafts(context))) throw notFound();
  return found;
}

function signature(store: Store, repoId: number, assetId: number): string {
  const secret = store.slice('download-secret', () => `sandbox-download-${store.app?.webhookSecret ?? 'none'}`);
  return createHmac('sha256', secret).update(`${repoId}:${assetId}`).digest('hex').slice(0, 32);
}

/** The release assets family. */
export const releaseAssets: FamilyWithRawRoutes = {
  name: 'release-assets',
  handlers: {
    'repos/upload-release-asset': (context) => {
      const { repo, store, query } = context;
      const release = findRelease(context, context.params.release_id);
      const name = githubAssetName(query.name ?? '');
      if (name === '') throw validationFailed([{ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' }]);
      if (release.assets.some((asset) => asset.name === name)) {
        throw validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
      }
      const at = store.timestamp();
      const asset: AssetRecord = {
        id: store.ids.next('asset'),
        releaseId: release.id,
        name,
        label: query.label ?? null,
        contentType: String(context.headers['content-type'] ?? 'application/octet-stream'),
        data: context.raw,
        digest: assetDigest(context.raw),
        uploader: context.actor?.login ?? repo!.owner,
        downloadCount: 0,
        createdAt: at,
        updatedAt: at,
      };
      release.assets.push(asset);
      return { status: 201, body: shape(context, release, asset) };
    },

    'repos/list-release-assets': (context) => {
      const { repo, urls, query } = context;
      const release = findRelease(context, context.params.release_id);
      const { page, headers } = paginate(
        release.assets,
        query,
        urls.api(`/repos/${repo!.owner}/${repo!.name}/releases/${release.id}/assets`),
      );
      return { status: 200, body: page.map((asset) => shape(context, release, asset)), headers };
    },

    'repos/get-release-asset': (context) => {
      const { release, asset } = located(context);
      if (/application\/octet-stream/.test(String(context.headers.accept ?? ''))) {
        const { repo, urls, store } = context;
        const target = urls.api(`/_downloads/${repo!.id}/${asset.id}?sig=${signature(store, repo!.id, asset.id)}`);
        return { status: 302, headers: { location: target }, raw: '' };
      }
      return { status: 200, body: shape(context, release, asset) };
    },

    'repos/update-release-asset': (context) => {
      const { release, asset } = located(context);
      const request = (context.body ?? {}) as { name?: string; label?: string };
      const body = request.name === undefined ? request : { ...request, name: githubAssetName(request.name) };
      if (body.name !== undefined && body.name !== asset.name && release.assets.some((a) => a.name === body.name)) {
        throw validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
      }
      if (body.name !== undefined) asset.name = body.name;
      if (body.label !== undefined) asset.label = body.label;
      asset.updatedAt = context.store.timestamp();
      return { status: 200, body: shape(context, release, asset) };
    },

    'repos/delete-release-asset': (context) => {
      const { release, asset } = located(context);
      release.assets.splice(release.assets.indexOf(asset), 1);
      return { status: 204 };
    },
  },
  rawRoutes: [
    {
      method: 'get',
      pattern: /^\/_downloads\/(\d+)\/(\d+)$/,
      handle: (match, { query, store }): HandlerResponse => {
        const repoId = Number(match[1]);
        const assetId = Number(match[2]);
        const repo = store.repoById(repoId);
        const found = repo && findAsset(repo, assetId);
        if (!repo || !found || query.sig !== signature(store, repoId, assetId)) {
          return { status: 403, raw: 'Request has expired or the signature does not match' };
        }
        found.asset.downloadCount++;
        return {
          status: 200,
          raw: found.asset.data,
          headers: {
            'content-type': 'application/octet-stream',
            'content-disposition': `attachment; filename=${found.asset.name}`,
            'content-length': String(found.asset.data.length),
          },
        };
      },
    },
  ],
};
