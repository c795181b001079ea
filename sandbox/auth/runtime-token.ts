/**
 * The job's `ACTIONS_RUNTIME_TOKEN`: the credential GitHub's runner hands every step for the
 * results service (cache v2 and artifacts v4). On GitHub it is a JWT whose claims say what the job
 * may touch: `ac`, a JSON list of cache scopes (`[{"Scope":"refs/heads/main","Permission":3}]`,
 * read = 1, write = 2), and `scp`, space-separated scopes among which
 * `Actions.Results:<workflowRunBackendId>:<workflowJobRunBackendId>` names the run and job
 * (`@actions/artifact` reads it with jwt-decode: `internal/shared/util.js`, getBackendIdsFromToken).
 * The runner harness mints it (runner/environment.ts) and the sandbox's services verify it on
 * every request, so both sides share this file.
 *
 * GitHub signs the token with its own key; the sandbox signs it HS256 with a key fixed here, so a
 * harness in another process (the CLI's `sandbox`, the demo) can mint one without asking the
 * sandbox. That makes no secret of it (every sandbox token is deterministic anyway); what it keeps
 * is GitHub's behaviour: a missing, altered, expired or foreign token is refused with 401.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The sandbox's signing key for runtime tokens (see the header: a fixture, not a secret). */
const SIGNING_KEY = 'modelship-sandbox-actions-runtime-token';

/** GitHub's issuer and audience of runtime tokens. */
const ISSUER = 'vstoken.actions.githubusercontent.com';

/** A job lasts at most 6 hours on GitHub-hosted runners (24 h self-hosted); the token as long. */
const LIFETIME_SECONDS = 24 * 3600;

/** Cache permission bits of an `ac` scope, as GitHub's token carries them. */
export const CACHE_READ = 1;
/** Write permission bit (a run writes only to the scope of its own ref). */
export const CACHE_WRITE = 2;

/** One cache scope of the token's `ac` claim. */
export interface CacheScope {
  /** A full ref (`refs/heads/main`, `refs/pull/7/merge`). */
  Scope: string;
  /** Bits of CACHE_READ and CACHE_WRITE. */
  Permission: number;
}

/** What a runtime token says about its job, once verified. */
export interface RuntimeClaims {
  /** Cache scopes, in the order a lookup tries them (the run's own ref first). */
  cacheScopes: CacheScope[];
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** The sandbox's own claims: which repository and run (GitHub finds these from the backend ids). */
  repository: string;
  runId: number;
  ref: string;
  sha: string;
}

/** The job a token is minted for. */
export interface RuntimeJob {
  /** `owner/name`. */
  repository: string;
  /** `GITHUB_REF` of the run. */
  ref: string;
  sha: string;
  runId: number;
  runAttempt: number;
  job: string;
  /** The repository's default branch (a branch name, default `main`). */
  defaultBranch?: string;
  /** A pull request run's base branch (a branch name). */
  baseRef?: string;
  /** Override the backend ids (default: derived from the repository, run and job). */
  workflowRunBackendId?: string;
  workflowJobRunBackendId?: string;
}

/** A UUID-shaped id derived from `seed`, like GitHub's backend ids. */
export function backendId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The cache scopes GitHub grants a run: read and write on its own ref; read on a pull request's
 * base branch and on the default branch. "Workflow runs can restore caches created in either the
 * current branch or the default branch … If a workflow run is triggered for a pull request, it can
 * also restore caches created in the base branch … cannot restore caches created for child branches
 * or sibling branches" (docs.github.com/en/actions/reference/workflows-and-actions/dependency-caching
 * #restrictions-for-accessing-a-cache).
 */
