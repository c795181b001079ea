/**
 * The GitHubClient port over any Octokit-shaped object (`@octokit/core`, `@octokit/rest`, Probot's
 * `context.octokit`, `@actions/github`'s `getOctokit`): only `octokit.request(route, params)` is
 * used, so the runtime dependency is `@octokit/core` alone, not the 600 kB route table of
 * `@octokit/plugin-rest-endpoint-methods`. Retries, throttling and auth are the Octokit's business
 * (plugins chosen by the adapter); this file only maps routes to the port and GitHub's expected
 * refusals (404, 422 "Reference already exists") to values.
 */
import type { Octokit } from '@octokit/core';
import type {
  Account,
  Actor,
  CheckRun,
  CheckRunWrite,
  CreateRefOutcome,
  Deployment,
  DeploymentState,
  DeploymentStatus,
  GitHubClient,
  GitRef,
  Issue,
  IssueComment,
  IssueUpdate,
  NewAsset,
  NewDeployment,
  NewDeploymentStatus,
  NewIssue,
  NewRelease,
  Page,
  Permission,
  PullRequest,
  ReactionContent,
  Release,
  ReleaseAsset,
  ReleaseUpdate,
  RepoRef,
  Review,
} from './client.js';

/** What the wrapper needs from an Octokit: its `request` function. */
export type OctokitLike = Pick<Octokit, 'request'>;

interface UserData {
  /** The description types user ids as `number | bigint`; GitHub's ids fit in a double for decades. */
  id: number | bigint;
  login: string;
}
interface AssetData {
  id: number;
  name: string;
  size: number;
  digest?: string | null;
  state: string;
  content_type: string;
  browser_download_url: string;
}
interface ReleaseData {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body?: string | null;
  draft: boolean;
  prerelease: boolean;
  html_url: string;
  upload_url: string;
  created_at: string;
  published_at: string | null;
  author: UserData | null;
  assets: AssetData[];
}
interface DeploymentData {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: unknown;
  description?: string | null;
  creator: UserData | null;
  created_at: string;
  url: string;
}
interface StatusData {
  id: number;
  state: string;
  description: string;
  environment?: string;
  log_url?: string;
  environment_url?: string;
  creator: UserData | null;
  created_at: string;
}

function actor(user: UserData | null | undefined): Actor | null {
  return user ? { id: Number(user.id), login: user.login } : null;
}

function asset(data: AssetData): ReleaseAsset {
  return {
    id: data.id,
    name: data.name,
    size: data.size,
    digest: data.digest ?? null,
    state: data.state,
    contentType: data.content_type,
    browserDownloadUrl: data.browser_download_url,
  };
}

function release(data: ReleaseData): Release {
  return {
    id: data.id,
    tagName: data.tag_name,
    targetCommitish: data.target_commitish,
    name: data.name,
    body: data.body ?? null,
    draft: data.draft,
    prerelease: data.prerelease,
    htmlUrl: data.html_url,
    uploadUrl: data.upload_url,
    createdAt: data.created_at,
    publishedAt: data.published_at,
    author: actor(data.author),
    assets: data.assets.map(asset),
  };
}

function deployment(data: DeploymentData): Deployment {
  return {
    id: data.id,
    sha: data.sha,
    ref: data.ref,
    task: data.task,
    environment: data.environment,
    payload: data.payload,
    description: data.description ?? null,
    creator: actor(data.creator),
    createdAt: data.created_at,
    url: data.url,
  };
}

function status(data: StatusData): DeploymentStatus {
  return {
    id: data.id,
    state: data.state as DeploymentState,
    description: data.description,
    environment: data.environment ?? '',
    logUrl: data.log_url || null,
    environmentUrl: data.environment_url || null,
    creator: actor(data.creator),
    createdAt: data.created_at,
  };
}

interface AccountData extends UserData {
  type?: string;
}

function account(user: AccountData | null | undefined): Account | null {
  if (!user) return null;
  const type = user.type === 'Bot' || user.type === 'Organization' ? user.type : 'User';
  return { id: Number(user.id), login: user.login, type };
}

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

