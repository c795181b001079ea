/**
 * One step of a job, as the runner runs it: `run:` in a shell (bash by default, with
 * `--noprofile --norc -eo pipefail` as GitHub runs it), a local JavaScript action
 * (`uses: ./path`) through the existing harness (`runBundledAction`, post step deferred to the end
 * of the job), `actions/checkout` (the sandbox repository's tree at the run's SHA written to the
 * workspace), and `actions/cache`, `actions/upload-artifact` and `actions/download-artifact`, which
 * run the real toolkit packages against the sandbox's results service (`./builtin/`). Any other
 * `uses:` is refused with the file and the key named.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../shared/errors.js';
import { runBundledAction, type ActionRun, type Annotation } from '../action-runner.js';
import { CommandCollector, fileCommands, mask, readStepFiles } from '../runner/protocol.js';
import { runnerEnvironment, type BundledActionOptions } from '../runner/environment.js';
import { runStep } from '../runner/spawn.js';
import type { RepoRecord } from '../state/store.js';

/** The folder of the executor's own actions (cache and artifacts, on the real toolkit). */
const BUILTIN = join(dirname(fileURLToPath(import.meta.url)), 'builtin');

/** What a step produced. */
export interface StepResult {
  outcome: 'success' | 'failure';
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
  annotations: Annotation[];
  log: string;
  /** The post step to run at the end of the job, if the action has one. */
  runPost?: ActionRun['runPost'];
}

/** What every step of a job shares: the runner's environment options and where things are. */
export interface StepSetting {
  /** The harness options of the job (workspace, API URL, token, event, run and job ids). */
  runner: BundledActionOptions & { workspace: string };
  /** The environment the step gets (workflow, job and step `env:`, `GITHUB_ENV`, the runner's variables). */
  env: Record<string, string>;
  /** Directories in front of `PATH` (the runner's, then `GITHUB_PATH`, newest first). */
  path: string[];
  /** The sandbox repository of the run, and the SHA to check out. */
  repo: RepoRecord;
  sha: string;
  /** Where `./` actions are found when the workspace does not hold them (the modelship checkout). */
  actionsRoot: string;
  /** The workflow file, for error messages, and the step's key (`jobs.build.steps[2]`). */
  file: string;
  key: string;
  timeoutMs: number;
  signal: AbortSignal;
}

/** The command lines of the shells GitHub knows (GitHub's docs, "jobs.<job_id>.steps[*].shell"). */
const SHELLS: Record<string, { command: string[]; extension: string }> = {
  bash: { command: ['bash', '--noprofile', '--norc', '-eo', 'pipefail'], extension: '.sh' },
  sh: { command: ['sh', '-e'], extension: '.sh' },
  python: { command: ['python3'], extension: '.py' },
  node: { command: [process.execPath], extension: '.js' },
};

function pathValue(setting: StepSetting): string {
  return [...setting.path, process.env.PATH ?? ''].filter((p) => p !== '').join(delimiter);
}

/** Runs a `run:` step. */
export async function runScript(
  script: string,
  shell: string | undefined,
  workingDirectory: string | undefined,
  setting: StepSetting,
  index: number,
): Promise<StepResult> {
  const name = shell ?? 'bash';
  let spec = SHELLS[name];
  if (!spec && name.includes('{0}')) {
    const parts = name.split(/\s+/);
    if (parts.at(-1) !== '{0}') {
      throw new UserError(
        `the shell '${name}' puts {0} before other arguments, which the sandbox's executor cannot run`,
        {
          location: { file: setting.file, key: `${setting.key}.shell` },
        },
      );
    }
    spec = { command: parts.slice(0, -1), extension: '' };
  }
  if (!spec) {
    throw new UserError(`the shell '${name}' is not supported by the sandbox's executor`, {
      location: { file: setting.file, key: `${setting.key}.shell` },
      hint: `Use ${Object.keys(SHELLS).join(', ')} or a command with {0}`,
    });
  }
  const { env, temp } = runnerEnvironment(setting.runner.workspace, {}, setting.runner);
  const file = join(temp, `step_${index}${spec.extension}`);
  writeFileSync(file, script);
  const cwd = workingDirectory
    ? isAbsolute(workingDirectory)
      ? workingDirectory
      : resolve(setting.runner.workspace, workingDirectory)
    : setting.runner.workspace;
  if (!existsSync(cwd)) {
    // The runner's own words when the working directory is missing.
    const message = `An error occurred trying to start process '${spec.command[0]}' with working directory '${cwd}'. No such file or directory`;
    return {
      outcome: 'failure',
      outputs: {},
      env: {},
      path: [],
      summary: '',
      annotations: [{ level: 'error', message }],
      log: `##[error]${message}\n`,
    };
  }
  const files = fileCommands(temp, `step_${index}`);
  const collector = new CommandCollector();
  const run = await runStep(
    file,
    cwd,
    { ...env, ...setting.env, ...files, GITHUB_ACTION: `__run_${index}`, PATH: pathValue(setting) },
    collector,
    setting.timeoutMs,
    { command: spec.command, signal: setting.signal },
  );
  const read = readStepFiles(files, collector);
  return {
    outcome: run.exitCode === 0 && !read.failed ? 'success' : 'failure',
    outputs: read.outputs,
    env: read.env,
    path: read.path,
    summary: read.summary,
    annotations: collector.annotations,
    log:
      mask(run.log, collector.masks) +
      (run.exitCode === 0 ? '' : `##[error]Process completed with exit code ${run.exitCode}.\n`),
  };
}

