/**
 * A shared/parallel/pool.js module whose `openPool` records the size of every pool opened in `sizes`
 * and then opens it for real: for tests that check how many threads the code under test asked for.
 * Use it from a `vi.mock` factory (which vitest hoists above the imports, so it imports this file
 * itself):
 *
 *   const poolSizes = vi.hoisted(() => [] as number[]);
 *   vi.mock('../../../shared/parallel/pool.js', async (original) =>
 *     (await import('../../helpers/pool-spy.js')).poolSpy(await original(), poolSizes));
 */
import type * as Pool from '../../shared/parallel/pool.js';

export function poolSpy(actual: typeof Pool, sizes: number[]): typeof Pool {
  return {
    ...actual,
    openPool: (size: number) => {
      sizes.push(size);
      return actual.openPool(size);
    },
  };
}
