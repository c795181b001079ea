/**
 * The workflow runs the executor made, per sandbox (a store slice): each run with its jobs, their
 * steps, outputs, job summaries, annotations, logs, the `GITHUB_TOKEN` permissions each job was
 * given and those its calls actually used. The REST API (`/actions/runs`, `/runs/{id}/jobs`) and
 * tests read these records.
 */
import type { Annotation } from '../action-runner.js';
import { workflowFor } from '../state/dispatch.js';
import type { RepoRecord, Store } from '../state/store.js';

/** A status as GitHub's API reports a run or a job. */
export type RunStatus = 'queued' | 'in_progress' | 'completed' | 'waiting' | 'pending';
/** A conclusion as GitHub reports it. */
export type Conclusion = 'success' | 'failure' | 'cancelled' | 'skipped' | 'neutral' | 'timed_out' | null;

/** One step of a job. */
export interface StepRecord {
  number: number;
  name: string;
  status: RunStatus;
  /** What the step did (`steps.<id>.outcome`). */
  outcome: Conclusion;
  /** What the job counts (`steps.<id>.conclusion`: `success` for a failed step with `continue-on-error`). */
  conclusion: Conclusion;
  startedAt: string | null;
  completedAt: string | null;
}

/** A permission a job's token was refused. */
export interface PermissionDenial {
  /** The operation called (`repos/create-release`). */
  operationId: string;
  /** What it needed, as GitHub's `x-accepted-github-permissions` names it (`contents=write`). */
  needed: string;
}

/** One job of a run (a matrix leg and a called workflow's job are jobs of their own). */
export interface JobRecord {
  id: number;
  runId: number;
  /** As GitHub names it: `build`, `test (1, linux)`, `caller / called-job`. */
  name: string;
  /** The job's key in its workflow file. */
  key: string;
  status: RunStatus;
  conclusion: Conclusion;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
  /** The labels of `runs-on` and the runner that ran it. */
  labels: string[];
  runnerName: string | null;
  steps: StepRecord[];
  outputs: Record<string, string>;
  /** The job summary (every step's `GITHUB_STEP_SUMMARY`, in order). */
  summary: string;
  annotations: Annotation[];
  log: string;
  /** The `GITHUB_TOKEN`'s permissions (`pull_requests`: App permission names). */
  permissions: Record<string, string>;
  /** The highest level of each permission the job's calls used with its token. */
  permissionsUsed: Record<string, string>;
  /** Calls the token was refused. */
  permissionsDenied: PermissionDenial[];
  /** The job's check run on the head SHA. */
  checkRunId: number | null;
  /** Why the executor failed the job itself (no runner, a bad expression, a timeout). */
  error?: string;
}

/** One workflow run. */
export interface WorkflowRunRecord {
  id: number;
  /** `owner/name`. */
  repository: string;
  workflowId: number;
  /** `.github/workflows/ci.yml`. */
  path: string;
  name: string;
  /** `run-name`, evaluated (else the name GitHub shows: the head commit's message or the event). */
  displayTitle: string;
  event: string;
  headSha: string;
  headBranch: string | null;
  actor: string;
  runNumber: number;
  runAttempt: number;
  status: RunStatus;
  conclusion: Conclusion;
  createdAt: string;
  updatedAt: string;
  runStartedAt: string;
  jobs: JobRecord[];
  /** The `concurrency` group the run held, if any. */
  concurrency: string | null;
  /** Why the run failed before any job ran (a workflow file that does not parse, an unsupported key). */
  error?: string;
}

/** Every run of a sandbox, oldest first. */
export interface RunsState {
  runs: WorkflowRunRecord[];
  /** `owner/name:workflowId` → last run number. */
  numbers: Map<string, number>;
}

/** The runs of a sandbox. */
export function runsOf(store: Store): RunsState {
  return store.slice('workflow-runs', () => ({ runs: [] as WorkflowRunRecord[], numbers: new Map<string, number>() }));
}

/** What a new run is: its workflow file, event, commit and actor. */
export interface RunStart {
  path: string;
  name: string;
  event: string;
  sha: string;
  ref: string;
  actor: string;
  /** The id `workflow_dispatch` already answered with (GitHub returns the run id), if any. */
  presetId?: number | null;
}

/** Adds a queued run of `repo`, numbered per workflow as GitHub numbers them. */
export function openRun(store: Store, repo: RepoRecord, start: RunStart): WorkflowRunRecord {
  const state = runsOf(store);
  const workflowId = workflowFor(store, repo, start.path).id;
  const key = `${repo.owner}/${repo.name}:${workflowId}`;
  const runNumber = (state.numbers.get(key) ?? 0) + 1;
  state.numbers.set(key, runNumber);
  const at = store.timestamp();
  const commit = repo.git.commits.get(start.sha);
  const { ref } = start;
  const record: WorkflowRunRecord = {
    id: start.presetId ?? store.ids.next('workflow_run'),
    repository: `${repo.owner}/${repo.name}`,
    workflowId,
    path: start.path,
    name: start.name,
    displayTitle: commit?.message.split('\n')[0] ?? start.name,
    event: start.event,
    headSha: start.sha,
    headBranch: ref.startsWith('refs/heads/')
      ? ref.slice('refs/heads/'.length)
      : ref.startsWith('refs/tags/')
        ? ref.slice('refs/tags/'.length)
        : null,
    actor: start.actor,
    runNumber,
    runAttempt: 1,
    status: 'queued',
    conclusion: null,
    createdAt: at,
    updatedAt: at,
    runStartedAt: at,
    jobs: [],
    concurrency: null,
  };
  state.runs.push(record);
  return record;
}

/** Completes a run with its conclusion. */
export function finishRun(store: Store, record: WorkflowRunRecord, conclusion: Conclusion): WorkflowRunRecord {
  record.status = 'completed';
  record.conclusion = conclusion;
  record.updatedAt = store.timestamp();
  return record;
}
