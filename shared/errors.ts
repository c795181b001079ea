/**
 * The two kinds of failure modelship knows about.
 *
 * A `UserError` is bad input, configuration or data: something the user can fix. Its message names
 * what was wrong, where (file, line, key) and what to do. Adapters show it without a stack trace.
 * Anything else is an internal fault.
 */

/** Where in the user's input a problem sits. Every field is optional; give as many as are known. */
export interface Location {
  file?: string;
  /** 1-based line number in `file`. */
  line?: number;
  /** 1-based column number in `file`. */
  column?: number;
  /** Dotted key path in a config file (`expectations[3].max`), or a column name in a data file. */
  key?: string;
}

/** A problem in the user's input. `message` is complete and safe to show as is. */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly location: Location;
  readonly hint: string | undefined;

  constructor(what: string, options: { location?: Location; hint?: string; cause?: unknown } = {}) {
    super(formatUserMessage(what, options.location ?? {}, options.hint), { cause: options.cause });
    this.location = options.location ?? {};
    this.hint = options.hint;
  }
}

/** Formats `file:line:column (key): what. hint` the way compilers do, so editors can jump to it. */
export function formatLocation(location: Location): string {
  let where = location.file ?? '';
  if (location.file !== undefined && location.line !== undefined) {
    where += `:${location.line}`;
    if (location.column !== undefined) where += `:${location.column}`;
  }
  if (location.key !== undefined) where += where ? ` (${location.key})` : location.key;
  return where;
}

function formatUserMessage(what: string, location: Location, hint: string | undefined): string {
  const where = formatLocation(location);
  const body = where ? `${where}: ${what}` : what;
  return hint ? `${body}. ${hint}` : body;
}

/** True for a `UserError`, also one thrown by another copy of this module (bundles can hold two). */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError || (error instanceof Error && error.name === 'UserError' && 'location' in error);
}
