/**
 * Reading a file the user named (an expectations file, a profile, a model): a missing, unreadable
 * or directory path becomes a UserError naming the path and the folder it was resolved against.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from './errors.js';

/** The bytes of `path` (relative to `cwd`); `what` names the file in the error ("model file"). */
export async function readUserBytes(path: string, cwd: string, what: string): Promise<Uint8Array> {
  try {
    return await readFile(resolve(cwd, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'does not exist'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code ?? String(error)})`;
    throw new UserError(`The ${what} ${reason}`, {
      location: { file: path },
      hint: `Check the path; it is resolved against ${cwd}`,
    });
  }
}

/** The text (UTF-8) of `path`; see `readUserBytes`. */
export async function readUserFile(path: string, cwd: string, what: string): Promise<string> {
  return new TextDecoder().decode(await readUserBytes(path, cwd, what));
}
