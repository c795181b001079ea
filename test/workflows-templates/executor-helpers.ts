/**
 * What every story that runs a workflow template on the sandbox's executor sets up the same way: a
 * `modelship/modelship` repository holding the reusable workflows (their action steps localized to
 * this checkout), the team's starter as GitHub writes it, pinned to that commit, and the run's logs
 * for a failure message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox, WorkflowRunRecord } from '../../sandbox/index.js';
import {
  localizeModelshipActions,
  pinModelship,
  renderStarter,
  repoRoot,
  reusableWorkflows,
  starterWorkflows,
} from '../../scripts/sync-workflow-templates.js';

/** This checkout's version, which a pinned `uses:` names in its comment. */
export const modelshipVersion = (
  JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }
).version;

/** The seed every executor story starts from: the `modelship/modelship` repository its templates call. */
export const MODELSHIP_SEED = {
  users: [{ login: 'modelship' }],
  repos: [{ owner: 'modelship', name: 'modelship' }],
};

/** Every job of a run with its conclusion and log, and the run's error: what a failed assertion shows. */
export function logsOf(run: WorkflowRunRecord): string {
  return run.jobs.map((j) => `${j.name}: ${j.conclusion}\n${j.log}`).join('\n') + (run.error ?? '');
}

/** Pushes the reusable workflows (transformed by `edit`) to modelship/modelship's `branch`; returns the commit. */
export function publishModelship(
  sandbox: Sandbox,
  branch = 'main',
  edit: (text: string) => string = (text) => text,
): string {
  const copies = Object.fromEntries(
    [...reusableWorkflows()].map(([name, text]) => [`.github/workflows/${name}`, edit(localizeModelshipActions(text))]),
  );
  return sandbox.push({ repo: 'modelship/modelship', branch, files: copies }).sha;
}

/** The starter `name` as GitHub writes it into a repository on `main` (daily at 06:17 UTC), pinned to `pin`. */
export function adoptStarter(name: string, pin: string): string {
  const starter = renderStarter(starterWorkflows().get(name)!, { defaultBranch: 'main', cronDaily: '17 6 * * *' });
  return pinModelship(starter, pin, modelshipVersion);
}
