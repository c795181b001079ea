/**
 * GitHub's results service (`ACTIONS_RESULTS_URL`) speaks Twirp: `POST /twirp/<package>.<Service>/<Method>`
 * with a JSON body in protobuf's JSON mapping (`@actions/cache` and `@actions/artifact` send
 * `useProtoFieldName: true`, so fields are snake_case), answered with JSON or a Twirp error
 * `{"code": "...", "msg": "..."}` and the code's HTTP status
 * (twitchtv.github.io/twirp/docs/spec_v7.html#error-codes). This file is that protocol once, with
 * the runtime-token check every method starts with, for the cache and artifact services.
 */
import { RuntimeTokenError, verifyRuntimeToken, type RuntimeClaims } from '../auth/runtime-token.js';
import type { RepoRecord } from '../state/store.js';
import type { HandlerResponse, RawRequest, RawRoute } from './types.js';

/** The Twirp error codes the services use, with their HTTP statuses. */
const STATUS = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
  unimplemented: 501,
} as const;

/** A Twirp error a method throws. */
export class TwirpError extends Error {
  constructor(
    readonly code: keyof typeof STATUS,
    message: string,
  ) {
    super(message);
  }
}

function reply(status: number, body: unknown): HandlerResponse {
  const raw = JSON.stringify(body);
  return {
    status,
    raw,
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(raw)) },
  };
}

/** What a method gets: the verified job, its repository, the JSON request and the raw request. */
export interface TwirpCall {
  job: RuntimeClaims;
  repo: RepoRecord;
  body: Record<string, unknown>;
  request: RawRequest;
}

/** A Twirp method: returns the JSON response, or throws TwirpError. */
export type TwirpMethod = (call: TwirpCall) => Record<string, unknown>;

/**
 * The raw route serving `service` (`github.actions.results.api.v1.CacheService`): verifies the
 * runtime token (401 `unauthenticated` otherwise), finds the repository it names, parses the body
 * and dispatches to `methods`.
 */
export function twirpService(service: string, methods: Record<string, TwirpMethod>): RawRoute {
  return {
    method: 'post',
    pattern: new RegExp(`^/twirp/${service.replace(/\./g, '\\.')}/(\\w+)$`),
    handle: (match, request) => {
      const method = methods[match[1]!];
      if (!method) return reply(404, { code: 'bad_route', msg: `no handler for path /twirp/${service}/${match[1]}` });
      try {
        let job: RuntimeClaims;
        try {
          job = verifyRuntimeToken(request.headers.authorization, request.store.now());
        } catch (error) {
          if (error instanceof RuntimeTokenError) throw new TwirpError('unauthenticated', error.message);
          throw error;
        }
        const [owner = '', name = ''] = job.repository.split('/');
        const repo = request.store.repo(owner, name);
        if (!repo) throw new TwirpError('not_found', `repository ${job.repository} does not exist in the sandbox`);
        let body: Record<string, unknown>;
        try {
          body = JSON.parse(request.raw.toString('utf8') || '{}') as Record<string, unknown>;
        } catch {
          throw new TwirpError('invalid_argument', 'the request body is not JSON');
        }
        return reply(200, method({ job, repo, body, request }));
      } catch (error) {
        if (error instanceof TwirpError) return reply(STATUS[error.code], { code: error.code, msg: error.message });
        throw error;
      }
    },
  };
}

/** A required string field of a request, or `invalid_argument` naming it. */
export function requiredString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '') throw new TwirpError('invalid_argument', `${field} is required`);
  return value;
}
