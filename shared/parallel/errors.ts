/**
 * Errors across the thread boundary. A structured clone of an Error keeps only its message and
 * stack, so a UserError thrown in a worker would reach the caller as a plain Error and lose its
 * location and hint (and with them the "no stack trace for a user mistake" rule). Errors travel as
 * plain data instead and are rebuilt on the calling side.
 */
import { UserError, isUserError, formatLocation, type Location } from '../errors.js';

/** An error as plain data. */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
  /** Set for a UserError. */
  readonly user?: { readonly what: string; readonly location: Location; readonly hint?: string };
}

/** Turns anything thrown into plain data that survives `postMessage`. */
export function serializeError(error: unknown): SerializedError {
  if (isUserError(error)) {
    return {
      name: 'UserError',
      message: error.message,
      stack: error.stack,
      user: {
        what: whatOf(error),
        location: { ...error.location },
        ...(error.hint !== undefined && { hint: error.hint }),
      },
    };
  }
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

/** Rebuilds the error `serializeError` described: a UserError again, or an Error with the worker's stack. */
export function rebuildError(data: SerializedError): Error {
  if (data.user) return new UserError(data.user.what, { location: data.user.location, hint: data.user.hint });
  const error = new Error(data.message);
  error.name = data.name;
  if (data.stack !== undefined) error.stack = data.stack;
  return error;
}

/**
 * The same UserError at another location (a worker numbers lines from the start of its byte range;
 * the caller knows the offset). The message is rebuilt the way UserError formats it.
 */
export function relocateUserError(error: UserError, location: Location): UserError {
  return new UserError(whatOf(error), { location, hint: error.hint, cause: error.cause });
}

/**
 * The "what" part of a UserError's message: its message without the `file:line (key): ` prefix and
 * the `. hint` suffix that UserError adds (see shared/errors.ts).
 */
function whatOf(error: UserError): string {
  let what = error.message;
  const where = formatLocation(error.location);
  if (where && what.startsWith(`${where}: `)) what = what.slice(where.length + 2);
  if (error.hint !== undefined && what.endsWith(`. ${error.hint}`)) what = what.slice(0, -(error.hint.length + 2));
  return what;
}
