/**
 * The Actions tab and the page of one workflow run: its jobs with their conclusions, each job's
 * summary rendered from Markdown (Mermaid charts drawn) and its annotations, then its steps, the
 * token permissions it used and its log, as GitHub's run page and job pages show them. Runs are
 * the workflow executor's records (sandbox/workflows/runs.ts); a run link with `/attempts/<n>` or
 * `/job/<id>` opens the same page.
 */
import type { RepoRecord } from '../state/store.js';
import { runsOf, type JobRecord, type WorkflowRunRecord } from '../workflows/runs.js';
import { annotationsView, type AnnotationView } from './check-run.js';
import { html, type SafeHtml } from './html.js';
import { badge, href, markdown, repoPath, time, user, type Page, type PageContext } from './layout.js';

/** The lines of a job's log the page keeps (the end, where a failure is). */
const LOG_LINES = 400;

function runsOfRepo(context: PageContext, repo: RepoRecord): WorkflowRunRecord[] {
  return runsOf(context.store).runs.filter((run) => run.repository === `${repo.owner}/${repo.name}`);
}

function runBadge(item: { status: string; conclusion: string | null }): SafeHtml {
  return item.status === 'completed' ? badge(item.conclusion ?? 'neutral') : badge(item.status);
}

function duration(from: string | null, to: string | null): string {
  if (!from || !to) return '';
  const seconds = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m ${seconds % 60}s`;
}

function annotation(job: JobRecord): AnnotationView[] {
  return job.annotations.map((a) => ({
    level: a.level === 'error' ? 'failure' : a.level,
    message: a.message,
    title: a.title ?? null,
    ...(a.file !== undefined ? { path: a.file } : {}),
    ...(a.line !== undefined && /^\d+$/.test(a.line) ? { startLine: Number(a.line) } : {}),
    ...(a.endLine !== undefined && /^\d+$/.test(a.endLine) ? { endLine: Number(a.endLine) } : {}),
  }));
}

function permissions(record: Record<string, string>): string {
  const entries = Object.entries(record);
  return entries.length ? entries.map(([name, level]) => `${name}: ${level}`).join(', ') : 'none';
}

function jobView(context: PageContext, job: JobRecord): SafeHtml {
  const lines = job.log.split('\n');
  const log =
    lines.length > LOG_LINES ? [`… ${lines.length - LOG_LINES} earlier lines`, ...lines.slice(-LOG_LINES)] : lines;
  const steps = job.steps.map(
    (step) =>
      html`<tr>
        <td>${step.number}</td>
        <td>${step.name}</td>
        <td>${runBadge(step)}</td>
        <td>${duration(step.startedAt, step.completedAt)}</td>
      </tr>`,
  );
  return html`<div class="item job" id="job-${job.id}">
    <div class="head">
      ${runBadge(job)} <strong>${job.name}</strong>
      <span
        >· ${job.runnerName ?? 'no runner'} (${job.labels.join(', ')}) ·
        ${duration(job.startedAt, job.completedAt)}</span
      >
    </div>
    <div class="content">
      ${job.error ? html`<div class="annotation failure">${job.error}</div>` : ''}${
        job.summary.trim()
          ? html`<h3>${job.name} summary</h3>
              ${markdown(context, job.summary)}`
          : ''
      }${annotationsView(annotation(job))}
      ${
        steps.length
          ? html`<h3>Steps</h3>
              <table class="list">
                <tr>
                  <th>#</th>
                  <th>step</th>
                  <th>result</th>
                  <th>took</th>
                </tr>
                ${steps}
              </table>`
          : ''
      }
      <p class="small muted">
        GITHUB_TOKEN: ${permissions(job.permissions)} · used:
        ${permissions(job.permissionsUsed)}${
          job.permissionsDenied.length
            ? html` ·
                <strong>refused:</strong>
                ${job.permissionsDenied.map((d) => `${d.operationId} (needs ${d.needed})`).join('; ')}`
            : ''
        }
      </p>
      <details>
        <summary>Log</summary>
        <pre>${log.join('\n')}</pre>
      </details>
    </div>
  </div>`;
}

/** The runs of `repo`, newest first. */
export function actionsPage(context: PageContext, repo: RepoRecord): Page {
  const runs = runsOfRepo(context, repo).reverse();
  const rows = runs.map(
    (run) =>
      html`<tr>
        <td>${runBadge(run)}</td>
        <td>
          <a href="${href(context, `${repoPath(repo)}/actions/runs/${run.id}`)}"
            ><strong>${run.displayTitle}</strong></a
          >
          <div class="small muted">${run.name} #${run.runNumber}: ${run.event} by ${run.actor}</div>
        </td>
        <td>${run.headBranch ? html`<code>${run.headBranch}</code>` : ''}</td>
        <td>${time(run.createdAt)}</td>
      </tr>`,
  );
  return {
    title: `Actions · ${repo.owner}/${repo.name}`,
    repo,
    tab: 'actions',
    body: html`<h1 class="title">All workflow runs</h1>
      ${
        rows.length
          ? html`<table class="list">
              ${rows}
            </table>`
          : html`<p class="muted">No workflow runs.</p>`
      }`,
  };
}

/** The workflow run `id`, or undefined. */
export function workflowRunPage(context: PageContext, repo: RepoRecord, id: number): Page | undefined {
  const run = runsOfRepo(context, repo).find((r) => r.id === id);
  if (!run) return undefined;
  const jobs = run.jobs.map(
    (job) =>
      html`<tr>
        <td>${runBadge(job)}</td>
        <td><a href="#job-${job.id}">${job.name}</a></td>
        <td>${duration(job.startedAt, job.completedAt)}</td>
      </tr>`,
  );
  return {
    title: `${run.displayTitle} · ${run.name} #${run.runNumber} · ${repo.owner}/${repo.name}`,
    repo,
    tab: 'actions',
    body: html`<h1 class="title">${run.displayTitle} <span class="number">${run.name} #${run.runNumber}</span></h1>
      <div class="meta">
        ${runBadge(run)} ${user(context, run.actor)} triggered via
        <code>${run.event}</code> ${run.headBranch ? html`on <code>${run.headBranch}</code>` : ''} (<code class="sha"
          >${run.headSha.slice(0, 7)}</code
        >) · attempt ${run.runAttempt} · ${time(run.createdAt)} · <code>${run.path}</code>
      </div>
      ${run.error ? html`<div class="annotation failure">${run.error}</div>` : ''}
      ${
        jobs.length
          ? html`<table class="list">
              <tr>
                <th>result</th>
                <th>job</th>
                <th>took</th>
              </tr>
              ${jobs}
            </table>`
          : ''
      }
      ${run.jobs.map((job) => jobView(context, job))}`,
  };
}
