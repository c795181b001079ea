/**
 * The pull-requests area of the Octokit client: a PR and its reviews, which the promotion gate reads
 * (head commit, author, approvals). A deleted author reads as GitHub's `ghost`.
 */
import type { GitHubClient, Page, PullRequest, Review } from './client.js';
import { account, type AccountData } from './octokit-accounts.js';
import { lastPageOf, orUndefined, type OctokitLike, type RepoBase } from './octokit-request.js';

interface PullData {
  number: number;
  state: string;
  merged?: boolean | null;
  merged_at?: string | null;
  title: string;
  html_url: string;
  user: AccountData | null;
  head: { sha: string; ref: string; repo: { full_name: string } | null };
  base: { ref: string };
}

function pull(data: PullData): PullRequest {
  return {
    number: data.number,
    state: data.state === 'open' ? 'open' : 'closed',
    merged: data.merged === true || (data.merged_at ?? null) !== null,
    title: data.title,
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepo: data.head.repo?.full_name ?? null,
    baseRef: data.base.ref,
    author: account(data.user) ?? { id: 0, login: 'ghost', type: 'User' },
    htmlUrl: data.html_url,
  };
}

/** The port's pull-request methods. */
export type PullMethods = Pick<GitHubClient, 'getPull' | 'listReviews'>;

/** The pull-request and review methods of the client over `octokit`, bound to the repository `base`. */
export function pullMethods(octokit: OctokitLike, base: RepoBase): PullMethods {
  return {
    async getPull(number: number): Promise<PullRequest | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...base, pull_number: number }),
      );
      return response && pull(response.data as PullData);
    },

    async listReviews(number: number, { perPage, page }): Promise<Page<Review>> {
      const { data, headers } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        ...base,
        pull_number: number,
        per_page: perPage,
        page,
      });
      return {
        items: data.map((r) => ({
          id: Number(r.id),
          user: account(r.user as AccountData | null),
          state: r.state as Review['state'],
          commitId: r.commit_id,
          submittedAt: r.submitted_at ?? null,
        })),
        lastPage: lastPageOf(headers.link),
      };
    },
  };
}
