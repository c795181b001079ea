/**
 * `POST /graphql` (and `/api/graphql`, where GitHub Enterprise Server serves it): GitHub's GraphQL
 * API over the sandbox state, for any client (Octokit's `graphql`, PyGithub, `gh api graphql`,
 * curl). The HTTP behaviour mirrors REST's pipeline (faults first, the same tokens, one counted call
 * per request with the operation id `graphql`) with GraphQL's own answers: HTTP 200 with `errors`
 * for every query problem, 401 bodies pointing at the GraphQL docs, and a separate `graphql`
 * rate-limit budget reported in `x-ratelimit-*` headers with `x-ratelimit-resource: graphql`.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { execute, GraphQLError, Kind, parse, print, validate, type DocumentNode, type ExecutionResult } from 'graphql';
import { ApiError } from '../errors.js';
import { faultResponse } from '../faults.js';
import type { PipelineResult, Runtime } from '../pipeline.js';
import { RateLimits } from '../rate-limit.js';
import { principalLabel, type Principal } from '../auth/tokens.js';
import type { Store } from '../state/store.js';
import { executionError, syntaxError, validationError, variableError, type GithubGraphqlError } from './errors.js';
import { queryCost } from './cost.js';
import { rootValue, type GraphqlContext } from './resolvers.js';
import { sandboxSchema } from './schema.js';

/** The operation id GraphQL calls are counted under (`counters.count('graphql')`). */
export const GRAPHQL_OPERATION_ID = 'graphql';

/** The paths GitHub serves GraphQL on: `api.github.com/graphql` and GHES's `<host>/api/graphql`. */
export function isGraphqlPath(method: string, path: string): boolean {
  return method.toLowerCase() === 'post' && /^(?:\/api)?\/graphql\/?$/.test(path);
}

/** Where GitHub's GraphQL error bodies point. */
const DOCS_URL = 'https://docs.github.com/graphql';

/** A GraphQL request as the server read it. */
export interface GraphqlRequest {
  path: string;
  headers: IncomingHttpHeaders;
  raw: Buffer;
}

function json(status: number, body: unknown, headers: Record<string, string>): PipelineResult {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: Buffer.from(JSON.stringify(body)),
  };
}

function rawToken(headers: IncomingHttpHeaders): string {
  return /^(?:token|bearer)\s+(\S+)$/i.exec(headers.authorization?.trim() ?? '')?.[1] ?? 'anonymous';
}

/**
 * The GraphQL budgets, one per token, apart from REST's `core` (GitHub meters them apart; `GET
 * /rate_limit` reports them as `resources.graphql`).
 */
export function graphqlBudgets(store: Store): RateLimits {
  return store.slice('graphql-rate-limits', () => new RateLimits(store.now));
}

/**
 * Authenticates as REST does. GraphQL has no anonymous access: "This endpoint requires you to be
 * authenticated." (GitHub's 401 for it, carbon-design-system/carbon-tutorial-angular#1142); an App
 * JWT is not accepted either (only user and installation tokens may query: octokit/auth-oauth-app.js#46).
 */
function authenticate(runtime: Runtime, headers: IncomingHttpHeaders): Principal {
  let principal: Principal;
  try {
    principal = runtime.tokens.authenticate(headers.authorization, runtime.store);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    throw new ApiError(401, 'Bad credentials', { documentationUrl: DOCS_URL });
  }
  if (principal.kind === 'anonymous' || principal.kind === 'app') {
    throw new ApiError(401, 'This endpoint requires you to be authenticated.', {
      documentationUrl: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
    });
  }
  return principal;
}

interface GraphqlBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** The declared type of each variable of the chosen operation (`number` → `Int!`). */
function declaredVariables(document: DocumentNode, operationName: string | undefined): Map<string, string> {
  const declared = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName !== undefined && definition.name?.value !== operationName) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      declared.set(variable.variable.name.value, print(variable.type));
    }
  }
  return declared;
}

/** What a query costs against the caller's GraphQL budget (see cost.ts). */
type Charge = (cost: { cost: number; nodeCount: number }) => GraphqlContext;

/**
 * Parses, validates and executes one query; the HTTP status is 200 whatever the query's errors.
 * `charge` spends the query's cost (1 for a query that does not get as far as running) and returns
 * the context to run it in.
 */
