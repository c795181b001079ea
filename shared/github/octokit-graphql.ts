/**
 * The reads a promotion or rollback decides on, batched into one GitHub GraphQL query: the pull
 * request with its reviews, and the newest 100 deployments of the stage's environment with their
 * statuses. Over REST these are 2 + 1 + one status list per deployment looked at; here they are one
 * call (plus one per further 100 reviews), which keeps `/promote` and `/rollback` within the P4 bar
 * of 15 calls. The answers are mapped to the same port types as the REST reads
 * (`octokit-pulls.ts`, `octokit-deployments.ts`), so the rules that read them do not change.
 *
 * GraphQL answers HTTP 200 with an `errors` array for a query it could not (fully) resolve, e.g.
 * `NOT_FOUND` for a missing pull request ("Forming calls with GraphQL", GitHub Docs); a missing pull
 * request reads as undefined, like the REST 404, and any other error is thrown.
 */
import type {
  Account,
  Actor,
  DeploymentState,
  DeploymentStatus,
  DeploymentWithStatuses,
  GitHubClient,
  PullRequest,
  Review,
  StageFacts,
} from './client.js';
import type { OctokitLike, RepoBase } from './octokit-request.js';

const ACTOR = '__typename login ... on User { databaseId } ... on Bot { databaseId }';
const REVIEWS = `pageInfo { hasNextPage endCursor }
        nodes { databaseId state submittedAt commit { oid } author { ${ACTOR} } }`;

/** One query: the PR (when asked) with its reviews, and the stage's newest deployments with statuses. */
export const STAGE_FACTS_QUERY = `query StageFacts($owner: String!, $repo: String!, $number: Int!, $withPull: Boolean!, $environment: String!) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) @include(if: $withPull) {
      number title state merged url headRefOid headRefName baseRefName
      headRepository { nameWithOwner }
      author { ${ACTOR} }
      reviews(first: 100) {
        ${REVIEWS}
      }
    }
    deployments(environments: [$environment], first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes {
        databaseId commitOid task environment payload description createdAt
        creator { ${ACTOR} }
        statuses(last: 100) { nodes { state description environment environmentUrl logUrl createdAt creator { ${ACTOR} } } }
      }
    }
  }
}`;

/** Further pages of a PR's reviews. */
export const REVIEWS_QUERY = `query Reviews($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviews(first: 100, after: $after) {
        ${REVIEWS}
      }
    }
  }
}`;

interface ActorNode {
  __typename: string;
  login: string;
  databaseId?: number | null;
}
interface ReviewNode {
  databaseId: number;
  state: Review['state'];
  submittedAt: string | null;
  commit: { oid: string } | null;
  author: ActorNode | null;
}
interface ReviewConnection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: ReviewNode[];
}
interface PullNode {
  number: number;
  title: string;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  merged: boolean;
  url: string;
  headRefOid: string;
  headRefName: string;
  baseRefName: string;
  headRepository: { nameWithOwner: string } | null;
  author: ActorNode | null;
  reviews: ReviewConnection;
}
interface StatusNode {
  state: string;
  description: string | null;
  environment: string | null;
  environmentUrl: string | null;
  logUrl: string | null;
  createdAt: string;
  creator: ActorNode | null;
}
interface DeploymentNode {
  databaseId: number;
  commitOid: string;
  task: string | null;
  environment: string | null;
  payload: string | null;
  description: string | null;
  createdAt: string;
  creator: ActorNode | null;
  statuses: { nodes: StatusNode[] } | null;
}
interface GraphQLAnswer<T> {
  data?: { repository: T | null } | null;
  errors?: { type?: string; path?: (string | number)[]; message: string }[];
}

function account(node: ActorNode | null): Account | null {
  if (!node || typeof node.databaseId !== 'number') return null;
  const type = node.__typename === 'Bot' ? 'Bot' : node.__typename === 'Organization' ? 'Organization' : 'User';
  // GraphQL names a bot without REST's `[bot]` suffix (`dependabot`, not `dependabot[bot]`); REST's
  // spelling is the one the rest of modelship compares and shows.
  const login = type === 'Bot' && !node.login.endsWith('[bot]') ? `${node.login}[bot]` : node.login;
  return { id: node.databaseId, login, type };
}

function actor(node: ActorNode | null): Actor | null {
  const found = account(node);
  return found && { id: found.id, login: found.login };
}

function review(node: ReviewNode): Review {
  return {
    id: node.databaseId,
    user: account(node.author),
    state: node.state,
    commitId: node.commit?.oid ?? null,
    submittedAt: node.submittedAt,
  };
}

