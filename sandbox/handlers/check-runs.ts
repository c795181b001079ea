/**
 * Check runs: create and update (GitHub Apps only: a user token gets 403 `You must authenticate
 * via a GitHub App.` from the permission table), get, list for a ref (`check_name`, `status`,
 * `app_id`, `filter=latest|all`) and list annotations. GitHub's limits are enforced: at most 50
 * annotations per request (appended on update), at most 3 actions with a label and identifier of
 * at most 20 and a description of at most 40 characters; in strict mode the contract check of the
 * request answers first, with the same 422 `Invalid request.`.
 *
 * The App that created a run is recorded: only it may update the run, and
 * `requestCheckRunAction` (a test hook: a person clicking one of the run's buttons) emits
 * `check_run.requested_action` for its installation. Creating emits `check_run.created`, and
 * reaching `completed` emits `check_run.completed`.
 */
import { ApiError, notAccessibleByIntegration, notFound, unprocessable } from '../errors.js';
import type { EventBus, SandboxEvent } from '../events.js';
import { paginate } from '../pagination.js';
import {
  checksOf,
  findCheckRun,
  type AnnotationRecord,
  type CheckRunAction,
  type CheckRunRecord,
  type CheckRunStatus,
} from '../state/checks.js';
import { resolveCommitish } from '../state/commitish.js';
import { roleAtLeast, type RepoRecord, type Store } from '../state/store.js';
import { checkAnnotation, checkRun } from '../shapes/check-run.js';
import { repository } from '../shapes/repository.js';
import { simpleUser } from '../shapes/user.js';
import type { Urls } from '../urls.js';
import type { Family, HandlerContext } from './types.js';

/** GitHub's per-request limits. */
export const CHECK_RUN_LIMITS = {
  annotations: 50,
  actions: 3,
  label: 20,
  identifier: 20,
  description: 40,
} as const;

interface AnnotationInput {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationRecord['level'];
  message: string;
  title?: string;
  raw_details?: string;
}

interface OutputInput {
  title?: string;
  summary?: string;
  text?: string;
  annotations?: AnnotationInput[];
}

interface CheckRunInput {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckRunStatus;
  started_at?: string;
  conclusion?: string;
  completed_at?: string;
  output?: OutputInput;
  actions?: CheckRunAction[];
}

/** GitHub's answer to a body its JSON schema rejects (as the strict contract check also answers). */
function invalidRequest(detail: string): ApiError {
  return new ApiError(422, `Invalid request.\n\n${detail}`);
}

/** Enforces the documented limits on annotations and actions (for non-strict sandboxes). */
function checkLimits(input: CheckRunInput): void {
  const annotations = input.output?.annotations ?? [];
  if (annotations.length > CHECK_RUN_LIMITS.annotations) {
    throw invalidRequest(
      `For 'properties/annotations', the array has more than ${CHECK_RUN_LIMITS.annotations} items.`,
    );
  }
  const actions = input.actions ?? [];
  if (actions.length > CHECK_RUN_LIMITS.actions) {
    throw invalidRequest(`For 'properties/actions', the array has more than ${CHECK_RUN_LIMITS.actions} items.`);
  }
  for (const action of actions) {
    for (const field of ['label', 'identifier', 'description'] as const) {
      if ([...(action[field] ?? '')].length > CHECK_RUN_LIMITS[field]) {
        throw invalidRequest(
          `For 'properties/${field}', "${action[field]}" is longer than ${CHECK_RUN_LIMITS[field]}.`,
        );
      }
    }
  }
}

function toAnnotation(input: AnnotationInput): AnnotationRecord {
  return {
    path: input.path,
    startLine: input.start_line,
    endLine: input.end_line,
    startColumn: input.start_column ?? null,
    endColumn: input.end_column ?? null,
    level: input.annotation_level,
    message: input.message,
    title: input.title ?? null,
    rawDetails: input.raw_details ?? null,
  };
}

/** The App and installation behind the calling installation token. */
function callerApp(context: HandlerContext): { appId: number; installationId: number } {
  const { principal, store } = context;
  const installation =
    principal.kind === 'installation' ? store.installations.get(principal.installationId) : undefined;
  if (!installation) throw notAccessibleByIntegration();
  return { appId: installation.appId, installationId: installation.id };
}

