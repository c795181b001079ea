/**
 * The GitHubClient port: the few GitHub REST calls the core needs, typed in the core's own terms,
 * bound to one repository. The core never sees Octokit; adapters pass `createOctokitClient(...)`
 * (octokit-client.ts) and tests do the same over the sandbox. Keeping the port this small is what
 * makes every call countable: each method is exactly one REST request.
 *
 * Expected "not found"/"already exists" answers are values (`undefined`, `false`, `'exists'`), not
 * exceptions, because the registry protocol branches on them; anything else is thrown as is.
 */

/** The repository a client is bound to. */
export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

/** A user as GitHub identifies them: the numeric id is stable, the login may be renamed. */
export interface Actor {
  readonly id: number;
  readonly login: string;
}

/** A git ref (`refs/tags/churn/v3`) and the object it points to. */
export interface GitRef {
  readonly ref: string;
  readonly sha: string;
}

/** A release asset as the API describes it. */
export interface ReleaseAsset {
  readonly id: number;
  readonly name: string;
  readonly size: number;
  /** `sha256:<hex>` as computed by GitHub, or `null` for assets uploaded before GitHub computed digests. */
  readonly digest: string | null;
  /** `uploaded` once complete (`open` while an upload is under way). */
  readonly state: string;
  readonly contentType: string;
  readonly browserDownloadUrl: string;
}

/** A release as the API describes it. */
export interface Release {
  readonly id: number;
  readonly tagName: string;
  readonly targetCommitish: string;
  readonly name: string | null;
  readonly body: string | null;
  readonly draft: boolean;
  readonly prerelease: boolean;
  readonly htmlUrl: string;
  /** The upload URL template (`.../assets{?name,label}`). */
  readonly uploadUrl: string;
  readonly createdAt: string;
  readonly publishedAt: string | null;
  readonly author: Actor | null;
  readonly assets: readonly ReleaseAsset[];
}

/** Fields of a new release. */
export interface NewRelease {
  tagName: string;
  targetCommitish: string;
  name: string;
  body: string;
  draft: boolean;
  prerelease: boolean;
}

/** Fields to change on a release; absent fields are left as they are. */
export interface ReleaseUpdate {
  name?: string;
  body?: string;
  draft?: boolean;
  prerelease?: boolean;
}

/** An asset to upload. */
export interface NewAsset {
  name: string;
  data: Uint8Array;
  contentType: string;
}

/** A deployment status state (GitHub's enum). */
export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

/** A deployment as the API describes it. */
export interface Deployment {
  readonly id: number;
  readonly sha: string;
  readonly ref: string;
  readonly task: string;
  readonly environment: string;
  /** The payload as stored: an object, or a string when it was created with a string. */
  readonly payload: unknown;
  readonly description: string | null;
  readonly creator: Actor | null;
  readonly createdAt: string;
  readonly url: string;
}

/** Fields of a new deployment. `autoMerge` and `requiredContexts` are mandatory on purpose. */
export interface NewDeployment {
  ref: string;
  task: string;
  environment: string;
  payload: Record<string, unknown>;
  description?: string;
  /** Always pass false for models: GitHub would otherwise merge the default branch into the ref. */
  autoMerge: boolean;
  /** Pass `[]` explicitly: GitHub's default requires every reported context to be green. */
  requiredContexts: string[];
  productionEnvironment?: boolean;
  transientEnvironment?: boolean;
}

/** A deployment status as the API describes it. */
export interface DeploymentStatus {
  readonly id: number;
  readonly state: DeploymentState;
  readonly description: string;
  readonly environment: string;
  readonly logUrl: string | null;
  readonly environmentUrl: string | null;
  readonly creator: Actor | null;
  readonly createdAt: string;
}

/** Fields of a new deployment status. */
export interface NewDeploymentStatus {
  state: DeploymentState;
  /** At most 140 characters (GitHub's limit). */
  description?: string;
  logUrl?: string;
  environmentUrl?: string;
  /** GitHub's `auto_inactive` (default true): earlier successful deployments to the environment go inactive. */
  autoInactive?: boolean;
}

/** One page of a list, with the number of the last page when the API says there are more. */
export interface Page<T> {
  readonly items: readonly T[];
  /** The `rel="last"` page of the `Link` header; `undefined` when this is the last page. */
  readonly lastPage: number | undefined;
}

/** Outcome of creating a ref. */
export type CreateRefOutcome = 'created' | 'exists' | 'missing-commit';

/** An account with its kind: bots (Apps included) are never trusted to promote or approve. */
export interface Account extends Actor {
  readonly type: 'User' | 'Bot' | 'Organization';
}

