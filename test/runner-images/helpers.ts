/**
 * Shared by the runner-images tests: the repository root (the scripts run from there, as CI and
 * the Dockerfile's build context do) and a PATH without a given command, so a test can play a
 * machine without an NVIDIA driver even where one is installed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root. */
export const repoRoot = join(import.meta.dirname, '..', '..');

/** This process's PATH without the folders that hold `command`. */
export function pathWithout(command: string): string {
  return (process.env.PATH ?? '')
    .split(':')
    .filter((dir) => dir !== '' && !existsSync(join(dir, command)))
    .join(':');
}