function shape(context: HandlerContext, record: CheckRunRecord): Record<string, unknown> {
  return checkRun(context.urls, context.store, context.repo!, record);
}

function find(context: HandlerContext): CheckRunRecord {
  const record = checksOf(context.repo!).runs.get(Number(context.params.check_run_id));
  if (!record) throw notFound();
  return record;
}

/** Applies status, conclusion and their timestamps; 422 when `completed` comes without a conclusion. */
function applyStatus(record: CheckRunRecord, input: CheckRunInput, now: string): void {
  if (input.started_at !== undefined) record.startedAt = input.started_at;
  if (input.conclusion !== undefined) {
    record.status = 'completed';
    record.conclusion = input.conclusion;
  } else if (input.status !== undefined) {
    record.status = input.status;
  }
  if (record.status === 'completed') {
    if (record.conclusion === null) {
      throw invalidRequest("For 'properties/conclusion', a conclusion is required when status is completed.");
    }
    record.completedAt = input.completed_at ?? record.completedAt ?? now;
  }
}

function applyOutput(record: CheckRunRecord, output: OutputInput | undefined): void {
  if (!output) return;
  if (output.title !== undefined) record.output.title = output.title;
  if (output.summary !== undefined) record.output.summary = output.summary;
  if (output.text !== undefined) record.output.text = output.text;
  record.annotations.push(...(output.annotations ?? []).map(toAnnotation));
}

function emitCheckRun(context: HandlerContext, action: string, record: CheckRunRecord): void {
  context.emit({ event: 'check_run', action, payloadFields: { check_run: shape(context, record) } });
}

/** What `requestCheckRunAction` needs from a running sandbox. */
export interface CheckRunActionRuntime {
  store: Store;
  urls: Urls;
  events: EventBus;
}

/** Options of `Sandbox.requestCheckRunAction`. */
export interface RequestCheckRunActionOptions {
  checkRunId: number;
  /** The `identifier` of one of the run's `actions`. */
  identifier: string;
  /** Login of the person clicking the button (needs write access, as the button is shown only then). */
  as: string;
}

/**
 * Emulates a person clicking one of a check run's action buttons: emits
 * `check_run.requested_action` for the installation of the App that created the run. Throws when
 * the run, the action or the person does not exist, or the person may not click it.
 */
export function requestCheckRunAction(
  runtime: CheckRunActionRuntime,
  options: RequestCheckRunActionOptions,
): SandboxEvent {
  const { store, urls, events } = runtime;
  const found = findCheckRun(store.repos.values(), options.checkRunId);
  if (!found) throw new Error(`sandbox.requestCheckRunAction: no check run ${options.checkRunId}`);
  const { repo, run } = found;
  if (!run.actions.some((action) => action.identifier === options.identifier)) {
    const offered = run.actions.map((action) => action.identifier).join(', ') || 'none';
    throw new Error(
      `sandbox.requestCheckRunAction: check run ${run.id} offers no action "${options.identifier}" (offered: ${offered})`,
    );
  }
  const user = store.account(options.as);
  if (!user) throw new Error(`sandbox.requestCheckRunAction: no user "${options.as}"`);
  if (!roleAtLeast(store.roleOf(user.login, repo), 'write')) {
    throw new Error(`sandbox.requestCheckRunAction: ${user.login} has no write access to ${repo.owner}/${repo.name}`);
  }
  return events.emit(
    {
      event: 'check_run',
      action: 'requested_action',
      repository: repository(urls, repo, store.account(repo.owner)!),
      payloadFields: {
        check_run: checkRun(urls, store, repo, run),
        requested_action: { identifier: options.identifier },
      },
      sender: simpleUser(urls, user),
      installationId: run.installationId,
      onlyAppId: run.appId,
    },
    store.timestamp(),
  );
}

