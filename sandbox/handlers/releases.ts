/**
 * Releases: create (the tag is created at `target_commitish` if missing, once published), get, get
 * by tag, latest, update, delete, and list newest first with `Link` pagination and GitHub's cap of
 * 1,000 results. Publishing emits `release` (`created`, `published`...). Draft releases exist
 * only for people with push access: "Information about published releases are available to
 * everyone. Only users with push access will receive listings for draft releases" (GitHub's docs,
 * "List releases"), and getting a draft by id answers 404 to everyone else.
 */
import { notFound, validationFailed } from '../errors.js';
import { paginate } from '../pagination.js';
import { releasesOf, type ReleaseRecord } from '../state/releases.js';
import { release as releaseShape } from '../shapes/release.js';
import { levelCovers } from '../auth/permissions.js';
import { roleAtLeast } from '../state/store.js';
import type { Family, HandlerContext } from './types.js';

/** GitHub lists at most this many releases, whatever the page. */
export const RELEASE_LIST_CAP = 1000;

function shape(context: HandlerContext, record: ReleaseRecord): Record<string, unknown> {
  return releaseShape(context.urls, context.repo!, record, (login) => context.store.account(login));
}

/** True when the caller has push access (an installation with `contents: write`, a user with write). */
export function seesDrafts(context: HandlerContext): boolean {
  const { principal } = context;
  if (principal.kind === 'installation') return levelCovers(principal.permissions.contents, 'write');
  if (principal.kind === 'user') return roleAtLeast(context.store.roleOf(principal.login, context.repo!), 'write');
  return false;
}

/** The release `id` of the request's repository as the caller may see it (404 for a hidden draft). */
export function findRelease(context: HandlerContext, id: string | undefined): ReleaseRecord {
  const record = releasesOf(context.repo!).releases.get(Number(id));
  if (!record || (record.draft && !seesDrafts(context))) throw notFound();
  return record;
}

/** Creates the tag of a published release if it does not exist yet. */
function ensureTag(context: HandlerContext, record: ReleaseRecord): void {
  const git = context.repo!.git;
  if (record.draft || git.refs.has(`refs/tags/${record.tagName}`)) return;
  const sha = git.resolve(record.targetCommitish);
  if (!sha) {
    throw validationFailed([{ resource: 'Release', code: 'invalid', field: 'target_commitish' }]);
  }
  git.createRef(`refs/tags/${record.tagName}`, sha);
}

function emitRelease(context: HandlerContext, action: string, record: ReleaseRecord): void {
  context.emit({ event: 'release', action, payloadFields: { release: shape(context, record) } });
}

/** The releases family. */
export const releases: Family = {
  name: 'releases',
  handlers: {
    'repos/create-release': (context) => {
      const { repo, store } = context;
      const body = context.body as {
        tag_name: string;
        target_commitish?: string;
        name?: string;
        body?: string;
        draft?: boolean;
        prerelease?: boolean;
      };
      const state = releasesOf(repo!);
      if ([...state.releases.values()].some((r) => r.tagName === body.tag_name && !r.draft)) {
        throw validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
      }
      const at = store.timestamp();
      const record: ReleaseRecord = {
        id: store.ids.next('release'),
        tagName: body.tag_name,
        targetCommitish: body.target_commitish ?? repo!.defaultBranch,
        name: body.name ?? null,
        body: body.body ?? null,
        draft: body.draft ?? false,
        prerelease: body.prerelease ?? false,
        createdAt: at,
        publishedAt: body.draft ? null : at,
        updatedAt: at,
        author: context.actor?.login ?? repo!.owner,
        assets: [],
      };
      ensureTag(context, record);
      state.releases.set(record.id, record);
      emitRelease(context, 'created', record);
      if (!record.draft) emitRelease(context, 'published', record);
      return {
        status: 201,
        body: shape(context, record),
        headers: { location: context.urls.api(`/repos/${repo!.owner}/${repo!.name}/releases/${record.id}`) },
      };
    },

    'repos/get-release': (context) => ({
      status: 200,
      body: shape(context, findRelease(context, context.params.release_id)),
    }),

    'repos/get-release-by-tag': (context) => {
      const record = [...releasesOf(context.repo!).releases.values()].find(
        (r) => r.tagName === context.params.tag && !r.draft,
      );
      if (!record) throw notFound();
      return { status: 200, body: shape(context, record) };
    },

    'repos/get-latest-release': (context) => {
      const published = [...releasesOf(context.repo!).releases.values()].filter((r) => !r.draft && !r.prerelease);
      const latest = published.at(-1);
      if (!latest) throw notFound();
      return { status: 200, body: shape(context, latest) };
    },

    'repos/list-releases': (context) => {
      const { repo, urls, query } = context;
      const drafts = seesDrafts(context);
      const all = [...releasesOf(repo!).releases.values()].filter((r) => drafts || !r.draft).reverse();
      const { page, headers } = paginate(all, query, urls.api(`/repos/${repo!.owner}/${repo!.name}/releases`), {
        cap: RELEASE_LIST_CAP,
      });
      return { status: 200, body: page.map((record) => shape(context, record)), headers };
    },

    'repos/update-release': (context) => {
      const record = findRelease(context, context.params.release_id);
      const body = context.body as Partial<{
        tag_name: string;
        target_commitish: string;
        name: string;
        body: string;
        draft: boolean;
        prerelease: boolean;
      }>;
      const wasDraft = record.draft;
      if (body.tag_name !== undefined) record.tagName = body.tag_name;
      if (body.target_commitish !== undefined) record.targetCommitish = body.target_commitish;
      if (body.name !== undefined) record.name = body.name;
      if (body.body !== undefined) record.body = body.body;
      if (body.draft !== undefined) record.draft = body.draft;
      if (body.prerelease !== undefined) record.prerelease = body.prerelease;
      record.updatedAt = context.store.timestamp();
      if (wasDraft && !record.draft) record.publishedAt = record.updatedAt;
      ensureTag(context, record);
      emitRelease(context, 'edited', record);
      if (wasDraft && !record.draft) emitRelease(context, 'published', record);
      return { status: 200, body: shape(context, record) };
    },

    'repos/delete-release': (context) => {
      const record = findRelease(context, context.params.release_id);
      releasesOf(context.repo!).releases.delete(record.id);
      emitRelease(context, 'deleted', record);
      return { status: 204 };
    },
  },
};
