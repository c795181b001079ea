/**
 * The contract between the request pipeline and a resource family. A family is one file exporting
 * a `Family`: a map from GitHub operation id to a handler. The pipeline has already routed,
 * authenticated, authorized (from `auth/permissions.ts`) and contract-checked the request; the
 * handler only reads and changes state and returns a response, which the pipeline checks against
 * the contract again. See docs/sandbox.md, "How to add an endpoint".
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxEvent } from '../events.js';
import type { Principal } from '../auth/tokens.js';
import type { AccountRecord, RepoRecord, Store } from '../state/store.js';
import type { Urls } from '../urls.js';
import type { RateLimits } from '../rate-limit.js';
import type { WebhookDispatcher } from '../webhooks/index.js';

/** What a handler gets. */
export interface HandlerContext {
  operationId: string;
  /** Decoded path parameters (`owner`, `repo`, `ref`...). */
  params: Record<string, string>;
  /** Query parameters (the last value wins for repeated keys). */
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, or `undefined`. */
  body: unknown;
  /** The raw request body (for uploads). */
  raw: Buffer;
  /** Who is calling. */
  principal: Principal;
  /**
   * The account acting: the persona for a user token, the App's bot (`modelship[bot]`) for an
   * installation token, `undefined` for anonymous and App JWT calls.
   */
  actor: AccountRecord | undefined;
  /** The repository named by `{owner}/{repo}`, already checked to exist and be visible. */
  repo: RepoRecord | undefined;
  store: Store;
  urls: Urls;
  /** The raw token of the request (`anonymous` without one): the key of its rate-limit budget. */
  token: string;
  /** The per-token rate limits (read by `GET /rate_limit`). */
  rateLimits: RateLimits;
  /** Webhook delivery and its log (read by the App's `/app/hook/deliveries` endpoints). */
  webhooks: WebhookDispatcher;
  /**
   * Announces a state change for webhooks; `repository`, `sender` and `installationId` are filled
   * in from the context (the repository of the request, the actor).
   */
  emit(event: Pick<SandboxEvent, 'event' | 'action' | 'payloadFields'>): void;
}

/** What a handler returns. */
export interface HandlerResponse {
  status: number;
  /** A JSON body (checked against the contract). */
  body?: unknown;
  /** A non-JSON body (bytes, raw file content); not checked against the contract. */
  raw?: Buffer | string;
  headers?: Record<string, string>;
}

/** Handles one operation. Throw `ApiError` (sandbox/errors.ts) for GitHub's error responses. */
export type Handler = (context: HandlerContext) => HandlerResponse | Promise<HandlerResponse>;

/** A resource family: the operations it implements. */
export interface Family {
  /** Short name for logs and docs (`releases`). */
  name: string;
  /** GitHub operation id (as in the description, `repos/create-release`) → handler. */
  handlers: Record<string, Handler>;
}

/**
 * A non-API route a family serves itself (the download target of an asset redirect). It is not
 * counted, authenticated or contract-checked: on GitHub these live on other hosts.
 */
export interface RawRoute {
  method: string;
  pattern: RegExp;
  handle(match: RegExpExecArray, request: RawRequest): HandlerResponse;
}

/** What a raw route gets: the request as read, and the sandbox's state. */
export interface RawRequest {
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The request body as sent. */
  raw: Buffer;
  store: Store;
  urls: Urls;
}

/** A family with raw routes. */
export interface FamilyWithRawRoutes extends Family {
  rawRoutes?: RawRoute[];
}
