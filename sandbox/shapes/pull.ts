/**
 * REST shapes of pull requests: `pull-request` (get, create, update, webhooks) and
 * `pull-request-simple` (list). Title, body, state, labels and author come from the pull request's
 * issue; head, base and the merge fields from its `PullRecord`; commit and file counts are computed
 * from the sandbox's git graph.
 */
import type { IssueRecord } from '../state/issues.js';
import { commentsOn, issuesOf } from '../state/issues.js';
import { diffStats, commitsBetween, type PullRecord } from '../state/pulls.js';
import { nodeId } from '../state/ids.js';
import { repository } from './repository.js';
import { authorAssociation, issueLabels, userOrNull, type ShapeScope } from './issue.js';

function branch(scope: ShapeScope, side: { ref: string; sha: string }): Record<string, unknown> {
  const { urls, store, repo } = scope;
  const owner = store.account(repo.owner)!;
  return {
    label: `${repo.owner}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: userOrNull(scope, repo.owner),
    repo: repository(urls, repo, owner),
  };
}

/** The `pull-request-simple` object (as `GET /repos/{o}/{r}/pulls` lists it). */
export function pullRequestSimple(scope: ShapeScope, issue: IssueRecord, pull: PullRecord): Record<string, unknown> {
  const { urls, repo } = scope;
  const repoApi = urls.api(`/repos/${repo.owner}/${repo.name}`);
  const api = `${repoApi}/pulls/${pull.number}`;
  const issueApi = `${repoApi}/issues/${pull.number}`;
  const html = urls.html(`/${repo.owner}/${repo.name}/pull/${pull.number}`);
  const statuses = `${repoApi}/statuses/${pull.head.sha}`;
  return {
    url: api,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: statuses,
    number: pull.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: userOrNull(scope, issue.user),
    body: issue.body,
    labels: issueLabels(scope, issue),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(scope, pull.head),
    base: branch(scope, pull.base),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: statuses },
    },
    author_association: authorAssociation(scope.store, repo, issue.user),
    auto_merge: null,
    draft: pull.draft,
  };
}

/** The `pull-request` object. */
export function pullRequest(scope: ShapeScope, issue: IssueRecord, pull: PullRecord): Record<string, unknown> {
  const git = scope.repo.git;
  const open = issue.state === 'open';
  const stats = diffStats(git, pull.base.sha, pull.head.sha);
  return {
    ...pullRequestSimple(scope, issue, pull),
    merged: pull.mergedAt !== null,
    mergeable: open ? true : null,
    rebaseable: open ? true : null,
    mergeable_state: open ? 'clean' : 'unknown',
    merged_by: userOrNull(scope, pull.mergedBy),
    comments: commentsOn(issuesOf(scope.repo), pull.number).length,
    review_comments: 0,
    maintainer_can_modify: pull.maintainerCanModify,
    commits: commitsBetween(git, pull.base.sha, pull.head.sha).length,
    additions: stats.additions,
    deletions: stats.deletions,
    changed_files: stats.changedFiles,
  };
}