function answer(body: GraphqlBody, requestId: string, charge: Charge): Record<string, unknown> {
  const refuse = (errors: GithubGraphqlError[]) => {
    charge({ cost: 1, nodeCount: 0 });
    return { errors };
  };
  if (typeof body.query !== 'string') {
    return refuse([{ message: 'A query attribute must be specified and must be a string.' }]);
  }
  let document: DocumentNode;
  try {
    document = parse(body.query);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return refuse([syntaxError(error)]);
  }
  const schema = sandboxSchema();
  const invalid = validate(schema, document);
  if (invalid.length > 0) return refuse(invalid.map((error) => validationError(error, document)));
  const variables =
    body.variables !== null && typeof body.variables === 'object' ? (body.variables as Record<string, unknown>) : {};
  const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
  const context = charge(queryCost(document, variables, operationName));
  const result = execute({
    schema,
    document,
    rootValue: rootValue(context),
    contextValue: context,
    variableValues: variables,
    operationName,
  }) as ExecutionResult;
  if (!('data' in result) || result.data === undefined) {
    // Variables that do not fit their types (or no operation to run): nothing executed.
    const declared = declaredVariables(document, operationName);
    return { errors: (result.errors ?? []).map((error) => variableError(error, declared, variables)) };
  }
  const errors: GithubGraphqlError[] = (result.errors ?? []).map((error) => executionError(error, requestId));
  return errors.length > 0 ? { data: result.data, errors } : { data: result.data };
}

/** Handles one `POST /graphql`. */
export async function runGraphql(runtime: Runtime, request: GraphqlRequest, seq: number): Promise<PipelineResult> {
  const requestId = `5B0X:${seq.toString(16).toUpperCase().padStart(6, '0')}`;
  const token = rawToken(request.headers);
  const base = { method: 'post', path: request.path, token, operationId: GRAPHQL_OPERATION_ID };
  const common = { 'x-github-request-id': requestId, 'x-github-media-type': 'github.v4; format=json' };

  // Faults come first, as for REST: an outage does not care who you are.
  for (const { rule } of runtime.faults.draw(GRAPHQL_OPERATION_ID, token)) {
    if (rule.kind === 'latency') {
      await sleep(rule.latencyMs ?? 100);
      continue;
    }
    if (rule.kind === 'drop') {
      runtime.counters.record({ ...base, principal: 'unknown', status: 0, fault: rule.kind });
      return { drop: true };
    }
    const fault = faultResponse(rule, requestId);
    runtime.counters.record({ ...base, principal: 'unknown', status: fault.status, fault: rule.kind });
    return json(fault.status, fault.body, { ...common, ...fault.headers });
  }

  let principal: Principal = { kind: 'anonymous' };
  let status = 500;
  try {
    principal = authenticate(runtime, request.headers);
    const limits = graphqlBudgets(runtime.store);
    const budgetHeaders = (spend: boolean) => ({
      ...common,
      ...limits.spend(token, false, spend),
      'x-ratelimit-resource': 'graphql',
    });
    let headers = budgetHeaders(false);
    let body: GraphqlBody;
    try {
      body = JSON.parse(request.raw.toString('utf8')) as GraphqlBody;
    } catch {
      throw new ApiError(400, 'Problems parsing JSON', { documentationUrl: DOCS_URL, headers });
    }
    const charge: Charge = ({ cost, nodeCount }) => {
      for (let point = 0; point < cost; point++) headers = budgetHeaders(true);
      const budget = limits.status(token, false);
      const resetAt = new Date(budget.reset * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      return {
        store: runtime.store,
        urls: runtime.urls,
        principal,
        rateLimit: { cost, nodeCount, limit: budget.limit, used: budget.used, remaining: budget.remaining, resetAt },
      };
    };
    let result: Record<string, unknown>;
    try {
      result = answer(body !== null && typeof body === 'object' ? body : {}, requestId, charge);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 403) throw error;
      // A spent GraphQL budget is a query error, not an HTTP one: `{"errors":[{"type":"RATE_LIMITED",
      // "message":"API rate limit exceeded for user ID 1."}]}` (as public clients' fixtures record it).
      headers = { ...common, ...error.headers, 'x-ratelimit-resource': 'graphql' };
      const who =
        principal.kind === 'installation'
          ? `installation ID ${principal.installationId}`
          : `user ID ${principal.kind === 'user' ? runtime.store.account(principal.login)?.id : ''}`;
      result = { errors: [{ type: 'RATE_LIMITED', message: `API rate limit exceeded for ${who}.` }] };
    }
    status = 200;
    return json(200, result, headers);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    status = error.status;
    const headers: Record<string, string> = { ...common, ...error.headers };
    if (error.headers['x-ratelimit-limit'] !== undefined) headers['x-ratelimit-resource'] = 'graphql';
    return json(error.status, error.body, headers);
  } finally {
    runtime.counters.record({ ...base, principal: principalLabel(principal), status });
  }
}
