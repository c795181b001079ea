/**
 * The environment GitHub's runner gives a JavaScript action's step, as sandbox/action-runner.ts
 * emulates it: `INPUT_*` (with `action.yml` defaults, whose few `${{ github.* }}` expressions are
 * evaluated), the `GITHUB_*` and `RUNNER_*` variables, the event JSON at `GITHUB_EVENT_PATH`, the
 * runner's temporary and tool-cache folders, and a workspace. Against a sandbox (`apiUrl` given)
 * it also gives what the runner gives for the results service: `ACTIONS_RUNTIME_TOKEN` (minted for
 * the run's repository, ref and backend ids: sandbox/auth/runtime-token.ts), `ACTIONS_RESULTS_URL`,
 * `ACTIONS_CACHE_URL`, `ACTIONS_RUNTIME_URL` and `ACTIONS_CACHE_SERVICE_V2`, so the real
 * `@actions/cache` and `@actions/artifact` talk to the sandbox.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { mintRuntimeToken } from '../auth/runtime-token.js';

/** The repository root (this file lives in `<root>/sandbox/runner/`). */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** How to run an action; every field is optional. */
export interface BundledActionOptions {
  /** Action inputs by the names in `action.yml` (become `INPUT_<NAME>`); `action.yml` defaults fill the rest. */
  inputs?: Record<string, string | number | boolean>;
  /** Extra environment for the step, as a workflow's `env:`; `GITHUB_TOKEN` reaches the action only this way or as an input. */
  env?: Record<string, string>;
  /** The event payload, written to the file at `GITHUB_EVENT_PATH` (default `{}`). */
  event?: Record<string, unknown>;
  /** `GITHUB_EVENT_NAME` (default `workflow_dispatch`). */
  eventName?: string;
  /** `GITHUB_WORKSPACE` and the working directory (default: a fresh temporary directory). */
  workspace?: string;
  /** `GITHUB_API_URL`, e.g. the sandbox's URL (default `https://api.github.com`). */
  apiUrl?: string;
  /**
   * `GITHUB_SERVER_URL` (default: `apiUrl` without a trailing `/api/v3`; for a sandbox on
   * loopback `http://github.localhost:<port>`, see `sandboxServerUrl`; `https://github.com`
   * without `apiUrl`).
   */
  serverUrl?: string;
  /** `GITHUB_GRAPHQL_URL` (default: derived from `apiUrl` as GitHub and GHES lay it out). */
  graphqlUrl?: string;
  /** The value of `${{ github.token }}` in `action.yml` input defaults; never exported by itself. */
  token?: string;
  /** `GITHUB_REPOSITORY` (default `acme/churn`, the sandbox's seeded repository). */
  repository?: string;
  /** `GITHUB_SHA` (default: the event's `after`, pull request head or 40 zeros). */
  sha?: string;
  /** `GITHUB_REF` (default `refs/heads/main`). */
  ref?: string;
  /** `GITHUB_ACTOR` (default: the event's sender, else `maintainer`). */
  actor?: string;
  /** `GITHUB_JOB` (default `test`). */
  job?: string;
  /** `GITHUB_RUN_ID` (default `1`). */
  runId?: number;
  /** `GITHUB_RUN_NUMBER` (default `1`). */
  runNumber?: number;
  /** `GITHUB_RUN_ATTEMPT` (default `1`). */
  runAttempt?: number;
  /** `GITHUB_WORKFLOW` (default `modelship`). */
  workflow?: string;
  /** Run the `post:` step if `action.yml` declares one (default true). */
  runPost?: boolean;
  /**
   * The results service's ids of the run and the job (`workflowRunBackendId`,
   * `workflowJobRunBackendId`, in the runtime token's `Actions.Results` scope); default: derived
   * from the repository, run id, attempt and job, so two jobs of one run share the run's id.
   */
  backendIds?: { run: string; job: string };
  /** Kill a step that runs longer than this (default 120 000 ms). */
  timeoutMs?: number;
  /** Kills the running step when aborted (the workflow executor cancelling a run). */
  signal?: AbortSignal;
  /**
   * Do not run the `post:` step now: `ActionRun.runPost` runs it later (the workflow executor runs
   * post steps at the end of the job, as the runner does).
   */
  deferPost?: boolean;
}

