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
import { workflowFor, workflowPathsAt, dispatchesOf } from '../state/dispatch.js';
import type { RepoRecord, Store } from '../state/store.js';
import { asText, conditionHolds, evaluateValue, textMap, type Contexts, type EvaluationState } from './expressions.js';
import { callInputs, checkCallSecrets, readCalledWorkflow } from './call.js';
import { ConcurrencyGroups, concurrencyOf } from './concurrency.js';
import { completeJob, openJob, startJob } from './jobs.js';
import { loadWorkflow, type Plain, type WorkflowFile } from './load.js';
import { runJobSteps } from './job-steps.js';
import { expandMatrix } from './matrix.js';
import { runsOf, type Conclusion, type WorkflowRunRecord } from './runs.js';
import {
  narrow,
  parsePermissions,
  PERMISSIVE_DEFAULT,
  RESTRICTED_DEFAULT,
  usage,
  type TokenPermissions,
} from './token.js';
import { cronMatches, matchEvent, payloadOf, type Trigger } from './triggers.js';

/** The bot a `GITHUB_TOKEN` acts as. */
export const ACTIONS_BOT = 'github-actions[bot]';
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

interface RunContext {
  repo: RepoRecord;
  record: WorkflowRunRecord;
  trigger: Trigger;
  github: Record<string, unknown>;
  controller: AbortController;
}

interface Scope {
  file: WorkflowFile;
  inputs: Record<string, unknown>;
  secrets: Record<string, string>;
  /** The caller job's token permissions (a called workflow can only narrow them). */
  ceiling?: TokenPermissions;
  /** `caller / ` for a called workflow's jobs. */
  prefix: string;
  depth: number;
}

interface JobResult {
  result: 'success' | 'failure' | 'cancelled' | 'skipped';
  outputs: Record<string, string>;
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
  readonly #actionsRoot: string;
  readonly #stepTimeoutMs: number;
  /** Errors that failed no run (a listener crash); tests assert there are none. */
  readonly errors: unknown[] = [];

  constructor(deps: ExecutorDeps, options: ExecutorOptions = {}) {
    this.#deps = deps;
    this.secrets = { ...options.secrets };
    this.vars = { ...options.vars };
    this.#defaults = options.defaultPermissions === 'permissive' ? PERMISSIVE_DEFAULT : RESTRICTED_DEFAULT;
    this.#actionsRoot = options.actionsRoot ?? REPO_ROOT;
    this.#stepTimeoutMs = options.stepTimeoutMs ?? 600_000;
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
          this.#invalidRun(repo, path, event, sha, error.message);
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

  #newRun(
    repo: RepoRecord,
    path: string,
    name: string,
    event: string,
    sha: string,
    ref: string,
    actor: string,
    presetId?: number | null,
  ): WorkflowRunRecord {
    const { store } = this.#deps;
    const state = runsOf(store);
    const workflowId = workflowFor(store, repo, path).id;
    const key = `${repo.owner}/${repo.name}:${workflowId}`;
    const runNumber = (state.numbers.get(key) ?? 0) + 1;
    state.numbers.set(key, runNumber);
    const at = store.timestamp();
    const commit = repo.git.commits.get(sha);
    const record: WorkflowRunRecord = {
      id: presetId ?? store.ids.next('workflow_run'),
      repository: `${repo.owner}/${repo.name}`,
      workflowId,
      path,
      name,
      displayTitle: commit?.message.split('\n')[0] ?? name,
      event,
      headSha: sha,
      headBranch: ref.startsWith('refs/heads/')
        ? ref.slice('refs/heads/'.length)
        : ref.startsWith('refs/tags/')
          ? ref.slice('refs/tags/'.length)
          : null,
      actor,
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

  #invalidRun(repo: RepoRecord, path: string, event: SandboxEvent, sha: string, message: string): void {
    const ref = String(event.payloadFields.ref ?? `refs/heads/${repo.defaultBranch}`);
    const record = this.#newRun(
      repo,
      path,
      path,
      event.event,
      sha,
      ref,
      String((event.sender as { login?: string }).login ?? ''),
    );
    record.status = 'completed';
    record.conclusion = 'failure';
    record.error = message;
  }

