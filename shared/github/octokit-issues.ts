/**
 * The issues area of the Octokit client: the drift report is filed and kept up to date as an issue. GitHub
 * lists pull requests among issues; `isPullRequest` says which is which.
 */
import type { GitHubClient, Issue, IssueUpdate, NewIssue, Page } from './client.js';
import { lastPageOf, orUndefined, type OctokitLike, type RepoBase } from './octokit-request.js';

interface IssueData {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  labels: (string | { name?: string })[];
  assignees?: { login: string }[] | null;
  html_url: string;
  pull_request?: unknown;
  created_at: string;
  updated_at: string;
}

function issue(data: IssueData): Issue {
  return {
    number: data.number,
    title: data.title,
    body: data.body ?? null,
    state: data.state === 'open' ? 'open' : 'closed',
    labels: data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l !== ''),
    assignees: (data.assignees ?? []).map((a) => a.login),
    htmlUrl: data.html_url,
    isPullRequest: data.pull_request !== undefined && data.pull_request !== null,
    createdAt: data.created_at,
    updatedAt: data.updated_at,
  };
}

/** The port's issue methods. */
export type IssueMethods = Pick<GitHubClient, 'getIssue' | 'listIssues' | 'createIssue' | 'updateIssue'>;

/** The issue methods of the client over `octokit`, bound to the repository `base`. */
export function issueMethods(octokit: OctokitLike, base: RepoBase): IssueMethods {
  return {
    async getIssue(number: number): Promise<Issue | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...base, issue_number: number }),
      );
      return response && issue(response.data as IssueData);
    },

    async listIssues({ state, labels, perPage, page }): Promise<Page<Issue>> {
      const { data, headers } = await octokit.request('GET /repos/{owner}/{repo}/issues', {
        ...base,
        state,
        per_page: perPage,
        page,
        ...(labels === undefined || labels.length === 0 ? {} : { labels: labels.join(',') }),
      });
      return { items: data.map((i) => issue(i as IssueData)), lastPage: lastPageOf(headers.link) };
    },

    async createIssue(input: NewIssue): Promise<Issue> {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
        ...base,
        title: input.title,
        body: input.body,
        ...(input.labels === undefined ? {} : { labels: input.labels }),
        ...(input.assignees === undefined ? {} : { assignees: input.assignees }),
      });
      return issue(data as IssueData);
    },

    async updateIssue(number: number, update: IssueUpdate): Promise<Issue> {
      const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        ...base,
        issue_number: number,
        ...(update.title === undefined ? {} : { title: update.title }),
        ...(update.body === undefined ? {} : { body: update.body }),
        ...(update.state === undefined ? {} : { state: update.state }),
        ...(update.stateReason === undefined ? {} : { state_reason: update.stateReason }),
        ...(update.labels === undefined ? {} : { labels: update.labels }),
        ...(update.assignees === undefined ? {} : { assignees: update.assignees }),
      });
      return issue(data as IssueData);
    },
  };
}
