/**
 * Data files named by literal paths, known without the readers or glob expansion: what decides
 * how many worker threads to start, and whether to start them, before a verb's implementation is
 * loaded (shared/drift/start-workers.ts).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectFormat } from './detect-format.js';
import type { SourceFile } from './source-file.js';

/**
 * Characters that can make a path a glob: a conservative test (a literal name with one is taken
 * for a glob here, and only gets its threads once the readers resolve it), not resolve-files.ts's
 * `isDynamicPattern`, which would bring tinyglobby and picomatch into the CLI's entry.
 */
const GLOB = /[*?[\]{}()!]/;

/**
 * The files `paths` name when each names an existing file literally (no glob), with their format,
 * compression and size; undefined otherwise (a glob, a missing file, an unknown extension: the
 * readers resolve those and say what is wrong).
 */
export function literalFiles(
  paths: readonly string[],
  cwd: string,
): Pick<SourceFile, 'format' | 'gzip' | 'size'>[] | undefined {
  const files: Pick<SourceFile, 'format' | 'gzip' | 'size'>[] = [];
  for (const path of paths) {
    if (GLOB.test(path)) return undefined;
    try {
      const stat = statSync(resolve(cwd, path));
      if (!stat.isFile()) return undefined;
      files.push({ ...detectFormat(path), size: stat.size });
    } catch {
      return undefined;
    }
  }
  return files;
}
