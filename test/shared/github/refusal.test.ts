/**
 * The refusal explainer against GitHub's answers: the bodies and headers GitHub documents
 * ("Troubleshooting the REST API" and "Rate limits for the REST API" on docs.github.com; the
 * secondary-limit message as GitHub sends it, e.g. KnpLabs/php-github-api#1070), built as Octokit's
 * own `RequestError`s, and the same refusals answered by the sandbox over HTTP through the shared
 * client factory. The point of the file: a secondary rate limit (403) is never called a missing
 * permission, and a missing permission never a rate limit.
 */
import { RequestError } from '@octokit/request-error';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../shared/errors.js';
import { createOctokit } from '../../../shared/github/octokit.js';
import { explainRefusal, readRefusal } from '../../../shared/github/refusal.js';
import { silentLogger } from '../../../shared/logger.js';
import { useSandbox } from '../../sandbox/helpers/sandbox.js';

const repository = { owner: 'acme', repo: 'churn' };

/** An Octokit RequestError as `@octokit/request` builds it from a GitHub answer. */
function refused(
  status: number,
  body: { message: string; documentation_url?: string },
  headers: Record<string, string> = {},
) {
  const url = 'https://api.github.com/repos/acme/churn/issues';
  const suffix = body.documentation_url ? ` - ${body.documentation_url}` : '';
  return new RequestError(`${body.message}${suffix}`, status, {
    request: { method: 'POST', url, headers: {} },
    response: { status, url, headers, data: body },
  });
}

const secondary = refused(
  403,
  {
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID E198:4063:33BD6:375FF:652AAB04.',
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
  },
  { 'retry-after': '60', 'x-ratelimit-remaining': '4321' },
);
const primary = refused(
  403,
  {
    message: 'API rate limit exceeded for installation ID 4242.',
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
  },
  { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767225600' },
);
const permission = refused(
  403,
  {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
  },
  { 'x-accepted-github-permissions': 'issues=write', 'x-ratelimit-remaining': '999' },
);
const notFound = refused(404, {
  message: 'Not Found',
  documentation_url: 'https://docs.github.com/rest/issues/issues#create-an-issue',
});
const badCredentials = refused(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });

