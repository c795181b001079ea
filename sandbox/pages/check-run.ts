/**
 * The page of one check run (its `html_url`, `/<owner>/<repo>/runs/<id>`): status and conclusion,
 * the output's title, summary and text rendered from Markdown, and its annotations with their file
 * and lines, as GitHub's checks tab shows them.
 */
import { checksOf, type AnnotationRecord } from '../state/checks.js';
import type { RepoRecord } from '../state/store.js';
import { html, type SafeHtml } from './html.js';
import { checkBadge } from './conversation.js';
import { markdown, time, type Page, type PageContext } from './layout.js';

/** Annotations as GitHub lists them: level, file and lines, title, message, details. */
export function annotationsView(annotations: readonly AnnotationRecord[]): SafeHtml {
  if (annotations.length === 0) return html``;
  return html`<h3>Annotations ${annotations.length}</h3>
    ${annotations.map((a) => {
      const lines = a.endLine !== a.startLine ? `${a.startLine}-${a.endLine}` : `${a.startLine}`;
      return html`<div class="annotation ${a.level}">
        <strong>${a.title ?? a.level}</strong> <span class="muted small">${a.path}#L${lines}</span>
        <div>${a.message}</div>
        ${
          a.rawDetails
            ? html`<details>
                <summary>Details</summary>
                <pre>${a.rawDetails}</pre>
              </details>`
            : ''
        }
      </div>`;
    })}`;
}

/** The check run `id`, or undefined. */
export function checkRunPage(context: PageContext, repo: RepoRecord, id: number): Page | undefined {
  const run = checksOf(repo).runs.get(id);
  if (!run) return undefined;
  return {
    title: `${run.name} · check run · ${repo.owner}/${repo.name}`,
    repo,
    tab: 'actions',
    body: html`<h1 class="title">${run.name}</h1>
      <div class="meta">
        ${checkBadge(run)} on <code class="sha">${run.headSha.slice(0, 7)}</code> · started
        ${time(run.startedAt)}${run.completedAt ? html` · completed ${time(run.completedAt)}` : ''}
      </div>
      <div class="item">
        <div class="head"><strong>${run.output.title ?? run.name}</strong></div>
        <div class="content">
          ${markdown(context, run.output.summary, 'No summary.')}${
            run.output.text
              ? html`<hr />
                  ${markdown(context, run.output.text)}`
              : ''
          }${annotationsView(run.annotations)}
        </div>
      </div>`,
  };
}
