/**
 * The path of one API request through the sandbox: route → faults → authenticate → rate limit →
 * contract check of the request → authorize → handler → contract check of the response → headers
 * and accounting. Every GitHub-wide behaviour lives here once, so a resource family only writes
 * handlers.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError, notFound } from './errors.js';
import type { EventBus } from './events.js';
import type { Counters } from './counters.js';
import type { Contract, Violation } from './contract/validate.js';
import { formatViolation } from './contract/validate.js';
import type { Faults } from './faults.js';
import { faultResponse } from './faults.js';
import type { RateLimits } from './rate-limit.js';
import { canonicalPath, legacyRoute, type LegacyRewrite, type RouteMatch, type Router } from './router.js';
import type { WebhookDispatcher } from './webhooks/index.js';
import type { Handler, HandlerContext, HandlerResponse, Family } from './handlers/types.js';
import { authorize, PERMISSIONS } from './auth/permissions.js';
import { issuesOf } from './state/issues.js';
import { principalLabel, type Principal, type TokenRegistry } from './auth/tokens.js';
import type { AccountRecord, RepoRecord, Store } from './state/store.js';
import type { Urls } from './urls.js';
import { repository } from './shapes/repository.js';
import { simpleUser } from './shapes/user.js';

/** A request as the server read it. */
export interface IncomingApiRequest {
  method: string;
  /** Path without query and without the `/uploads` prefix. */
  path: string;
  host: 'api' | 'uploads';
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  raw: Buffer;
}

/** The pipeline's answer: a response, or `drop` to destroy the socket. */
export type PipelineResult =
  { drop: true } | { drop?: false; status: number; headers: Record<string, string>; body: Buffer };

/** Everything the pipeline needs from a running sandbox. */
export interface Runtime {
  store: Store;
  tokens: TokenRegistry;
  contract: Contract;
  routers: { api: Router; uploads: Router; spec: Router };
  handlers: Map<string, Handler>;
  faults: Faults;
  counters: Counters;
  rateLimits: RateLimits;
  events: EventBus;
  /** Webhook delivery and its log (the App's `/app/hook/deliveries` endpoints read it). */
  webhooks: WebhookDispatcher;
  urls: Urls;
  strict: boolean;
  violations: Violation[];
  /** Human-readable notes: unimplemented operations called, handler crashes. */
  notes: string[];
}

/** Collects the handlers of `families`, refusing duplicates and operations without a permission row. */
export function collectHandlers(families: readonly Family[]): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  for (const family of families) {
    for (const [operationId, handler] of Object.entries(family.handlers)) {
      if (handlers.has(operationId)) throw new Error(`sandbox: ${operationId} is implemented twice`);
      if (!PERMISSIONS[operationId]) {
        throw new Error(`sandbox: ${operationId} (family ${family.name}) has no row in sandbox/auth/permissions.ts`);
      }
      handlers.set(operationId, handler);
    }
  }
  return handlers;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): PipelineResult {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: Buffer.from(status === 204 || body === undefined ? '' : JSON.stringify(body)),
  };
}

function rawToken(headers: IncomingHttpHeaders): string {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(headers.authorization?.trim() ?? '');
  return match ? match[1]! : 'anonymous';
}

/**
 * Request bodies GitHub accepts in a shape its description leaves out, rewritten to the described
 * shape before the contract check. The handler sees the rewritten body.
 */
const BODY_NORMALIZERS: Readonly<Record<string, (body: unknown) => unknown>> = {
  // "You can also pass an `array` of labels directly" (the description of `labels` itself).
  'issues/add-labels': (body) => (Array.isArray(body) ? { labels: body } : body),
};

/**
 * The rate-limit headers for a request that no handler answers (unknown routes too: GitHub sends
 * `x-ratelimit-*` on every API response). An unknown or bad token is counted as anonymous here.
 */
function spendUnrouted(runtime: Runtime, request: IncomingApiRequest, token: string): Record<string, string> {
  let anonymous = true;
  try {
    anonymous = runtime.tokens.authenticate(request.headers.authorization, runtime.store).kind === 'anonymous';
  } catch {
    // a bad token on an unknown route: the 404 still answers, counted as anonymous
  }
  return runtime.rateLimits.spend(token, anonymous, true);
}

