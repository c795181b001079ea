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
import { notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { requiredString, twirpService, TwirpError, type TwirpCall } from './twirp.js';
import type { FamilyWithRawRoutes, HandlerContext } from './types.js';

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

/** GitHub's REST shape of a cache entry (an item of `#/components/schemas/actions-cache-list`). */
function shape(entry: CacheEntry): Record<string, unknown> {
  return {
    id: entry.id,
    ref: entry.scope,
    key: entry.key,
    version: entry.version,
    last_accessed_at: entry.lastAccessedAt.toISOString(),
    created_at: entry.createdAt.toISOString(),
    size_in_bytes: entry.sizeBytes ?? 0,
  };
}

/** The finalized entries of the request's repository, narrowed by the `ref` query when given. */
function listed(context: HandlerContext): CacheEntry[] {
  const ref = context.query.ref;
  return cachesOf(context.repo!).filter((e) => e.sizeBytes !== undefined && (ref === undefined || e.scope === ref));
}

function removeEntries(context: HandlerContext, entries: readonly CacheEntry[]): void {
  const all = cachesOf(context.repo!);
  for (const entry of entries) {
    all.splice(all.indexOf(entry), 1);
    blobsOf(context.store).delete(CACHE_CONTAINER, entry.blob);
  }
}

const SORT_KEYS = {
  created_at: (e: CacheEntry) => e.createdAt.getTime(),
  last_accessed_at: (e: CacheEntry) => e.lastAccessedAt.getTime(),
  size_in_bytes: (e: CacheEntry) => e.sizeBytes ?? 0,
} as const;

/**
 * The cache service (Twirp, a raw route) and the REST API over the same entries: list (filtered by
 * `ref` and a `key` prefix, sorted), delete by key and by id (docs.github.com/en/rest/actions/cache).
 */
export const actionsCache: FamilyWithRawRoutes = {
  name: 'actions-cache',
  handlers: {
    'actions/get-actions-cache-list': (context) => {
      const repo = context.repo!;
      const sortKey = SORT_KEYS[(context.query.sort ?? 'last_accessed_at') as keyof typeof SORT_KEYS];
      const sign = context.query.direction === 'asc' ? 1 : -1;
      const prefix = context.query.key ?? '';
      const entries = listed(context)
        .filter((e) => e.key.startsWith(prefix))
        .map((e, index) => ({ e, index }))
        .sort((a, b) => sign * (sortKey(a.e) - sortKey(b.e) || a.index - b.index))
        .map(({ e }) => e);
      const { page, headers } = paginate(
        entries,
        context.query,
        context.urls.api(`/repos/${repo.owner}/${repo.name}/actions/caches`),
      );
      return { status: 200, headers, body: { total_count: entries.length, actions_caches: page.map(shape) } };
    },
    'actions/delete-actions-cache-by-key': (context) => {
      const entries = listed(context).filter((e) => e.key === context.query.key);
      if (entries.length === 0) throw notFound();
      removeEntries(context, entries);
      return { status: 200, body: { total_count: entries.length, actions_caches: entries.map(shape) } };
    },
    'actions/delete-actions-cache-by-id': (context) => {
      const entry = listed(context).find((e) => e.id === Number(context.params.cache_id));
      if (!entry) throw notFound();
      removeEntries(context, [entry]);
      return { status: 204 };
    },
  },
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
