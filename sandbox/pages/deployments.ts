/**
 * The Deployments page: the repository's environments with their latest state, then the
 * deployments (all, or one environment's: GitHub's `activity_log?environments_filter=<name>`, the
 * `html_url` of an environment) newest first, each with its statuses in order and its payload.
 */
import { deploymentsOf, type DeploymentRecord } from '../state/deployments.js';
import type { RepoRecord } from '../state/store.js';
import { html, type SafeHtml } from './html.js';
import { badge, href, repoPath, time, user, type Page, type PageContext } from './layout.js';

function link(url: string | null, text: string): SafeHtml {
  return url && /^https?:\/\//i.test(url) ? html`<a href="${url}" rel="nofollow">${text}</a>` : html``;
}

function deploymentView(context: PageContext, deployment: DeploymentRecord): SafeHtml {
  const statuses = deployment.statuses.map(
    (status) =>
      html`<tr>
        <td>${badge(status.state)}</td>
        <td>${status.description}</td>
        <td>${status.environment}</td>
        <td>${user(context, status.creator)}</td>
        <td>${time(status.createdAt)}</td>
        <td>${link(status.environmentUrl, 'environment')} ${link(status.logUrl, 'log')}</td>
      </tr>`,
  );
  const latest = deployment.statuses.at(-1);
  const payload =
    typeof deployment.payload === 'string' ? deployment.payload : JSON.stringify(deployment.payload, null, 2);
  return html`<div class="item deployment" id="deployment-${deployment.id}">
    <div class="head">
      ${latest ? badge(latest.state) : badge('pending', 'no status')} <strong>${deployment.environment}</strong>
      <span
        >· deployment ${deployment.id} of <code>${deployment.ref}</code> (<code class="sha"
          >${deployment.sha.slice(0, 7)}</code
        >) · task ${deployment.task} · by ${user(context, deployment.creator)} ${time(deployment.createdAt)}</span
      >
    </div>
    <div class="content">
      ${deployment.description ? html`<p>${deployment.description}</p>` : ''}${
        statuses.length
          ? html`<table class="list">
              <tr>
                <th>state</th>
                <th>description</th>
                <th>environment</th>
                <th>by</th>
                <th>at</th>
                <th>links</th>
              </tr>
              ${statuses}
            </table>`
          : html`<p class="muted">No statuses yet.</p>`
      }
      <details>
        <summary>Payload</summary>
        <pre><code>${payload}</code></pre>
      </details>
    </div>
  </div>`;
}

/** The deployments of `repo`, or of one environment (case-insensitive) when `environment` is given. */
export function deploymentsPage(context: PageContext, repo: RepoRecord, environment?: string): Page {
  const state = deploymentsOf(repo);
  const all = [...state.deployments.values()];
  const shown = all
    .filter((d) => environment === undefined || d.environment.toLowerCase() === environment.toLowerCase())
    .reverse();
  const environments = [...state.environments.values()].map((env) => {
    const newest = all.filter((d) => d.environment.toLowerCase() === env.name.toLowerCase()).at(-1);
    const status = newest?.statuses.at(-1);
    const path = `${repoPath(repo)}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`;
    return html`<tr>
      <td>
        <a href="${href(context, path)}"><strong>${env.name}</strong></a>
      </td>
      <td>${status ? badge(status.state) : ''}</td>
      <td>${newest ? html`<code>${newest.ref}</code>` : ''}</td>
      <td>${time(status?.createdAt ?? null)}</td>
    </tr>`;
  });
  return {
    title: `Deployments${environment ? ` to ${environment}` : ''} · ${repo.owner}/${repo.name}`,
    repo,
    tab: 'deployments',
    body: html`<h1 class="title">Deployments${environment ? html` to <code>${environment}</code>` : ''}</h1>
      <table class="list">
        <tr>
          <th>environment</th>
          <th>latest state</th>
          <th>ref</th>
          <th>at</th>
        </tr>
        ${environments}
      </table>
      ${shown.length ? shown.map((d) => deploymentView(context, d)) : html`<p class="muted">No deployments.</p>`}`,
  };
}
