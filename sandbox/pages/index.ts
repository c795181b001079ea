/**
 * The sandbox's web pages: the `html_url`s the API hands out, drawn from the sandbox's state as
 * GitHub would draw them, so a person (or a browser test) can look at what modelship wrote: a pull
 * request's conversation with its charts and checks, issues, the Releases page with model cards,
 * an environment's deployments, check runs and workflow runs.
 *
 * Pages answer on two hosts of the one server: `<sandbox.url>/html/<path>` (the `html_url`s of
 * the API) and `<sandbox.serverUrl>/<path>` (`http://github.localhost:<port>`, the
 * `GITHUB_SERVER_URL` of runs, so the run links actions write open too). Pages are read-only and
 * unauthenticated: the sandbox is a local tool, and private repositories are shown to whoever can
 * reach its loopback port.
 */
import type { RepoRecord, Store } from '../state/store.js';
import { ASSETS } from './assets.js';
import { checkRunPage } from './check-run.js';
import { conversationPage, issueListPage } from './conversation.js';
import { deploymentsPage } from './deployments.js';
import { html } from './html.js';
import { href, repoPath, shell, type Page, type PageContext } from './layout.js';
import { markdownRenderer } from './markdown.js';
import { releasePage, releasesPage } from './releases.js';
import { actionsPage, workflowRunPage } from './runs.js';

/** A request for a page. */
export interface PageRequest {
  method: string;
  pathname: string;
  search: URLSearchParams;
  /** The `Host` header. */
  host: string | undefined;
}

/** A page or asset response. */
export interface PageResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
}

/**
 * The pages' Content Security Policy: scripts only from the sandbox itself (never inline, so even
 * markup that slipped past the sanitiser could not run), no network beyond it. Mermaid draws its
 * SVGs with inline styles, hence `style-src 'unsafe-inline'`.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** True for the server host of a loopback sandbox (`github.localhost:<port>`, see `sandboxServerUrl`). */
function isServerHost(host: string | undefined): boolean {
  return host !== undefined && /^[^:]*\.localhost(?::\d+)?$/i.test(host);
}

/**
 * The page path and link prefix of a request, or undefined when it is not for a page: `/html/...`
 * on any host, and any GET on the server host (the API is never called there).
 */
function pagePath(request: PageRequest): { path: string; base: string } | undefined {
  if (request.method !== 'get' && request.method !== 'head') return undefined;
  if (request.pathname === '/html' || request.pathname.startsWith('/html/')) {
    return { path: request.pathname.slice('/html'.length) || '/', base: '/html' };
  }
  if (isServerHost(request.host)) return { path: request.pathname, base: '' };
  return undefined;
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function repoPage(context: PageContext, repo: RepoRecord): Page {
  const tabs: Array<[string, string]> = [
    ['Pull requests', '/pulls'],
    ['Issues', '/issues'],
    ['Actions', '/actions'],
    ['Releases', '/releases'],
    ['Deployments', '/deployments'],
  ];
  return {
    title: `${repo.owner}/${repo.name}`,
    repo,
    body: html`<h1 class="title">${repo.owner}/${repo.name}</h1>
      <p class="muted">${repo.description ?? ''}</p>
      <ul>
        ${tabs.map(([label, path]) => html`<li><a href="${href(context, repoPath(repo) + path)}">${label}</a></li>`)}
      </ul>`,
  };
}

function homePage(context: PageContext): Page {
  const repos = [...context.store.repos.values()];
  return {
    title: 'modelship sandbox',
    body: html`<h1 class="title">Repositories</h1>
      <ul>
        ${repos.map((repo) => html`<li><a href="${href(context, repoPath(repo))}">${repo.owner}/${repo.name}</a></li>`)}
      </ul>`,
  };
}

/** The page at `path` (without prefix), undefined when the path names no page, null when its object is missing. */
function route(context: PageContext, path: string, search: URLSearchParams): Page | null | undefined {
  if (path === '/' || path === '') return homePage(context);
  const segments = path.split('/').slice(1).map(decode);
  if (segments.some((s) => s === undefined)) return undefined;
  const [owner, name, kind, ...rest] = segments as string[];
  const repo = owner && name ? context.store.repo(owner, name) : undefined;
  if (!repo) return undefined;
  const number = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);
  switch (kind) {
    case undefined:
    case '':
      return repoPage(context, repo);
    case 'pull':
    case 'issues': {
      if (rest.length === 0) return kind === 'issues' ? issueListPage(context, repo, false) : undefined;
      const n = number(rest[0]);
      return n === undefined ? undefined : (conversationPage(context, repo, n) ?? null);
    }
    case 'pulls':
      return rest.length === 0 ? issueListPage(context, repo, true) : undefined;
    case 'releases':
      if (rest.length === 0) return releasesPage(context, repo);
      if (rest[0] === 'tag' && rest.length > 1) return releasePage(context, repo, rest.slice(1).join('/')) ?? null;
      return undefined;
    case 'deployments': {
      const environment = search.get('environments_filter') ?? (rest[0] !== 'activity_log' ? rest[0] : undefined);
      return deploymentsPage(context, repo, environment || undefined);
    }
    case 'runs': {
      const n = number(rest[0]);
      return n === undefined ? undefined : (checkRunPage(context, repo, n) ?? null);
    }
    case 'actions': {
      if (rest.length === 0) return actionsPage(context, repo);
      const n = rest[0] === 'runs' ? number(rest[1]) : undefined;
      return n === undefined ? undefined : (workflowRunPage(context, repo, n) ?? null);
    }
    default:
      return undefined;
  }
}

function htmlResponse(status: number, body: string): PageResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
    body,
  };
}

/**
 * Answers a page or asset request, or returns undefined when the request is not for a page (the
 * server then goes on with its other routes). Paths that name no page keep the old placeholder.
 */
export async function servePage(store: Store, request: PageRequest): Promise<PageResponse | undefined> {
  const where = pagePath(request);
  if (!where) return undefined;
  if (where.path.startsWith('/-/')) {
    const asset = ASSETS[where.path.slice(3)];
    if (!asset) return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not Found' };
    return {
      status: 200,
      headers: {
        'content-type': asset.contentType,
        'x-content-type-options': 'nosniff',
        'cache-control': 'max-age=3600',
      },
      body: asset.body(),
    };
  }
  const context: PageContext = { store, md: await markdownRenderer(), base: where.base };
  const page = route(context, where.path, request.search);
  if (page === null) {
    return htmlResponse(404, shell(context, { title: 'Not Found', body: html`<h1 class="title">Not Found</h1>` }));
  }
  if (page === undefined) {
    if (where.base === '') return undefined;
    return htmlResponse(
      200,
      shell(context, {
        title: 'sandbox',
        body: html`<p>Sandbox page for ${where.path}</p>
          <p class="muted">The sandbox draws no page for this path.</p>`,
      }),
    );
  }
  return htmlResponse(200, shell(context, page));
}