function actorOf(principal: Principal, store: Store): AccountRecord | undefined {
  if (principal.kind === 'user') return store.account(principal.login);
  if (principal.kind === 'installation' && principal.actor) return store.account(principal.actor);
  if (principal.kind === 'installation' && store.app) return store.account(store.app.botLogin);
  return undefined;
}

/** Handles one API request. */
export async function runPipeline(runtime: Runtime, request: IncomingApiRequest, seq: number): Promise<PipelineResult> {
  const requestId = `5B0X:${seq.toString(16).toUpperCase().padStart(6, '0')}`;
  const token = rawToken(request.headers);
  const legacy =
    request.host === 'api'
      ? legacyRoute(request.method, request.path, (owner, name, ref) =>
          Boolean(runtime.store.repo(owner, name)?.git.refs.has(`refs/${ref}`)),
        )
      : undefined;
  const route = runtime.routers[request.host].match(request.method, legacy?.path ?? request.path);
  const base = { method: request.method, path: request.path, token };
  const common = { 'x-github-request-id': requestId, 'x-github-media-type': 'github.v3; format=json' };

  if (!route || !runtime.handlers.has(route.operationId)) {
    const known = route ?? runtime.routers.spec.match(request.method, request.path);
    runtime.notes.push(
      `unimplemented: ${request.method.toUpperCase()} ${request.path}${known ? ` (${known.operationId})` : ''}`,
    );
    runtime.counters.record({
      ...base,
      operationId: known?.operationId ?? null,
      principal: 'unknown',
      status: 404,
      unimplemented: true,
    });
    try {
      return json(404, notFound().body, { ...common, ...spendUnrouted(runtime, request, token) });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      return json(error.status, error.body, { ...common, ...error.headers });
    }
  }
  const operationId = route.operationId;

  // Faults come first: an outage does not care who you are.
  for (const { rule } of runtime.faults.draw(operationId, token)) {
    if (rule.kind === 'latency') {
      await sleep(rule.latencyMs ?? 100);
      continue;
    }
    runtime.counters.record({ ...base, operationId, principal: 'unknown', status: 0, fault: rule.kind });
    if (rule.kind === 'drop') return { drop: true };
    const fault = faultResponse(rule, requestId);
    runtime.counters.calls.at(-1)!.status = fault.status;
    return json(fault.status, fault.body, { ...common, ...fault.headers });
  }

  let principal: Principal = { kind: 'anonymous' };
  let headers: Record<string, string> = { ...common };
  let status = 500;
  try {
    principal = runtime.tokens.authenticate(request.headers.authorization, runtime.store);
    // "Accessing this endpoint does not count against your REST API rate limit." (GitHub's docs,
    // "Get rate limit status for the authenticated user")
    const spends = operationId !== 'rate-limit/get';
    headers = { ...headers, ...runtime.rateLimits.spend(token, principal.kind === 'anonymous', spends) };
    const result = await handle(runtime, request, route, legacy, { principal, token }, headers);
    if (!result.drop) status = result.status;
    return result;
  } catch (error) {
    const apiError = error instanceof ApiError ? error : undefined;
    if (!apiError) throw error;
    status = apiError.status;
    if (!headers['x-ratelimit-limit'])
      headers = { ...headers, ...runtime.rateLimits.spend(token, principal.kind === 'anonymous', false) };
    return json(apiError.status, apiError.body, { ...headers, ...apiError.headers });
  } finally {
    runtime.counters.record({ ...base, operationId, principal: principalLabel(principal), status });
  }
}

