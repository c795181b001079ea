/**
 * What a workflow run sees of the event that started it: the `github` context (GitHub's docs,
 * "Contexts reference"), the commit its workflow files are read from, its `inputs`, and the scope
 * a workflow's jobs run in (a called workflow has its own inputs, secrets and permission ceiling).
 */
import type { SandboxEvent } from '../events.js';
import type { RepoRecord } from '../state/store.js';
import type { WorkflowFile, Plain } from './load.js';
import type { WorkflowRunRecord } from './runs.js';
import type { TokenPermissions } from './token.js';
import type { Trigger } from './triggers.js';

/** One run in flight. */
export interface RunContext {
  repo: RepoRecord;
  record: WorkflowRunRecord;
  trigger: Trigger;
  github: Record<string, unknown>;
  controller: AbortController;
}

/** The workflow whose jobs are running: the run's own, or one it called. */
export interface Scope {
  file: WorkflowFile;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  /** The caller job's token permissions (a called workflow can only narrow them). */
  ceiling?: TokenPermissions;
  /** `caller / ` for a called workflow's jobs. */
  prefix: string;
  depth: number;
}

/** What the `github` context is built from. */
export interface GitHubContextSource {
  repo: RepoRecord;
  file: WorkflowFile;
  trigger: Trigger;
  actor: string;
  run: WorkflowRunRecord;
  /** The API URL. */
  url: string;
  /** `GITHUB_SERVER_URL`. */
  serverUrl: string;
}

/** The `github` context of a run (the job adds `job` and `token`). */
export function githubContext({
  repo,
  file,
  trigger,
  actor,
  run,
  url,
  serverUrl,
}: GitHubContextSource): Record<string, unknown> {
  const pull = trigger.payload.pull_request as { head?: { ref?: string }; base?: { ref?: string } } | undefined;
  return {
    action: '__run',
    actor,
    triggering_actor: actor,
    api_url: url,
    graphql_url: `${url}/graphql`,
    server_url: serverUrl,
    base_ref: pull?.base?.ref ?? '',
    head_ref: pull?.head?.ref ?? '',
    event: trigger.payload,
    event_name: trigger.eventName,
    ref: trigger.ref,
    ref_name: trigger.ref.replace(/^refs\/(heads|tags)\//, ''),
    ref_type: trigger.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    repository: `${repo.owner}/${repo.name}`,
    repository_id: String(repo.id),
    repository_owner: repo.owner,
    retention_days: '90',
    run_attempt: '1',
    run_id: String(run.id),
    run_number: String(run.runNumber),
    sha: trigger.sha,
    workflow: file.name,
    workflow_ref: `${repo.owner}/${repo.name}/${file.path}@${trigger.ref}`,
  };
}

/** The commit GitHub reads workflow files from for an event. */
export function fileSha(event: SandboxEvent, repo: RepoRecord): string | undefined {
  const fields = event.payloadFields as Record<string, unknown>;
  switch (event.event) {
    case 'push':
      return typeof fields.after === 'string' ? fields.after : undefined;
    case 'pull_request':
    case 'pull_request_review':
      return (fields.pull_request as { head: { sha: string } }).head.sha;
    case 'deployment':
      return (fields.deployment as { sha: string }).sha;
    case 'workflow_dispatch':
      return repo.git.refs.get(String(fields.ref));
    default:
      return repo.git.refs.get(`refs/heads/${repo.defaultBranch}`);
  }
}

/** `inputs` of a run: `workflow_dispatch` inputs typed by their declarations, with defaults. */
export function workflowInputs(file: WorkflowFile, trigger: Trigger): Record<string, unknown> {
  if (trigger.eventName !== 'workflow_dispatch') return {};
  const declared = (file.on.workflow_dispatch?.inputs ?? {}) as Record<string, { type?: string; default?: Plain }>;
  const given = (trigger.payload.inputs ?? {}) as Record<string, unknown>;
  const inputs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const value = given[name] ?? spec.default ?? (spec.type === 'boolean' ? false : '');
    inputs[name] =
      spec.type === 'boolean' ? value === true || value === 'true' : spec.type === 'number' ? Number(value) : value;
  }
  return inputs;
}