/** The parts of `action.yml` the harness uses. */
export interface ActionManifest {
  inputs?: Record<string, { default?: unknown }>;
  runs?: { using?: string; main?: string; post?: string; 'post-if'?: string };
}

/** Resolves `name` (an action under `actions/`) or a directory to the action's directory. */
export function actionDirectory(action: string): string {
  if (isAbsolute(action) || action.includes('/') || action.includes('\\')) return resolve(action);
  return join(repoRoot, 'actions', action);
}

/** Reads `action.yml` (or `action.yaml`) in `dir`; `{}` when there is none. */
export function readManifest(dir: string): ActionManifest {
  for (const file of ['action.yml', 'action.yaml']) {
    const path = join(dir, file);
    if (existsSync(path)) return (parseYaml(readFileSync(path, 'utf8')) ?? {}) as ActionManifest;
  }
  return {};
}

/** Evaluates the few expressions input defaults use (`${{ github.token }}`, `${{ github.repository }}`). */
function evaluateDefault(value: string, context: Record<string, string>, input: string): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression: string) => {
    if (expression in context) return context[expression]!;
    throw new Error(
      `runBundledAction cannot evaluate \`\${{ ${expression} }}\` in the default of input '${input}'; ` +
        `it knows ${Object.keys(context).join(', ')}. Pass the input explicitly.`,
    );
  });
}

const runnerOs = (): string =>
  process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux';
const runnerArch = (): string =>
  ({ x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' })[process.arch as string] ?? process.arch.toUpperCase();

/** A step's environment and the folders made for it. */
export interface RunnerEnvironment {
  /** The step's environment (without the file-command variables, which are per step). */
  env: NodeJS.ProcessEnv;
  /** `RUNNER_TEMP`: holds the event file and the file-command files. */
  temp: string;
  /** `GITHUB_WORKSPACE`, the step's working directory. */
  workspace: string;
}

/** Builds the runner's environment for running the action in `dir` with `manifest`. */
export function runnerEnvironment(
  dir: string,
  manifest: ActionManifest,
  options: BundledActionOptions,
): RunnerEnvironment {
  const temp = mkdtempSync(join(tmpdir(), 'modelship-runner-'));
  const ws = options.workspace ?? mkdtempSync(join(tmpdir(), 'modelship-workspace-'));
  const event = options.event ?? {};
  const eventPath = join(temp, '_github_workflow', 'event.json');
  mkdirSync(dirname(eventPath), { recursive: true });
  writeFileSync(eventPath, JSON.stringify(event, null, 2));
  const toolCache = join(temp, '_tool');
  mkdirSync(toolCache, { recursive: true });

  const apiUrl = (options.apiUrl ?? 'https://api.github.com').replace(/\/$/, '');
  const ghes = apiUrl.endsWith('/api/v3');
  const serverUrl =
    options.serverUrl ??
    (options.apiUrl === undefined
      ? 'https://github.com'
      : ghes
        ? apiUrl.slice(0, -'/api/v3'.length)
        : sandboxServerUrl(apiUrl));
  const graphqlUrl = options.graphqlUrl ?? (ghes ? `${serverUrl}/api/graphql` : `${apiUrl}/graphql`);
  const repository = options.repository ?? 'acme/churn';
  const owner = repository.split('/')[0] ?? '';
  const ref = options.ref ?? 'refs/heads/main';
  const pull = event.pull_request as { head?: { sha?: string; ref?: string }; base?: { ref?: string } } | undefined;
  const sha = options.sha ?? (typeof event.after === 'string' ? event.after : pull?.head?.sha) ?? '0'.repeat(40);
  const sender = (event.sender as { login?: string } | undefined)?.login;
  const actor = options.actor ?? sender ?? 'maintainer';
  const repo = event.repository as { id?: number; owner?: { id?: number } } | undefined;
  const eventName = options.eventName ?? 'workflow_dispatch';
  const isPull = eventName === 'pull_request' || eventName === 'pull_request_target';
  const runId = options.runId ?? 1;
  const runAttempt = options.runAttempt ?? 1;
  const job = options.job ?? 'test';

  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.platform === 'win32' ? { SystemRoot: process.env.SystemRoot, TEMP: temp, TMP: temp } : {}),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: `__${basename(dir)}`,
    GITHUB_ACTION_PATH: dir,
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTION_REF: '',
    GITHUB_ACTOR: actor,
    GITHUB_TRIGGERING_ACTOR: actor,
    GITHUB_API_URL: apiUrl,
    GITHUB_SERVER_URL: serverUrl,
    GITHUB_GRAPHQL_URL: graphqlUrl,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: owner,
    ...(repo?.id !== undefined ? { GITHUB_REPOSITORY_ID: String(repo.id) } : {}),
    ...(repo?.owner?.id !== undefined ? { GITHUB_REPOSITORY_OWNER_ID: String(repo.owner.id) } : {}),
    GITHUB_SHA: sha,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_REF_PROTECTED: 'false',
    GITHUB_HEAD_REF: isPull ? (pull?.head?.ref ?? '') : '',
    GITHUB_BASE_REF: isPull ? (pull?.base?.ref ?? '') : '',
    GITHUB_WORKSPACE: ws,
    GITHUB_WORKFLOW: options.workflow ?? 'modelship',
    GITHUB_JOB: job,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_NUMBER: String(options.runNumber ?? 1),
    GITHUB_RUN_ATTEMPT: String(runAttempt),
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: runnerOs(),
    RUNNER_ARCH: runnerArch(),
    RUNNER_NAME: 'modelship-sandbox',
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: toolCache,
    ...(options.apiUrl === undefined
      ? {}
      : resultsService(apiUrl, {
          repository,
          ref,
          sha,
          runId,
          runAttempt,
          job,
          defaultBranch: (event.repository as { default_branch?: string } | undefined)?.default_branch,
          baseRef: isPull ? pull?.base?.ref : undefined,
          workflowRunBackendId: options.backendIds?.run,
          workflowJobRunBackendId: options.backendIds?.job,
        })),
    ...options.env,
  };

  const expressions: Record<string, string> = {
    'github.token': options.token ?? '',
    'github.repository': repository,
    'github.repository_owner': owner,
    'github.sha': sha,
    'github.ref': ref,
    'github.workspace': ws,
    'github.actor': actor,
    'github.event_name': eventName,
    'github.server_url': serverUrl,
    'github.api_url': apiUrl,
    'runner.temp': temp,
    'runner.os': env.RUNNER_OS!,
  };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(manifest.inputs ?? {})) {
    if (spec?.default !== undefined && spec.default !== null) {
      inputs[name] = evaluateDefault(String(spec.default), expressions, name);
    }
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) inputs[name] = String(value);
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  return { env, temp, workspace: ws };
}

