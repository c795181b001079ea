/**
 * A tinyglobby module whose `glob` records the patterns of every call in `calls` and then globs for
 * real: for tests that count how often the code under test walks the file system. Use it from a
 * `vi.mock` factory (which vitest hoists above the imports, so it imports this file itself):
 *
 *   const globCalls = vi.hoisted(() => [] as string[][]);
 *   vi.mock('tinyglobby', async (original) =>
 *     (await import('../../helpers/glob-spy.js')).globSpy(await original(), globCalls));
 */
import type * as Tinyglobby from 'tinyglobby';

export function globSpy(actual: typeof Tinyglobby, calls: string[][]): typeof Tinyglobby {
  return {
    ...actual,
    glob: ((patterns: string | readonly string[], options?: Tinyglobby.GlobOptions) => {
      calls.push(typeof patterns === 'string' ? [patterns] : [...patterns]);
      return actual.glob(patterns as string[], options);
    }) as typeof actual.glob,
  };
}
