/**
 * The sandbox's GraphQL endpoint through real clients (Octokit's `graphql` and a plain `fetch`),
 * against a strict sandbox: the App's two promotion queries answer the same facts as the REST
 * endpoints for the same state; reviews page past 100; queries are validated against the subset of
 * GitHub's published schema, with GitHub's error shapes; missing objects are NOT_FOUND, missing
 * permissions FORBIDDEN, missing credentials 401; every query is one counted call with the
 * operation id `graphql`, under the `graphql` rate-limit resource, and faults apply as for REST.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { GraphqlResponseError } from '@octokit/graphql';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { extractSubset } from '../../scripts/gen-sandbox-graphql-schema.js';
import { queryCost } from '../../sandbox/graphql/cost.js';
import { graphqlBudgets } from '../../sandbox/graphql/endpoint.js';
import { nextId } from '../../sandbox/state/issues.js';
import { pullsOf } from '../../sandbox/state/pulls.js';
import { useSandbox } from './helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };
const actorFields = '__typename login ... on User { databaseId } ... on Bot { databaseId }';

/** The App's query for everything `/promote` reads (as the App will send it). */
const PROMOTION_FACTS = `
query PromotionFacts($owner: String!, $repo: String!, $number: Int!, $environment: String!) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      number title state merged url headRefOid headRefName baseRefName
      headRepository { nameWithOwner }
      author { ${actorFields} }
      reviews(first: 100) {
        pageInfo { hasNextPage endCursor }
        nodes { databaseId state submittedAt commit { oid } author { ${actorFields} } }
      }
    }
    deployments(environments: [$environment], first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        databaseId commitOid task environment payload description createdAt
        creator { ${actorFields} }
        statuses(last: 100) { nodes { state description environment environmentUrl logUrl createdAt creator { ${actorFields} } } }
      }
    }
  }
}`;

/** The App's query for the reviews after the first 100. */
const REVIEWS = `
query Reviews($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) { pullRequest(number: $number) { reviews(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { databaseId state submittedAt commit { oid } author { ${actorFields} } } } } }
}`;

interface ActorNode {
  __typename: string;
  login: string;
  databaseId?: number;
}
interface ReviewNode {
  databaseId: number;
  state: string;
  submittedAt: string | null;
  commit: { oid: string };
  author: ActorNode;
}
interface ReviewsPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: ReviewNode[];
}
interface PromotionFacts {
  repository: {
    pullRequest: Record<string, unknown> & { author: ActorNode; reviews: ReviewsPage };
    deployments: {
      pageInfo: { hasNextPage: boolean };
      nodes: (Record<string, unknown> & {
        databaseId: number;
        creator: ActorNode;
        statuses: { nodes: Record<string, unknown>[] };
      })[];
    };
  };
}

/** A REST `simple-user` as the GraphQL `Actor` of the same account (bots lose `[bot]` in GraphQL). */
function asActor(user: { login: string; id: number; type: string } | null | undefined): ActorNode {
  return { __typename: user!.type, login: user!.login.replace(/\[bot\]$/, ''), databaseId: user!.id };
}

