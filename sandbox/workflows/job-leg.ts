/**
 * One leg of a job on a runner: pick the runner by its labels, hold the job's `concurrency` group,
 * mint a `GITHUB_TOKEN` with exactly the job's permissions, run the steps under `timeout-minutes`,
 * and record what the token used, the job's outputs and its conclusion (with `continue-on-error`).
 */
import { isUserError } from '../../shared/errors.js';
import { concurrencyOf, type ConcurrencyGroups } from './concurrency.js';
import type { ExecutorDeps, RunnerRegistration } from './executor.js';
import { asText, evaluateValue, type Contexts } from './expressions.js';
import { completeJob, openJob, startJob, type JobResult } from './jobs.js';
import { runJobSteps } from './job-steps.js';
import { listOf, type Plain } from './load.js';
import type { RunContext, Scope } from './run-context.js';
import type { Conclusion } from './runs.js';
import { ACTIONS_BOT, usage, type TokenPermissions } from './token.js';

/** What a leg runs with: the sandbox, the runners, the concurrency groups and the executor's settings. */
export interface LegEnv {
  deps: ExecutorDeps;
  runners: readonly RunnerRegistration[];
  groups: ConcurrencyGroups;
  vars: Record<string, string>;
  actionsRoot: string;
  stepTimeoutMs: number;
  /** The job's token permissions (declared, narrowed by a caller's, or the repository default). */
  permissionsFor(job: Record<string, Plain>, scope: Scope, key: string): TokenPermissions;
}

/** One leg of a job (the whole job without a matrix), on the first runner that has its labels. */
export async function runLeg(
  env: LegEnv,
  context: RunContext,
  scope: Scope,
  key: string,
  job: Record<string, Plain>,
  needs: Record<string, JobResult>,
  matrix: Record<string, unknown>,
  strategy: { index: number; total: number } | undefined,
  legSignal: AbortSignal,
): Promise<JobResult> {
  const { file } = scope;
  const { repo } = context;
  const contexts: Contexts = {
    github: { ...context.github, job: key },
    inputs: scope.inputs,
    vars: env.vars,
    needs,
    matrix,
    secrets: scope.secrets,
    strategy: strategy ? { 'job-index': strategy.index, 'job-total': strategy.total, 'fail-fast': true } : {},
  };
  const values = Object.values(matrix)
    .filter((v) => v === null || typeof v !== 'object')
    .map(String);
  const explicit =
    job.name !== undefined ? asText(evaluateValue(job.name, contexts, { status: 'success' })) : undefined;
  const name = `${scope.prefix}${explicit ?? (values.length > 0 ? `${key} (${values.join(', ')})` : key)}`;
  const record = openJob(env.deps, context.repo, context.record, name, key);
  const controller = new AbortController();
  const abort = () => controller.abort(legSignal.reason);
  if (legSignal.aborted) abort();
  else legSignal.addEventListener('abort', abort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const fail = (message: string): JobResult => {
    record.error = message;
    record.log += `##[error]${message}\n`;
    record.annotations.push({ level: 'error', message });
    completeJob(env.deps.store, context.repo, record, 'failure');
    return { result: 'failure', outputs: {} };
  };
  try {
    if (controller.signal.aborted) {
      completeJob(env.deps.store, context.repo, record, 'cancelled');
      return { result: 'cancelled', outputs: {} };
    }
    const labels = listOf(evaluateValue(job['runs-on'] ?? null, contexts, { status: 'success' }) as Plain);
    record.labels = labels;
    const runner = env.runners.find((r) =>
      labels.every((l) => r.labels.some((have) => have.toLowerCase() === l.toLowerCase())),
    );
    if (labels.length === 0) return fail(`${file.path} (jobs.${key}): the job has no 'runs-on'`);
    if (!runner) {
      return fail(
        `No runner with the labels [${labels.join(', ')}] is registered with the sandbox (jobs.${key}.runs-on in ${file.path}); ` +
          'register one with executor.registerRunner({ labels })',
      );
    }
    record.runnerName = runner.name ?? null;
    const concurrency = concurrencyOf(job.concurrency, contexts);
    if (concurrency && !(await env.groups.acquire(concurrency, controller))) {
      completeJob(env.deps.store, context.repo, record, 'cancelled');
      return { result: 'cancelled', outputs: {} };
    }
    try {
      startJob(env.deps.store, context.repo, record);
      const permissions = env.permissionsFor(job, scope, key);
      record.permissions = permissions;
      const installation = env.deps.store.installationFor(repo);
      const token = installation
        ? env.deps.tokens.issueInstallationToken(
            installation.id,
            permissions,
            [repo.id],
            env.deps.store.now(),
            ACTIONS_BOT,
          ).token
        : '';
      contexts.github = { ...(contexts.github as object), token };
      contexts.secrets = { ...scope.secrets, GITHUB_TOKEN: token };
      contexts.runner = {
        os: 'Linux',
        arch: 'X64',
        name: runner.name,
        temp: '',
        tool_cache: '',
        environment: 'self-hosted',
      };
      const minutes =
        job['timeout-minutes'] === undefined
          ? 360
          : Number(evaluateValue(job['timeout-minutes'], contexts, { status: 'success' }));
      let timedOut = false;
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new Error('timeout'));
      }, minutes * 60_000);
      const outcome = await runJobSteps({
        deps: env.deps,
        actionsRoot: env.actionsRoot,
        stepTimeoutMs: env.stepTimeoutMs,
        repo: context.repo,
        run: context.record,
        trigger: context.trigger,
        file: scope.file,
        secrets: scope.secrets,
        key,
        job,
        contexts,
        record,
        runner,
        token,
        signal: controller.signal,
      });
      clearTimeout(timer);
      if (token) {
        const { used, denied } = usage(env.deps.counters.calls, token);
        record.permissionsUsed = used;
        record.permissionsDenied = denied;
      }
      const outputs = Object.fromEntries(
        Object.entries((job.outputs ?? {}) as Record<string, Plain>).map(([name, value]) => [
          name,
          asText(evaluateValue(value, contexts, { status: 'success' })),
        ]),
      );
      record.outputs = outputs;
      let conclusion: Conclusion = outcome;
      if (timedOut) {
        conclusion = 'failure';
        const message = `The job running on runner ${runner.name} has exceeded the maximum execution time of ${minutes} minutes.`;
        record.log += `##[error]${message}\n`;
        record.annotations.push({ level: 'error', message });
      }
      completeJob(env.deps.store, context.repo, record, conclusion);
      const continueOnError =
        job['continue-on-error'] !== undefined &&
        evaluateValue(job['continue-on-error'], contexts, { status: 'success' }) === true;
      return {
        result: conclusion === 'failure' && continueOnError ? 'success' : (conclusion as JobResult['result']),
        outputs,
      };
    } finally {
      if (concurrency) env.groups.release(concurrency, controller);
    }
  } catch (error) {
    if (isUserError(error) || (error instanceof Error && error.name === 'ExpressionError'))
      return fail((error as Error).message);
    throw error;
  } finally {
    clearTimeout(timer);
    legSignal.removeEventListener('abort', abort);
  }
}
