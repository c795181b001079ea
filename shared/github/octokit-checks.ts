/**
 * The checks area of the Octokit client: the check runs modelship writes on a commit (evaluation,
 * promotion) and reads back. A write sends only the fields it sets, so an update leaves the rest.
 */
import type { CheckRun, CheckRunWrite, GitHubClient } from './client.js';
import type { OctokitLike, RepoBase } from './octokit-request.js';

interface CheckRunData {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  external_id: string | null;
  html_url: string | null;
  app: { id: number } | null;
}

function checkRun(data: CheckRunData): CheckRun {
  return {
    id: data.id,
    name: data.name,
    headSha: data.head_sha,
    status: data.status as CheckRun['status'],
    conclusion: data.conclusion,
    appId: data.app?.id ?? null,
    externalId: data.external_id,
    htmlUrl: data.html_url,
  };
}

function checkRunBody(write: CheckRunWrite): Record<string, unknown> {
  return {
    ...(write.status === undefined ? {} : { status: write.status }),
    ...(write.conclusion === undefined ? {} : { conclusion: write.conclusion }),
    ...(write.output === undefined ? {} : { output: write.output }),
    ...(write.externalId === undefined ? {} : { external_id: write.externalId }),
    ...(write.detailsUrl === undefined ? {} : { details_url: write.detailsUrl }),
  };
}

/** The port's check-run methods. */
export type CheckRunMethods = Pick<GitHubClient, 'createCheckRun' | 'updateCheckRun' | 'listCheckRuns'>;

/** The check-run methods of the client over `octokit`, bound to the repository `base`. */
export function checkRunMethods(octokit: OctokitLike, base: RepoBase): CheckRunMethods {
  return {
    async createCheckRun(name: string, headSha: string, write: CheckRunWrite): Promise<CheckRun> {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
        ...base,
        name,
        head_sha: headSha,
        ...(checkRunBody(write) as Record<string, never>),
      });
      return checkRun(data as CheckRunData);
    },

    async updateCheckRun(id: number, write: CheckRunWrite): Promise<CheckRun> {
      const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        ...base,
        check_run_id: id,
        ...(checkRunBody(write) as Record<string, never>),
      });
      return checkRun(data as CheckRunData);
    },

    async listCheckRuns(
      ref: string,
      query: { checkName?: string; filter?: 'latest' | 'all' } = {},
    ): Promise<CheckRun[]> {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        ...base,
        ref,
        per_page: 100,
        ...(query.checkName === undefined ? {} : { check_name: query.checkName }),
        ...(query.filter === undefined ? {} : { filter: query.filter }),
      });
      return data.check_runs.map((r) => checkRun(r as CheckRunData));
    },
  };
}