export function cacheScopesFor(job: Pick<RuntimeJob, 'ref' | 'defaultBranch' | 'baseRef'>): CacheScope[] {
  const scopes: CacheScope[] = [{ Scope: job.ref, Permission: CACHE_READ | CACHE_WRITE }];
  for (const branch of [job.baseRef, job.defaultBranch ?? 'main']) {
    if (!branch) continue;
    const ref = `refs/heads/${branch}`;
    if (!scopes.some((scope) => scope.Scope === ref)) scopes.push({ Scope: ref, Permission: CACHE_READ });
  }
  return scopes;
}

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (input: string): Buffer => createHmac('sha256', SIGNING_KEY).update(input).digest();

/** Mints the runtime token of `job`, valid from `now` (default: the real time). */
export function mintRuntimeToken(job: RuntimeJob, now: Date = new Date()): string {
  const iat = Math.floor(now.getTime() / 1000);
  const run = job.workflowRunBackendId ?? backendId(`run:${job.repository}:${job.runId}`);
  const jobId =
    job.workflowJobRunBackendId ?? backendId(`job:${job.repository}:${job.runId}:${job.runAttempt}:${job.job}`);
  const claims = {
    nameid: backendId(`identity:${job.repository}`),
    scp: [
      `Actions.GenericRead:${run}`,
      `Actions.UploadArtifacts:${run}:${jobId}`,
      `Actions.Results:${run}:${jobId}`,
      'LocationService.Connect',
      'ReadAndUpdateBuildByUri',
    ].join(' '),
    IdentityTypeClaim: 'System:ServiceIdentity',
    ac: JSON.stringify(cacheScopesFor(job)),
    iss: ISSUER,
    aud: ISSUER,
    iat,
    nbf: iat,
    exp: iat + LIFETIME_SECONDS,
    sandbox: { repository: job.repository, run_id: job.runId, ref: job.ref, sha: job.sha },
  };
  const input = `${part({ typ: 'JWT', alg: 'HS256' })}.${part(claims)}`;
  return `${input}.${sign(input).toString('base64url')}`;
}

/** Why a token was refused (the services answer 401 with it). */
export class RuntimeTokenError extends Error {}

/**
 * Verifies an `Authorization` header carrying a runtime token at `now` and returns its claims;
 * throws RuntimeTokenError when it is missing, malformed, not signed by the sandbox or expired.
 */
export function verifyRuntimeToken(header: string | undefined, now: Date): RuntimeClaims {
  const match = /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? '');
  if (!match) throw new RuntimeTokenError('no bearer token: send the job’s ACTIONS_RUNTIME_TOKEN');
  const [head, body, signature, ...rest] = match[1]!.split('.');
  if (!head || !body || signature === undefined || rest.length > 0) {
    throw new RuntimeTokenError('the token is not a JWT');
  }
  const expected = sign(`${head}.${body}`);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new RuntimeTokenError('the token’s signature does not match');
  }
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new RuntimeTokenError('the token’s claims are not JSON');
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now.getTime()) {
    throw new RuntimeTokenError('the token has expired');
  }
  const results = String(claims.scp ?? '')
    .split(' ')
    .map((scope) => scope.split(':'))
    .find((parts) => parts[0] === 'Actions.Results' && parts.length === 3);
  const sandbox = claims.sandbox as { repository?: string; run_id?: number; ref?: string; sha?: string } | undefined;
  let cacheScopes: CacheScope[];
  try {
    cacheScopes = JSON.parse(String(claims.ac ?? '[]')) as CacheScope[];
  } catch {
    throw new RuntimeTokenError('the token’s cache scopes (ac) are not JSON');
  }
  if (!results || !sandbox?.repository || typeof sandbox.run_id !== 'number') {
    throw new RuntimeTokenError('the token names no run (Actions.Results scope and repository)');
  }
  return {
    cacheScopes,
    workflowRunBackendId: results[1]!,
    workflowJobRunBackendId: results[2]!,
    repository: sandbox.repository,
    runId: sandbox.run_id,
    ref: sandbox.ref ?? '',
    sha: sandbox.sha ?? '',
  };
}
