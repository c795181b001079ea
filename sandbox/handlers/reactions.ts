/**
 * Reactions on issues (and pull requests) and on issue comments: create (201, or 200 with the
 * existing reaction when the same user already reacted with the same content, as GitHub does) and
 * list, optionally filtered by `content`. The `reactions` rollup of the issue or comment counts them.
 * GitHub sends no webhook for reactions.
 */
import { paginate } from '../pagination.js';
import { addReaction, type ReactionContent, type ReactionRecord } from '../state/issues.js';
import { reaction } from '../shapes/reaction.js';
import { findComment } from './issue-comments.js';
import { findIssue } from './issues.js';
import type { Family, HandlerContext, HandlerResponse } from './types.js';

function create(context: HandlerContext, reactions: ReactionRecord[]): HandlerResponse {
  const { store, urls, actor, repo } = context;
  const content = (context.body as { content: ReactionContent }).content;
  const { reaction: record, created } = addReaction(reactions, store, actor?.login ?? repo!.owner, content);
  return { status: created ? 201 : 200, body: reaction(urls, record, store.account(record.user)) };
}

function list(context: HandlerContext, reactions: readonly ReactionRecord[], self: string): HandlerResponse {
  const { query, urls, store } = context;
  const all = reactions.filter((r) => query.content === undefined || r.content === query.content);
  const { page, headers } = paginate(all, query, urls.api(self));
  return { status: 200, body: page.map((r) => reaction(urls, r, store.account(r.user))), headers };
}

/** The reactions family. */
export const reactions: Family = {
  name: 'reactions',
  handlers: {
    'reactions/create-for-issue-comment': (context) =>
      create(context, findComment(context, context.params.comment_id).reactions),

    'reactions/create-for-issue': (context) =>
      create(context, findIssue(context, context.params.issue_number).reactions),

    'reactions/list-for-issue-comment': (context) => {
      const comment = findComment(context, context.params.comment_id);
      const { owner, name } = context.repo!;
      return list(context, comment.reactions, `/repos/${owner}/${name}/issues/comments/${comment.id}/reactions`);
    },

    'reactions/list-for-issue': (context) => {
      const issue = findIssue(context, context.params.issue_number);
      const { owner, name } = context.repo!;
      return list(context, issue.reactions, `/repos/${owner}/${name}/issues/${issue.number}/reactions`);
    },
  },
};
