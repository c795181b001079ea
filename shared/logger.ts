/**
 * The Logger port. The core never writes to stdout; adapters pass a Logger built over
 * the runner protocol (actions/common/logger.ts), stderr (CLI) or Probot's logger (app).
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A Logger that drops everything, for tests and library use. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
