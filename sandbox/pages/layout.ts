/**
 * What every sandbox page shares: the context a page is drawn from, links that stay on the host and
 * prefix the page was asked on, the repository header with its tabs, and the HTML shell that loads
 * the stylesheet and, when the page holds a chart, Mermaid.
 */
import type { RepoRecord, Store } from '../state/store.js';
import { html, type HtmlValue, type SafeHtml } from './html.js';
import type { MarkdownRenderer } from './markdown.js';

/** What a page is drawn from. */
export interface PageContext {
  store: Store;
  /** Renders a user's Markdown, sanitised. */
  md: MarkdownRenderer;
  /** The prefix pages are served under on this request: `/html` on the API host, `` on the server host. */
  base: string;
}

/** The repository tabs. */
export type RepoTab = 'pulls' | 'issues' | 'actions' | 'releases' | 'deployments';

/** A page, ready to be wrapped in the shell. */
export interface Page {
  title: string;
  repo?: RepoRecord;
  tab?: RepoTab;
  body: SafeHtml;
}

/** A link to the page at `path` (`/acme/churn/pull/1`) on the host and prefix of this request. */
export function href(context: PageContext, path: string): string {
  return `${context.base}${path}`;
}

/** `/owner/name` of a repository. */
export function repoPath(repo: RepoRecord): string {
  return `/${repo.owner}/${repo.name}`;
}

/** A login, linked to the user's page as GitHub links it. */
export function user(context: PageContext, login: string | null): SafeHtml {
  if (login === null) return html`<strong>ghost</strong>`;
  return html`<strong><a href="${href(context, `/${encodeURIComponent(login)}`)}">${login}</a></strong>`;
}

/** A timestamp as `2026-12-06 06:42 UTC`, inside a `<time>` carrying the exact value. */
export function time(iso: string | null): SafeHtml {
  if (!iso) return html``;
  const shown = iso.replace('T', ' ').replace(/:\d\d(?:\.\d+)?Z$/, ' UTC');
  return html`<time datetime="${iso}">${shown}</time>`;
}

/** A coloured state badge (`open`, `closed`, `success`, `failure`...). */
export function badge(state: string, text: string = state): SafeHtml {
  return html`<span class="state ${state.replace(/[^a-z_-]/gi, '')}">${text}</span>`;
}

/** A rendered Markdown body, tagged with its length in characters (GitHub's body limit counts them). */
export function markdown(context: PageContext, source: string | null, empty = 'No description provided.'): SafeHtml {
  if (!source || source.trim() === '') return html`<div class="markdown-body muted"><em>${empty}</em></div>`;
  return html`<div class="markdown-body" data-body-length="${[...source].length}">${context.md(source)}</div>`;
}

const TABS: Array<[RepoTab, string, string]> = [
  ['pulls', 'Pull requests', '/pulls'],
  ['issues', 'Issues', '/issues'],
  ['actions', 'Actions', '/actions'],
  ['releases', 'Releases', '/releases'],
  ['deployments', 'Deployments', '/deployments'],
];

function repoNav(context: PageContext, repo: RepoRecord, tab: RepoTab | undefined): SafeHtml {
  const base = repoPath(repo);
  const items: HtmlValue[] = TABS.map(
    ([id, label, path]) =>
      html`<li><a href="${href(context, base + path)}" ${id === tab ? html` class="selected"` : ''}>${label}</a></li>`,
  );
  return html`<nav class="repo">
    <div class="name">
      <a href="${href(context, `/${repo.owner}`)}">${repo.owner}</a> /
      <strong><a href="${href(context, base)}">${repo.name}</a></strong>
      ${repo.private ? html`<span class="label">Private</span>` : ''}
    </div>
    <ul>
      ${items}
    </ul>
  </nav>`;
}

/** The whole document: header, the repository's tabs, the page, and the scripts it needs. */
export function shell(context: PageContext, page: Page): string {
  const charts = page.body.value.includes('<pre class="mermaid">');
  const asset = (name: string) => href(context, `/-/${name}`);
  const scripts = charts
    ? html`<script defer src="${asset('mermaid.min.js')}"></script>
        <script defer src="${asset('pages.js')}"></script>`
    : html`<script defer src="${asset('pages.js')}"></script>`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title}</title>
        <link rel="stylesheet" href="${asset('pages.css')}" />
        ${scripts}
      </head>
      <body>
        <header class="site">
          <a href="${href(context, '/')}">GitHub</a
          ><span class="sandbox">modelship sandbox: an embedded, local GitHub</span>
        </header>
        ${page.repo ? repoNav(context, page.repo, page.tab) : ''}
        <main>${page.body}</main>
        <footer>Rendered by the modelship sandbox from its state; what GitHub would show, with no network.</footer>
      </body>
    </html> `.value;
}
