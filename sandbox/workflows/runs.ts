/**
 * The workflow runs the executor made, per sandbox (a store slice): each run with its jobs, their
 * steps, outputs, job summaries, annotations, logs, the `GITHUB_TOKEN` permissions each job was
 * given and those its calls actually used. The REST API (`/actions/runs`, `/runs/{id}/jobs`) and
 * tests read these records.
 */
import type { Annotation } from '../action-runner.js';
import type { Store } from '../state/store.js';

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
