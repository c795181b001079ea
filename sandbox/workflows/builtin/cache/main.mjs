// actions/cache's main step: restore (the key, then the restore keys), remember what was hit.
import * as core from '@actions/core';
import * as cache from '@actions/cache';

try {
  const paths = core.getMultilineInput('path', { required: true });
  const key = core.getInput('key', { required: true });
  const restoreKeys = core.getMultilineInput('restore-keys');
  const lookupOnly = core.getBooleanInput('lookup-only');
  core.saveState('CACHE_KEY', key);
  const hit = await cache.restoreCache(paths, key, restoreKeys, { lookupOnly });
  if (hit) core.saveState('CACHE_RESULT', hit);
  core.setOutput('cache-hit', String(hit === key));
  core.info(
    hit ? `Cache restored from key: ${hit}` : `Cache not found for input keys: ${[key, ...restoreKeys].join(', ')}`,
  );
} catch (error) {
  core.setFailed(error instanceof Error ? error.message : String(error));
}
