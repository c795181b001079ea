/**
 * Runs a bundled JavaScript action the way the GitHub Actions runner does, so tests, the demo and
 * the workflow executor exercise the committed `dist/index.js` exactly as a runner would:
 * - a real `node` child process, spawned asynchronously (an emulator in this process, such as
 *   the sandbox's HTTP server, must be able to answer the action's requests meanwhile);
 * - the runner's environment: `INPUT_*` (with `action.yml` defaults), the `GITHUB_*` and
 *   `RUNNER_*` variables, the event JSON at `GITHUB_EVENT_PATH`, and fresh file-command files
 *   (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_STATE`, `GITHUB_PATH`, `GITHUB_STEP_SUMMARY`);
 * - the runner's parsing of what comes back: file commands (`name=value` and `name<<DELIM`
 *   heredocs, ported from actions/runner `FileCommandManager.cs`), workflow commands on stdout and
 *   stderr (`::error file=...,line=...::message`, unescaped as `ActionCommand.cs` does, which is
 *   the inverse of `@actions/core`'s escaping), `add-mask`, `stop-commands`;
 * - the action's `post:` step (with `STATE_*` from the main step), when `action.yml` has one.
 * Not emulated: `pre:` steps, Docker and composite actions, `post-if` expressions beyond
 * `always()`/`success()`/`failure()`/`cancelled()`, and secret masking in file outputs.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/** The repository root (this file lives in `<root>/sandbox/`). */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** GitHub's limit on one step's summary; a larger one is refused with an error, as the runner does. */
const STEP_SUMMARY_LIMIT = 128 * 1024;

/** An annotation (`::error`, `::warning`, `::notice`) as the runner reads it; properties stay strings. */
export interface Annotation {
  /** `error`, `warning` or `notice`. */
  level: 'error' | 'warning' | 'notice';
  /** The message, unescaped (`%25`, `%0D`, `%0A` decoded). */
  message: string;
  /** The annotation's title, if any. */
  title?: string;
  /** The file it points at, relative to the workspace. */
  file?: string;
  /** The (start) line. */
  line?: string;
  /** The end line. */
  endLine?: string;
  /** The (start) column. */
  col?: string;
  /** The end column. */
  endColumn?: string;
}

/** What one step (the main or the post step) left behind. */
export interface StepRun {
  /** The process's exit code (1 when it was killed by a signal or the timeout). */
  exitCode: number;
  /** The combined stdout and stderr, in arrival order, with `add-mask` values replaced by `***`. */
  log: string;
}

/** The result of running an action. */
export interface ActionRun extends StepRun {
  /** `success` when the main step exited 0 and its file commands parsed, else `failure`. */
  outcome: 'success' | 'failure';
  /** Step outputs (`GITHUB_OUTPUT`, and the deprecated `::set-output`). */
  outputs: Record<string, string>;
  /** Variables exported for later steps (`GITHUB_ENV`). */
  env: Record<string, string>;
  /** State saved for the post step (`GITHUB_STATE`, and the deprecated `::save-state`). */
  state: Record<string, string>;
  /** Directories added to `PATH` for later steps (`GITHUB_PATH`), in the order written. */
  path: string[];
  /** The job summary written by the main and post steps (`GITHUB_STEP_SUMMARY`). */
  summary: string;
  /** Annotations from the main and post steps, including the runner's own file-command errors. */
  annotations: Annotation[];
  /** Values registered with `::add-mask::`. */
  masks: string[];
  /** The post step, when `action.yml` declares one and its condition held. */
  post?: StepRun;
}

/** How to run an action; every field is optional. */
export interface RunActionOptions {
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
  /** `GITHUB_SERVER_URL` (default: `apiUrl` without a trailing `/api/v3`, or `https://github.com`). */
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
  /** Kill a step that runs longer than this (default 120 000 ms). */
  timeoutMs?: number;
}

/** The parts of `action.yml` the harness uses. */
interface ActionManifest {
  inputs?: Record<string, { default?: unknown }>;
  runs?: { using?: string; main?: string; post?: string; 'post-if'?: string };
}

