/**
 * The workspace's policy file, found the same way by `modelship drift|evaluate --policy` and by the
 * actions' `policy` input: the file given, else `.github/modelship.yml`; when that default file does
 * not exist the default policy applies (and the logger says so), while a file the user named must
 * exist. One rule, so a newcomer following `--policy` from the CLI or `policy:` from a workflow lands
 * here and then in `loadPolicy` (policy.ts).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { silentLogger, type Logger } from '../logger.js';
import { readUserFile } from '../read-user-file.js';
import { loadPolicy, POLICY_PATH, type Policy } from './policy.js';

/**
 * The policy at `path` (relative to `cwd`; default `.github/modelship.yml`). A missing default file
 * is the default policy, logged with `what` ("drift policy"); a missing named file is a UserError.
 */
export async function readWorkspacePolicy(
  path: string | undefined,
  cwd: string,
  what: string,
  logger: Logger = silentLogger,
): Promise<Policy> {
  const file = path ?? POLICY_PATH;
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    if (file === POLICY_PATH && (error as NodeJS.ErrnoException).code === 'ENOENT') {
      logger.info(`No ${POLICY_PATH}: using the default ${what}`);
      return loadPolicy('', POLICY_PATH);
    }
    text = await readUserFile(file, cwd, 'policy file');
  }
  return loadPolicy(text, file);
}
