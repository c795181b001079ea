/**
 * The hard error of a digest or size mismatch. It is a UserError (adapters show its message without
 * a stack trace, and the CLI exits with the failed-check code) because the fix is the user's: the
 * bytes in the release are not the bytes that were registered.
 */
import { UserError } from '../errors.js';

/** An asset whose bytes do not match what the manifest (or the deployment) recorded. */
export class IntegrityError extends UserError {
  /** Marks this UserError as an integrity failure (the `name` stays `UserError` for `isUserError`). */
  readonly kind = 'integrity';

  constructor(
    /** The tag of the version (`churn/v3`). */
    readonly tag: string,
    /** The asset name. */
    readonly asset: string,
    /** What was recorded (`sha256:<hex>` or `<n> bytes`). */
    readonly expected: string,
    /** What was found. */
    readonly actual: string,
  ) {
    super(`${asset} of ${tag} does not match its record: expected ${expected}, got ${actual}`, {
      location: { file: asset, key: tag },
      hint: `Do not use these bytes. Someone replaced or corrupted the asset; register the model again, or restore the original file to the release`,
    });
  }
}

/** True for an IntegrityError, also one from another copy of this module. */
export function isIntegrityError(error: unknown): error is IntegrityError {
  return (
    error instanceof IntegrityError || (error instanceof Error && (error as { kind?: unknown }).kind === 'integrity')
  );
}