/** A pull request, as far as promotion needs it. */
export interface PullRequest {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly merged: boolean;
  readonly title: string;
  /** The exact commit at the head of the PR now. */
  readonly headSha: string;
  readonly headRef: string;
  /** `owner/repo` of the head branch; differs from the base repository for forks (null when the fork was deleted). */
  readonly headRepo: string | null;
  readonly baseRef: string;
  readonly author: Account;
  readonly htmlUrl: string;
}

/** A pull request review. */
export interface Review {
  readonly id: number;
  readonly user: Account | null;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  /** The commit the review was made on. */
  readonly commitId: string | null;
  readonly submittedAt: string | null;
}

/** A user's access to the repository, from the collaborator permission API. */
export interface Permission {
  /** `role_name`: read, triage, write, maintain, admin, or a custom role; null when the user has none. */
  readonly roleName: string | null;
}

/** A check run as the API describes it. */
export interface CheckRun {
  readonly id: number;
  readonly name: string;
  readonly headSha: string;
  readonly status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  readonly conclusion: string | null;
  /** The id of the App that created it (null when GitHub does not say). */
  readonly appId: number | null;
  readonly externalId: string | null;
  readonly htmlUrl: string | null;
}

/** The output shown on a check run's page (GitHub caps summary and text: `CHECK_RUN_TEXT_LIMIT`, limits.ts). */
export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
}

/** Fields of a new or updated check run. */
export interface CheckRunWrite {
  status?: 'queued' | 'in_progress' | 'completed';
  conclusion?: 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';
  output?: CheckRunOutput;
  externalId?: string;
  detailsUrl?: string;
}

/** An issue or PR comment. */
export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly user: Account | null;
  readonly htmlUrl: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** An issue (pull requests are issues too; `isPullRequest` tells them apart). */
export interface Issue {
  readonly number: number;
  readonly title: string;
  readonly body: string | null;
  readonly state: 'open' | 'closed';
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  readonly htmlUrl: string;
  readonly isPullRequest: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Fields of a new issue. */
export interface NewIssue {
  title: string;
  body: string;
  labels?: string[];
  assignees?: string[];
}

/** Fields to change on an issue; absent fields are left as they are. */
export interface IssueUpdate {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  stateReason?: 'completed' | 'not_planned' | 'reopened';
  labels?: string[];
  assignees?: string[];
}

/** A reaction's content, as GitHub names them. */
export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

/** The GitHub calls the core makes, bound to one repository; each method is one REST request. */
/** A deployment with its statuses, newest first (as REST lists them). */
export interface DeploymentWithStatuses extends Deployment {
  readonly statuses: readonly DeploymentStatus[];
}

/** What `readStageFacts` answers. */
export interface StageFacts {
  /** The pull request, when one was asked for and exists. */
  readonly pull?: PullRequest;
  /** Every review of the pull request, oldest first (as REST lists them). */
  readonly reviews: readonly Review[];
  /** The environment's newest 100 deployments, newest first, each with its statuses newest first. */
  readonly deployments: readonly DeploymentWithStatuses[];
}

export interface GitHubClient {
  /** The repository every call goes to. */
  readonly repository: RepoRef;

  /** `git/list-matching-refs`: refs starting with `refs/<prefix>` (GitHub does not paginate this list). */
  listMatchingRefs(prefix: string): Promise<GitRef[]>;
  /** `git/create-ref`, atomic: `'exists'` on 422 `Reference already exists`, `'missing-commit'` on `Object does not exist`. */
  createRef(ref: string, sha: string): Promise<CreateRefOutcome>;
  /** `git/get-ref` (`ref` is the full `refs/...` name): the commit it points to, or undefined. */
  getRef(ref: string): Promise<string | undefined>;
  /** `git/update-ref`, fast-forward only unless `force`: `'not-fast-forward'` and `'missing'` on GitHub's 422s. */
  updateRef(ref: string, sha: string, force: boolean): Promise<'updated' | 'not-fast-forward' | 'missing'>;
  /** `git/create-commit`: a commit of `tree` with `parents`; returns its SHA. */
  createCommit(message: string, tree: string, parents: readonly string[]): Promise<string>;
  /** `git/get-commit`: the commit's message, or undefined when there is no such commit. */
  getCommitMessage(sha: string): Promise<string | undefined>;
  /** `git/delete-ref` (`ref` is the full `refs/...` name); false when it did not exist. */
  deleteRef(ref: string): Promise<boolean>;

