/**
 * The checkpoint directory through the GitHub cache service (`@actions/cache`, the library behind
 * actions/cache): restored before the command runs, saved by the `post:` step whatever the outcome.
 * The keys come from shared/train (one scope per branch or pull request, so a rerun finds its own
 * checkpoint and never another branch's). Loaded on first use, so a run that fails before (no GPU,
 * bad input) never loads it. A cache that is down or full is a warning: it must never hide the
 * training's own result.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Logger } from '../../../shared/logger.js';

/** Where the checkpoint lives and under which keys. */
export interface CheckpointCache {
  /** The checkpoint directory as the cache records it (relative to the workspace, so it matches across runners). */
  readonly path: string;
  /** The key this run saves under (unique per run attempt: cache entries are immutable). */
  readonly saveKey: string;
  /** Prefixes to restore from, newest entry first (the scope's). */
  readonly restoreKeys: readonly string[];
}

const cacheLibrary = () => import('@actions/cache');

/**
 * Restores the newest checkpoint of the scope into `dir` (the absolute checkpoint directory); the
 * key it found, or undefined (none, or the cache failed). Files already in `dir` did not come from
 * this scope's cache (a self-hosted runner's workspace left by an earlier job): they are left alone,
 * since the directory is the user's, but the log says the command will see them.
 */
export async function restoreCheckpoint(
  cache: CheckpointCache,
  dir: string,
  logger: Logger,
): Promise<string | undefined> {
  const leftover = existsSync(dir) ? readdirSync(dir) : [];
  if (leftover.length > 0) {
    logger.warn(
      `${cache.path} already holds ${leftover.length} file(s) before the restore (left by an earlier job on this runner?): the command will see them. Clean the workspace between jobs (actions/checkout does by default) or use a fresh checkpoint-dir`,
    );
  }
  const library = await cacheLibrary();
  if (!library.isFeatureAvailable()) {
    logger.warn('The GitHub cache service is not available on this runner: training starts without a checkpoint');
    return undefined;
  }
  try {
    const [first, ...rest] = cache.restoreKeys;
    return await library.restoreCache([cache.path], cache.saveKey, first === undefined ? [] : [first, ...rest]);
  } catch (error) {
    logger.warn(`Could not restore the checkpoint (${messageOf(error)}): training starts from scratch`);
    return undefined;
  }
}

/** Saves the checkpoint directory under the run's key; false (with a warning) when it could not. */
export async function saveCheckpoint(cache: CheckpointCache, logger: Logger): Promise<boolean> {
  const library = await cacheLibrary();
  if (!library.isFeatureAvailable()) {
    logger.warn('The GitHub cache service is not available on this runner: the checkpoint was not saved');
    return false;
  }
  try {
    // saveCache answers -1 when it only logged a failure (a full cache, a key taken by a concurrent job).
    const id = await library.saveCache([cache.path], cache.saveKey);
    if (id === -1) {
      logger.warn(`The checkpoint was not saved under ${cache.saveKey} (see the cache's message above)`);
      return false;
    }
    logger.info(`Saved the checkpoint as ${cache.saveKey}`);
    return true;
  } catch (error) {
    logger.warn(`Could not save the checkpoint under ${cache.saveKey}: ${messageOf(error)}`);
    return false;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
