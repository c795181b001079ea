/**
 * Reading the profile files a user names (`modelship profile --merge "shards/*.json"`): globs are
 * expanded by modelship as `--data` globs are (shared/data/resolve-files.ts), so a quoted glob works
 * the same in both flags, and each file is parsed with its name in any error.
 */
import { matchFiles } from '../data/resolve-files.js';
import { readUserFile } from '../read-user-file.js';
import { parseProfile } from './parse.js';
import type { Profile } from './types.js';

/** The profiles `patterns` (paths or globs, relative to `cwd`) name, in file-name order. */
export async function readProfiles(
  patterns: readonly string[],
  cwd: string,
): Promise<{ profiles: Profile[]; files: string[] }> {
  const files = await matchFiles(patterns, cwd);
  // One at a time, so the error is always the first bad file in name order.
  const profiles: Profile[] = [];
  for (const file of files) profiles.push(parseProfile(await readUserFile(file, cwd, 'profile'), file));
  return { profiles, files };
}
