/**
 * The steps of one job on its runner, in order, as the runner takes them: each step's `if`
 * (default `success()`), its `env` over the workflow's and the job's (a job's `env` wins over
 * `GITHUB_ENV`, as on the runner), `GITHUB_PATH` additions, `steps.<id>` outputs and outcomes,
 * `continue-on-error`, secrets and the token masked in the log, and the actions' post steps at the
 * end of the job, newest first. A step after a cancellation (`if: always()`) runs to its end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isUserError } from '../../shared/errors.js';
import { mask } from '../runner/protocol.js';
import type { RepoRecord, Store } from '../state/store.js';
import {
  asText,
  conditionHolds,
  evaluateValue,
  Expression,
  textMap,
  type Contexts,
  type EvaluationState,
} from './expressions.js';
import type { Plain, WorkflowFile } from './load.js';
import type { Conclusion, JobRecord, WorkflowRunRecord } from './runs.js';
import { runScript, runUses, type StepResult, type StepSetting } from './steps.js';
import type { Trigger } from './triggers.js';

/** What the steps of a job need. */
export interface JobSteps {
  deps: { store: Store; url: string; serverUrl: string };
  /** Where `uses: ./path` actions are found when the workspace has none. */
  actionsRoot: string;
  /** A step's time limit when it sets no `timeout-minutes`. */
  stepTimeoutMs: number;
  repo: RepoRecord;
  run: WorkflowRunRecord;
  trigger: Trigger;
  file: WorkflowFile;
  /** The secrets the job sees (masked in its log). */
  secrets: Record<string, string>;
  /** The job's key and its definition. */
  key: string;
  job: Record<string, Plain>;
  /** The job's contexts (`steps` and `env` are filled in here). */
  contexts: Contexts;
  record: JobRecord;
  runner: { env?: Record<string, string>; path?: string[] };
  token: string;
  signal: AbortSignal;
}

