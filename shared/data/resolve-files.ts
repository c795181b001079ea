/**
 * Turns the user's glob(s) into a sorted list of files with their formats, failing early and
 * clearly: a glob that matches nothing, a directory given where a file is expected, an unknown
 * extension or an unreadable file is a UserError naming the glob or file.
 */
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { UserError } from '../errors.js';
import type { DataFormat } from './dataset.js';
import { detectFormat } from './detect-format.js';
import { toFileError } from './file-errors.js';
import type { SourceFile } from './source-file.js';

/** Resolves globs against `cwd` into the dataset's files, sorted by path. */
export async function resolveFiles(
  patterns: readonly string[],
  cwd: string,
  format?: DataFormat,
): Promise<SourceFile[]> {
  if (patterns.length === 0)
    throw new UserError('no data files given', { hint: 'Pass a path or glob such as `data/**/*.csv`' });
  const unique = await matchFiles(patterns, cwd);
  return Promise.all(
    unique.map(async (display) => {
      const path = resolve(cwd, display);
      const { format: fmt, gzip } = detectFormat(display, format);
      try {
        await access(path, constants.R_OK);
        const info = await stat(path);
        return { path, display, format: fmt, gzip, size: info.size };
      } catch (error) {
        throw toFileError(error, display);
      }
    }),
  );
}

/**
 * The files `patterns` (paths or globs, as the user typed them, quoted or not) name, relative to
 * `cwd` unless a pattern is absolute, sorted and without repeats. A plain path that is missing or a
 * folder, or a glob that matches nothing, is a UserError naming it. Shared by data files and
 * profile files (`profile --merge "shards/*.json"`).
 */
export async function matchFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) continue;
    // A plain path: say precisely what is wrong with it.
    let info;
    try {
      info = await stat(resolve(cwd, pattern));
    } catch {
      throw new UserError(`no file at \`${pattern}\``, {
        location: { file: pattern },
        hint: `Check the path (relative paths are resolved against ${cwd})`,
      });
    }
    if (info.isDirectory()) {
      throw new UserError('is a directory, not a file', {
        location: { file: pattern },
        hint: `Give a glob for the files inside it, for example \`${pattern.replace(/\/$/, '')}/**/*.csv\``,
      });
    }
  }
  const absolute = patterns.some((p) => isAbsolute(p));
  // Plain paths are not globbed: tinyglobby would read every entry of the file's folder to find it
  // (0.15 s for a folder of 50,000 files, growing with the folder). They are shown the way the glob
  // shows them: relative to `cwd` with `/` separators, or absolute when any pattern is.
  const dynamic = patterns.filter((p) => isDynamicPattern(p));
  const found = patterns
    .filter((p) => !isDynamicPattern(p))
    .map((p) => (absolute ? resolve(cwd, p) : relative(cwd, resolve(cwd, p))).split(sep).join('/'));
  if (dynamic.length > 0) {
    found.push(...(await glob(dynamic, { cwd, absolute, onlyFiles: true, expandDirectories: false, dot: false })));
  }
  if (found.length === 0) {
    const shown = patterns.map((p) => `\`${p}\``).join(', ');
    throw new UserError(`glob ${shown} matched no files`, {
      location: { file: patterns[0] },
      hint: `Check the pattern and the directory it is resolved against (${cwd})`,
    });
  }
  return [...new Set(found)].sort();
}
