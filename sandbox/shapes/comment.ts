/** REST shape of an issue comment (`issue-comment`), with its reactions rollup. */
import type { CommentRecord } from '../state/issues.js';
import { nodeId } from '../state/ids.js';
import { authorAssociation, userOrNull, type ShapeScope } from './issue.js';
import { reactionRollup } from './reaction.js';

/** The `issue-comment` object. */
export function issueComment(scope: ShapeScope, record: CommentRecord, isPull: boolean): Record<string, unknown> {
  const { urls, repo } = scope;
  const api = urls.api(`/repos/${repo.owner}/${repo.name}/issues/comments/${record.id}`);
  return {
    id: record.id,
    node_id: nodeId('IssueComment', record.id),
    url: api,
    html_url: urls.html(
      `/${repo.owner}/${repo.name}/${isPull ? 'pull' : 'issues'}/${record.issueNumber}#issuecomment-${record.id}`,
    ),
    body: record.body,
    user: userOrNull(scope, record.user),
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    issue_url: urls.api(`/repos/${repo.owner}/${repo.name}/issues/${record.issueNumber}`),
    author_association: authorAssociation(scope.store, repo, record.user),
    reactions: reactionRollup(`${api}/reactions`, record.reactions),
  };
}