  /** Runs one workflow file for a trigger; resolves with the finished run. */
  async #run(repo: RepoRecord, file: WorkflowFile, trigger: Trigger, actor: string): Promise<WorkflowRunRecord> {
    const { store, url, serverUrl } = this.#deps;
    const presetId =
      trigger.eventName === 'workflow_dispatch'
        ? dispatchesOf(repo).workflowDispatches.findLast((d) => d.workflowPath === file.path)?.runId
        : undefined;
    const record = this.#newRun(
      repo,
      file.path,
      file.name,
      trigger.eventName,
      trigger.sha,
      trigger.ref,
      actor,
      presetId,
    );
    const controller = new AbortController();
    this.#controllers.add(controller);
    const pull = trigger.payload.pull_request as { head?: { ref?: string }; base?: { ref?: string } } | undefined;
    const github: Record<string, unknown> = {
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
      run_id: String(record.id),
      run_number: String(record.runNumber),
      sha: trigger.sha,
      workflow: file.name,
      workflow_ref: `${repo.owner}/${repo.name}/${file.path}@${trigger.ref}`,
    };
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
          return this.#finish(record, 'cancelled');
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
        const values = Object.values(results).map((r) => r.result);
        const conclusion: Conclusion = controller.signal.aborted
          ? 'cancelled'
          : values.includes('failure')
            ? 'failure'
            : values.includes('cancelled')
              ? 'cancelled'
              : 'success';
        return this.#finish(record, conclusion);
      } finally {
        if (concurrency) this.#groups.release(concurrency, controller);
      }
    } catch (error) {
      // A fault of the executor itself also ends the run (failed, never left in progress) and is kept in `errors`.
      const expected = isUserError(error) || (error instanceof Error && error.name === 'ExpressionError');
      if (!expected) this.errors.push(error);
      record.error = `${expected ? '' : 'sandbox executor fault: '}${error instanceof Error ? error.message : String(error)}`;
      return this.#finish(record, 'failure');
    } finally {
      this.#controllers.delete(controller);
    }
  }

  #finish(record: WorkflowRunRecord, conclusion: Conclusion): WorkflowRunRecord {
    record.status = 'completed';
    record.conclusion = conclusion;
    record.updatedAt = this.#deps.store.timestamp();
    return record;
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
      const record = openJob(this.#deps, context.repo, context.record, `${scope.prefix}${nameOf(job, key, base)}`, key);
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
        const result = await this.#runLeg(
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
    const values = results.map((r) => r.result);
    const result: JobResult['result'] = values.includes('failure')
      ? 'failure'
      : values.includes('cancelled')
        ? 'cancelled'
        : 'success';
    return { result, outputs };
  }

  /** One leg of a job (the whole job without a matrix). */
  async #runLeg(
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
      vars: this.vars,
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
    const record = openJob(this.#deps, context.repo, context.record, name, key);
    const controller = new AbortController();
    const abort = () => controller.abort(legSignal.reason);
    if (legSignal.aborted) abort();
    else legSignal.addEventListener('abort', abort, { once: true });
    let timer: NodeJS.Timeout | undefined;
    const fail = (message: string): JobResult => {
      record.error = message;
      record.log += `##[error]${message}\n`;
      record.annotations.push({ level: 'error', message });
      completeJob(this.#deps.store, context.repo, record, 'failure');
      return { result: 'failure', outputs: {} };
    };
    try {
      if (controller.signal.aborted) {
        completeJob(this.#deps.store, context.repo, record, 'cancelled');
        return { result: 'cancelled', outputs: {} };
      }
      const labels = listOf(evaluateValue(job['runs-on'] ?? null, contexts, { status: 'success' }) as Plain);
      record.labels = labels;
      const runner = this.#runners.find((r) =>
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
      if (concurrency && !(await this.#groups.acquire(concurrency, controller))) {
        completeJob(this.#deps.store, context.repo, record, 'cancelled');
        return { result: 'cancelled', outputs: {} };
      }
      try {
        startJob(this.#deps.store, context.repo, record);
        const permissions = this.#permissionsFor(job, scope, key);
        record.permissions = permissions;
        const installation = this.#deps.store.installationFor(repo);
        const token = installation
          ? this.#deps.tokens.issueInstallationToken(
              installation.id,
              permissions,
              [repo.id],
              this.#deps.store.now(),
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
          deps: this.#deps,
          actionsRoot: this.#actionsRoot,
          stepTimeoutMs: this.#stepTimeoutMs,
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
          const { used, denied } = usage(this.#deps.counters.calls, token);
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
        completeJob(this.#deps.store, context.repo, record, conclusion);
        const continueOnError =
          job['continue-on-error'] !== undefined &&
          evaluateValue(job['continue-on-error'], contexts, { status: 'success' }) === true;
        return {
          result: conclusion === 'failure' && continueOnError ? 'success' : (conclusion as JobResult['result']),
          outputs,
        };
      } finally {
        if (concurrency) this.#groups.release(concurrency, controller);
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
    const callerName = `${scope.prefix}${nameOf(job, key, base)}`;
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
    const values = Object.values(results).map((r) => r.result);
    const result: JobResult['result'] = values.includes('failure')
      ? 'failure'
      : values.includes('cancelled')
        ? 'cancelled'
        : 'success';
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

/** The commit GitHub reads workflow files from for an event. */
function fileSha(event: SandboxEvent, repo: RepoRecord): string | undefined {
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
function workflowInputs(file: WorkflowFile, trigger: Trigger): Record<string, unknown> {
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

function listOf(value: Plain | unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'object' && value !== null && 'labels' in value)
    return listOf((value as { labels: unknown }).labels);
  return [String(value)];
}

function nameOf(job: Record<string, Plain>, key: string, contexts: Contexts): string {
  if (job.name === undefined) return key;
  try {
    return asText(evaluateValue(job.name, contexts, { status: 'success' }));
  } catch {
    return typeof job.name === 'string' ? job.name : key;
  }
}

export { payloadOf };
