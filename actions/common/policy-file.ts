/** The policy file of the workspace, as the actions that follow a policy read it. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadPolicy, POLICY_PATH, type Policy } from '../../shared/config/policy.js';
import { readUserFile } from '../../shared/read-user-file.js';
import * as core from './runner.js';

/**
 * The policy at `path` in the workspace (default `.github/modelship.yml`). A missing default file is
 * the default policy (logged); a missing file the user named is an error.
 * (Apart from run-context.ts so that actions without a policy do not bundle its schema.)
 */
export async function readWorkspacePolicy(path: string | undefined, cwd: string, what: string): Promise<Policy> {
  const file = path ?? POLICY_PATH;
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    if (file === POLICY_PATH && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      core.info(`No ${POLICY_PATH}: using the default ${what}`);
      return loadPolicy('', POLICY_PATH);
    }
    text = await readUserFile(file, cwd, 'policy file');
  }
  return loadPolicy(text, file);
}
