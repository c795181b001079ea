/**
 * `runBundledAction` runs a bundled JavaScript action the way the GitHub Actions runner does, so
 * tests, the demo and the workflow executor exercise the committed `dist/index.js` exactly as a
 * runner would. (Not to be confused with the actions' own edge, actions/common.)
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
 * The seams are separate files: the environment (runner/environment.ts), the file-command and
 * workflow-command protocol (runner/protocol.ts) and the step process (runner/spawn.ts).
 * Not emulated: `pre:` steps, Docker and composite actions, `post-if` expressions beyond
 * `always()`/`success()`/`failure()`/`cancelled()`, and secret masking in file outputs.
 */
import { delimiter, join } from 'node:path';
import { existsSync } from 'node:fs';
import { actionDirectory, readManifest, runnerEnvironment, type BundledActionOptions } from './runner/environment.js';
import {
  CommandCollector,
  fileCommands,
  mask,
  readStepFiles,
  readSummary,
  type Annotation,
} from './runner/protocol.js';
import { runStep, type StepRun } from './runner/spawn.js';

export type { BundledActionOptions } from './runner/environment.js';
export type { Annotation, WorkflowCommand } from './runner/protocol.js';
export type { StepRun } from './runner/spawn.js';
export { parseFileCommand, parsePathFile, parseWorkflowCommand } from './runner/protocol.js';

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
  /**
   * With `deferPost`: runs the post step (when `action.yml` declares one and its condition holds
   * for `jobStatus`), adding its summary and annotations to this run's; resolves to the post step.
   */
  runPost?: (jobStatus: 'success' | 'failure' | 'cancelled') => Promise<StepRun | undefined>;
}

/**
 * Runs an action (`name` under `actions/`, or a directory holding `action.yml`) as the runner
 * does and returns what it produced. See {@link BundledActionOptions} for the environment it gets.
 */
export function runBundledAction(action: string, options?: BundledActionOptions): Promise<ActionRun>;
/** The original form, kept for existing callers: `runBundledAction(actionDir, inputs, workspace)`. */
export function runBundledAction(
  actionDir: string,
  inputs: Record<string, string>,
  workspace: string,
): Promise<ActionRun>;
export async function runBundledAction(
  action: string,
  optionsOrInputs: BundledActionOptions | Record<string, string> = {},
  workspace?: string,
): Promise<ActionRun> {
  const options: BundledActionOptions =
    workspace !== undefined
      ? { inputs: optionsOrInputs as Record<string, string>, workspace }
      : (optionsOrInputs as BundledActionOptions);
  const dir = actionDirectory(action);
  const manifest = readManifest(dir);
  const main = join(dir, manifest.runs?.main ?? join('dist', 'index.js'));
  if (!existsSync(main)) throw new Error(`Action entry ${main} does not exist: build the action (npm run build)`);
  const { env, temp, workspace: ws } = runnerEnvironment(dir, manifest, options);

  const timeoutMs = options.timeoutMs ?? 120_000;
  const collector = new CommandCollector();
  const mainFiles = fileCommands(temp, 'main');
  const signal = options.signal ? { signal: options.signal } : {};
  const mainRun = await runStep(main, ws, { ...env, ...mainFiles }, collector, timeoutMs, signal);
  const { outputs, env: exported, state, path, summary: mainSummary, failed } = readStepFiles(mainFiles, collector);
  let summary = mainSummary;
  const outcome = mainRun.exitCode === 0 && !failed ? 'success' : 'failure';

  const postScript = manifest.runs?.post;
  const runPost = async (jobStatus: 'success' | 'failure' | 'cancelled'): Promise<StepRun | undefined> => {
    if (!postScript || !postCondition(manifest.runs?.['post-if'], jobStatus)) return undefined;
    const postFiles = fileCommands(temp, 'post');
    const postEnv: NodeJS.ProcessEnv = { ...env, ...exported, ...postFiles };
    postEnv.PATH = [...path]
      .reverse()
      .concat(env.PATH ? [env.PATH] : [])
      .join(delimiter);
    for (const [name, value] of Object.entries(state)) postEnv[`STATE_${name}`] = value;
    const postRun = await runStep(join(dir, postScript), ws, postEnv, collector, timeoutMs, signal);
    postRun.log = mask(postRun.log, collector.masks);
    summary += readSummary(postFiles.GITHUB_STEP_SUMMARY, collector.annotations);
    return postRun;
  };
  let post: StepRun | undefined;
  if (!options.deferPost && options.runPost !== false) post = await runPost(outcome);

  const result: ActionRun = {
    exitCode: mainRun.exitCode,
    outcome,
    outputs,
    env: exported,
    state,
    path,
    summary,
    annotations: collector.annotations,
    masks: collector.masks,
    log: mask(mainRun.log, collector.masks),
    ...(post ? { post } : {}),
    ...(options.deferPost
      ? {
          runPost: async (jobStatus: 'success' | 'failure' | 'cancelled') => {
            const postRun = await runPost(jobStatus);
            result.summary = summary;
            return postRun;
          },
        }
      : {}),
  };
  return result;
}

/** Evaluates an action's `post-if` for the common status functions (default `always()`). */
function postCondition(expression: string | undefined, outcome: 'success' | 'failure' | 'cancelled'): boolean {
  const condition = (expression ?? 'always()').replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim();
  switch (condition) {
    case 'always()':
      return true;
    case '!cancelled()':
      return outcome !== 'cancelled';
    case 'success()':
      return outcome === 'success';
    case 'failure()':
      return outcome === 'failure';
    case 'cancelled()':
      return outcome === 'cancelled';
    default:
      throw new Error(
        `runBundledAction cannot evaluate post-if '${condition}'; it knows always(), success(), failure().`,
      );
  }
}