/** The HTTP status of an Octokit `RequestError` (checked structurally: bundles may hold two copies). */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: unknown } }).response?.data;
  if (typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string') {
    return data.message;
  }
  return error instanceof Error ? error.message : String(error);
}

async function orUndefined<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** The `rel="last"` page number of a `Link` header. */
export function lastPageOf(link: string | undefined): number | undefined {
  const match = link?.match(/<[^>]*[?&]page=(\d+)[^>]*>;\s*rel="last"/);
  return match ? Number(match[1]) : undefined;
}

/** Wraps an Octokit as the GitHubClient port, bound to `repository`. */
export function createOctokitClient(octokit: OctokitLike, repository: RepoRef): GitHubClient {
  const { owner, repo } = repository;
  const base = { owner, repo };
  return {
    repository: { owner, repo },

    async listMatchingRefs(prefix: string): Promise<GitRef[]> {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
        ...base,
        ref: prefix,
      });
      return data.map((r) => ({ ref: r.ref, sha: r.object.sha }));
    },

    async createRef(ref: string, sha: string): Promise<CreateRefOutcome> {
      try {
        await octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...base, ref, sha });
        return 'created';
      } catch (error) {
        if (statusOf(error) === 422) {
          const message = messageOf(error);
          if (/already exists/i.test(message)) return 'exists';
          if (/object does not exist/i.test(message)) return 'missing-commit';
        }
        throw error;
      }
    },

    async getRef(ref: string): Promise<string | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...base, ref: ref.replace(/^refs\//, '') }),
      );
      return response?.data.object.sha;
    },

    async updateRef(ref: string, sha: string, force: boolean): Promise<'updated' | 'not-fast-forward' | 'missing'> {
      try {
        await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
          ...base,
          ref: ref.replace(/^refs\//, ''),
          sha,
          force,
        });
        return 'updated';
      } catch (error) {
        if (statusOf(error) === 422) {
          const message = messageOf(error);
          if (/fast forward/i.test(message)) return 'not-fast-forward';
          if (/does not exist/i.test(message)) return 'missing';
        }
        throw error;
      }
    },

    async createCommit(message: string, tree: string, parents: readonly string[]): Promise<string> {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
        ...base,
        message,
        tree,
        parents: [...parents],
      });
      return data.sha;
    },

    async getCommitMessage(sha: string): Promise<string | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...base, commit_sha: sha }),
      );
      return response?.data.message;
    },

    async deleteRef(ref: string): Promise<boolean> {
      try {
        await octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', {
          ...base,
          ref: ref.replace(/^refs\//, ''),
        });
        return true;
      } catch (error) {
        const code = statusOf(error);
        if (code === 404 || (code === 422 && /does not exist/i.test(messageOf(error)))) return false;
        throw error;
      }
    },

    async getReleaseByTag(tag: string): Promise<Release | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...base, tag }),
      );
      return response && release(response.data);
    },

    async getRelease(id: number): Promise<Release | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/releases/{release_id}', { ...base, release_id: id }),
      );
      return response && release(response.data);
    },

    async listReleases({ perPage, page }): Promise<Release[]> {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/releases', {
        ...base,
        per_page: perPage,
        page,
      });
      return data.map(release);
    },

    async createRelease(input: NewRelease): Promise<Release> {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/releases', {
        ...base,
        tag_name: input.tagName,
        target_commitish: input.targetCommitish,
        name: input.name,
        body: input.body,
        draft: input.draft,
        prerelease: input.prerelease,
      });
      return release(data);
    },

    async updateRelease(id: number, update: ReleaseUpdate): Promise<Release> {
      const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
        ...base,
        release_id: id,
        ...update,
      });
      return release(data);
    },

    async deleteRelease(id: number): Promise<boolean> {
      try {
        await octokit.request('DELETE /repos/{owner}/{repo}/releases/{release_id}', { ...base, release_id: id });
        return true;
      } catch (error) {
        if (statusOf(error) === 404) return false;
        throw error;
      }
    },

    async uploadReleaseAsset(target: Release, input: NewAsset): Promise<ReleaseAsset> {
      // upload_url is `<origin>/repos/{o}/{r}/releases/{id}/assets{?name,label}`: GitHub serves uploads
      // from another host (uploads.github.com), so the URL comes from the release, not the baseUrl;
      // Octokit expands the `{?name,label}` template from the parameters.
      const { data } = await octokit.request({
        method: 'POST',
        url: target.uploadUrl,
        name: input.name,
        data: input.data,
        headers: { 'content-type': input.contentType },
      });
      return asset(data as AssetData);
    },

    async downloadReleaseAsset(assetId: number): Promise<Uint8Array> {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        ...base,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' },
      });
      const bytes = data as unknown;
      if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
      if (bytes instanceof Uint8Array) return bytes;
      if (typeof bytes === 'string') return new TextEncoder().encode(bytes);
      throw new Error(`Downloading release asset ${assetId} did not return bytes`);
    },

    async createDeployment(input: NewDeployment): Promise<Deployment> {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/deployments', {
        ...base,
        ref: input.ref,
        task: input.task,
        environment: input.environment,
        payload: input.payload as Record<string, never>,
        auto_merge: input.autoMerge,
        required_contexts: input.requiredContexts,
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.productionEnvironment === undefined ? {} : { production_environment: input.productionEnvironment }),
        ...(input.transientEnvironment === undefined ? {} : { transient_environment: input.transientEnvironment }),
      });
      if (!('id' in data)) throw new Error(`GitHub did not create the deployment: ${String(data.message)}`);
      return deployment(data as DeploymentData);
    },

    async getDeployment(id: number): Promise<Deployment | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}', { ...base, deployment_id: id }),
      );
      return response && deployment(response.data as DeploymentData);
    },

    async listDeployments({ environment, task, perPage, page }): Promise<Page<Deployment>> {
      const { data, headers } = await octokit.request('GET /repos/{owner}/{repo}/deployments', {
        ...base,
        environment,
        task,
        per_page: perPage,
        page,
      });
      return { items: data.map((d) => deployment(d as DeploymentData)), lastPage: lastPageOf(headers.link) };
    },

    async createDeploymentStatus(deploymentId: number, input: NewDeploymentStatus): Promise<DeploymentStatus> {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...base,
        deployment_id: deploymentId,
        state: input.state,
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.logUrl === undefined ? {} : { log_url: input.logUrl }),
        ...(input.environmentUrl === undefined ? {} : { environment_url: input.environmentUrl }),
        ...(input.autoInactive === undefined ? {} : { auto_inactive: input.autoInactive }),
      });
      return status(data as StatusData);
    },

    async listDeploymentStatuses(deploymentId: number, { perPage, page }): Promise<Page<DeploymentStatus>> {
      const { data, headers } = await octokit.request(
        'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
        { ...base, deployment_id: deploymentId, per_page: perPage, page },
      );
      return { items: data.map((s) => status(s as StatusData)), lastPage: lastPageOf(headers.link) };
    },
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

    async getPermission(username: string): Promise<Permission> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...base, username }),
      );
      const role = response?.data.role_name;
      return { roleName: role === undefined || role === 'none' || role === '' ? null : role };
    },

    async isTeamMember(org: string, teamSlug: string, username: string): Promise<boolean> {
      const response = await orUndefined(
        octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
          org,
          team_slug: teamSlug,
          username,
        }),
      );
      return response?.data.state === 'active';
    },

    async getFileText(path: string, ref: string): Promise<string | undefined> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path, ref }),
      );
      if (!response) return undefined;
      const data = response.data as { type?: string; content?: string; encoding?: string };
      if (Array.isArray(response.data) || data.type !== 'file' || typeof data.content !== 'string') return undefined;
      return data.encoding === 'base64' ? Buffer.from(data.content, 'base64').toString('utf8') : data.content;
    },

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

    async dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void> {
      await octokit.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', {
        ...base,
        workflow_id: workflow,
        ref,
        inputs,
      });
    },
  };
}
