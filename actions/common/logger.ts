/** The core's Logger port over the runner protocol (runner.ts): debug lines, log lines, annotations. */
import type { Logger } from '../../shared/logger.js';
import * as core from './runner.js';

/** A Logger that writes the runner's debug and log lines and warning and error annotations. */
export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.error(m),
};