  /** `repos/get-release-by-tag`: published releases only (GitHub never finds drafts by tag). */
  getReleaseByTag(tag: string): Promise<Release | undefined>;
  /** `repos/get-release` (drafts too, with push access). */
  getRelease(id: number): Promise<Release | undefined>;
  /** `repos/list-releases`: one page, newest first, drafts included for users with push access. */
  listReleases(page: { perPage: number; page: number }): Promise<Release[]>;
  /** `repos/create-release`. */
  createRelease(release: NewRelease): Promise<Release>;
  /** `repos/update-release`. */
  updateRelease(id: number, update: ReleaseUpdate): Promise<Release>;
  /** `repos/delete-release`; false when it did not exist (someone else deleted it first). */
  deleteRelease(id: number): Promise<boolean>;
  /** `repos/upload-release-asset` at the release's `upload_url`. */
  uploadReleaseAsset(release: Release, asset: NewAsset): Promise<ReleaseAsset>;
  /** `repos/get-release-asset` with `Accept: application/octet-stream` (following GitHub's redirect to storage). */
  downloadReleaseAsset(assetId: number): Promise<Uint8Array>;

  /** `repos/create-deployment`. */
  createDeployment(deployment: NewDeployment): Promise<Deployment>;
  /** `repos/get-deployment`. */
  getDeployment(id: number): Promise<Deployment | undefined>;
  /** `repos/list-deployments` filtered by environment and task: one page, newest first. */
  listDeployments(query: {
    environment: string;
    task: string;
    perPage: number;
    page: number;
  }): Promise<Page<Deployment>>;
  /** `repos/create-deployment-status`. */
  createDeploymentStatus(deploymentId: number, status: NewDeploymentStatus): Promise<DeploymentStatus>;
  /** `repos/list-deployment-statuses`: one page, newest first. */
  listDeploymentStatuses(
    deploymentId: number,
    page: { perPage: number; page: number },
  ): Promise<Page<DeploymentStatus>>;

  /** `pulls/get`; undefined when there is no such PR. */
  getPull(number: number): Promise<PullRequest | undefined>;
  /** `pulls/list-reviews`: one page, oldest first as GitHub lists them. */
  listReviews(number: number, page: { perPage: number; page: number }): Promise<Page<Review>>;
  /**
   * One GraphQL query (`octokit-graphql.ts`): the pull request `pull` (when given) with all its
   * reviews, and the newest 100 deployments of `environment` with their statuses, as the REST reads
   * would give them. 1 call, + 1 per further 100 reviews.
   */
  readStageFacts(ask: { pull?: number; environment: string }): Promise<StageFacts>;
  /** `repos/get-collaborator-permission-level`: the live role; `roleName` null when the user has none (or is unknown). */
  getPermission(username: string): Promise<Permission>;
  /** `teams/get-membership-for-user-in-org`: true for an active membership. */
  isTeamMember(org: string, teamSlug: string, username: string): Promise<boolean>;
  /** `repos/get-content` of a file at a ref, as text; undefined when the file does not exist there. */
  getFileText(path: string, ref: string): Promise<string | undefined>;

  /** `checks/create` on a commit. */
  createCheckRun(name: string, headSha: string, write: CheckRunWrite): Promise<CheckRun>;
  /** `checks/update`. */
  updateCheckRun(id: number, write: CheckRunWrite): Promise<CheckRun>;
  /**
   * `checks/list-for-ref`: the check runs of a commit, optionally of one name (first 100). GitHub's
   * default `filter: 'latest'` keeps only the newest run per name; `'all'` returns every run.
   */
  listCheckRuns(ref: string, query?: { checkName?: string; filter?: 'latest' | 'all' }): Promise<CheckRun[]>;

  /**
   * `reactions/create-for-issue-comment`: `'created'` (201), or `'exists'` (200) when this account had
   * already reacted so. GitHub keeps one reaction per (account, content), which makes it a record of
   * "seen" that survives restarts.
   */
  reactToComment(commentId: number, content: ReactionContent): Promise<'created' | 'exists'>;
  /** `issues/create-comment` on an issue or PR. */
  createComment(issueNumber: number, body: string): Promise<IssueComment>;
  /** `issues/get-comment`; undefined when the comment was deleted. */
  getComment(commentId: number): Promise<IssueComment | undefined>;
  /** `issues/update-comment`. */
  updateComment(commentId: number, body: string): Promise<IssueComment>;
  /** `issues/list-comments`: one page, oldest first. */
  listComments(issueNumber: number, page: { perPage: number; page: number }): Promise<Page<IssueComment>>;

  /** `issues/get`; undefined when there is no such issue. */
  getIssue(number: number): Promise<Issue | undefined>;
  /** `issues/list-for-repo` (pull requests included, as GitHub does): one page, newest first. */
  listIssues(query: {
    state: 'open' | 'closed' | 'all';
    labels?: string[];
    perPage: number;
    page: number;
  }): Promise<Page<Issue>>;
  /** `issues/create`. */
  createIssue(issue: NewIssue): Promise<Issue>;
  /** `issues/update`. */
  updateIssue(number: number, update: IssueUpdate): Promise<Issue>;

  /** `actions/create-workflow-dispatch`: starts a workflow (file name or id) on a ref with string inputs. */
  dispatchWorkflow(workflow: string, ref: string, inputs: Record<string, string>): Promise<void>;
}
