/**
 * The one way a test asks "does this fail with a UserError?": run it (or await it), return the
 * UserError so the test can check its message, location and hint, and fail the test when it
 * succeeds or throws anything else (which is rethrown, so its stack shows).
 */
import { isUserError, type UserError } from '../../shared/errors.js';

function caught(error: unknown): UserError {
  if (isUserError(error)) return error;
  throw error;
}

const NOT_THROWN = 'expected a UserError, but it succeeded';

/** The UserError that `run` throws, or that the promise (or `run`'s promise) rejects with. */
export function expectUserError(run: Promise<unknown> | (() => Promise<unknown>)): Promise<UserError>;
export function expectUserError(run: () => unknown): UserError;
export function expectUserError(run: Promise<unknown> | (() => unknown)): UserError | Promise<UserError> {
  let result: unknown;
  if (typeof run === 'function') {
    try {
      result = run();
    } catch (error) {
      return caught(error);
    }
  } else result = run;
  if (result instanceof Promise) {
    return result.then(
      () => {
        throw new Error(NOT_THROWN);
      },
      (error: unknown) => caught(error),
    );
  }
  throw new Error(NOT_THROWN);
}
