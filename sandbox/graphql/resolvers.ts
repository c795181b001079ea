/**
 * The objects GraphQL queries are answered from, built on demand from the same sandbox state the
 * REST handlers serve (so a GraphQL read and a REST read of one moment agree). Each object is plain
 * data plus a method per field that takes arguments; graphql-js's default resolver calls those
 * methods and reads the rest, and `__typename` picks the type behind `Actor` and `RepositoryOwner`.
 *
 * Access follows the REST permission table (sandbox/auth/permissions.ts): a repository the caller
 * cannot see is `NOT_FOUND`; `pullRequest` needs what `pulls/get` needs and `deployments` what
 * `repos/list-deployments` needs, and an installation token without it gets `FORBIDDEN` for that
 * field.
 */
import { ApiError } from '../errors.js';
import { authorize, PERMISSIONS } from '../auth/permissions.js';
import type { Principal } from '../auth/tokens.js';
import { deploymentsOf, sameEnvironment } from '../state/deployments.js';
import type { DeploymentRecord, DeploymentStatusRecord } from '../state/deployments.js';
import { nodeId } from '../state/ids.js';
import { issuesOf } from '../state/issues.js';
import { pullsOf, type ReviewRecord, type ReviewState } from '../state/pulls.js';
import type { AccountRecord, RepoRecord, Store } from '../state/store.js';
import type { Urls } from '../urls.js';
import { connection, type ConnectionArgs } from './connection.js';
import { forbiddenError, notFoundError } from './errors.js';

/** What every resolver sees: the state, the caller and the caller's GraphQL budget after this query. */
export interface GraphqlContext {
  store: Store;
  urls: Urls;
  principal: Principal;
  rateLimit: { cost: number; nodeCount: number; limit: number; used: number; remaining: number; resetAt: string };
}

type Actor = { __typename: 'User' | 'Bot' | 'Organization'; id: string; databaseId: number; login: string };

/**
 * An account as GraphQL shows it. A bot's GraphQL login has no `[bot]` suffix (`dependabot`, where
 * REST says `dependabot[bot]`: marcusquinn/aidevops#29778 records "GraphQL login dependabot and
 * commit author dependabot[bot]"; `gh` prints it as `app/dependabot`, cilium/tetragon#803).
 */
export function actor(account: AccountRecord): Actor {
  const type = account.type;
  return {
    __typename: type,
    id: nodeId(type, account.id),
    databaseId: account.id,
    login: type === 'Bot' ? account.login.replace(/\[bot\]$/, '') : account.login,
  };
}

function actorOrNull(store: Store, login: string | null): Actor | null {
  const account = login === null ? undefined : store.account(login);
  return account ? actor(account) : null;
}

/**
 * `Query.viewer`: the token's account. An installation token's viewer is the App's bot, with the
 * `[bot]` login (fullsend-ai/fullsend#1953: "`viewer` returns `fullsend-ai-coder[bot]`").
 */
function viewer(context: GraphqlContext): Actor {
  const { principal, store } = context;
  const login =
    principal.kind === 'user' ? principal.login : principal.kind === 'installation' ? store.app?.botLogin : undefined;
  const account = login === undefined ? undefined : store.account(login);
  if (!account) throw new Error(`sandbox: no account behind the ${principal.kind} token`);
  return { __typename: 'User', id: nodeId(account.type, account.id), databaseId: account.id, login: account.login };
}

/** Applies a REST permission row to a field; GitHub's refusals become GraphQL errors. */
function guard(context: GraphqlContext, operationId: string, repo: RepoRecord, onMissing: () => Error): void {
  try {
    authorize(context.principal, PERMISSIONS[operationId]!, repo, context.store);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    throw error.status === 403 ? forbiddenError() : onMissing();
  }
}

const DEPLOYMENT_STATE: Record<DeploymentStatusRecord['state'], string> = {
  success: 'ACTIVE',
  inactive: 'INACTIVE',
  error: 'ERROR',
  failure: 'FAILURE',
  in_progress: 'IN_PROGRESS',
  pending: 'PENDING',
  queued: 'QUEUED',
};

function deploymentStatus(context: GraphqlContext, repo: RepoRecord, deployment: DeploymentRecord) {
  return (record: DeploymentStatusRecord) => ({
    id: nodeId('DeploymentStatus', record.id),
    state: record.state.toUpperCase(),
    description: record.description,
    environment: record.environment,
    environmentUrl: record.environmentUrl,
    logUrl: record.logUrl,
    createdAt: record.createdAt,
    updatedAt: record.createdAt,
    creator: actorOrNull(context.store, record.creator),
    deployment: () => deploymentObject(context, repo)(deployment),
  });
}