/** Runs the steps in a fresh workspace (removed afterwards, as a hosted runner's); resolves with the job's conclusion. */
export async function runJobSteps(input: JobSteps): Promise<Conclusion> {
  const workspace = mkdtempSync(join(tmpdir(), 'modelship-job-'));
  try {
    return await stepsIn(workspace, input);
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

async function stepsIn(workspace: string, input: JobSteps): Promise<Conclusion> {
  const { file, key, job, contexts, record, runner, token, signal, run, trigger, repo } = input;
  const stepsContext: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
  contexts.steps = stepsContext;
  const workflowEnv = textMap(evaluateValue(file.doc.env ?? {}, contexts, { status: 'success' }));
  const envContext = { ...workflowEnv };
  contexts.env = envContext;
  const jobEnv = textMap(evaluateValue(job.env ?? {}, contexts, { status: 'success' }));
  Object.assign(envContext, jobEnv);
  const defaults = {
    ...((file.doc.defaults as { run?: Record<string, Plain> } | undefined)?.run ?? {}),
    ...((job.defaults as { run?: Record<string, Plain> } | undefined)?.run ?? {}),
  };
  const exported: Record<string, string> = {};
  const path: string[] = [...(runner.path ?? [])];
  const posts: { name: string; run: NonNullable<StepResult['runPost']> }[] = [];
  let failed = false;
  const steps = (job.steps ?? []) as Record<string, Plain>[];
  const runnerOptions: StepSetting['runner'] = {
    workspace,
    apiUrl: input.deps.url,
    serverUrl: input.deps.serverUrl,
    token,
    repository: run.repository,
    sha: trigger.sha,
    ref: trigger.ref,
    actor: run.actor,
    job: key,
    runId: run.id,
    runNumber: run.runNumber,
    workflow: file.name,
    event: trigger.payload,
    eventName: trigger.eventName,
  };
  const secretValues = [...Object.values(input.secrets), token].filter((v) => v.length > 0);
  for (const [index, step] of steps.entries()) {
    const stepKey = `jobs.${key}.steps[${index}]`;
    const status: EvaluationState['status'] = signal.aborted ? 'cancelled' : failed ? 'failure' : 'success';
    const state: EvaluationState = { status, workspace };
    const stepEnv = textMap(evaluateValue(step.env ?? {}, { ...contexts, env: envContext }, state));
    const stepContexts: Contexts = { ...contexts, env: { ...envContext, ...stepEnv } };
    const name =
      step.name !== undefined
        ? asText(evaluateValue(step.name, stepContexts, state))
        : typeof step.uses === 'string'
          ? `Run ${step.uses}`
          : `Run ${(step.run instanceof Expression ? (step.run.source ?? step.run.expr) : asText(step.run)).trim().split('\n')[0]}`;
    const at = input.deps.store.timestamp();
    const stepRecord = {
      number: index + 1,
      name,
      status: 'completed' as const,
      outcome: null as Conclusion,
      conclusion: null as Conclusion,
      startedAt: at,
      completedAt: at,
    };
    record.steps.push(stepRecord);
    if (!conditionHolds(step.if, stepContexts, state)) {
      stepRecord.outcome = stepRecord.conclusion = 'skipped';
      if (typeof step.id === 'string')
        stepsContext[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      continue;
    }
    const minutes =
      step['timeout-minutes'] === undefined
        ? undefined
        : Number(evaluateValue(step['timeout-minutes'], stepContexts, state));
    const setting: StepSetting = {
      runner: runnerOptions,
      env: { ...runner.env, ...exported, ...workflowEnv, ...jobEnv, ...stepEnv },
      path: [...path].reverse(),
      repo: repo,
      sha: trigger.sha,
      actionsRoot: input.actionsRoot,
      file: file.path,
      key: stepKey,
      timeoutMs: minutes === undefined ? input.stepTimeoutMs : minutes * 60_000,
      // A step that runs after the job was cancelled (`if: always()`) runs to its end, as on GitHub.
      signal: signal.aborted ? new AbortController().signal : signal,
    };
    record.log += `##[group]${mask(name, secretValues)}\n`;
    let result: StepResult;
    try {
      if (typeof step.uses === 'string') {
        const inputs = textMap(evaluateValue(step.with ?? {}, stepContexts, state));
        result = await runUses(step.uses, inputs, setting);
      } else {
        const script = asText(evaluateValue(step.run ?? '', stepContexts, state));
        const shell = step.shell ?? defaults.shell;
        const dir = step['working-directory'] ?? defaults['working-directory'];
        result = await runScript(
          script,
          shell === undefined ? undefined : asText(evaluateValue(shell, stepContexts, state)),
          dir === undefined ? undefined : asText(evaluateValue(dir, stepContexts, state)),
          setting,
          index,
        );
      }
    } catch (error) {
      if (!isUserError(error) && !(error instanceof Error && error.name === 'ExpressionError')) throw error;
      result = {
        outcome: 'failure',
        outputs: {},
        env: {},
        path: [],
        summary: '',
        annotations: [{ level: 'error', message: (error as Error).message }],
        log: `##[error]${(error as Error).message}\n`,
      };
    }
    // Secrets and the token never reach the log, as the runner masks them.
    record.log += `${mask(result.log, secretValues)}##[endgroup]\n`;
    record.summary += result.summary;
    record.annotations.push(...result.annotations);
    Object.assign(exported, result.env);
    for (const dir of result.path) path.push(dir);
    if (result.runPost) posts.push({ name, run: result.runPost });
    const continueOnError =
      step['continue-on-error'] !== undefined && evaluateValue(step['continue-on-error'], stepContexts, state) === true;
    const outcome: Conclusion = setting.signal.aborted && result.outcome === 'failure' ? 'cancelled' : result.outcome;
    stepRecord.outcome = outcome;
    stepRecord.conclusion = outcome === 'failure' && continueOnError ? 'success' : outcome;
    stepRecord.completedAt = input.deps.store.timestamp();
    if (stepRecord.conclusion === 'failure') failed = true;
    if (typeof step.id === 'string') {
      stepsContext[step.id] = {
        outputs: result.outputs,
        outcome: outcome ?? 'success',
        conclusion: stepRecord.conclusion ?? 'success',
      };
    }
  }
  const jobStatus = signal.aborted ? 'cancelled' : failed ? 'failure' : 'success';
  for (const post of posts.reverse()) {
    record.log += `##[group]Post ${post.name}\n`;
    const run = await post.run(jobStatus);
    record.log += `${run?.log ?? ''}##[endgroup]\n`;
    if (run && run.exitCode !== 0) failed = true;
  }
  if (signal.aborted) {
    const reason = signal.reason instanceof Error ? signal.reason.message : '';
    if (reason === 'timeout') return 'failure';
    record.log += `##[error]The operation was canceled.\n`;
    return 'cancelled';
  }
  return failed ? 'failure' : 'success';
}
