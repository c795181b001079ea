/**
 * GitHub's cache service v2, the one `@actions/cache` uses when the runner sets
 * `ACTIONS_CACHE_SERVICE_V2` (and the server is not GHES): Twirp
 * `github.actions.results.api.v1.CacheService` at `ACTIONS_RESULTS_URL` with CreateCacheEntry,
 * FinalizeCacheEntryUpload and GetCacheEntryDownloadURL (`@actions/cache`
 * `lib/generated/results/api/v1/cache.twirp-client.js`), archives moving through signed blob URLs
 * (handlers/blobs.ts). What a run may read and write comes from its runtime token's cache scopes;
 * keys are immutable: a second CreateCacheEntry for the same key, version and scope is refused
 * with `already_exists`, which the client reports as "another job may be creating this cache".
 */
import { CACHE_READ, CACHE_WRITE } from '../auth/runtime-token.js';
import { blobsOf } from '../state/blobs.js';
import { CACHE_CONTAINER, cachesOf, findCacheEntry, lookupCacheEntry, type CacheEntry } from '../state/caches.js';
import { requiredString, twirpService, TwirpError, type TwirpCall } from './twirp.js';
import type { FamilyWithRawRoutes } from './types.js';

/** How long a signed archive URL lives (GitHub's are short-lived too). */
const URL_SECONDS = 3600;

/** The scope a run writes to: its own ref (the token's writable scope). */
function writableScope(call: TwirpCall): string {
  const scope = call.job.cacheScopes.find((s) => (s.Permission & CACHE_WRITE) !== 0);
  // The client matches this prefix to report a policy denial (CACHE_WRITE_DENIED_PREFIX).
  if (!scope) throw new TwirpError('permission_denied', 'cache write denied: the token grants no writable cache scope');
  return scope.Scope;
}

function blobName(repoId: number, entry: Pick<CacheEntry, 'id'>): string {
  return `${repoId}/${entry.id}/cache.tzst`;
}

/** The cache service: no REST operations yet, one raw route for its Twirp methods. */
export const actionsCache: FamilyWithRawRoutes = {
  name: 'actions-cache',
  handlers: {},
  rawRoutes: [
    twirpService('github.actions.results.api.v1.CacheService', {
      CreateCacheEntry: (call) => {
        const key = requiredString(call.body, 'key');
        const version = requiredString(call.body, 'version');
        const scope = writableScope(call);
        if (findCacheEntry(call.repo, scope, key, version)) {
          throw new TwirpError('already_exists', 'cache entry with the same key, version, and scope already exists');
        }
        const now = call.request.store.now();
        const id = call.request.store.ids.next('actions_cache');
        const entry: CacheEntry = {
          id,
          key,
          version,
          scope,
          blob: blobName(call.repo.id, { id }),
          createdAt: now,
          lastAccessedAt: now,
        };
        cachesOf(call.repo).push(entry);
        const url = blobsOf(call.request.store).signedUrl(
          call.request.urls,
          CACHE_CONTAINER,
          entry.blob,
          'rw',
          now,
          URL_SECONDS,
        );
        return { ok: true, signed_upload_url: url };
      },

      FinalizeCacheEntryUpload: (call) => {
        const key = requiredString(call.body, 'key');
        const version = requiredString(call.body, 'version');
        const entry = findCacheEntry(call.repo, writableScope(call), key, version);
        if (!entry)
          throw new TwirpError(
            'not_found',
            `no cache entry ${key} is being created in this scope: call CreateCacheEntry first`,
          );
        if (entry.sizeBytes !== undefined)
          throw new TwirpError('already_exists', `cache entry ${key} is already finalized`);
        const blob = blobsOf(call.request.store).get(CACHE_CONTAINER, entry.blob);
        if (!blob) throw new TwirpError('failed_precondition', `the archive of cache entry ${key} was never uploaded`);
        const declared = Number(call.body.size_bytes ?? blob.content.length);
        if (declared !== blob.content.length) {
          throw new TwirpError(
            'invalid_argument',
            `size_bytes ${declared} differs from the uploaded archive (${blob.content.length} bytes)`,
          );
        }
        entry.sizeBytes = blob.content.length;
        return { ok: true, entry_id: String(entry.id) };
      },

      GetCacheEntryDownloadURL: (call) => {
        const key = requiredString(call.body, 'key');
        const version = requiredString(call.body, 'version');
        const restoreKeys = Array.isArray(call.body.restore_keys) ? call.body.restore_keys.map(String) : [];
        const readable = call.job.cacheScopes.filter((s) => (s.Permission & CACHE_READ) !== 0).map((s) => s.Scope);
        const entry = lookupCacheEntry(call.repo, readable, key, restoreKeys, version);
        if (!entry) return { ok: false };
        const now = call.request.store.now();
        entry.lastAccessedAt = now;
        const url = blobsOf(call.request.store).signedUrl(
          call.request.urls,
          CACHE_CONTAINER,
          entry.blob,
          'r',
          now,
          URL_SECONDS,
        );
        return { ok: true, signed_download_url: url, matched_key: entry.key };
      },
    }),
  ],
};