/** Contract checks around authorization and the handler. Pipeline-made errors (auth) are thrown. */
async function handle(
  runtime: Runtime,
  request: IncomingApiRequest,
  route: RouteMatch,
  legacy: LegacyRewrite | undefined,
  caller: { principal: Principal; token: string },
  headers: Record<string, string>,
): Promise<PipelineResult> {
  const { store, urls, contract } = runtime;
  const { operationId, params } = route;
  const { principal } = caller;
  let body: unknown;
  // Uploads take raw bytes whatever the content type says. The API host reads every body as JSON
  // whatever the content type says, as GitHub does: curl's `-d` sends
  // `application/x-www-form-urlencoded`, and GitHub's own docs show `curl -d '{"title":...}'`.
  const isJson = request.host === 'api';
  if (request.raw.length > 0 && isJson) {
    try {
      body = JSON.parse(request.raw.toString('utf8'));
    } catch {
      throw new ApiError(400, 'Problems parsing JSON');
    }
    body = BODY_NORMALIZERS[operationId]?.(body) ?? body;
  }
  const requestViolations = contract.validateRequest(operationId, {
    method: request.method,
    path: canonicalPath(route),
    query: request.query,
    headers: request.headers,
    body: isJson ? body : undefined,
  });
  if (requestViolations.length > 0) {
    runtime.violations.push(...requestViolations);
    if (runtime.strict)
      throw new ApiError(422, `Invalid request.\n\n${requestViolations.map(formatViolation).join('\n')}`);
  }

  const repo: RepoRecord | undefined =
    params.owner !== undefined && params.repo !== undefined ? store.repo(params.owner, params.repo) : undefined;
  const requirement = PERMISSIONS[operationId]!;
  const onPull =
    requirement.kind === 'repo' && requirement.pullScope !== undefined && repo !== undefined && aboutPull(repo, params);
  authorize(principal, requirement, repo, store, params.org, onPull);

  const actor = actorOf(principal, store);
  const context: HandlerContext = {
    operationId,
    params,
    query: request.query,
    headers: request.headers,
    body,
    raw: request.raw,
    principal,
    actor,
    repo,
    store,
    urls,
    token: caller.token,
    rateLimits: runtime.rateLimits,
    webhooks: runtime.webhooks,
    emit: (event) => {
      if (!repo) throw new Error(`sandbox: ${operationId} emitted ${event.event} without a repository`);
      const owner = store.account(repo.owner)!;
      runtime.events.emit(
        {
          ...event,
          repository: repository(urls, repo, owner),
          sender: actor ? simpleUser(urls, actor) : simpleUser(urls, owner),
          installationId: store.installationFor(repo)?.id ?? null,
        },
        store.timestamp(),
      );
    },
  };

  let response: HandlerResponse;
  try {
    response = await runtime.handlers.get(operationId)!(context);
  } catch (error) {
    if (!(error instanceof ApiError)) {
      const message = `handler threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      runtime.notes.push(`${operationId}: ${message}`);
      runtime.violations.push({ operationId, direction: 'response', status: 500, path: '/', message });
      return json(500, { message: `sandbox: ${operationId} ${message}` }, headers);
    }
    response = { status: error.status, body: error.body, headers: error.headers };
  }

  if (legacy?.notFoundWhenEmpty && Array.isArray(response.body) && response.body.length === 0) {
    response = { status: 404, body: notFound().body };
  }
  if (response.raw === undefined) {
    const violations = contract.validateResponse(operationId, response.status, response.body);
    if (violations.length > 0) {
      runtime.violations.push(...violations);
      if (runtime.strict) {
        return json(
          500,
          { message: `Sandbox contract violation: ${violations.map(formatViolation).join('; ')}` },
          headers,
        );
      }
    }
    return json(response.status, response.body, { ...headers, ...response.headers });
  }
  return {
    status: response.status,
    headers: { 'content-type': 'application/octet-stream', ...headers, ...response.headers },
    body: typeof response.raw === 'string' ? Buffer.from(response.raw) : response.raw,
  };
}

/** Whether an issue-comment request is about a pull request's conversation (by number or comment id). */
function aboutPull(repo: RepoRecord, params: Record<string, string | undefined>): boolean {
  const issues = issuesOf(repo);
  const number =
    params.issue_number !== undefined
      ? Number(params.issue_number)
      : params.comment_id !== undefined
        ? issues.comments.get(Number(params.comment_id))?.issueNumber
        : undefined;
  return number !== undefined && issues.issues.get(number)?.isPull === true;
}
