/**
 * Releases and their assets, per repository (a `repoSlice`). Listing order is newest first, as on
 * GitHub; asset bytes are kept in memory with their sha256 `digest`.
 */
import { createHash } from 'node:crypto';
import { repoSlice, type RepoRecord } from './store.js';

/** A stored release. */
export interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  /** Login of the creator. */
  author: string;
  assets: AssetRecord[];
}

/** A stored asset. */
export interface AssetRecord {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  data: Buffer;
  /** `sha256:<hex>` of `data`. */
  digest: string;
  uploader: string;
  downloadCount: number;
  createdAt: string;
  updatedAt: string;
}

/** The releases of one repository. */
export interface ReleaseState {
  /** id → release, in creation order. */
  releases: Map<number, ReleaseRecord>;
}

/** The release state of `repo`. */
export function releasesOf(repo: RepoRecord): ReleaseState {
  return repoSlice(repo, 'releases', () => ({ releases: new Map<number, ReleaseRecord>() }));
}

/** `sha256:<hex>` of `data`, as GitHub's asset `digest`. */
export function assetDigest(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** Finds an asset of `repo` by id, with its release. */
export function findAsset(repo: RepoRecord, id: number): { release: ReleaseRecord; asset: AssetRecord } | undefined {
  for (const release of releasesOf(repo).releases.values()) {
    const asset = release.assets.find((a) => a.id === id);
    if (asset) return { release, asset };
  }
  return undefined;
}