/**
 * The `GITHUB_SERVER_URL` of runs against a sandbox at `apiUrl`: `http://github.localhost:<port>`
 * for a sandbox on loopback (`127.x.x.x`, `localhost`, `[::1]`), else `apiUrl`. The toolkit takes
 * every host but github.com, `*.ghe.com` and `*.localhost` for GHES, where `@actions/artifact`
 * refuses to run and `@actions/cache` falls back to its retired v1 service (`isGhes()` in both
 * packages' `lib/internal/.../config.js`). Run links (`<server>/<repo>/actions/runs/<id>`) carry it.
 */
export function sandboxServerUrl(apiUrl: string): string {
  const url = new URL(apiUrl);
  const host = url.hostname;
  const loopback = host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
  return loopback ? `http://github.localhost:${url.port}` : apiUrl.replace(/\/$/, '');
}

/**
 * The results-service variables the runner sets for every step: the runtime token and the service
 * URLs, all on the sandbox (GitHub's are `https://results-receiver.actions.githubusercontent.com/`
 * and per-job pipeline URLs). `ACTIONS_CACHE_SERVICE_V2` makes `@actions/cache` use the Twirp
 * service GitHub runs today instead of the retired v1 REST API.
 */
function resultsService(apiUrl: string, job: Parameters<typeof mintRuntimeToken>[0]): Record<string, string> {
  const base = `${new URL(apiUrl).origin}/`;
  return {
    ACTIONS_RUNTIME_TOKEN: mintRuntimeToken(job),
    ACTIONS_RESULTS_URL: base,
    ACTIONS_CACHE_URL: base,
    ACTIONS_RUNTIME_URL: base,
    ACTIONS_CACHE_SERVICE_V2: 'True',
  };
}