/**
 * Parses a file-command file (`GITHUB_OUTPUT`, `GITHUB_ENV`, `GITHUB_STATE`) exactly as the
 * runner's `SetEnvFileCommand` does: `NAME=VALUE` lines and `NAME<<DELIMITER` heredocs whose value
 * runs up to the line that equals the delimiter, without the final newline; empty lines are skipped
 * and anything else is an error. Lines end at `\n` (a `\r` before it stays in the value, as on Linux).
 */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  let index = 0;
  const readLine = (): { line: string; newline: number } | undefined => {
    if (index >= text.length) return undefined;
    const start = index;
    const lf = text.indexOf('\n', index);
    if (lf < 0) {
      index = text.length;
      return { line: text.slice(start), newline: 0 };
    }
    index = lf + 1;
    return { line: text.slice(start, lf), newline: 1 };
  };
  for (let next = readLine(); next; next = readLine()) {
    const { line } = next;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      values[line.slice(0, equals)] = line.slice(equals + 1);
    } else if (heredoc >= 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delim = line.slice(heredoc + 2);
      if (name === '' || delim === '') {
        throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
      }
      const start = index;
      let end = index;
      for (let value = readLine(); ; value = readLine()) {
        if (!value) throw new Error(`Invalid value. Matching delimiter not found '${delim}'`);
        if (value.line === delim) break;
        end = index - value.newline;
      }
      values[name] = end > start ? text.slice(start, end) : '';
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return values;
}

/** Parses `GITHUB_PATH` as the runner's `AddPathFileCommand` does: one directory a line, later wins. */
export function parsePathFile(text: string): string[] {
  const paths: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    const seen = paths.indexOf(line);
    if (seen >= 0) paths.splice(seen, 1);
    paths.push(line);
  }
  return paths;
}

// ActionCommand.cs: data unescapes %0D, %0A, %25; properties also %3A and %2C, in this order.
const unescapeData = (s: string) => s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
const unescapeProperty = (s: string) =>
  s
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%25', '%');

/** A workflow command line (`::name k=v,k=v::data`), parsed as the runner's `TryParseV2` does. */
export interface WorkflowCommand {
  /** The command name (`error`, `add-mask`...). */
  command: string;
  /** Its properties, unescaped; the runner compares keys case-insensitively, so they are lower-cased. */
  properties: Record<string, string>;
  /** Its data, unescaped. */
  data: string;
}

/** Parses one line of step output as a workflow command, or returns `undefined` if it is not one. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const message = line.trimStart();
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (command === '') return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter((p) => p !== '')) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1)
        properties[pair.slice(0, eq).toLowerCase()] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(message.slice(end + 2)) };
}

/** What the runner collects from a step's output lines. */
class CommandCollector {
  readonly annotations: Annotation[] = [];
  readonly masks: string[] = [];
  readonly outputs: Record<string, string> = {};
  readonly state: Record<string, string> = {};
  #stopToken: string | undefined;

  line(text: string): void {
    const cmd = parseWorkflowCommand(text);
    if (!cmd) return;
    if (this.#stopToken !== undefined) {
      if (cmd.command === this.#stopToken) this.#stopToken = undefined;
      return;
    }
    switch (cmd.command) {
      case 'error':
      case 'warning':
      case 'notice': {
        const annotation: Annotation = { level: cmd.command, message: cmd.data };
        const p = cmd.properties;
        for (const key of ['title', 'file', 'line', 'col'] as const) if (p[key] !== undefined) annotation[key] = p[key];
        if (p.endline !== undefined) annotation.endLine = p.endline;
        if (p.endcolumn !== undefined) annotation.endColumn = p.endcolumn;
        this.annotations.push(annotation);
        break;
      }
      case 'add-mask':
        if (cmd.data.trim() !== '') this.masks.push(cmd.data.trim());
        break;
      case 'set-output':
        if (cmd.properties.name) this.outputs[cmd.properties.name] = cmd.data;
        break;
      case 'save-state':
        if (cmd.properties.name) this.state[cmd.properties.name] = cmd.data;
        break;
      case 'stop-commands':
        if (cmd.data !== '') this.#stopToken = cmd.data;
        break;
    }
  }
}

/** Resolves `name` (an action under `actions/`) or a directory to the action's directory. */
function actionDirectory(action: string): string {
  if (isAbsolute(action) || action.includes('/') || action.includes('\\')) return resolve(action);
  return join(repoRoot, 'actions', action);
}

function readManifest(dir: string): ActionManifest {
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
      `runAction cannot evaluate \`\${{ ${expression} }}\` in the default of input '${input}'; ` +
        `it knows ${Object.keys(context).join(', ')}. Pass the input explicitly.`,
    );
  });
}

