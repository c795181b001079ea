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

/** An annotation as the pages show it (a check run's, or one a workflow step wrote). */
export interface AnnotationView {
  level: string;
  message: string;
  title?: string | null;
  path?: string;
  startLine?: number;
  endLine?: number;
  details?: string | null;
}

/** Annotations as GitHub lists them: level, file and lines, title, message, details. */
export function annotationsView(annotations: readonly AnnotationView[]): SafeHtml {
  if (annotations.length === 0) return html``;
  return html`<h3>Annotations ${annotations.length}</h3>
    ${annotations.map((a) => {
      const lines =
        a.startLine === undefined
          ? ''
          : a.endLine !== undefined && a.endLine !== a.startLine
            ? `#L${a.startLine}-${a.endLine}`
            : `#L${a.startLine}`;
      return html`<div class="annotation ${a.level}">
        <strong>${a.title ?? a.level}</strong> <span class="muted small">${a.path ?? ''}${lines}</span>
        <div>${a.message}</div>
        ${
          a.details
            ? html`<details>
                <summary>Details</summary>
                <pre>${a.details}</pre>
              </details>`
            : ''
        }
      </div>`;
    })}`;
}

/** A check run's annotation as the pages show it. */
function checkAnnotation(a: AnnotationRecord): AnnotationView {
  return {
    level: a.level,
    message: a.message,
    title: a.title,
    path: a.path,
    startLine: a.startLine,
    endLine: a.endLine,
    details: a.rawDetails,
  };
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
          }${annotationsView(run.annotations.map(checkAnnotation))}
        </div>
      </div>`,
  };
}
