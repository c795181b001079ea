/**
 * The GitHub Actions cache of each repository: entries keyed by (scope, key, version), immutable
 * once created, their archives in the sandbox's blob storage. The lookup is GitHub's: a run reads
 * the scopes its runtime token grants, its own ref first, and in each scope tries the exact key,
 * then each restore key as a prefix, newest entry first, always with the same `version` (the hash
 * of the paths and compression the client computes)
 * (docs.github.com/en/actions/reference/workflows-and-actions/dependency-caching#matching-a-cache-key).
 */
import { repoSlice, type RepoRecord } from './store.js';

/** One cache entry. */
export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  /** The ref it was saved from (`refs/heads/main`). */
  scope: string;
  /** Blob name in the `caches` container. */
  blob: string;
  /** Set by FinalizeCacheEntryUpload; until then the entry is reserved but not restorable. */
  sizeBytes?: number;
  createdAt: Date;
  lastAccessedAt: Date;
}

/** Blob container of cache archives. */
export const CACHE_CONTAINER = 'actions-cache';

/** The cache entries of `repo`, oldest first. */
export function cachesOf(repo: RepoRecord): CacheEntry[] {
  return repoSlice(repo, 'actions-caches', () => [] as CacheEntry[]);
}

/** The entry (finalized or not) with exactly this scope, key and version. */
export function findCacheEntry(repo: RepoRecord, scope: string, key: string, version: string): CacheEntry | undefined {
  return cachesOf(repo).find((e) => e.scope === scope && e.key === key && e.version === version);
}

/**
 * The entry a restore gets for `key` and `restoreKeys` in `scopes` (readable, in order), or
 * `undefined`: per scope, the exact key, then each restore key as a prefix, newest first.
 */
export function lookupCacheEntry(
  repo: RepoRecord,
  scopes: readonly string[],
  key: string,
  restoreKeys: readonly string[],
  version: string,
): CacheEntry | undefined {
  const ready = cachesOf(repo).filter((e) => e.sizeBytes !== undefined && e.version === version);
  for (const scope of scopes) {
    const inScope = ready.filter((e) => e.scope === scope).reverse();
    const exact = inScope.find((e) => e.key === key);
    if (exact) return exact;
    for (const prefix of restoreKeys) {
      const match = inScope.find((e) => e.key.startsWith(prefix));
      if (match) return match;
    }
  }
  return undefined;
}
