/**
 * The sandbox's workflow executor: it runs a repository's workflow files (read from the sandbox's
 * git data) when sandbox events trigger them, as GitHub Actions would, so a template a team copies
 * is proven by running it. Jobs run concurrently as their `needs` allow, each on a runner
 * registered by label, with a `GITHUB_TOKEN` minted with exactly the job's `permissions:`; steps
 * are real child processes (spawned asynchronously, so the sandbox keeps answering their API
 * calls). What GitHub shows is kept: the run and its jobs (served by the REST API), a check run
 * per job on the head SHA, job summaries, annotations and logs.
 *
 * Events caused by a `GITHUB_TOKEN` start no workflows, except `workflow_dispatch` and
 * `repository_dispatch` (GitHub's docs, "Triggering a workflow from a workflow").
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isUserError } from '../../shared/errors.js';
import type { TokenRegistry } from '../auth/tokens.js';
import type { Counters } from '../counters.js';
import type { EventBus, SandboxEvent } from '../events.js';
import { workflowPathsAt, dispatchesOf } from '../state/dispatch.js';
import type { RepoRecord, Store } from '../state/store.js';
import { asText, conditionHolds, evaluateValue, textMap, type Contexts, type EvaluationState } from './expressions.js';
import { callInputs, checkCallSecrets, readCalledWorkflow } from './call.js';
import { ConcurrencyGroups, concurrencyOf } from './concurrency.js';
import { runLeg, type LegEnv } from './job-leg.js';
import { completeJob, jobName, openJob, overallResult, type JobResult } from './jobs.js';
import { listOf, loadWorkflow, type Plain, type WorkflowFile } from './load.js';
import { expandMatrix } from './matrix.js';
import { fileSha, githubContext, workflowInputs, type RunContext, type Scope } from './run-context.js';
import { finishRun, openRun, runsOf, type Conclusion, type WorkflowRunRecord } from './runs.js';
import {
  ACTIONS_BOT,
  narrow,
  parsePermissions,
  PERMISSIVE_DEFAULT,
  RESTRICTED_DEFAULT,
  type TokenPermissions,
} from './token.js';
import { cronMatches, matchEvent, type Trigger } from './triggers.js';

/** The repository root (this file lives in `<root>/sandbox/workflows/`). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** GitHub's limit on nesting reusable workflows (field notes: 10 levels on github.com). */
const MAX_DEPTH = 10;

/** A runner registered with the sandbox. */
export interface RunnerRegistration {
  /** Its labels (`self-hosted`, `gpu`, `ubuntu-latest`); a job runs where all its `runs-on` labels are. */
  labels: string[];
  /** Extra environment for every step it runs. */
  env?: Record<string, string>;
  /** Directories put first on `PATH` (a `gpu` runner gets the replayed `nvidia-smi` when not given one). */
  path?: string[];
  /** Its name (`RUNNER_NAME`, the job's `runner_name`). */
  name?: string;
}

/** What the executor needs from a running sandbox. */
export interface ExecutorDeps {
  store: Store;
  tokens: TokenRegistry;
  events: EventBus;
  counters: Counters;
  /** The API URL. */
  url: string;
  /** `GITHUB_SERVER_URL`. */
  serverUrl: string;
}

/** Options of the executor. */
export interface ExecutorOptions {
  /** Repository secrets (`secrets.*`); `GITHUB_TOKEN` is added per job. */
  secrets?: Record<string, string>;
  /** Repository variables (`vars.*`). */
  vars?: Record<string, string>;
  /** The repository's default `GITHUB_TOKEN` permissions (GitHub's default for new repositories: `restricted`). */
  defaultPermissions?: 'restricted' | 'permissive';
  /** Where `uses: ./path` actions are found when the workspace has none (default: this checkout). */
  actionsRoot?: string;
  /** Kill a step after this long when it sets no `timeout-minutes` (default 10 minutes). */
  stepTimeoutMs?: number;
}

