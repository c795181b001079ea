/**
 * Answers that do not come from a GitHub REST API, turned into a UserError that says how to fix the
 * URL. The classic case is GitHub Enterprise Server reached at its web address: its REST API lives
 * under `http(s)://HOSTNAME/api/v3` (docs.github.com, "REST API endpoints for GitHub Enterprise
 * administration", Endpoint URLs), and the bare host answers web pages, which Octokit hands back as
 * a string the registry then fails on (`r.map is not a function`). Also: a server that never
 * answered (nothing listens, no such host) is not retried, so a wrong URL fails in a second, not
 * after the retry plugin's 1 + 4 + 9 s of back-off; once the server has answered, retries apply.
 *
 * Pure in the core's sense: the adapter names its setting (`--api-url`, `GITHUB_API_URL`).
 */
import type { Octokit } from '@octokit/core';
import { UserError } from '../errors.js';

/**
 * The UserError for an answer of content type `contentType` at `url`, or undefined when the answer
 * is one a GitHub REST API gives (JSON, or the bytes of an asset download).
 */
export function nonApiAnswer(
  contentType: string | undefined,
  url: string,
  baseUrl: string,
  key: string,
): UserError | undefined {
  if (!contentType || !/^text\/html\b/i.test(contentType)) return undefined;
  const enterprise = !/\/api\/v3\/?$/.test(baseUrl) && !/^https:\/\/api\.github\.com\/?$/.test(baseUrl);
  return new UserError(`${baseUrl} answered a web page (${contentType.split(';')[0]}), not the GitHub REST API`, {
    location: { key },
    hint: enterprise
      ? `For GitHub Enterprise Server the API is under /api/v3: use ${baseUrl.replace(/\/$/, '')}/api/v3 (the page came from ${url})`
      : `Point ${key} at a GitHub REST API (https://api.github.com, or https://HOSTNAME/api/v3 for GitHub Enterprise Server)`,
  });
}

/**
 * Checks `baseUrl` is an http(s) URL; anything else is a UserError naming `key`, before any request
 * (Octokit would otherwise retry an unusable URL as a dropped connection).
 */
export function checkApiUrl(baseUrl: string, key: string): void {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new UserError(`"${baseUrl}" is not an http(s) URL`, {
      location: { key },
      hint: 'Give the REST API URL, e.g. https://api.github.com or https://github.example.com/api/v3',
    });
  }
}

/**
 * Hooks `octokit` so a web-page answer is a UserError naming `key` (see nonApiAnswer), and so no
 * request is retried until the server has answered once.
 */
export function guardApiAnswers(octokit: Octokit, baseUrl: string, key: string): void {
  let answered = false;
  octokit.hook.before('request', (options) => {
    if (!answered) options.request = { ...options.request, retries: 0 } as typeof options.request;
  });
  octokit.hook.after('request', (response) => {
    answered = true;
    const error = nonApiAnswer(String(response.headers['content-type'] ?? ''), response.url, baseUrl, key);
    if (error) throw error;
  });
  octokit.hook.error('request', (error: unknown) => {
    const response = (error as { response?: { headers?: Record<string, unknown>; url?: string } }).response;
    if (response) {
      answered = true;
      const html = nonApiAnswer(
        String(response.headers?.['content-type'] ?? ''),
        response.url ?? baseUrl,
        baseUrl,
        key,
      );
      if (html) throw html;
    }
    throw error;
  });
}
