/**
 * Turns low-level file and decompression failures (ENOENT, EISDIR, zlib's "unexpected end of file")
 * into UserErrors that name the file and say what to do, so no stack trace is ever the only
 * explanation a user gets.
 */
import { UserError, isUserError } from '../errors.js';

/** True for errors that come from the file system or zlib (they carry a string `code`). */
function isSystemError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string';
}

/** Rethrows `error` as a UserError naming `file` when it is an I/O or gzip failure; else returns it as is. */
export function toFileError(error: unknown, file: string): unknown {
  if (isUserError(error) || !isSystemError(error)) return error;
  const location = { file };
  switch (error.code) {
    case 'ENOENT':
      return new UserError('file not found', {
        location,
        hint: 'Check the path; it may have been moved or deleted while reading',
        cause: error,
      });
    case 'EISDIR':
      return new UserError('is a directory, not a file', {
        location,
        hint: 'Point the glob at files, for example `dir/**/*.csv`',
        cause: error,
      });
    case 'EACCES':
    case 'EPERM':
      return new UserError('permission denied', {
        location,
        hint: 'Make the file readable by this process',
        cause: error,
      });
    case 'Z_BUF_ERROR':
    case 'Z_DATA_ERROR':
    case 'ERR_PADDING_1':
    case 'ERR_PADDING_2':
      return new UserError(`not a valid gzip file (${error.message})`, {
        location,
        hint: 'The file may be truncated or not gzip-compressed; re-create it, or drop the `.gz` extension if it is plain text',
        cause: error,
      });
    default:
      return new UserError(`could not read the file (${error.code}: ${error.message})`, {
        location,
        hint: 'Check that the file exists and is readable',
        cause: error,
      });
  }
}
