// actions/cache's post step: save under the key unless it was an exact hit.
import * as core from '@actions/core';
import * as cache from '@actions/cache';

try {
  const key = core.getState('CACHE_KEY');
  if (core.getState('CACHE_RESULT') === key) {
    core.info(`Cache hit occurred on the primary key ${key}, not saving cache.`);
  } else {
    const id = await cache.saveCache(core.getMultilineInput('path', { required: true }), key);
    if (id !== -1) core.info(`Cache saved with key: ${key}`);
  }
} catch (error) {
  core.warning(error instanceof Error ? error.message : String(error));
}
