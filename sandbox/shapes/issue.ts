/**
 * REST shape of an issue (`issue`), including the `pull_request` link block GitHub adds when the
 * issue is the issue half of a pull request, the label objects and the reactions rollup. Also the
 * `author_association` every issue, comment, pull request and review carries.
 */
import type { RepoRecord, Store } from '../state/store.js';
import { commentsOn, issuesOf, type IssueRecord } from '../state/issues.js';
import { pullsOf } from '../state/pulls.js';
import { nodeId } from '../state/ids.js';
import type { Urls } from '../urls.js';
import { label } from './label.js';
import { reactionRollup } from './reaction.js';
import { simpleUser } from './user.js';

/** What the issue-family shapes need: where URLs point, the store for accounts, the repository. */
export interface ShapeScope {
  urls: Urls;
  store: Store;
  repo: RepoRecord;
}

/**
 * GitHub's `author_association` of `login` on `repo`. Organization membership is treated as
 * private (GitHub's default), so a member who is not a collaborator shows as `NONE`, never
 * `MEMBER`: the field is unreliable on GitHub too, and clients must not decide on it.
 */
export function authorAssociation(store: Store, repo: RepoRecord, login: string): string {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  return store.roleOf(login, repo) === undefined ? 'NONE' : 'COLLABORATOR';
}

/** The simple user for `login`, or `null` when the account is unknown. */
export function userOrNull(scope: ShapeScope, login: string | null): Record<string, unknown> | null {
  const account = login === null ? undefined : scope.store.account(login);
  return account ? simpleUser(scope.urls, account) : null;
}

/** The label objects of an issue, in the order they were added. */
export function issueLabels(scope: ShapeScope, record: IssueRecord): Record<string, unknown>[] {
  const labels = issuesOf(scope.repo).labels;
  return record.labels.flatMap((key) => {
    const found = labels.get(key);
    return found ? [label(scope.urls, scope.repo, found)] : [];
  });
}

/** The `issue` object. */
export function issue(scope: ShapeScope, record: IssueRecord): Record<string, unknown> {
  const { urls, repo } = scope;
  const api = urls.api(`/repos/${repo.owner}/${repo.name}/issues/${record.number}`);
  const html = urls.html(`/${repo.owner}/${repo.name}/${record.isPull ? 'pull' : 'issues'}/${record.number}`);
  const pull = record.isPull ? pullsOf(repo).pulls.get(record.number) : undefined;
  return {
    id: record.id,
    node_id: nodeId(record.isPull ? 'PullRequest' : 'Issue', record.id),
    url: api,
    repository_url: urls.api(`/repos/${repo.owner}/${repo.name}`),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: html,
    number: record.number,
    state: record.state,
    // The description declares `state_reason` as a nullable enum without `null` in the enum, so a
    // `null` fails it; GitHub sends `null` for open issues; the sandbox omits the (optional) field.
    ...(record.stateReason !== null ? { state_reason: record.stateReason } : {}),
    title: record.title,
    body: record.body,
    user: userOrNull(scope, record.user),
    labels: issueLabels(scope, record),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: record.locked,
    active_lock_reason: null,
    comments: commentsOn(issuesOf(repo), record.number).length,
    ...(pull
      ? {
          pull_request: {
            url: urls.api(`/repos/${repo.owner}/${repo.name}/pulls/${record.number}`),
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: pull.mergedAt,
          },
          draft: pull.draft,
        }
      : {}),
    closed_at: record.closedAt,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    closed_by: record.state === 'closed' ? userOrNull(scope, record.closedBy) : null,
    timeline_url: `${api}/timeline`,
    author_association: authorAssociation(scope.store, repo, record.user),
    reactions: reactionRollup(`${api}/reactions`, record.reactions),
  };
}
