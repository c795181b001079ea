/**
 * The releases area of the Octokit client: a model version is a release, its files are release
 * assets. Uploads go to the release's own upload URL (another host on github.com); downloads ask for
 * the bytes, whatever shape the Octokit hands them back in.
 */
import type { GitHubClient, NewAsset, NewRelease, Release, ReleaseAsset, ReleaseUpdate } from './client.js';
import { actor, type UserData } from './octokit-accounts.js';
import { orUndefined, statusOf, type OctokitLike, type RepoBase } from './octokit-request.js';

interface AssetData {
  id: number;
  name: string;
  size: number;
  digest?: string | null;
  state: string;
  content_type: string;
  browser_download_url: string;
}
interface ReleaseData {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body?: string | null;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
  upload_url: string;
  created_at: string;
  published_at: string | null;
  author: UserData | null;
  assets: AssetData[];
}

function asset(data: AssetData): ReleaseAsset {
  return {
    id: data.id,
    name: data.name,
    size: data.size,
    digest: data.digest ?? null,
    state: data.state,
    contentType: data.content_type,
    browserDownloadUrl: data.browser_download_url,
  };
}

function release(data: ReleaseData): Release {
  return {
    id: data.id,
    tagName: data.tag_name,
    targetCommitish: data.target_commitish,
    name: data.name,
    body: data.body ?? null,
    draft: data.draft,
    prerelease: data.prerelease,
    htmlUrl: data.html_url,
    uploadUrl: data.upload_url,
    createdAt: data.created_at,
    publishedAt: data.published_at,
    author: actor(data.author),
    assets: data.assets.map(asset),
  };
}

/** The port's release methods. */
export type ReleaseMethods = Pick<
  GitHubClient,
  | 'getReleaseByTag'
  | 'getRelease'
  | 'listReleases'
  | 'createRelease'
  | 'updateRelease'
  | 'deleteRelease'
  | 'uploadReleaseAsset'
  | 'downloadReleaseAsset'
>;

/** The release and asset methods of the client over `octokit`, bound to the repository `base`. */
export function releaseMethods(octokit: OctokitLike, base: RepoBase): ReleaseMethods {
  return {
    async getReleaseByTag(tag: string): Promise<Release | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...base, tag }),
      );
      return response && release(response.data);
    },

    async getRelease(id: number): Promise<Release | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}', { ...base, release_id: id }),
      );
      return response && release(response.data);
    },

    async listReleases({ perPage, page }): Promise<Release[]> {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/releases', {
        ...base,
        per_page: perPage,
        page,
      });
      return data.map(release);
    },

    async createRelease(input: NewRelease): Promise<Release> {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/releases', {
        ...base,
        tag_name: input.tagName,
        target_commitish: input.targetCommitish,
        name: input.name,
        body: input.body,
        draft: input.draft,
        prerelease: input.prerelease,
      });
      return release(data);
    },

    async updateRelease(id: number, update: ReleaseUpdate): Promise<Release> {
      const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        ...base,
        release_id: id,
        ...update,
      });
      return release(data);
    },

    async deleteRelease(id: number): Promise<boolean> {
      try {
        await octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { ...base, release_id: id });
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    },

    async uploadReleaseAsset(target: Release, input: NewAsset): Promise<ReleaseAsset> {
      // upload_url is `<origin>/repos/{o}/{r}/releases/{id}/assets{?name,label}`: GitHub serves uploads
      // from another host (uploads.github.com), so the URL comes from the release, not the baseUrl;
      // Octokit expands the `{?name,label}` template from the parameters.
      const { data } = await octokit.request({
        method: 'POST',
        url: target.uploadUrl,
        name: input.name,
        data: input.data,
        headers: { 'content-type': input.contentType },
      });
      return asset(data as AssetData);
    },

    async downloadReleaseAsset(assetId: number): Promise<Uint8Array> {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        ...base,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' },
      });
      const bytes = data as unknown;
      if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
      if (bytes instanceof Uint8Array) return bytes;
      if (typeof bytes === 'string') return new TextEncoder().encode(bytes);
      throw new Error(`Downloading release asset ${assetId} did not return bytes`);
    },
  };
}