function deploymentObject(context: GraphqlContext, repo: RepoRecord) {
  return (record: DeploymentRecord) => {
    const status = deploymentStatus(context, repo, record);
    const latest = record.statuses.at(-1);
    return {
      id: nodeId('Deployment', record.id),
      databaseId: record.id,
      commitOid: record.sha,
      task: record.task,
      environment: record.environment,
      originalEnvironment: record.originalEnvironment,
      latestEnvironment: record.environment,
      // "Extra information that a deployment system might need", a String: the REST payload's JSON.
      payload: typeof record.payload === 'string' ? record.payload : JSON.stringify(record.payload),
      description: record.description,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      creator: actorOrNull(context.store, record.creator),
      state: latest ? DEPLOYMENT_STATE[latest.state] : 'PENDING',
      latestStatus: latest ? status(latest) : null,
      // Oldest first, as GitHub orders them: public clients read the newest with `statuses(last: 1)`
      // ("This captures the last deployment status", in queries found by searching public code).
      statuses: (args: ConnectionArgs) => connection('statuses', record.statuses.map(status), args),
    };
  };
}

function review(context: GraphqlContext, repo: RepoRecord, record: ReviewRecord) {
  return {
    id: nodeId('PullRequestReview', record.id),
    databaseId: record.id,
    state: record.state,
    submittedAt: record.submittedAt,
    commit: { id: nodeId('Commit', record.commitId), oid: record.commitId },
    author: actorOrNull(context.store, record.user),
  };
}

function pullRequest(context: GraphqlContext, repo: RepoRecord, number: number) {
  guard(context, 'pulls/get', repo, () => notFoundError('PullRequest', `the number of ${number}`));
  const pull = pullsOf(repo).pulls.get(number);
  const issue = pull ? issuesOf(repo).issues.get(number) : undefined;
  if (!pull || !issue) throw notFoundError('PullRequest', `the number of ${number}`);
  const merged = pull.mergedAt !== null;
  return {
    id: nodeId('PullRequest', pull.id),
    databaseId: pull.id,
    number: pull.number,
    title: issue.title,
    state: merged ? 'MERGED' : issue.state === 'open' ? 'OPEN' : 'CLOSED',
    merged,
    isDraft: pull.draft,
    url: context.urls.html(`/${repo.owner}/${repo.name}/pull/${pull.number}`),
    headRefOid: pull.head.sha,
    headRefName: pull.head.ref,
    baseRefName: pull.base.ref,
    // The sandbox has no forks: every pull request's head is in its own repository.
    isCrossRepository: false,
    headRepository: () => repository(context, repo),
    author: actorOrNull(context.store, issue.user),
    reviews: (args: ConnectionArgs & { states?: ReviewState[] | null; author?: string | null }) =>
      connection(
        'reviews',
        [...pull.reviews.values()]
          .filter((r) => !args.states || args.states.includes(r.state))
          .filter((r) => !args.author || r.user.toLowerCase() === args.author.toLowerCase())
          .map((r) => review(context, repo, r)),
        args,
      ),
  };
}

type DeploymentsArgs = ConnectionArgs & {
  environments?: string[] | null;
  orderBy?: { field: 'CREATED_AT'; direction: 'ASC' | 'DESC' } | null;
};

function repository(context: GraphqlContext, repo: RepoRecord) {
  const owner = context.store.account(repo.owner)!;
  const head = repo.git.refs.get(`refs/heads/${repo.defaultBranch}`);
  return {
    id: nodeId('Repository', repo.id),
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: `${repo.owner}/${repo.name}`,
    owner: actor(owner),
    defaultBranchRef: head
      ? { id: nodeId('Ref', `${repo.id}:refs/heads/${repo.defaultBranch}`), name: repo.defaultBranch }
      : null,
    pullRequest: ({ number }: { number: number }) => pullRequest(context, repo, number),
    deployments: (args: DeploymentsArgs) => {
      guard(context, 'repos/list-deployments', repo, () =>
        notFoundError('Repository', `the name '${repo.owner}/${repo.name}'`),
      );
      const matching = [...deploymentsOf(repo).deployments.values()].filter(
        (d) => !args.environments || args.environments.some((name) => sameEnvironment(d.environment, name)),
      );
      // Creation order is id order; `orderBy` defaults to CREATED_AT ASC in GitHub's schema.
      if (args.orderBy?.direction === 'DESC') matching.reverse();
      return connection('deployments', matching.map(deploymentObject(context, repo)), args);
    },
  };
}

/** The root value: `repository`, `rateLimit` and `viewer`. */
export function rootValue(context: GraphqlContext): Record<string, unknown> {
  return {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      const missing = () => notFoundError('Repository', `the name '${owner}/${name}'`);
      const repo = context.store.repo(owner, name);
      if (!repo) throw missing();
      guard(context, 'repos/get', repo, missing);
      return repository(context, repo);
    },
    // The query's cost and node count (cost.ts) and the budget after spending it.
    rateLimit: () => context.rateLimit,
    viewer: () => viewer(context),
  };
}
