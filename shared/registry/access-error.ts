/**
 * Turns GitHub's refusals (401, 403, 404 on the repository) into UserErrors that say which
 * permission the registry needs, so a workflow with a read-only token fails with an instruction,
 * not with "internal error" and a stack. Anything else is left alone (the caller rethrows it).
 */
import { UserError } from '../errors.js';

/** What the caller was doing: registering needs `contents: write`, reading needs `contents: read`. */
export type RegistryAccess = 'write' | 'read';

interface HttpErrorShape {
  status?: unknown;
  message?: unknown;
  request?: { method?: unknown; url?: unknown };
}

/**
 * A UserError explaining a refused GitHub request, or undefined when `error` is not an HTTP
 * 401/403/404 (rate limits, 5xx and bugs are not the user's permissions).
 */
export function explainAccessError(
  error: unknown,
  access: RegistryAccess,
  repository: { owner: string; repo: string },
): UserError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, message, request } = error as HttpErrorShape;
  if (status !== 401 && status !== 403 && status !== 404) return undefined;
  const text = typeof message === 'string' ? message.replace(/ - https:\/\/docs\.github\.com\S*/, '') : '';
  if (status === 403 && /rate limit/i.test(text)) return undefined;
  const slug = `${repository.owner}/${repository.repo}`;
  const what =
    typeof request?.method === 'string' && typeof request.url === 'string'
      ? `${request.method} ${new URL(request.url).pathname}`
      : 'a request';
  const need = access === 'write' ? '`contents: write`' : '`contents: read`';
  if (status === 401) {
    return new UserError(`GitHub refused the token (401 ${text || 'Bad credentials'})`, {
      location: { key: 'token' },
      hint: 'Pass a valid token (the default `${{ github.token }}` works in Actions; on the command line set GITHUB_TOKEN)',
    });
  }
  // A 404 on a write is GitHub hiding a repository the token may not touch; on a read it may be a real miss.
  return new UserError(`GitHub answered ${status} to ${what} on ${slug}${text ? `: ${text}` : ''}`, {
    location: { key: 'token' },
    hint:
      access === 'write'
        ? `The token needs ${need} on ${slug}: add \`permissions: contents: write\` to the job (or the workflow), or pass a token that has it`
        : `The token needs ${need} on ${slug}; check --repo and the token`,
  });
}