/** POSTs a query with `fetch`, as curl or PyGithub would. */
async function post(
  body: unknown,
  token: string | null = fixture.sandbox.installationToken(),
  path = '/graphql',
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> }> {
  const response = await fetch(`${fixture.sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

let branches = 0;
async function openPull(): Promise<{ number: number; sha: string }> {
  const branch = `model-${++branches}`;
  fixture.sandbox.push({ repo: 'acme/churn', branch, files: { [`${branch}.txt`]: 'v1\n' }, as: 'maintainer' });
  const { data } = await fixture
    .client('maintainer')
    .pulls.create({ ...repo, title: `Promote ${branch}`, head: branch, base: 'main' });
  return { number: data.number, sha: data.head.sha };
}

describe('GraphQL schema', () => {
  it('schema.graphql is the generator’s output for the pinned @octokit/graphql-schema (check mode)', () => {
    const run = () =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/gen-sandbox-graphql-schema.ts', '--check'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    expect(run).not.toThrow();
    const committed = readFileSync('sandbox/graphql/schema.graphql', 'utf8');
    expect(committed).toMatch(
      /^# Generated by scripts\/gen-sandbox-graphql-schema\.ts from @octokit\/graphql-schema \d+\.\d+\.\d+/,
    );
    // The subset, not the 1.2 MB schema, is what the sandbox carries.
    expect(committed.length).toBeLessThan(40_000);
  });

  it('the generator refuses a subset that names a field GitHub does not have', () => {
    const full = parse('type Query { a: String } type Repository { name: String! }');
    expect(() => extractSubset(full)).toThrow(/is not in GitHub's schema/);
  });
});

describe('GraphQL: the App’s promotion queries', () => {
  it('PromotionFacts answers the same facts as REST: the pull request, its reviews and the stage’s deployments', async () => {
    const pull = await openPull();
    const reviewer = fixture.client('reviewer');
    await reviewer.pulls.createReview({ ...repo, pull_number: pull.number, event: 'APPROVE' });
    await fixture
      .client('triager')
      .pulls.createReview({ ...repo, pull_number: pull.number, event: 'COMMENT', body: 'hm' });
    const pushed = fixture.sandbox.push({
      repo: 'acme/churn',
      branch: `model-${branches}`,
      files: { 'x.txt': 'v2\n' },
    });
    await reviewer.pulls.createReview({ ...repo, pull_number: pull.number, event: 'REQUEST_CHANGES', body: 'no' });
    fixture.sandbox.store.repo('acme', 'churn')!.collaborators.set('dependabot[bot]', 'read');
    await fixture.client('dependabot[bot]').pulls.createReview({ ...repo, pull_number: pull.number, event: 'APPROVE' });

    const app = fixture.client(fixture.sandbox.installationToken());
    for (const [index, environment] of ['production', 'staging', 'production', 'production'].entries()) {
      const { data: deployment } = await app.repos.createDeployment({
        ...repo,
        ref: 'main',
        environment,
        auto_merge: false,
        required_contexts: [],
        payload: { model: 'churn', version: `v${index + 1}` },
        description: `churn v${index + 1}`,
      });
      if (!('id' in deployment)) throw new Error('deployment not created');
      await app.repos.createDeploymentStatus({ ...repo, deployment_id: deployment.id, state: 'in_progress' });
      await app.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deployment.id,
        state: 'success',
        environment_url: `https://models.example/churn/v${index + 1}`,
        log_url: `https://ci.example/runs/${index + 1}`,
        description: 'live',
      });
    }

    fixture.sandbox.counters.reset();
    const facts = await app.graphql<PromotionFacts>(PROMOTION_FACTS, {
      ...repo,
      number: pull.number,
      environment: 'production',
    });
    expect(fixture.sandbox.counters.total).toBe(1);
    expect(fixture.sandbox.counters.count('graphql')).toBe(1);
    // reviews 1 + deployments 1 + statuses 100 requests: 1 point, GitHub's minimum.
    expect(queryCost(parse(PROMOTION_FACTS), {}, undefined)).toEqual({ cost: 1, nodeCount: 10_200 });

    const { data: restPull } = await app.pulls.get({ ...repo, pull_number: pull.number });
    const { data: restReviews } = await app.pulls.listReviews({ ...repo, pull_number: pull.number, per_page: 100 });
    const got = facts.repository.pullRequest;
    expect(got).toMatchObject({
      number: restPull.number,
      title: restPull.title,
      state: 'OPEN',
      merged: false,
      url: restPull.html_url,
      headRefOid: pushed.sha,
      headRefName: restPull.head.ref,
      baseRefName: restPull.base.ref,
      headRepository: { nameWithOwner: 'acme/churn' },
      author: asActor(restPull.user),
    });
    expect(got.reviews.pageInfo.hasNextPage).toBe(false);
    expect(got.reviews.nodes).toEqual(
      restReviews.map((r) => ({
        databaseId: r.id,
        state: r.state,
        submittedAt: r.submitted_at,
        commit: { oid: r.commit_id },
        author: asActor(r.user),
      })),
    );
    // Reviews by several people on different commits, and a bot's, whose GraphQL login has no `[bot]`.
    expect(new Set(got.reviews.nodes.map((r) => r.commit.oid)).size).toBe(2);
    expect(got.reviews.nodes.at(-1)!.author).toMatchObject({ __typename: 'Bot', login: 'dependabot' });

    const { data: restDeployments } = await app.repos.listDeployments({ ...repo, environment: 'production' });
    expect(restDeployments).toHaveLength(3);
    const deployments = facts.repository.deployments.nodes;
    expect(deployments.map((d) => d.databaseId)).toEqual(restDeployments.map((d) => d.id));
    for (const [index, rest] of restDeployments.entries()) {
      const node = deployments[index]!;
      expect(node).toMatchObject({
        commitOid: rest.sha,
        task: rest.task,
        environment: rest.environment,
        payload: JSON.stringify(rest.payload),
        description: rest.description,
        createdAt: rest.created_at,
        creator: { __typename: 'Bot', login: 'modelship', databaseId: rest.creator!.id },
      });
      const { data: restStatuses } = await app.repos.listDeploymentStatuses({ ...repo, deployment_id: rest.id });
      // REST lists newest first; the GraphQL connection is oldest first.
      expect(node.statuses.nodes).toEqual(
        [...restStatuses].reverse().map((s) => ({
          state: s.state.toUpperCase(),
          description: s.description,
          environment: s.environment,
          environmentUrl: s.environment_url ?? null,
          logUrl: s.log_url ?? null,
          createdAt: s.created_at,
          creator: asActor(s.creator),
        })),
      );
    }
    // The older production deployments were made inactive by the newer successes.
    expect(deployments.map((d) => d.statuses.nodes.at(-1)!.state)).toEqual(['SUCCESS', 'INACTIVE', 'INACTIVE']);
  });

  it('Reviews pages past 100 with the cursor, and the pages hold exactly what REST lists', async () => {
    const pull = await openPull();
    const store = fixture.sandbox.store;
    const record = pullsOf(store.repo('acme', 'churn')!).pulls.get(pull.number)!;
    for (let i = 0; i < 130; i++) {
      const id = nextId(store, 'review');
      const state = i % 3 === 0 ? 'APPROVED' : 'COMMENTED';
      record.reviews.set(id, {
        id,
        pullNumber: pull.number,
        user: i % 2 === 0 ? 'reviewer' : 'reader',
        body: 'seen',
        state,
        commitId: pull.sha,
        submittedAt: store.timestamp(),
      });
    }
    const gql = fixture.client(fixture.sandbox.installationToken()).graphql;
    type Page = { repository: { pullRequest: { reviews: ReviewsPage } } };
    const first = (await gql<Page>(REVIEWS, { ...repo, number: pull.number })).repository.pullRequest.reviews;
    expect(first.nodes).toHaveLength(100);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql<Page>(REVIEWS, { ...repo, number: pull.number, after: first.pageInfo.endCursor }))
      .repository.pullRequest.reviews;
    expect(second.nodes).toHaveLength(30);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const rest = fixture.client('reader');
    const restIds = [
      ...(await rest.pulls.listReviews({ ...repo, pull_number: pull.number, per_page: 100, page: 1 })).data,
      ...(await rest.pulls.listReviews({ ...repo, pull_number: pull.number, per_page: 100, page: 2 })).data,
    ].map((r) => r.id);
    expect([...first.nodes, ...second.nodes].map((r) => r.databaseId)).toEqual(restIds);

    // `last`, `before` and `states` as GitHub's connection arguments.
    const { json } = await post({
      query: `query($n: Int!) { repository(owner: "acme", name: "churn") { pullRequest(number: $n) {
        approved: reviews(first: 5, states: [APPROVED]) { totalCount nodes { state } }
        tail: reviews(last: 2) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { databaseId } } } } }`,
      variables: { n: pull.number },
    });
    const pullRequest = (json.data as { repository: { pullRequest: Record<string, Record<string, unknown>> } })
      .repository.pullRequest;
    expect(pullRequest.approved!.totalCount).toBe(44);
    expect(pullRequest.approved!.nodes).toEqual(Array(5).fill({ state: 'APPROVED' }));
    expect(pullRequest.tail).toEqual({
      totalCount: 130,
      pageInfo: { hasNextPage: false, hasPreviousPage: true },
      nodes: restIds.slice(-2).map((databaseId) => ({ databaseId })),
    });
  });
});

