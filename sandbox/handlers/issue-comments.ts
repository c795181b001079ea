/**
 * Issue comments (on issues and pull requests alike): create, get, update, delete and list one
 * issue's comments oldest first with `since` and `Link` pagination. Each change emits
 * `issue_comment` with `{ issue, comment }`; for a comment on a pull request the `issue` carries the
 * `pull_request` link block, as on GitHub. Authors may edit and delete their own comments; others
 * need write access (404 otherwise).
 */
import { checkBodyLength, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { commentsOn, issuesOf, nextId, type CommentRecord } from '../state/issues.js';
import { issueComment } from '../shapes/comment.js';
import { issue as issueShape } from '../shapes/issue.js';
import { callerHasRole, callerIs, findIssue, scopeOf } from './issues.js';
import type { Family, HandlerContext } from './types.js';

/** The comment with id `id` on the request's repository, or 404. */
export function findComment(context: HandlerContext, id: string | undefined): CommentRecord {
  const record = issuesOf(context.repo!).comments.get(Number(id));
  if (!record) throw notFound();
  return record;
}

function shape(context: HandlerContext, record: CommentRecord): Record<string, unknown> {
  const isPull = issuesOf(context.repo!).issues.get(record.issueNumber)?.isPull ?? false;
  return issueComment(scopeOf(context), record, isPull);
}

function emitComment(
  context: HandlerContext,
  action: 'created' | 'edited' | 'deleted',
  record: CommentRecord,
  extra: Record<string, unknown> = {},
): void {
  const issue = issuesOf(context.repo!).issues.get(record.issueNumber)!;
  context.emit({
    event: 'issue_comment',
    action,
    payloadFields: { issue: issueShape(scopeOf(context), issue), comment: shape(context, record), ...extra },
  });
}

function mayChange(context: HandlerContext, record: CommentRecord): void {
  if (!callerIs(context, record.user) && !callerHasRole(context, 'write')) throw notFound();
}

/** The issue comments family. */
export const issueComments: Family = {
  name: 'issue-comments',
  handlers: {
    'issues/create-comment': (context) => {
      const { repo, store, urls } = context;
      const issue = findIssue(context, context.params.issue_number);
      checkBodyLength('IssueComment', (context.body as { body: string }).body);
      const at = store.timestamp();
      const record: CommentRecord = {
        id: nextId(store, 'issue-comment'),
        issueNumber: issue.number,
        body: (context.body as { body: string }).body,
        user: context.actor?.login ?? repo!.owner,
        createdAt: at,
        updatedAt: at,
        reactions: [],
      };
      issuesOf(repo!).comments.set(record.id, record);
      issue.updatedAt = at;
      emitComment(context, 'created', record);
      return {
        status: 201,
        body: shape(context, record),
        headers: { location: urls.api(`/repos/${repo!.owner}/${repo!.name}/issues/comments/${record.id}`) },
      };
    },

    'issues/get-comment': (context) => ({
      status: 200,
      body: shape(context, findComment(context, context.params.comment_id)),
    }),

    'issues/update-comment': (context) => {
      const record = findComment(context, context.params.comment_id);
      mayChange(context, record);
      const body = (context.body as { body: string }).body;
      checkBodyLength('IssueComment', body);
      const from = record.body;
      record.body = body;
      record.updatedAt = context.store.timestamp();
      emitComment(context, 'edited', record, { changes: { body: { from } } });
      return { status: 200, body: shape(context, record) };
    },

    'issues/delete-comment': (context) => {
      const record = findComment(context, context.params.comment_id);
      mayChange(context, record);
      issuesOf(context.repo!).comments.delete(record.id);
      emitComment(context, 'deleted', record);
      return { status: 204 };
    },

    'issues/list-comments': (context) => {
      const { repo, query, urls } = context;
      const issue = findIssue(context, context.params.issue_number);
      const since = query.since ? Date.parse(query.since) : undefined;
      const all = commentsOn(issuesOf(repo!), issue.number).filter(
        (c) => since === undefined || Date.parse(c.updatedAt) >= since,
      );
      const { page, headers } = paginate(
        all,
        query,
        urls.api(`/repos/${repo!.owner}/${repo!.name}/issues/${issue.number}/comments`),
      );
      return { status: 200, body: page.map((record) => shape(context, record)), headers };
    },
  },
};
