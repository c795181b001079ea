/**
 * The one try/catch at the edge of every action: a UserError becomes `setFailed(message)` (the
 * runner protocol's, runner.ts) with no stack trace; anything else is reported as an internal fault
 * with the stack in the debug log. (Not to be confused with the sandbox's child-process runner,
 * sandbox/action-runner.ts, which runs a whole action as GitHub's runner would.)
 */
import * as core from './runner.js';
import { isUserError } from '../../shared/errors.js';

/** Runs an action's body, turning every failure into a clear `setFailed`. */
export async function atActionEdge(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error: unknown) {
    if (isUserError(error)) {
      core.setFailed(error.message);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof Error && error.stack) core.debug(error.stack);
    core.setFailed(
      `modelship hit an internal error: ${message}. This is a bug in modelship, not in your workflow; please report it with the debug log (re-run with ACTIONS_STEP_DEBUG=true).`,
    );
  }
}