/** Runs a `uses:` step. */
export async function runUses(uses: string, inputs: Record<string, string>, setting: StepSetting): Promise<StepResult> {
  const bare = uses.replace(/@.*$/, '');
  if (uses.startsWith('./')) {
    const inWorkspace = join(setting.runner.workspace, uses);
    const dir =
      existsSync(join(inWorkspace, 'action.yml')) || existsSync(join(inWorkspace, 'action.yaml'))
        ? inWorkspace
        : join(setting.actionsRoot, uses);
    if (!existsSync(join(dir, 'action.yml')) && !existsSync(join(dir, 'action.yaml'))) {
      throw new UserError(
        `the local action '${uses}' has no action.yml in the workspace or in ${setting.actionsRoot}`,
        {
          location: { file: setting.file, key: `${setting.key}.uses` },
        },
      );
    }
    return action(dir, inputs, setting);
  }
  if (bare === 'actions/checkout') return checkout(inputs, setting);
  if (bare === 'actions/cache' || bare === 'actions/upload-artifact' || bare === 'actions/download-artifact') {
    return action(join(BUILTIN, bare.slice('actions/'.length)), inputs, setting);
  }
  throw new UserError(`'uses: ${uses}' is not supported by the sandbox's executor`, {
    location: { file: setting.file, key: `${setting.key}.uses` },
    hint: 'It runs local actions (./path), actions/checkout, actions/cache, actions/upload-artifact and actions/download-artifact',
  });
}

async function action(dir: string, inputs: Record<string, string>, setting: StepSetting): Promise<StepResult> {
  const run = await runBundledAction(dir, {
    ...setting.runner,
    inputs,
    env: { ...setting.env, PATH: pathValue(setting) },
    deferPost: true,
    signal: setting.signal,
    timeoutMs: setting.timeoutMs,
  });
  return {
    outcome: run.outcome,
    outputs: run.outputs,
    env: run.env,
    path: run.path,
    summary: run.summary,
    annotations: run.annotations,
    log: run.log,
    ...(run.runPost ? { runPost: run.runPost } : {}),
  };
}

/** `actions/checkout`: writes the sandbox repository's tree at the SHA (or `ref`) into the workspace (or `path`). */
function checkout(inputs: Record<string, string>, setting: StepSetting): StepResult {
  const { repo } = setting;
  const wanted = inputs.ref ? repo.git.resolve(inputs.ref) : setting.sha;
  const commit = wanted ? repo.git.commits.get(wanted) : undefined;
  if (!commit) {
    throw new UserError(
      `actions/checkout: '${inputs.ref ?? setting.sha}' is not a commit of ${repo.owner}/${repo.name}`,
      {
        location: { file: setting.file, key: `${setting.key}.with.ref` },
      },
    );
  }
  if (inputs.repository && inputs.repository.toLowerCase() !== `${repo.owner}/${repo.name}`.toLowerCase()) {
    throw new UserError(
      `actions/checkout of another repository ('${inputs.repository}') is not supported by the sandbox`,
      {
        location: { file: setting.file, key: `${setting.key}.with.repository` },
      },
    );
  }
  const root = resolve(setting.runner.workspace, inputs.path ?? '.');
  for (const [path, blob] of commit.tree) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, repo.git.blobs.get(blob)!);
  }
  return {
    outcome: 'success',
    outputs: { ref: inputs.ref ?? '', commit: commit.sha },
    env: {},
    path: [],
    summary: '',
    annotations: [],
    log: `Checked out ${repo.owner}/${repo.name}@${commit.sha} (${commit.tree.size} files) into ${root}\n`,
  };
}