/** Why PyGithub cannot run here (as test/sandbox/pygithub.test.ts decides), or `undefined`. */
function pygithubMissing(): string | undefined {
  try {
    execFileSync('python3', ['-c', 'import github'], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return `PyGithub is not importable by python3 (${String(error).split('\n')[0]}); .ci/run installs it`;
  }
}
const pygithub = pygithubMissing();
if (pygithub && process.env.CI === 'true') throw new Error(`${pygithub}. Under CI=true this test must run.`);

/** PyGithub's own GraphQL entry point (`Requester.graphql_query`), which derives `<base>/graphql`. */
const PYGITHUB_SCRIPT = `
import json, sys
from github import Auth, Github, UnknownObjectException
url, token, query, number = sys.argv[1:5]
gh = Github(auth=Auth.Token(token), base_url=url)
_, data = gh.requester.graphql_query(query, {"owner": "acme", "repo": "churn", "number": int(number)})
try:
    gh.requester.graphql_query('query { repository(owner: "acme", name: "nope") { name } }', {})
    missing = None
except UnknownObjectException as error:
    missing = error.status
print(json.dumps({"data": data, "missing": missing}))
`;

describe.skipIf(pygithub !== undefined)('GraphQL through PyGithub', () => {
  it('PyGithub’s graphql_query reads the reviews, and maps NOT_FOUND to UnknownObjectException', async () => {
    const pull = await openPull();
    await fixture.client('reviewer').pulls.createReview({ ...repo, pull_number: pull.number, event: 'APPROVE' });
    const args = [fixture.sandbox.url, fixture.sandbox.installationToken(), REVIEWS, String(pull.number)];
    const { stdout } = await promisify(execFile)('python3', ['-c', PYGITHUB_SCRIPT, ...args]);
    const seen = JSON.parse(stdout) as {
      data: { data: { repository: { pullRequest: { reviews: ReviewsPage } } } };
      missing: number;
    };
    expect(seen.data.data.repository.pullRequest.reviews.nodes).toEqual([
      expect.objectContaining({
        state: 'APPROVED',
        commit: { oid: pull.sha },
        author: expect.objectContaining({ login: 'reviewer' }),
      }),
    ]);
    expect(seen.missing).toBe(404);
  });
});

describe('GraphQL: GitHub’s answers to bad queries', () => {
  it('a field or argument GitHub does not have fails validation with GitHub’s shape, and no data', async () => {
    const query = 'query Facts { repository(owner: "acme", name: "churn") { notAField } }';
    const { status, json } = await post({ query });
    expect(status).toBe(200);
    expect(json).toEqual({
      errors: [
        {
          path: ['query Facts', 'repository', 'notAField'],
          extensions: { code: 'undefinedField', typeName: 'Repository', fieldName: 'notAField' },
          locations: [{ line: 1, column: query.indexOf('notAField') + 1 }],
          message: "Field 'notAField' doesn't exist on type 'Repository'",
        },
      ],
    });
    const wrongArgument = await post({ query: '{ repository(owner: "acme", name: "churn", color: 1) { name } }' });
    expect(wrongArgument.json.errors).toEqual([
      expect.objectContaining({
        path: ['query', 'repository', 'color'],
        extensions: { code: 'argumentNotAccepted', name: 'repository', typeName: 'Field', argumentName: 'color' },
        message: "Field 'repository' doesn't accept argument 'color'",
      }),
    ]);
    const missing = await post({ query: '{ repository(owner: "acme") { name } }' });
    expect((missing.json.errors as { message: string }[])[0]!.message).toBe(
      "Field 'repository' is missing required arguments: name",
    );
    const syntax = await post({ query: '{ repository(owner: "acme", name: "churn") { name }' });
    expect(syntax.json).toEqual({
      errors: [{ message: 'Parse error on <EOF> at [1, 52]', locations: [{ line: 1, column: 52 }] }],
    });
    const noQuery = await post({ variables: {} });
    expect(noQuery.json).toEqual({
      errors: [{ message: 'A query attribute must be specified and must be a string.' }],
    });
    const badVariable = await post({ query: REVIEWS, variables: { owner: 'acme', repo: 'churn' } });
    expect(badVariable.json.errors).toEqual([
      expect.objectContaining({
        message: 'Variable $number of type Int! was provided invalid value',
        extensions: { value: null, problems: [{ path: [], explanation: 'Expected value to not be null' }] },
      }),
    ]);
    const badJson = await post('{"query":');
    expect(badJson.status).toBe(400);
    expect(badJson.json).toMatchObject({ message: 'Problems parsing JSON' });
  });

  it('connections need `first` or `last`, at most 100', async () => {
    const pull = await openPull();
    const query = `{ repository(owner: "acme", name: "churn") { pullRequest(number: ${pull.number}) { number reviews { totalCount } } } }`;
    const missing = await post({ query });
    expect(missing.json).toEqual({
      data: { repository: { pullRequest: { number: pull.number, reviews: null } } },
      errors: [
        {
          type: 'MISSING_PAGINATION_BOUNDARIES',
          path: ['repository', 'pullRequest', 'reviews'],
          locations: [{ line: 1, column: query.indexOf('reviews') + 1 }],
          message: 'You must provide a `first` or `last` value to properly paginate the `reviews` connection.',
        },
      ],
    });
    const excessive = await post({
      query: '{ repository(owner: "acme", name: "churn") { deployments(first: 101) { totalCount } } }',
    });
    // `deployments` is non-null in GitHub's schema, so the error nulls the repository.
    expect(excessive.json).toMatchObject({
      data: { repository: null },
      errors: [
        {
          type: 'EXCESSIVE_PAGINATION',
          path: ['repository', 'deployments'],
          message: 'Requesting 101 records on the `deployments` connection exceeds the `first` limit of 100 records.',
        },
      ],
    });
  });

  it('a missing repository or pull request is NOT_FOUND, with the rest of the data', async () => {
    const gql = fixture.client(fixture.sandbox.installationToken()).graphql;
    const error = (await gql('{ repository(owner: "acme", name: "nope") { name } }').catch(
      (e: unknown) => e,
    )) as GraphqlResponseError<unknown>;
    expect(error.name).toBe('GraphqlResponseError');
    expect(error.data).toEqual({ repository: null });
    expect(error.errors).toEqual([
      {
        type: 'NOT_FOUND',
        path: ['repository'],
        locations: [{ line: 1, column: 3 }],
        message: "Could not resolve to a Repository with the name 'acme/nope'.",
      },
    ]);
    const { json } = await post({
      query: '{ repository(owner: "acme", name: "churn") { name pullRequest(number: 9999) { number } } }',
    });
    expect(json).toEqual({
      data: { repository: { name: 'churn', pullRequest: null } },
      errors: [
        expect.objectContaining({
          type: 'NOT_FOUND',
          path: ['repository', 'pullRequest'],
          message: 'Could not resolve to a PullRequest with the number of 9999.',
        }),
      ],
    });
    // A private repository the caller cannot see is as missing as one that does not exist.
    const outsider = await post(
      { query: '{ repository(owner: "acme", name: "churn") { name } }' },
      fixture.sandbox.personas.outsider!.token,
    );
    expect(outsider.json).toMatchObject({ data: { repository: null }, errors: [{ type: 'NOT_FOUND' }] });
  });
});

describe('GraphQL: HTTP, authentication and accounting', () => {
  it('answers 401 without a token or with a bad one, counted once each', async () => {
    fixture.sandbox.counters.reset();
    const anonymous = await post({ query: '{ viewer { login } }' }, null);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toEqual({
      message: 'This endpoint requires you to be authenticated.',
      documentation_url:
        'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
      status: '401',
    });
    const bad = await post({ query: '{ viewer { login } }' }, 'ghs_not_a_token');
    expect(bad.status).toBe(401);
    expect(bad.json).toMatchObject({
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/graphql',
    });
    expect(fixture.sandbox.counters.count('graphql')).toBe(2);
  });

  it('viewer is the token’s account: the App’s bot for an installation token', async () => {
    const gql = (token: string) => fixture.client(token).graphql<{ viewer: { login: string } }>('{ viewer { login } }');
    expect((await gql(fixture.sandbox.installationToken())).viewer.login).toBe('modelship[bot]');
    expect((await gql('maintainer')).viewer.login).toBe('maintainer');
  });

  it('a field needing a permission the token lacks is FORBIDDEN', async () => {
    const narrow = fixture.sandbox.installationToken({ permissions: { metadata: 'read', contents: 'read' } });
    const query = '{ repository(owner: "acme", name: "churn") { name pullRequest(number: 1) { number } } }';
    const { json } = await post({ query }, narrow);
    expect(json).toEqual({
      data: { repository: { name: 'churn', pullRequest: null } },
      errors: [
        {
          type: 'FORBIDDEN',
          path: ['repository', 'pullRequest'],
          extensions: { saml_failure: false },
          locations: [{ line: 1, column: 51 }],
          message: 'Resource not accessible by integration',
        },
      ],
    });
    const deployments = await post(
      { query: '{ repository(owner: "acme", name: "churn") { deployments(first: 1) { totalCount } } }' },
      narrow,
    );
    expect(deployments.json).toMatchObject({
      data: { repository: null },
      errors: [{ type: 'FORBIDDEN', path: ['repository', 'deployments'] }],
    });
  });

  it('is one call with operation id `graphql`, on the `graphql` rate-limit resource, also at /api/graphql', async () => {
    const token = fixture.sandbox.installationToken();
    fixture.sandbox.counters.reset();
    const first = await post({ query: '{ rateLimit { cost remaining used limit resetAt } }' }, token);
    const second = await post({ query: '{ rateLimit { cost used } }' }, token, '/api/graphql');
    expect(fixture.sandbox.counters.byOperation).toEqual({ graphql: 2 });
    expect(fixture.sandbox.counters.calls.map((c) => [c.operationId, c.status, c.principal])).toEqual([
      ['graphql', 200, 'installation:5000001'],
      ['graphql', 200, 'installation:5000001'],
    ]);
    expect(first.headers.get('x-ratelimit-resource')).toBe('graphql');
    expect(first.headers.get('x-ratelimit-used')).toBe('1');
    expect(second.headers.get('x-ratelimit-used')).toBe('2');
    expect(first.json).toMatchObject({ data: { rateLimit: { cost: 1, remaining: 4999, used: 1, limit: 5000 } } });
    expect(second.json).toEqual({ data: { rateLimit: { cost: 1, used: 2 } } });

    // GitHub's cost: one request per connection per parent node, summed, divided by 100, rounded.
    const twoStatusLists = await post(
      {
        query: `query($n: Int!) { rateLimit { cost nodeCount used } repository(owner: "acme", name: "churn") {
          deployments(first: $n) { nodes { a: statuses(first: 1) { totalCount } b: statuses(last: 1) { totalCount } } } } }`,
        variables: { n: 100 },
      },
      token,
    );
    expect(twoStatusLists.json).toMatchObject({ data: { rateLimit: { cost: 2, nodeCount: 300, used: 4 } } });
    expect(twoStatusLists.headers.get('x-ratelimit-used')).toBe('4');
  });

  it('a spent GraphQL budget is RATE_LIMITED, and `GET /rate_limit` reports the `graphql` resource', async () => {
    const token = fixture.sandbox.installationToken();
    await post({ query: '{ viewer { login } }' }, token);
    const { data } = await fixture.client(token).rateLimit.get();
    expect(data.resources.graphql).toMatchObject({ limit: 5000, used: 1, remaining: 4999 });
    expect(data.resources.core.used).toBe(0);

    graphqlBudgets(fixture.sandbox.store).setLimit(token, 1);
    const limited = await post({ query: '{ viewer { login } }' }, token);
    expect(limited.status).toBe(200);
    expect(limited.json).toEqual({
      errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 5000001.' }],
    });
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-resource')).toBe('graphql');
  });

  it('faults apply to `graphql` as to any operation', async () => {
    fixture.sandbox.counters.reset();
    const id = fixture.sandbox.faults.add({ operationId: 'graphql', kind: '502', times: 1 });
    const faulted = await post({ query: '{ viewer { login } }' });
    fixture.sandbox.faults.remove(id);
    expect(faulted.status).toBe(502);
    expect(faulted.json).toEqual({ message: 'Server Error' });
    const ok = await post({ query: '{ viewer { login } }' });
    expect(ok.status).toBe(200);
    expect(fixture.sandbox.counters.faulted).toBe(1);
    expect(fixture.sandbox.counters.count('graphql')).toBe(2);
  });
});
