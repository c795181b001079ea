/**
 * Pull request reviews: create (`APPROVE`, `REQUEST_CHANGES`, `COMMENT`, or no event for a pending
 * review), list, get and dismiss. A review keeps the `commit_id` it was made on (default: the head
 * SHA at that moment), so a later push leaves earlier approvals on the old SHA, as on GitHub. The
 * author of a pull request cannot approve it or request changes on it (422). Submitting and
 * dismissing emit `pull_request_review` with `{ review, pull_request }`.
 */
import { ApiError, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { nextId } from '../state/issues.js';
import type { IssueRecord } from '../state/issues.js';
import type { PullRecord, ReviewRecord, ReviewState } from '../state/pulls.js';
import { pullRequest } from '../shapes/pull.js';
import { review as reviewShape } from '../shapes/review.js';
import { callerIs, scopeOf } from './issues.js';
import { findPull } from './pulls.js';
import type { Family, HandlerContext } from './types.js';

/** GitHub's 422 for reviews: `{"message": "Unprocessable Entity", "errors": ["<message>"]}`. */
function unprocessableReview(message: string): ApiError {
  const error = new ApiError(422, 'Unprocessable Entity');
  error.body.errors = [message];
  return error;
}

const STATES: Record<string, ReviewState> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
};

function findReview(context: HandlerContext, pull: PullRecord): ReviewRecord {
  const record = pull.reviews.get(Number(context.params.review_id));
  if (!record) throw notFound();
  return record;
}

function emitReview(
  context: HandlerContext,
  action: 'submitted' | 'dismissed',
  issue: IssueRecord,
  pull: PullRecord,
  record: ReviewRecord,
): void {
  const scope = scopeOf(context);
  context.emit({
    event: 'pull_request_review',
    action,
    payloadFields: {
      review: reviewShape(scope, record, { webhook: true }),
      pull_request: pullRequest(scope, issue, pull),
    },
  });
}

/** The reviews family. */
export const reviews: Family = {
  name: 'reviews',
  handlers: {
    'pulls/create-review': (context) => {
      const { issue, pull } = findPull(context, context.params.pull_number);
      const body = context.body as { commit_id?: string; body?: string; event?: string } | undefined;
      const event = body?.event;
      const state: ReviewState = event === undefined ? 'PENDING' : STATES[event]!;
      if (callerIs(context, issue.user)) {
        if (state === 'APPROVED') throw unprocessableReview('Can not approve your own pull request');
        if (state === 'CHANGES_REQUESTED')
          throw unprocessableReview('Can not request changes on your own pull request');
      }
      if ((state === 'CHANGES_REQUESTED' || state === 'COMMENTED') && !body?.body) {
        throw unprocessableReview(`Body is required when using ${event}`);
      }
      const commitId = body?.commit_id ?? pull.head.sha;
      if (!context.repo!.git.commits.has(commitId)) throw unprocessableReview(`No commit found for SHA: ${commitId}`);
      const record: ReviewRecord = {
        id: nextId(context.store, 'review'),
        pullNumber: pull.number,
        user: context.actor?.login ?? context.repo!.owner,
        body: body?.body ?? '',
        state,
        commitId,
        submittedAt: state === 'PENDING' ? null : context.store.timestamp(),
      };
      pull.reviews.set(record.id, record);
      if (state !== 'PENDING') emitReview(context, 'submitted', issue, pull, record);
      return { status: 200, body: reviewShape(scopeOf(context), record) };
    },

    'pulls/list-reviews': (context) => {
      const { repo, query, urls } = context;
      const { pull } = findPull(context, context.params.pull_number);
      const { page, headers } = paginate(
        [...pull.reviews.values()],
        query,
        urls.api(`/repos/${repo!.owner}/${repo!.name}/pulls/${pull.number}/reviews`),
      );
      return { status: 200, body: page.map((r) => reviewShape(scopeOf(context), r)), headers };
    },

    'pulls/get-review': (context) => {
      const { pull } = findPull(context, context.params.pull_number);
      return { status: 200, body: reviewShape(scopeOf(context), findReview(context, pull)) };
    },

    'pulls/dismiss-review': (context) => {
      const { issue, pull } = findPull(context, context.params.pull_number);
      const record = findReview(context, pull);
      if (record.state === 'PENDING') throw unprocessableReview('Can not dismiss a pending review');
      if (record.state === 'COMMENTED') throw unprocessableReview('Can not dismiss a commented pull request review');
      if (record.state !== 'DISMISSED') {
        record.state = 'DISMISSED';
        emitReview(context, 'dismissed', issue, pull, record);
      }
      return { status: 200, body: reviewShape(scopeOf(context), record) };
    },
  },
};
