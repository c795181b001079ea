/**
 * Test helper: a throwaway JavaScript action that runs the REAL `@actions/cache` and
 * `@actions/artifact` clients, so the cache and artifact services are tested through the runner
 * harness exactly as the train action will use them: a child `node` process given the runner's
 * environment (runtime token, results URL) by sandbox/runner/environment.ts.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runBundledAction, type ActionRun, type BundledActionOptions } from '../../../sandbox/action-runner.js';
import { repoRoot } from '../../helpers/churn-fixture.js';

const entry = (pkg: string, file: string): string =>
  pathToFileURL(join(repoRoot, 'node_modules', '@actions', pkg, 'lib', file)).href;

/**
 * The action's script: `input(name)` reads an input, `core`, `cache` and `artifact` (a
 * `DefaultArtifactClient`) are the toolkit; `core.setOutput` reports back.
 */
const PRELUDE = `
import * as core from '${entry('core', 'core.js')}';
import * as cache from '${entry('cache', 'cache.js')}';
import { DefaultArtifactClient } from '${entry('artifact', 'artifact.js')}';
const artifact = new DefaultArtifactClient();
const input = (name) => core.getInput(name);
const lines = (name) => core.getMultilineInput(name);
`;

/** Writes an action whose main step runs `body` (ES module code, top-level await allowed). */
export function toolkitAction(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelship-toolkit-action-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'action.yml'), 'name: toolkit\nruns:\n  using: node24\n  main: index.mjs\n');
  writeFileSync(
    join(dir, 'index.mjs'),
    `${PRELUDE}\ntry {\n${body}\n} catch (error) {\n  core.setFailed(error instanceof Error ? error.message : String(error));\n}\n`,
  );
  return dir;
}

/** Runs `action` against the sandbox at `apiUrl`, failing loudly when the step itself fails. */
export async function runToolkit(
  action: string,
  apiUrl: string,
  options: BundledActionOptions = {},
): Promise<ActionRun> {
  return runBundledAction(action, { apiUrl, timeoutMs: 60_000, ...options });
}