/** Runs workflows of the sandbox's repositories. */
export class WorkflowExecutor {
  readonly #deps: ExecutorDeps;
  readonly #runners: RunnerRegistration[] = [];
  readonly #inFlight = new Set<Promise<unknown>>();
  readonly #groups = new ConcurrencyGroups();
  readonly #controllers = new Set<AbortController>();
  #unsubscribe: (() => void) | undefined;
  /** Repository secrets (`secrets.*`); change them at any time. */
  readonly secrets: Record<string, string>;
  /** Repository variables (`vars.*`). */
  readonly vars: Record<string, string>;
  readonly #defaults: TokenPermissions;
  readonly #legEnv: LegEnv;
  /** Errors that failed no run (a listener crash); tests assert there are none. */
  readonly errors: unknown[] = [];

  constructor(deps: ExecutorDeps, options: ExecutorOptions = {}) {
    this.#deps = deps;
    this.secrets = { ...options.secrets };
    this.vars = { ...options.vars };
    this.#defaults = options.defaultPermissions === 'permissive' ? PERMISSIVE_DEFAULT : RESTRICTED_DEFAULT;
    this.#legEnv = {
      deps,
      runners: this.#runners,
      groups: this.#groups,
      vars: this.vars,
      actionsRoot: options.actionsRoot ?? REPO_ROOT,
      stepTimeoutMs: options.stepTimeoutMs ?? 600_000,
      permissionsFor: (job, scope, key) => this.#permissionsFor(job, scope, key),
    };
    deps.store.addAccount(ACTIONS_BOT, 'Bot');
  }

  /** Starts running workflows on sandbox events; returns a function that stops it. */
  start(): () => void {
    this.#unsubscribe ??= this.#deps.events.onEvent((event) => this.#track(this.#onEvent(event)));
    return () => this.stop();
  }

  /** Stops starting runs (runs in flight go on; `idle()` waits for them). */
  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Cancels every run in flight (as "Cancel workflow" does); `idle()` resolves once they have stopped. */
  cancelAll(): void {
    for (const controller of this.#controllers) controller.abort(new Error('The run was canceled.'));
  }

  /** Registers a runner; jobs whose `runs-on` labels it all has run on it. */
  registerRunner(runner: RunnerRegistration): void {
    const gpu = runner.labels.some((l) => l.toLowerCase() === 'gpu');
    const path = runner.path ?? (gpu ? [join(REPO_ROOT, 'test', 'fixtures', 'train', 'bin')] : []);
    this.#runners.push({ ...runner, path, name: runner.name ?? `sandbox-${runner.labels.join('-')}` });
  }

  /** Every run so far, oldest first. */
  get runs(): readonly WorkflowRunRecord[] {
    return runsOf(this.#deps.store).runs;
  }

  /** Resolves when no run is in flight (runs started meanwhile included). */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  /**
   * The schedule: starts every workflow on each repository's default branch whose `schedule`
   * cron fires at `date` (UTC, to the minute), and resolves with the runs started.
   */
  async tick(date: Date): Promise<WorkflowRunRecord[]> {
    const started: Promise<WorkflowRunRecord | undefined>[] = [];
    for (const repo of this.#deps.store.repos.values()) {
      const sha = repo.git.refs.get(`refs/heads/${repo.defaultBranch}`);
      if (!sha) continue;
      for (const file of await this.#files(repo, sha, 'schedule')) {
        const crons = (file.on.schedule?.cron ?? []) as { cron?: string }[];
        const hit = crons.find((c) => typeof c.cron === 'string' && cronMatches(c.cron, date));
        if (!hit) continue;
        const payload = { schedule: hit.cron, repository: { full_name: `${repo.owner}/${repo.name}` } };
        const trigger: Trigger = { eventName: 'schedule', ref: `refs/heads/${repo.defaultBranch}`, sha, payload };
        started.push(this.#track(this.#run(repo, file, trigger, ACTIONS_BOT)));
      }
    }
    return (await Promise.all(started)).filter((r): r is WorkflowRunRecord => r !== undefined);
  }

  #track<T>(promise: Promise<T>): Promise<T> {
    const tracked = promise.catch((error: unknown) => {
      this.errors.push(error);
      return undefined as T;
    });
    this.#inFlight.add(tracked);
    void tracked.finally(() => this.#inFlight.delete(tracked));
    return tracked;
  }

  async #onEvent(event: SandboxEvent): Promise<void> {
    const sender = (event.sender as { login?: string }).login;
    if (sender === ACTIONS_BOT && event.event !== 'workflow_dispatch' && event.event !== 'repository_dispatch') return;
    const fullName = String((event.repository as { full_name?: string }).full_name ?? '');
    const [owner, name] = fullName.split('/');
    const repo = owner && name ? this.#deps.store.repo(owner, name) : undefined;
    if (!repo) return;
    const sha = fileSha(event, repo);
    if (!sha) return;
    const only = event.event === 'workflow_dispatch' ? String(event.payloadFields.workflow) : undefined;
    const runs: Promise<unknown>[] = [];
    for (const path of workflowPathsAt(repo, sha)) {
      if (only !== undefined && path !== only) continue;
      const content = repo.git.blobs.get(repo.git.commits.get(sha)!.tree.get(path)!)!.toString('utf8');
      let file: WorkflowFile;
      try {
        file = await loadWorkflow(path, content);
      } catch (error) {
        // GitHub shows a failed run for a workflow file it cannot read when a push or a pull request would run it.
        if (isUserError(error) && (event.event === 'push' || event.event === 'pull_request' || only !== undefined)) {
          const run = openRun(this.#deps.store, repo, {
            path,
            name: path,
            event: event.event,
            sha,
            ref: String(event.payloadFields.ref ?? `refs/heads/${repo.defaultBranch}`),
            actor: sender ?? '',
          });
          run.error = error.message;
          finishRun(this.#deps.store, run, 'failure');
        } else if (!isUserError(error)) throw error;
        continue;
      }
      const trigger = matchEvent(event, file.on, repo);
      if (!trigger) continue;
      runs.push(this.#run(repo, file, trigger, sender ?? repo.owner));
    }
    await Promise.all(runs);
  }

  async #files(repo: RepoRecord, sha: string, event: string): Promise<WorkflowFile[]> {
    const files: WorkflowFile[] = [];
    for (const path of workflowPathsAt(repo, sha)) {
      const content = repo.git.blobs.get(repo.git.commits.get(sha)!.tree.get(path)!)!.toString('utf8');
      try {
        const file = await loadWorkflow(path, content);
        if (file.on[event]) files.push(file);
      } catch (error) {
        if (!isUserError(error)) throw error;
      }
    }
    return files;
  }

  /** Runs one workflow file for a trigger; resolves with the finished run. */
  async #run(repo: RepoRecord, file: WorkflowFile, trigger: Trigger, actor: string): Promise<WorkflowRunRecord> {
    const { store, url, serverUrl } = this.#deps;
    const presetId =
      trigger.eventName === 'workflow_dispatch'
        ? dispatchesOf(repo).workflowDispatches.findLast((d) => d.workflowPath === file.path)?.runId
        : undefined;
    const record = openRun(store, repo, {
      path: file.path,
      name: file.name,
      event: trigger.eventName,
      sha: trigger.sha,
      ref: trigger.ref,
      actor,
      presetId,
    });
    const controller = new AbortController();
    this.#controllers.add(controller);
    const github = githubContext({ repo, file, trigger, actor, run: record, url, serverUrl });
    const context: RunContext = { repo, record, trigger, github, controller };
    const inputs = workflowInputs(file, trigger);
    const top: Contexts = { github, inputs, vars: this.vars };
    try {
      if (file.doc['run-name'] !== undefined) {
        record.displayTitle = asText(evaluateValue(file.doc['run-name'], top, { status: 'success' }));
      }
      const concurrency = concurrencyOf(file.doc.concurrency, top);
      if (concurrency) {
        record.concurrency = concurrency.group;
        if (!(await this.#groups.acquire(concurrency, controller))) {
          return finishRun(store, record, 'cancelled');
        }
      }
      record.status = 'in_progress';
      record.runStartedAt = store.timestamp();
      try {
        const results = await this.#runJobs(context, {
          file,
          inputs,
          secrets: { ...this.secrets },
          prefix: '',
          depth: 0,
        });
        const conclusion: Conclusion = controller.signal.aborted
          ? 'cancelled'
          : overallResult(Object.values(results).map((r) => r.result));
        return finishRun(store, record, conclusion);
      } finally {
        if (concurrency) this.#groups.release(concurrency, controller);
      }
    } catch (error) {
      // A fault of the executor itself also ends the run (failed, never left in progress) and is kept in `errors`.
      const expected = isUserError(error) || (error instanceof Error && error.name === 'ExpressionError');
      if (!expected) this.errors.push(error);
      record.error = `${expected ? '' : 'sandbox executor fault: '}${error instanceof Error ? error.message : String(error)}`;
      return finishRun(store, record, 'failure');
    } finally {
      this.#controllers.delete(controller);
    }
  }

  /** Runs the jobs of a workflow (or of a called one) as their `needs` allow. */
  async #runJobs(context: RunContext, scope: Scope): Promise<Record<string, JobResult>> {
    const jobs = (scope.file.doc.jobs ?? {}) as Record<string, Record<string, Plain>>;
    const results: Record<string, JobResult> = {};
    // Jobs that failed or have a failed ancestor: failure() holds for their dependants (GitHub's docs, "failure").
    const failedLine = new Set<string>();
    const waiting = new Map(Object.entries(jobs));
    const running = new Map<string, Promise<void>>();
    while (waiting.size > 0 || running.size > 0) {
      for (const [key, job] of waiting) {
        const needs = listOf(job.needs);
        if (!needs.every((n) => results[n])) continue;
        waiting.delete(key);
        const needsContext = Object.fromEntries(needs.map((n) => [n, results[n]!]));
        const ancestorFailed = needs.some((n) => failedLine.has(n));
        running.set(
          key,
          this.#runJob(context, scope, key, job, needsContext, ancestorFailed).then((result) => {
            results[key] = result;
            if (ancestorFailed || result.result === 'failure') failedLine.add(key);
            running.delete(key);
          }),
        );
      }
      if (running.size === 0) break;
      await Promise.race(running.values());
    }
    return results;
  }

  async #runJob(
    context: RunContext,
    scope: Scope,
    key: string,
    job: Record<string, Plain>,
    needs: Record<string, JobResult>,
    ancestorFailed: boolean,
  ): Promise<JobResult> {
    const base: Contexts = { github: context.github, inputs: scope.inputs, vars: this.vars, needs };
    // success() is false after a failed, cancelled or skipped need; failure() holds after a failed ancestor.
    const needed = Object.values(needs).map((n) => n.result);
    const status: EvaluationState['status'] = context.controller.signal.aborted
      ? 'cancelled'
      : ancestorFailed
        ? 'failure'
        : needed.some((r) => r !== 'success')
          ? 'skipped'
          : 'success';
    if (!conditionHolds(job.if, base, { status })) {
      const record = openJob(
        this.#deps,
        context.repo,
        context.record,
        `${scope.prefix}${jobName(job, key, base)}`,
        key,
      );
      completeJob(this.#deps.store, context.repo, record, 'skipped');
      return { result: 'skipped', outputs: {} };
    }
    if (typeof job.uses === 'string') return this.#callWorkflow(context, scope, key, job, base);
    const strategy = (evaluateValue(job.strategy ?? {}, base, { status }) ?? {}) as {
      matrix?: unknown;
      'fail-fast'?: boolean;
      'max-parallel'?: number;
    };
    const legs = expandMatrix(strategy.matrix);
    const failFast = strategy['fail-fast'] !== false;
    const maxParallel = Math.max(1, Number(strategy['max-parallel'] ?? legs.length));
    const legController = new AbortController();
    const onRunAbort = () => legController.abort(context.controller.signal.reason);
    context.controller.signal.addEventListener('abort', onRunAbort, { once: true });
    const results: JobResult[] = new Array(legs.length);
    let next = 0;
    const worker = async () => {
      while (next < legs.length) {
        const index = next++;
        const matrix = legs[index]!;
        const result = await runLeg(
          this.#legEnv,
          context,
          scope,
          key,
          job,
          needs,
          matrix,
          legs.length > 1 || Object.keys(matrix).length > 0 ? { index, total: legs.length } : undefined,
          legController.signal,
        );
        results[index] = result;
        if (result.result === 'failure' && failFast && legs.length > 1) legController.abort(new Error('fail-fast'));
      }
    };
    await Promise.all(Array.from({ length: Math.min(maxParallel, legs.length) }, worker));
    context.controller.signal.removeEventListener('abort', onRunAbort);
    // A matrix job's outputs: each leg's non-empty values, a later leg's winning (GitHub keeps the last one set).
    const outputs: Record<string, string> = {};
    for (const leg of results) {
      for (const [name, value] of Object.entries(leg.outputs))
        if (value !== '' || !(name in outputs)) outputs[name] = value;
    }
    return { result: overallResult(results.map((r) => r.result)), outputs };
  }

  #permissionsFor(job: Record<string, Plain>, scope: Scope, key: string): TokenPermissions {
    const declared =
      parsePermissions(job.permissions, scope.file.path, `jobs.${key}.permissions`) ??
      parsePermissions(scope.file.doc.permissions, scope.file.path, 'permissions');
    if (scope.ceiling) return narrow(declared ?? scope.ceiling, scope.ceiling);
    return declared ?? { ...this.#defaults };
  }

  /** A job that calls a reusable workflow: its jobs run as `caller / job`, its outputs become the job's. */
  async #callWorkflow(
    context: RunContext,
    scope: Scope,
    key: string,
    job: Record<string, Plain>,
    base: Contexts,
  ): Promise<JobResult> {
    const uses = job.uses as string;
    const callerName = `${scope.prefix}${jobName(job, key, base)}`;
    const failJob = (message: string): JobResult => {
      const record = openJob(this.#deps, context.repo, context.record, callerName, key);
      record.error = message;
      record.annotations.push({ level: 'error', message });
      record.log = `##[error]${message}\n`;
      completeJob(this.#deps.store, context.repo, record, 'failure');
      return { result: 'failure', outputs: {} };
    };
    if (scope.depth + 1 > MAX_DEPTH)
      return failJob(`${scope.file.path} (jobs.${key}.uses): reusable workflows nest more than ${MAX_DEPTH} levels`);
    const caller = { file: scope.file.path, job: key, uses };
    const state: EvaluationState = { status: 'success' };
    let called: WorkflowFile;
    let inputs: Record<string, unknown>;
    let secrets: Record<string, string>;
    try {
      called = await readCalledWorkflow(this.#deps.store, context.repo, context.trigger.sha, caller);
      const given = (evaluateValue(job.with ?? {}, base, state) ?? {}) as Record<string, unknown>;
      inputs = callInputs(called, given, caller, (value) =>
        evaluateValue(value, { github: context.github, inputs: {}, vars: this.vars }, state),
      );
      secrets =
        job.secrets === 'inherit'
          ? { ...scope.secrets }
          : textMap(evaluateValue(job.secrets ?? {}, { ...base, secrets: scope.secrets }, state));
      checkCallSecrets(called, secrets, caller);
    } catch (error) {
      if (isUserError(error) || (error instanceof Error && error.name === 'ExpressionError')) {
        return failJob((error as Error).message);
      }
      throw error;
    }
    const spec = called.on.workflow_call!;
    const callerPermissions = this.#permissionsFor(job, scope, key);
    const results = await this.#runJobs(context, {
      file: called,
      inputs,
      secrets,
      ceiling: callerPermissions,
      prefix: `${callerName} / `,
      depth: scope.depth + 1,
    });
    const result = overallResult(Object.values(results).map((r) => r.result));
    const outputs = Object.fromEntries(
      Object.entries((spec.outputs ?? {}) as Record<string, { value?: Plain }>).map(([name, output]) => [
        name,
        asText(
          evaluateValue(output.value ?? '', { github: context.github, inputs, vars: this.vars, jobs: results }, state),
        ),
      ]),
    );
    return { result, outputs };
  }
}
