/**
 * The one try/catch at the edge of every action: a UserError becomes `core.setFailed(message)`
 * with no stack trace; anything else is reported as an internal fault with the stack in debug logs.
 */
import * as core from './runner.js';
import { isUserError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';

/** A Logger over `@actions/core`. */
export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.error(m),
};

/** Runs an action body, turning every failure into a clear `setFailed`. */
export async function runAction(body: () => Promise<void>): Promise<void> {
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