const runnerOs = (): string =>
  process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux';
const runnerArch = (): string =>
  ({ x64: 'X64', arm64: 'ARM64', ia32: 'X86', arm: 'ARM' })[process.arch as string] ?? process.arch.toUpperCase();

/** Spawns one step and collects its output lines, in arrival order across stdout and stderr. */
function runStep(
  script: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
  collector: CommandCollector,
  timeoutMs: number,
): Promise<StepRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const partial = { stdout: '', stderr: '' };
    const take = (stream: 'stdout' | 'stderr', chunk: string, flush = false) => {
      log += chunk;
      const lines = (partial[stream] + chunk).split('\n');
      partial[stream] = flush ? '' : lines.pop()!;
      for (const line of lines) collector.line(line.endsWith('\r') ? line.slice(0, -1) : line);
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => take('stdout', d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => take('stderr', d));
    const timer = setTimeout(() => {
      log += `\n##[error]The step exceeded its ${timeoutMs} ms timeout and was killed.\n`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      take('stdout', '', true);
      take('stderr', '', true);
      resolvePromise({ exitCode: code ?? 1, log });
    });
  });
}

/** Fresh, empty file-command files for one step, as the runner creates them. */
function fileCommands(temp: string, step: string) {
  const dir = join(temp, '_runner_file_commands', step);
  mkdirSync(dir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(dir, 'set_output'),
    GITHUB_ENV: join(dir, 'set_env'),
    GITHUB_STATE: join(dir, 'save_state'),
    GITHUB_PATH: join(dir, 'add_path'),
    GITHUB_STEP_SUMMARY: join(dir, 'step_summary'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  return files;
}

function mask(text: string, masks: readonly string[]): string {
  return masks.reduce((out, secret) => out.replaceAll(secret, '***'), text);
}

function readSummary(file: string, annotations: Annotation[]): string {
  const text = readFileSync(file, 'utf8');
  if (Buffer.byteLength(text) > STEP_SUMMARY_LIMIT) {
    annotations.push({
      level: 'error',
      message: `$GITHUB_STEP_SUMMARY supports content up a size of ${STEP_SUMMARY_LIMIT / 1024}k got ${Math.floor(Buffer.byteLength(text) / 1024)}k`,
    });
    return '';
  }
  return text;
}

/**
 * Runs an action (`name` under `actions/`, or a directory holding `action.yml`) as the runner
 * does and returns what it produced. See {@link RunActionOptions} for the environment it gets.
 */
export function runAction(action: string, options?: RunActionOptions): Promise<ActionRun>;
/** The original form, kept for existing callers: `runAction(actionDir, inputs, workspace)`. */
export function runAction(actionDir: string, inputs: Record<string, string>, workspace: string): Promise<ActionRun>;
export async function runAction(
  action: string,
  optionsOrInputs: RunActionOptions | Record<string, string> = {},
  workspace?: string,
): Promise<ActionRun> {
  const options: RunActionOptions =
    workspace !== undefined
      ? { inputs: optionsOrInputs as Record<string, string>, workspace }
      : (optionsOrInputs as RunActionOptions);
  const dir = actionDirectory(action);
  const manifest = readManifest(dir);
  const main = join(dir, manifest.runs?.main ?? join('dist', 'index.js'));
  if (!existsSync(main)) throw new Error(`Action entry ${main} does not exist: build the action (npm run build)`);

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
    (options.apiUrl === undefined ? 'https://github.com' : ghes ? apiUrl.slice(0, -'/api/v3'.length) : apiUrl);
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
    GITHUB_JOB: options.job ?? 'test',
    GITHUB_RUN_ID: String(options.runId ?? 1),
    GITHUB_RUN_NUMBER: String(options.runNumber ?? 1),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: runnerOs(),
    RUNNER_ARCH: runnerArch(),
    RUNNER_NAME: 'modelship-sandbox',
    RUNNER_ENVIRONMENT: 'self-hosted',
    RUNNER_TEMP: temp,
    RUNNER_TOOL_CACHE: toolCache,
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

  const timeoutMs = options.timeoutMs ?? 120_000;
  const collector = new CommandCollector();
  const mainFiles = fileCommands(temp, 'main');
  const mainRun = await runStep(main, ws, { ...env, ...mainFiles }, collector, timeoutMs);

  const annotations = collector.annotations;
  let fileCommandsFailed = false;
  const readCommandFile = <T>(file: string, name: string, parse: (text: string) => T, empty: T): T => {
    try {
      return parse(readFileSync(file, 'utf8'));
    } catch (error) {
      fileCommandsFailed = true;
      annotations.push({
        level: 'error',
        message: `Unable to process file command '${name}' successfully. ${error instanceof Error ? error.message : String(error)}`,
      });
      return empty;
    }
  };
  const outputs = { ...collector.outputs, ...readCommandFile(mainFiles.GITHUB_OUTPUT, 'output', parseFileCommand, {}) };
  const exported = readCommandFile(mainFiles.GITHUB_ENV, 'env', parseFileCommand, {});
  const state = { ...collector.state, ...readCommandFile(mainFiles.GITHUB_STATE, 'state', parseFileCommand, {}) };
  const path = readCommandFile(mainFiles.GITHUB_PATH, 'path', parsePathFile, []);
  let summary = readSummary(mainFiles.GITHUB_STEP_SUMMARY, annotations);
  const outcome = mainRun.exitCode === 0 && !fileCommandsFailed ? 'success' : 'failure';

  let post: StepRun | undefined;
  const postScript = manifest.runs?.post;
  if (postScript && options.runPost !== false && postCondition(manifest.runs?.['post-if'], outcome)) {
    const postFiles = fileCommands(temp, 'post');
    const postEnv: NodeJS.ProcessEnv = { ...env, ...exported, ...postFiles };
    postEnv.PATH = [...path]
      .reverse()
      .concat(env.PATH ? [env.PATH] : [])
      .join(delimiter);
    for (const [name, value] of Object.entries(state)) postEnv[`STATE_${name}`] = value;
    post = await runStep(join(dir, postScript), ws, postEnv, collector, timeoutMs);
    post.log = mask(post.log, collector.masks);
    summary += readSummary(postFiles.GITHUB_STEP_SUMMARY, annotations);
  }

  return {
    exitCode: mainRun.exitCode,
    outcome,
    outputs,
    env: exported,
    state,
    path,
    summary,
    annotations,
    masks: collector.masks,
    log: mask(mainRun.log, collector.masks),
    ...(post ? { post } : {}),
  };
}

/** Evaluates an action's `post-if` for the common status functions (default `always()`). */
function postCondition(expression: string | undefined, outcome: 'success' | 'failure'): boolean {
  const condition = (expression ?? 'always()').replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim();
  switch (condition) {
    case 'always()':
    case '!cancelled()':
      return true;
    case 'success()':
      return outcome === 'success';
    case 'failure()':
      return outcome === 'failure';
    case 'cancelled()':
      return false;
    default:
      throw new Error(`runAction cannot evaluate post-if '${condition}'; it knows always(), success(), failure().`);
  }
}
