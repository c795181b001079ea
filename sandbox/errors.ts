/**
 * GitHub's error bodies, in one place. Handlers throw `ApiError`; the server turns it into the
 * exact JSON GitHub sends (`{"message","documentation_url","status"}`, plus `errors` for 422), so
 * clients (octokit's RequestError, Probot's error handler) see what they would see on github.com.
 */

/** Where GitHub's error bodies point when there is no more specific page. */
export const DOCS_URL = 'https://docs.github.com/rest';

/** One entry of a 422 `errors` array, as GitHub sends it. */
export interface ValidationErrorItem {
  resource: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  field?: string;
  message?: string;
}

/** An HTTP error response with GitHub's body. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    message: string,
    options: { documentationUrl?: string; errors?: ValidationErrorItem[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.status = status;
    this.body = { message, documentation_url: options.documentationUrl ?? DOCS_URL, status: String(status) };
    if (options.errors) this.body.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

/** 404 `{"message":"Not Found"}`: missing resource, or one the caller may not see. */
export function notFound(): ApiError {
  return new ApiError(404, 'Not Found');
}

/** 401 `Requires authentication` (no token where one is needed). */
export function requiresAuthentication(): ApiError {
  return new ApiError(401, 'Requires authentication');
}

/** 401 `Bad credentials` (an unknown, malformed or expired token). */
export function badCredentials(): ApiError {
  return new ApiError(401, 'Bad credentials');
}

/** 403 for an installation token that lacks the permission the operation needs. */
export function notAccessibleByIntegration(accepted?: string): ApiError {
  // GitHub names what the endpoint accepts in `x-accepted-github-permissions` (`contents=write`):
  // https://github.blog/changelog/2023-08-10-x-accepted-github-permissions-header-for-fine-grained-permission-actors
  return new ApiError(403, 'Resource not accessible by integration', {
    ...(accepted === undefined ? {} : { headers: { 'x-accepted-github-permissions': accepted } }),
  });
}

/** 422 `Validation Failed` with GitHub's `errors` array. */
export function validationFailed(errors: ValidationErrorItem[]): ApiError {
  return new ApiError(422, 'Validation Failed', { errors });
}

/** 422 with a bare message, as the git data API sends (`Reference already exists`). */
export function unprocessable(message: string): ApiError {
  return new ApiError(422, message);
}

/**
 * GitHub's limit on issue, pull request and comment bodies, in characters (Unicode code points:
 * GitHub counts characters, not UTF-16 units or bytes).
 */
export const BODY_LIMIT_CHARACTERS = 65_536;

/**
 * Refuses a body over `BODY_LIMIT_CHARACTERS` with the exact 422 GitHub sends, which differs by
 * resource (as recorded by clients that hit it, e.g. peter-evans/create-issue-from-file#1705 for
 * issues and easybuilders/easybuild-easyconfigs#24647 for comments):
 * - `Issue` (pull request bodies too, renovatebot/renovate#2032): `{"resource":"Issue","code":"custom","field":"body","message":"body is too long (maximum is 65536 characters)"}`;
 * - `IssueComment`: `{"resource":"IssueComment","code":"unprocessable","field":"data","message":"Body is too long (maximum is 65536 characters)"}`.
 */
export function checkBodyLength(resource: 'Issue' | 'IssueComment', body: string | null | undefined): void {
  if (typeof body !== 'string' || body.length <= BODY_LIMIT_CHARACTERS) return;
  if ([...body].length <= BODY_LIMIT_CHARACTERS) return;
  const limit = `is too long (maximum is ${BODY_LIMIT_CHARACTERS} characters)`;
  throw validationFailed([
    resource === 'Issue'
      ? { resource, code: 'custom', field: 'body', message: `body ${limit}` }
      : { resource, code: 'unprocessable', field: 'data', message: `Body ${limit}` },
  ]);
}
