/**
 * The cache keys of the train action's checkpoints. GitHub's cache entries are immutable, so every
 * save needs a key of its own (actions/cache's "Update a cache" tip: a unique key per run plus
 * `restore-keys` to find the newest), and a restore finds the newest entry whose key starts with a
 * prefix. The cache service already lets a branch read its base and default branch's entries
 * (GitHub docs, "Restrictions for accessing a cache"), so the prefix alone must keep one branch's
 * checkpoints from another's: a plain `…-a-` prefix would match branch `a-b`'s keys. Hence the key
 * opens with a fixed-length hash of the exact (scope, model, key) triple; a prefix can only match a
 * key with the same hash, i.e. the same triple. The readable words after it are for people reading
 * the cache list. actions/cache refuses keys over 512 characters or with a comma (its `checkKey`).
 */
import { createHash } from 'node:crypto';

/** The first word of every checkpoint key, so the entries are easy to spot and to purge. */
export const CHECKPOINT_KEY_PREFIX = 'modelship-train';

/** The longest key the cache service takes (actions/cache `checkKey`). */
export const CACHE_KEY_MAX = 512;

/** How long each readable part of a key may be (the hash carries the identity). */
const READABLE_MAX = 60;

/** Where the run happens, as the workflow context says. */
export interface CheckpointScopeInput {
  /** The model being trained (one cache line per model). */
  model: string;
  /** The user's `key` input, so matrix jobs of one model keep separate checkpoints; '' when unset. */
  key?: string;
  /** The pull request number when the run is for a pull request (its checkpoints follow the PR, not the merge ref). */
  pullRequest?: number;
  /** The git ref (GITHUB_REF), e.g. `refs/heads/main`; used when there is no pull request. */
  ref: string;
}

/** A run's identity: unique per attempt, so a rerun never tries to overwrite an immutable entry. */
export interface CheckpointRun {
  runId: number | string;
  runAttempt: number;
}

/** The keys of one scope. */
export interface CheckpointKeys {
  /** `pr-<n>` or the ref, as scoped. */
  scope: string;
  /** What a restore asks for: the newest entry whose key starts with this wins. */
  restorePrefix: string;
  /** What this run attempt saves under. */
  saveKey: string;
}

/** The scope a run's checkpoints belong to: `pr-<n>` for a pull request, else the ref. */
export function checkpointScope(input: Pick<CheckpointScopeInput, 'pullRequest' | 'ref'>): string {
  return input.pullRequest === undefined ? input.ref : `pr-${input.pullRequest}`;
}

/**
 * The restore prefix of a (scope, model, key): `modelship-train-<hash>-<scope>-<model>[-<key>]-`.
 * Two different triples never share a hash (a 64-bit slice of sha256 over an unambiguous encoding),
 * so neither's prefix matches the other's keys, however the readable parts were sanitised.
 */
export function checkpointRestorePrefix(input: CheckpointScopeInput): string {
  const scope = checkpointScope(input);
  const key = input.key ?? '';
  const hash = createHash('sha256')
    .update(JSON.stringify(['v1', scope, input.model, key]))
    .digest('hex')
    .slice(0, 16);
  const readable = [scope.replace(/^refs\/(heads|tags)\//, ''), input.model, key]
    .filter((part) => part !== '')
    .map(readablePart);
  return `${CHECKPOINT_KEY_PREFIX}-${hash}-${readable.join('-')}-`;
}

/** The restore prefix and this attempt's save key: `<prefix><runId>-<attempt>`. */
export function checkpointKeys(input: CheckpointScopeInput & CheckpointRun): CheckpointKeys {
  const restorePrefix = checkpointRestorePrefix(input);
  return {
    scope: checkpointScope(input),
    restorePrefix,
    saveKey: `${restorePrefix}${readablePart(String(input.runId))}-${input.runAttempt}`,
  };
}

/** A part of a key people can read: safe characters only (no comma), clipped. */
function readablePart(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9._-]+/g, '_');
  return safe.length > READABLE_MAX ? safe.slice(0, READABLE_MAX) : safe;
}
