/**
 * Writing a file the user named (`--output`): a folder, a full disk, a read-only place, a path
 * below a file or any other errno becomes a UserError naming the path and what to do, never an
 * internal error. The one place for it, so every verb that writes a report or a profile answers
 * the same way.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from './errors.js';

/** Why a write failed, for the errno codes a user can cause and fix. */
const REASONS: Record<string, { what: string; hint: string }> = {
  EISDIR: { what: 'is a folder', hint: 'Name a file, e.g. add /report.json to the folder' },
  ENOSPC: { what: 'cannot be written: the disk is full', hint: 'Free some space, or write somewhere else' },
  EDQUOT: { what: 'cannot be written: the disk quota is used up', hint: 'Free some space, or write somewhere else' },
  EACCES: { what: 'cannot be written: permission denied', hint: 'Choose a path you can write to' },
  EPERM: { what: 'cannot be written: operation not permitted', hint: 'Choose a path you can write to' },
  EROFS: { what: 'cannot be written: the file system is read-only', hint: 'Choose a path you can write to' },
  ENOTDIR: { what: 'cannot be written: part of the path is a file, not a folder', hint: 'Check the path' },
  EEXIST: { what: 'cannot be written: part of the path is a file, not a folder', hint: 'Check the path' },
  ENAMETOOLONG: { what: 'cannot be written: the name is too long', hint: 'Choose a shorter path' },
};

/**
 * Writes `text` to `path` (relative to `cwd`), creating the folders above it; `key` names the
 * setting the path came from (`--output`) in the error.
 */
export async function writeUserFile(path: string, text: string, cwd: string, key: string): Promise<void> {
  const full = resolve(cwd, path);
  try {
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string') throw error;
    // Any other errno (EIO, EMFILE…) is the system's answer about this path, not a bug in modelship.
    const reason = REASONS[code] ?? { what: 'cannot be written', hint: 'Check the path and the disk' };
    throw new UserError(`${path} ${reason.what} (${code})`, {
      location: { key },
      hint: `${reason.hint}; the path is resolved against ${cwd}`,
      cause: error,
    });
  }
}
