/**
 * REST shape of a pull request review (`pull-request-review`). Webhooks spell the state in lower
 * case (`approved`), the REST API in upper case (`APPROVED`); `webhook` picks the former.
 */
import type { ReviewRecord } from '../state/pulls.js';
import { nodeId } from '../state/ids.js';
import { authorAssociation, userOrNull, type ShapeScope } from './issue.js';

/** The `pull-request-review` object; `webhook: true` gives the webhook variant (lower-case state). */
export function review(
  scope: ShapeScope,
  record: ReviewRecord,
  options: { webhook?: boolean } = {},
): Record<string, unknown> {
  const { urls, repo } = scope;
  const pullApi = urls.api(`/repos/${repo.owner}/${repo.name}/pulls/${record.pullNumber}`);
  const html = urls.html(`/${repo.owner}/${repo.name}/pull/${record.pullNumber}#pullrequestreview-${record.id}`);
  return {
    id: record.id,
    node_id: nodeId('PullRequestReview', record.id),
    user: userOrNull(scope, record.user),
    body: record.body,
    state: options.webhook ? record.state.toLowerCase() : record.state,
    html_url: html,
    pull_request_url: pullApi,
    _links: { html: { href: html }, pull_request: { href: pullApi } },
    ...(record.submittedAt !== null ? { submitted_at: record.submittedAt } : {}),
    commit_id: record.commitId,
    author_association: authorAssociation(scope.store, repo, record.user),
  };
}
