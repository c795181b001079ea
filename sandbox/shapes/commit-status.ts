/** REST shapes of commit statuses (`status`) and the combined status (`combined-commit-status`). */
import type { CommitStatusRecord } from '../state/checks.js';
import { nodeId } from '../state/ids.js';
import type { RepoRecord, Store } from '../state/store.js';
import type { Urls } from '../urls.js';
import { simpleUser } from './user.js';

/** The `simple-commit-status` object (an entry of the combined status). */
export function simpleCommitStatus(
  urls: Urls,
  store: Store,
  repo: RepoRecord,
  record: CommitStatusRecord,
): Record<string, unknown> {
  const creator = store.account(record.creator);
  return {
    url: urls.api(`/repos/${repo.owner}/${repo.name}/statuses/${record.sha}`),
    avatar_url: creator ? urls.html(`/avatars/u/${creator.id}`) : null,
    id: record.id,
    node_id: nodeId('StatusContext', record.id),
    state: record.state,
    description: record.description,
    target_url: record.targetUrl,
    context: record.context,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  };
}

/** The `status` object (`POST /repos/{o}/{r}/statuses/{sha}`). */
export function commitStatus(
  urls: Urls,
  store: Store,
  repo: RepoRecord,
  record: CommitStatusRecord,
): Record<string, unknown> {
  const creator = store.account(record.creator);
  return { ...simpleCommitStatus(urls, store, repo, record), creator: creator ? simpleUser(urls, creator) : null };
}