function suiteId(store: Store, repo: RepoRecord, appId: number, sha: string): number {
  const suites = checksOf(repo).suites;
  const key = `${appId}:${sha}`;
  let id = suites.get(key);
  if (id === undefined) {
    id = store.ids.next('check_suite');
    suites.set(key, id);
  }
  return id;
}

/** The check runs family. */
export const checkRuns: Family = {
  name: 'check-runs',
  handlers: {
    'checks/create': (context) => {
      const { repo, store } = context;
      const input = context.body as CheckRunInput & { name: string; head_sha: string };
      checkLimits(input);
      if (!repo!.git.commits.has(input.head_sha)) throw unprocessable(`No commit found for SHA: ${input.head_sha}`);
      const { appId, installationId } = callerApp(context);
      const now = store.timestamp();
      const record: CheckRunRecord = {
        id: store.ids.next('check_run'),
        name: input.name,
        headSha: input.head_sha,
        status: 'queued',
        conclusion: null,
        startedAt: now,
        completedAt: null,
        externalId: input.external_id ?? '',
        detailsUrl: input.details_url ?? context.urls.html(`/apps/${store.app!.slug}`),
        output: { title: null, summary: null, text: null },
        annotations: [],
        actions: input.actions ?? [],
        appId,
        installationId,
        checkSuiteId: suiteId(store, repo!, appId, input.head_sha),
        createdAt: now,
        updatedAt: now,
      };
      applyStatus(record, input, now);
      applyOutput(record, input.output);
      checksOf(repo!).runs.set(record.id, record);
      emitCheckRun(context, 'created', record);
      if (record.status === 'completed') emitCheckRun(context, 'completed', record);
      return { status: 201, body: shape(context, record) };
    },

    'checks/update': (context) => {
      const record = find(context);
      if (record.appId !== callerApp(context).appId) throw notAccessibleByIntegration();
      const input = context.body as CheckRunInput;
      checkLimits(input);
      const wasCompleted = record.status === 'completed';
      const now = context.store.timestamp();
      if (input.name !== undefined) record.name = input.name;
      if (input.details_url !== undefined) record.detailsUrl = input.details_url;
      if (input.external_id !== undefined) record.externalId = input.external_id;
      if (input.actions !== undefined) record.actions = input.actions;
      applyStatus(record, input, now);
      applyOutput(record, input.output);
      record.updatedAt = now;
      if (!wasCompleted && record.status === 'completed') emitCheckRun(context, 'completed', record);
      return { status: 200, body: shape(context, record) };
    },

    'checks/get': (context) => ({ status: 200, body: shape(context, find(context)) }),

    'checks/list-for-ref': (context) => {
      const { repo, urls, query, params } = context;
      const sha = resolveCommitish(repo!, params.ref!);
      if (!sha) throw unprocessable(`No commit found for SHA: ${params.ref}`);
      const newestFirst = [...checksOf(repo!).runs.values()].filter((run) => run.headSha === sha).reverse();
      const seen = new Set<string>();
      const matches = newestFirst.filter((run) => {
        if (query.check_name !== undefined && run.name !== query.check_name) return false;
        if (query.status !== undefined && run.status !== query.status) return false;
        if (query.app_id !== undefined && run.appId !== Number(query.app_id)) return false;
        if ((query.filter ?? 'latest') === 'latest') {
          const key = `${run.appId}:${run.name}`;
          if (seen.has(key)) return false;
          seen.add(key);
        }
        return true;
      });
      const self = urls.api(
        `/repos/${repo!.owner}/${repo!.name}/commits/${encodeURIComponent(params.ref!)}/check-runs`,
      );
      const { page, headers } = paginate(matches, query, self);
      return {
        status: 200,
        body: { total_count: matches.length, check_runs: page.map((run) => shape(context, run)) },
        headers,
      };
    },

    'checks/list-annotations': (context) => {
      const { repo, urls, query } = context;
      const run = find(context);
      const { page, headers } = paginate(
        run.annotations,
        query,
        urls.api(`/repos/${repo!.owner}/${repo!.name}/check-runs/${run.id}/annotations`),
      );
      return { status: 200, body: page.map((annotation) => checkAnnotation(urls, repo!, run, annotation)), headers };
    },
  },
};
