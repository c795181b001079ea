/**
 * Commit statuses: create (on a commit of the repository; `context` defaults to `default`), list
 * for a ref (newest first) and the combined status for a ref (the newest status per context, and
 * `failure` if one is `error`/`failure`, else `pending` if there are none or one is pending, else
 * `success`). They feed a deployment's `required_contexts`. No `status` webhook is emitted.
 */
import { notFound, unprocessable } from '../errors.js';
import { paginate } from '../pagination.js';
import { checksOf, type CommitStatusRecord } from '../state/checks.js';
import { resolveCommitish } from '../state/commitish.js';
import { commitStatus, simpleCommitStatus } from '../shapes/commit-status.js';
import { repository } from '../shapes/repository.js';
import type { Family, HandlerContext } from './types.js';

function shaOf(context: HandlerContext): string {
  const sha = resolveCommitish(context.repo!, context.params.ref!);
  if (!sha) throw notFound();
  return sha;
}

function combinedState(latest: readonly CommitStatusRecord[]): string {
  if (latest.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (latest.length === 0 || latest.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

/** The commit statuses family. */
export const commitStatuses: Family = {
  name: 'commit-statuses',
  handlers: {
    'repos/create-commit-status': (context) => {
      const { repo, store, urls } = context;
      const sha = context.params.sha!;
      if (!repo!.git.commits.has(sha)) throw unprocessable(`No commit found for SHA: ${sha}`);
      const body = context.body as {
        state: CommitStatusRecord['state'];
        target_url?: string | null;
        description?: string | null;
        context?: string;
      };
      const at = store.timestamp();
      const record: CommitStatusRecord = {
        id: store.ids.next('commit_status'),
        sha,
        state: body.state,
        context: body.context ?? 'default',
        description: body.description ?? null,
        targetUrl: body.target_url ?? null,
        creator: context.actor?.login ?? repo!.owner,
        createdAt: at,
        updatedAt: at,
      };
      checksOf(repo!).statuses.push(record);
      return { status: 201, body: commitStatus(urls, store, repo!, record) };
    },

    'repos/list-commit-statuses-for-ref': (context) => {
      const { repo, store, urls, query } = context;
      const sha = shaOf(context);
      const all = checksOf(repo!)
        .statuses.filter((s) => s.sha === sha)
        .reverse();
      const self = urls.api(
        `/repos/${repo!.owner}/${repo!.name}/commits/${encodeURIComponent(context.params.ref!)}/statuses`,
      );
      const { page, headers } = paginate(all, query, self);
      return { status: 200, body: page.map((record) => commitStatus(urls, store, repo!, record)), headers };
    },

    'repos/get-combined-status-for-ref': (context) => {
      const { repo, store, urls, query } = context;
      const sha = shaOf(context);
      const latest = new Map<string, CommitStatusRecord>();
      for (const status of checksOf(repo!).statuses) {
        if (status.sha !== sha) continue;
        latest.delete(status.context.toLowerCase());
        latest.set(status.context.toLowerCase(), status);
      }
      const newestFirst = [...latest.values()].reverse();
      const self = urls.api(`/repos/${repo!.owner}/${repo!.name}/commits/${sha}/status`);
      const { page, headers } = paginate(newestFirst, query, self);
      return {
        status: 200,
        body: {
          state: combinedState(newestFirst),
          statuses: page.map((record) => simpleCommitStatus(urls, store, repo!, record)),
          sha,
          total_count: newestFirst.length,
          repository: repository(urls, repo!, store.account(repo!.owner)!),
          commit_url: urls.api(`/repos/${repo!.owner}/${repo!.name}/commits/${sha}`),
          url: self,
        },
        headers,
      };
    },
  },
};
