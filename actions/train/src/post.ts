/**
 * The train action's `post:` step: saves the checkpoint directory to the GitHub cache whatever the
 * main step's outcome (success, failure, timeout or a cancelled job; action.yml has
 * `post-if: always()`), so the next attempt resumes. A save that fails is a warning: the step's
 * result stays the training's.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '../../common/runner.js';
import { atActionEdge } from '../../common/action-edge.js';
import { actionsLogger } from '../../common/logger.js';
import { readRunContext } from '../../common/run-context.js';
import { saveCheckpoint, type CheckpointCache } from './checkpoint-cache.js';

/** The state the main step saves for this step. */
export const CHECKPOINT_STATE = 'checkpoint';

/** Runs the post step. */
export function post(): Promise<void> {
  return atActionEdge(async () => {
    const saved = core.getState(CHECKPOINT_STATE);
    if (!saved) {
      core.info('The training never started, so there is no checkpoint to save');
      return;
    }
    const cache = JSON.parse(saved) as CheckpointCache;
    let entries: string[] = [];
    try {
      entries = readdirSync(resolve(readRunContext().workspace, cache.path));
    } catch {
      // No directory: nothing was checkpointed.
    }
    if (entries.length === 0) {
      core.info(`${cache.path} is empty: no checkpoint to save`);
      return;
    }
    await saveCheckpoint(cache, actionsLogger);
  });
}