describe('readRefusal tells the four refusals apart', () => {
  it.each([
    ['a secondary rate limit (403)', secondary, 'secondary-rate-limit'],
    [
      'a secondary rate limit (429 with retry-after)',
      refused(429, { message: 'Too many requests' }, { 'retry-after': '30' }),
      'secondary-rate-limit',
    ],
    ['a spent primary budget (403, x-ratelimit-remaining 0)', primary, 'rate-limit'],
    [
      'a spent primary budget (429, x-ratelimit-remaining 0)',
      refused(429, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0' }),
      'rate-limit',
    ],
    ['a missing permission', permission, 'missing-permission'],
    ['a missing or hidden resource', notFound, 'not-found'],
    ['a bad token', badCredentials, 'bad-credentials'],
  ])('%s', (_, error, kind) => {
    expect(readRefusal(error)?.kind).toBe(kind);
  });

  it('reads the request, the documented headers and the message without the docs link', () => {
    expect(readRefusal(primary)).toEqual({
      kind: 'rate-limit',
      status: 403,
      message: 'API rate limit exceeded for installation ID 4242.',
      request: 'POST /repos/acme/churn/issues',
      resetAt: new Date('2026-01-01T00:00:00Z'),
    });
    expect(readRefusal(secondary)).toMatchObject({ retryAfterSeconds: 60 });
    expect(readRefusal(permission)).toMatchObject({ acceptedPermissions: 'issues=write' });
  });

  it('leaves 5xx, 422, dropped connections and plain errors alone', () => {
    expect(readRefusal(refused(502, { message: 'Server Error' }))).toBeUndefined();
    expect(readRefusal(refused(422, { message: 'Validation Failed' }))).toBeUndefined();
    expect(readRefusal(new Error('socket hang up'))).toBeUndefined();
    expect(readRefusal(undefined)).toBeUndefined();
    expect(explainRefusal(new Error('boom'), { repository, permission: 'issues: write' })).toBeUndefined();
  });
});

describe('explainRefusal says what to do', () => {
  const context = { repository, permission: 'issues: write', doing: 'writing the drift issue' };

  it('a secondary rate limit is not a missing permission', () => {
    const error = explainRefusal(secondary, context)!;
    expect(isUserError(error)).toBe(true);
    expect(error.message).toMatch(/secondary rate limit stopped writing the drift issue on acme\/churn \(403\)/);
    expect(error.message).toMatch(/not a missing permission/);
    expect(error.message).not.toMatch(/needs `issues: write`/);
  });

  it('a spent budget says when it resets', () => {
    const error = explainRefusal(primary, context)!;
    expect(error.message).toMatch(/rate limit is used up: GitHub answered 403 to POST \/repos\/acme\/churn\/issues/);
    expect(error.message).toContain('It resets at 2026-01-01T00:00:00.000Z');
    expect(error.message).not.toMatch(/needs `issues: write`/);
  });

  it('a missing permission names it, with what GitHub accepts and how to grant it', () => {
    const error = explainRefusal(permission, context)!;
    expect(error.message).toBe(
      'token: GitHub answered 403 to POST /repos/acme/churn/issues on acme/churn: Resource not accessible by integration (writing the drift issue). The token needs `issues: write` on acme/churn (GitHub accepts issues=write): add `permissions: issues: write` to the job (or the workflow), or pass a token that has it',
    );
  });

  it('a 404 may be a resource the token cannot see', () => {
    const error = explainRefusal(notFound, { ...context, grant: 'check --repo and the token', tokenKey: '--token' })!;
    expect(error.message).toMatch(
      /^--token: GitHub answered 404 to POST \/repos\/acme\/churn\/issues on acme\/churn: Not Found/,
    );
    expect(error.message).toContain('the token cannot see it');
    expect(error.message).toContain('The token needs `issues: write` on acme/churn: check --repo and the token');
  });

  it('a bad token is named as such', () => {
    expect(explainRefusal(badCredentials, context)!.message).toMatch(
      /^token: GitHub refused the token \(401 Bad credentials\)/,
    );
  });
});

describe('over HTTP: the sandbox answers as GitHub does, through the shared client factory', () => {
  const fixture = useSandbox();

  it('a narrowed token writing an issue: a missing permission', async () => {
    const token = fixture.sandbox.installationToken({ permissions: { contents: 'read', metadata: 'read' } });
    const octokit = createOctokit({ token, baseUrl: fixture.sandbox.url, logger: silentLogger });
    const error = await octokit
      .request('POST /repos/{owner}/{repo}/issues', { ...repository, title: 'drift' })
      .catch((e: unknown) => e);
    expect(readRefusal(error)).toMatchObject({
      kind: 'missing-permission',
      status: 403,
      request: 'POST /repos/acme/churn/issues',
    });
  });

  it('a secondary rate limit that outlasts the retries: explained as a rate limit, after retrying', async () => {
    const { sandbox } = fixture;
    const rule = sandbox.faults.add({
      operationId: 'issues/create',
      kind: 'secondary-rate-limit',
      retryAfter: 1,
      times: 3,
    });
    const octokit = createOctokit({
      token: sandbox.personas.maintainer!.token,
      baseUrl: sandbox.url,
      logger: silentLogger,
    });
    sandbox.counters.reset();
    const error = await octokit
      .request('POST /repos/{owner}/{repo}/issues', { ...repository, title: 'drift' })
      .catch((e: unknown) => e);
    sandbox.faults.remove(rule);
    expect(sandbox.counters.total).toBe(3); // the first try and RATE_LIMIT_RETRIES (2) retries
    expect(readRefusal(error)).toMatchObject({ kind: 'secondary-rate-limit', retryAfterSeconds: 1 });
    expect(explainRefusal(error, { repository, permission: 'issues: write' })!.message).toMatch(
      /not a missing permission/,
    );
  }, 20_000);

  it('a spent primary budget: a rate limit that says when it resets, not retried for an hour', async () => {
    const { sandbox } = fixture;
    const token = sandbox.installationToken();
    sandbox.rateLimits.setLimit(token, 1);
    const octokit = createOctokit({ token, baseUrl: sandbox.url, logger: silentLogger });
    await octokit.request('GET /repos/{owner}/{repo}', repository);
    const started = performance.now();
    const error = await octokit.request('GET /repos/{owner}/{repo}', repository).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(5_000);
    const refusal = readRefusal(error);
    expect(refusal).toMatchObject({ kind: 'rate-limit', status: 403 });
    expect(refusal?.resetAt?.getTime()).toBeGreaterThan(Date.now());
  });
});