function pullOf(node: PullNode): PullRequest {
  const author = account(node.author);
  return {
    number: node.number,
    state: node.state === 'OPEN' ? 'open' : 'closed',
    merged: node.merged,
    title: node.title,
    headSha: node.headRefOid,
    headRef: node.headRefName,
    headRepo: node.headRepository?.nameWithOwner ?? null,
    baseRef: node.baseRefName,
    // A deleted author ("ghost") still blocks nothing: no review can be theirs.
    author: author ?? { id: 0, login: 'ghost', type: 'User' },
    htmlUrl: node.url,
  };
}

/** The payload as REST returns it: the JSON object, or the string when it is not JSON. */
function parsePayload(text: string | null): unknown {
  if (text === null || text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function deploymentOf(node: DeploymentNode, apiUrl: string, base: RepoBase): DeploymentWithStatuses {
  const payload = parsePayload(node.payload);
  const statuses = [...(node.statuses?.nodes ?? [])].reverse().map((s, index, all): DeploymentStatus => ({
    // GraphQL's DeploymentStatus has no database id; the position keeps them distinct and ordered.
    id: all.length - index,
    state: s.state.toLowerCase() as DeploymentState,
    description: s.description ?? '',
    environment: s.environment ?? node.environment ?? '',
    logUrl: s.logUrl || null,
    environmentUrl: s.environmentUrl || null,
    creator: actor(s.creator),
    createdAt: s.createdAt,
  }));
  return {
    id: node.databaseId,
    sha: node.commitOid,
    ref: node.commitOid, // modelship deploys exact SHAs, never a branch
    task: node.task ?? 'deploy',
    environment: node.environment ?? '',
    payload,
    description: node.description,
    creator: actor(node.creator),
    createdAt: node.createdAt,
    url: `${apiUrl}/repos/${base.owner}/${base.repo}/deployments/${node.databaseId}`,
    statuses,
  };
}

/** The GraphQL endpoint beside a REST base URL: `/graphql`, or `/api/graphql` on GHES (`/api/v3`). */
export function graphqlUrlOf(apiUrl: string): string {
  return apiUrl.replace(/\/api\/v3\/?$/, '/api').replace(/\/$/, '') + '/graphql';
}

/** The port's batched reads. */
export type GraphQLMethods = Pick<GitHubClient, 'readStageFacts'>;

/** The GraphQL reads of the client over `octokit`, bound to the repository `base`. */
export function graphqlMethods(octokit: OctokitLike, base: RepoBase): GraphQLMethods {
  const apiUrl = String(octokit.request.endpoint.DEFAULTS.baseUrl).replace(/\/$/, '');
  async function query<T>(text: string, variables: Record<string, unknown>): Promise<T | undefined> {
    const { data } = await octokit.request({
      method: 'POST',
      url: graphqlUrlOf(apiUrl),
      query: text,
      variables: { owner: base.owner, repo: base.repo, ...variables },
    } as unknown as 'POST /graphql');
    const answer = data as GraphQLAnswer<T>;
    const errors = answer.errors ?? [];
    const missingPull = (e: (typeof errors)[number]) => e.type === 'NOT_FOUND' && e.path?.includes('pullRequest');
    const fatal = errors.filter((e) => !missingPull(e));
    if (fatal.length > 0) {
      throw new Error(`GitHub GraphQL refused the query: ${fatal.map((e) => e.message).join('; ')}`);
    }
    return answer.data?.repository ?? undefined;
  }

  return {
    async readStageFacts(ask: { pull?: number; environment: string }): Promise<StageFacts> {
      const repository = await query<{ pullRequest?: PullNode | null; deployments: { nodes: DeploymentNode[] } }>(
        STAGE_FACTS_QUERY,
        { number: ask.pull ?? 0, withPull: ask.pull !== undefined, environment: ask.environment },
      );
      if (!repository) throw new Error(`GitHub GraphQL did not find ${base.owner}/${base.repo}`);
      const deployments = repository.deployments.nodes.map((d) => deploymentOf(d, apiUrl, base));
      const node = repository.pullRequest ?? undefined;
      if (!node) return { reviews: [], deployments };
      const reviews = node.reviews.nodes.map(review);
      let page = node.reviews.pageInfo;
      // At most 3,000 reviews, as the REST walk reads.
      for (let more = 1; page.hasNextPage && more < 30; more++) {
        const next = await query<{ pullRequest: { reviews: ReviewConnection } | null }>(REVIEWS_QUERY, {
          number: node.number,
          after: page.endCursor,
        });
        const connection = next?.pullRequest?.reviews;
        if (!connection) break;
        reviews.push(...connection.nodes.map(review));
        page = connection.pageInfo;
      }
      return { pull: pullOf(node), reviews, deployments };
    },
  };
}
