/**
 * shared/github/api-answer.ts on a real Octokit (createOctokit) against real local servers: a web
 * page instead of the API is a UserError saying to add /api/v3, a URL that is not http(s) is refused
 * before any request, a server that never answered fails at once (no retry back-off), and one that
 * has answered gets the usual retries for a 5xx.
 */
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { isUserError } from '../../../shared/errors.js';
import { checkApiUrl, guardApiAnswers, nonApiAnswer } from '../../../shared/github/api-answer.js';
import { createOctokit } from '../../../shared/github/octokit.js';
import { silentLogger } from '../../../shared/logger.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A loopback server answering with `answer(requestNumber)`; returns its URL. */
async function serve(answer: (n: number) => { status: number; type: string; body: string }): Promise<string> {
  let n = 0;
  const server = createServer((_req, res) => {
    const { status, type, body } = answer(++n);
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

function client(baseUrl: string) {
  const octokit = createOctokit({ token: undefined, baseUrl, logger: silentLogger });
  guardApiAnswers(octokit, baseUrl, '--api-url');
  return octokit;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('answers that are not the GitHub API', () => {
  it('a web page (200 or 404) says to add /api/v3 for GitHub Enterprise Server', async () => {
    for (const status of [200, 404]) {
      const url = await serve(() => ({ status, type: 'text/html; charset=utf-8', body: '<html>Sign in</html>' }));
      const error = await failure(client(url).request('GET /repos/{owner}/{repo}', { owner: 'a', repo: 'b' }));
      expect(isUserError(error), String(error)).toBe(true);
      expect((error as Error).message).toContain(`--api-url: ${url} answered a web page (text/html)`);
      expect((error as Error).message).toContain(`use ${url}/api/v3`);
    }
  });

  it('a JSON answer passes through', async () => {
    const url = await serve(() => ({ status: 200, type: 'application/json', body: '{"full_name":"a/b"}' }));
    const { data } = await client(url).request('GET /repos/{owner}/{repo}', { owner: 'a', repo: 'b' });
    expect(data).toEqual({ full_name: 'a/b' });
  });

  it('for api.github.com or an /api/v3 URL, does not suggest adding /api/v3', () => {
    for (const base of ['https://api.github.com', 'https://ghe.example/api/v3']) {
      const error = nonApiAnswer('text/html', `${base}/repos/a/b`, base, 'GITHUB_API_URL');
      expect(error?.message).toMatch(/^GITHUB_API_URL: .* answered a web page/);
      expect(error?.message).not.toContain(`${base}/api/v3`);
    }
    expect(nonApiAnswer('application/json; charset=utf-8', 'u', 'b', 'k')).toBeUndefined();
    expect(nonApiAnswer('application/octet-stream', 'u', 'b', 'k')).toBeUndefined();
  });

  it('refuses a URL that is not http(s) before any request', () => {
    for (const bad of ['github.example', 'ftp://github.example', '']) {
      expect(() => checkApiUrl(bad, '--api-url')).toThrow(/--api-url: .* is not an http\(s\) URL/);
    }
    expect(() => checkApiUrl('https://ghe.example/api/v3', '--api-url')).not.toThrow();
  });
});

describe('retries', () => {
  it('a server that never answered fails at once, without the retry back-off', async () => {
    const url = await serve(() => ({ status: 200, type: 'application/json', body: '{}' }));
    await new Promise((resolve) => servers.pop()!.close(resolve)); // nothing listens there now
    const started = performance.now();
    const error = await failure(client(url).request('GET /rate_limit'));
    expect(error).toBeDefined();
    expect(performance.now() - started).toBeLessThan(900); // one retry alone would wait 1 s
  });

  it('once the server has answered, a 5xx is retried as usual', async () => {
    const url = await serve((n) =>
      n === 2
        ? { status: 502, type: 'application/json', body: '{}' }
        : { status: 200, type: 'application/json', body: `{"n":${n}}` },
    );
    const octokit = client(url);
    expect((await octokit.request('GET /rate_limit')).data).toEqual({ n: 1 });
    expect((await octokit.request('GET /rate_limit')).data).toEqual({ n: 3 });
  });
});
