/**
 * The `modelship` command the setup-modelship action puts on PATH: a shim script that runs the CLI
 * bundle committed next to the action (`cli/dist/index.js`) with a chosen Node.js, the way
 * `setup-node` and npm's own `cmd-shim` expose a tool. A shim, not a copy, because the bundle
 * loads sibling chunks (`cli/dist/*.index.js`) and its `package.json` from its own folder.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a shim runs: `node` (an absolute path, or the bare name to look it up on PATH) on `cli`. */
export interface ShimTarget {
  /** The Node.js executable: an absolute path, or `node` to use the first one on PATH at run time. */
  node: string;
  /** The absolute path of the CLI bundle (`cli/dist/index.js`). */
  cli: string;
}

/** A POSIX shell word: single-quoted, with embedded `'` closed, escaped and reopened. */
const shWord = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** A cmd.exe argument: double-quoted (Windows paths hold no `"`), with `%` doubled so it is not expanded. */
const cmdWord = (s: string) => `"${s.replaceAll('%', '%%')}"`;

/** The `modelship` shell script (POSIX shells, and Git Bash on Windows). */
export function shScript(target: ShimTarget): string {
  const node = target.node === 'node' ? 'node' : shWord(target.node);
  return [
    '#!/bin/sh',
    '# The modelship CLI, put on PATH by the setup-modelship action.',
    `exec ${node} ${shWord(target.cli)} "$@"`,
    '',
  ].join('\n');
}

/** The `modelship.cmd` batch file (cmd.exe and PowerShell on Windows); its exit code is the CLI's. */
export function cmdScript(target: ShimTarget): string {
  const node = target.node === 'node' ? 'node' : cmdWord(target.node);
  return [
    '@echo off',
    'rem The modelship CLI, put on PATH by the setup-modelship action.',
    `${node} ${cmdWord(target.cli)} %*`,
    '',
  ].join('\r\n');
}

/**
 * Writes the shims into `folder` (created if needed): `modelship` (executable) everywhere, and
 * `modelship.cmd` as well on Windows. Returns the paths written.
 */
export function writeShims(folder: string, target: ShimTarget, platform: NodeJS.Platform): string[] {
  mkdirSync(folder, { recursive: true });
  const sh = join(folder, 'modelship');
  writeFileSync(sh, shScript(target));
  chmodSync(sh, 0o755);
  if (platform !== 'win32') return [sh];
  const cmd = join(folder, 'modelship.cmd');
  writeFileSync(cmd, cmdScript(target));
  return [sh, cmd];
}
