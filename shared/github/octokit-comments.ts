/**
 * The comments area of the Octokit client: comments on issues and PRs (the evaluation report, the
 * promotion replies) and reactions to them (the App acknowledges a command with one).
 */
import type { GitHubClient, IssueComment, Page, ReactionContent } from './client.js';
import { account, type AccountData } from './octokit-accounts.js';
import { lastPageOf, orUndefined, type OctokitLike, type RepoBase } from './octokit-request.js';

interface CommentData {
  id: number;
  body?: string;
  user: AccountData | null;
  html_url: string;
  created_at: string;
  updated_at: string;
}

function comment(data: CommentData): IssueComment {
  return {
    id: data.id,
    body: data.body ?? '',
    user: account(data.user),
    htmlUrl: data.html_url,
    createdAt: data.created_at,
    updatedAt: data.updated_at,
  };
}

/** The port's comment and reaction methods. */
export type CommentMethods = Pick<
  GitHubClient,
  'reactToComment' | 'createComment' | 'getComment' | 'updateComment' | 'listComments'
>;

/** The issue-comment and reaction methods of the client over `octokit`, bound to the repository `base`. */
export function commentMethods(octokit: OctokitLike, base: RepoBase): CommentMethods {
  return {
    async reactToComment(commentId: number, content: ReactionContent): Promise<'created' | 'exists'> {
      const response = await octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
        ...base,
        comment_id: commentId,
        content,
      });
      return (response.status as number) === 201 ? 'created' : 'exists';
    },

    async createComment(issueNumber: number, body: string): Promise<IssueComment> {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...base,
        issue_number: issueNumber,
        body,
      });
      return comment(data as CommentData);
    },

    async getComment(commentId: number): Promise<IssueComment | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...base, comment_id: commentId }),
      );
      return response && comment(response.data as CommentData);
    },

    async updateComment(commentId: number, body: string): Promise<IssueComment> {
      const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...base,
        comment_id: commentId,
        body,
      });
      return comment(data as CommentData);
    },

    async listComments(issueNumber: number, { perPage, page }): Promise<Page<IssueComment>> {
      const { data, headers } = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...base,
        issue_number: issueNumber,
        per_page: perPage,
        page,
      });
      return { items: data.map((c) => comment(c as CommentData)), lastPage: lastPageOf(headers.link) };
    },
  };
}
