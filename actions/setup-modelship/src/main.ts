/**
 * The setup-modelship adapter: finds the CLI bundle committed in the same checkout of modelship as
 * this action, writes the `modelship` shim into a folder under `RUNNER_TEMP`, checks the shim's
 * Node.js can run the CLI, and adds the folder to PATH for the job's later steps.
 *
 * Why the bundle is here: a step that `uses: <owner>/modelship/actions/setup-modelship@<sha>` makes
 * the runner download the whole repository at that commit (a subdirectory action is a path inside
 * its repository; GitHub docs, "Workflow syntax", `jobs.<job_id>.steps[*].uses`), and `cli/dist/`
 * is committed, so the CLI of exactly that commit is on disk: nothing to download or install, and
 * no package name for anyone else to publish over.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as core from '../../common/runner.js';
import { parseInputs, readInputs } from '../../common/inputs.js';
import { atActionEdge } from '../../common/action-edge.js';
import { UserError } from '../../../shared/errors.js';
import { writeShims, type ShimTarget } from './shim.js';
import { INPUT_NAMES, inputsSchema } from './inputs.js';

/** `cli/dist/index.js` of the checkout this action runs from (from `actions/setup-modelship/dist/`, or `src/`). */
function cliBundle(): string {
  const cli = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'cli', 'dist', 'index.js');
  if (!existsSync(cli)) {
    throw new UserError(`the modelship CLI bundle is missing at ${cli}`, {
      hint: 'Use the action from a commit of modelship that has cli/dist committed (`uses: <owner>/modelship/actions/setup-modelship@<sha>`), or run `npm run build` in a local checkout',
    });
  }
  return cli;
}

/** Runs the CLI as the shim will and returns the version it prints; a Node.js that cannot run it is a UserError. */
function cliVersion(target: ShimTarget, choice: 'runner' | 'path'): string {
  const result = spawnSync(target.node, [target.cli, '--version'], { encoding: 'utf8' });
  const version = result.stdout?.trim() ?? '';
  if (result.status === 0 && version !== '') return version;
  const why = result.error ? result.error.message : (result.stderr ?? '').trim().split('\n').slice(-3).join(' ');
  throw new UserError(
    `the modelship CLI did not start with ${choice === 'path' ? '`node` from PATH' : target.node}: ${why}`,
    {
      location: { key: 'node' },
      hint:
        choice === 'path'
          ? 'Set up Node.js 20.18 or later before this step (actions/setup-node), or leave `with: node` at its default `runner`'
          : 'Report this with the debug log: the runner’s own Node.js should always run the CLI',
    },
  );
}

/** Runs the action. */
export function run(): Promise<void> {
  return atActionEdge(async () => {
    const inputs = parseInputs(inputsSchema, readInputs(INPUT_NAMES));
    const temp = process.env.RUNNER_TEMP;
    if (!temp) {
      throw new UserError('RUNNER_TEMP is not set', {
        hint: 'setup-modelship runs as a step of a GitHub Actions job, where the runner sets it',
      });
    }
    const target: ShimTarget = { node: inputs.node === 'runner' ? process.execPath : 'node', cli: cliBundle() };
    const version = cliVersion(target, inputs.node);
    // RUNNER_TEMP is emptied at the start of every job, like the downloaded action the shim points at.
    const folder = join(temp, 'modelship', 'bin');
    const written = writeShims(folder, target, process.platform);
    core.addPath(folder);
    core.info(`modelship ${version} is on PATH: ${written.join(', ')} → ${target.node} ${target.cli}`);
    core.setOutput('version', version);
    core.setOutput('path', folder);
  });
}
