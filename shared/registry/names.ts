/**
 * The naming protocol of the registry: model and stage names, the tag of a version
 * (`<model>/v<N>`) and the deployment environment of a stage (`<model>/<stage>`). Every name the
 * registry writes to GitHub is built here, so the rules (and the proof that they satisfy git's and
 * GitHub's) live in one place; see docs/registry.md "Names".
 */
import { UserError } from '../errors.js';

/**
 * A model name: 1–40 characters, lower-case letters, digits and `-`, starting with a letter and not
 * ending with `-`. Such names are valid git ref components (no `.`, `..`, `@{`, spaces, control
 * characters or `~^:?*[\`) and need no URL escaping.
 */
export const MODEL_NAME_PATTERN = /^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

/** A stage name (`staging`, `production`): 1–30 characters under the same rules as a model name. */
export const STAGE_NAME_PATTERN = /^[a-z](?:[a-z0-9-]{0,28}[a-z0-9])?$/;

/** The asset that holds the manifest. */
export const MANIFEST_ASSET = 'modelship.json';

/** The asset that holds the reference profile. */
export const PROFILE_ASSET = 'profile.json';

/** Names a user's artifact may take: what GitHub keeps verbatim (it rewrites other characters to `.`). */
export const ASSET_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Throws a UserError unless `model` is a valid model name. */
export function checkModelName(model: string, key = 'model'): void {
  if (!MODEL_NAME_PATTERN.test(model)) {
    throw new UserError(`"${model}" is not a valid model name`, {
      location: { key },
      hint: 'Use 1-40 lower-case letters, digits and "-", starting with a letter and not ending with "-" (e.g. "churn" or "fraud-gbm")',
    });
  }
}

/** Throws a UserError unless `stage` is a valid stage name. */
export function checkStageName(stage: string, key = 'stage'): void {
  if (!STAGE_NAME_PATTERN.test(stage)) {
    throw new UserError(`"${stage}" is not a valid stage name`, {
      location: { key },
      hint: 'Use 1-30 lower-case letters, digits and "-", starting with a letter (e.g. "staging" or "production")',
    });
  }
}

/** Throws a UserError unless `version` is a positive safe integer. */
export function checkVersionNumber(version: number, key = 'version'): void {
  if (!Number.isSafeInteger(version) || version < 1) {
    throw new UserError(`${version} is not a valid version number`, {
      location: { key },
      hint: 'Versions are whole numbers counted from 1 (v1, v2, ...)',
    });
  }
}

/** The tag of version `version` of `model`: `churn/v3`. */
export function versionTag(model: string, version: number): string {
  return `${model}/v${version}`;
}

/** The full ref of a version's tag: `refs/tags/churn/v3`. */
export function versionRef(model: string, version: number): string {
  return `refs/tags/${versionTag(model, version)}`;
}

/** The `git/list-matching-refs` prefix that lists every version tag of `model`. */
export function versionRefPrefix(model: string): string {
  return `tags/${model}/v`;
}

/**
 * The model and version of a tag (`churn/v3`, or `refs/tags/churn/v3`), or undefined for anything
 * else (`churn/v03`, `churn/v3-rc`, another tag).
 */
export function parseVersionTag(tag: string): { model: string; version: number } | undefined {
  const match = /^(?:refs\/tags\/)?([^/]+)\/v([1-9][0-9]{0,15})$/.exec(tag);
  if (!match || !MODEL_NAME_PATTERN.test(match[1]!)) return undefined;
  const version = Number(match[2]);
  return Number.isSafeInteger(version) ? { model: match[1]!, version } : undefined;
}

/**
 * The deployment environment of a stage: `churn/production`. GitHub allows `/` in environment names
 * (its REST description asks to URL-encode them as `%2F` in paths), caps them at 255 characters
 * (ours are at most 71) and compares them case-insensitively (ours are lower-case).
 */
export function stageEnvironment(model: string, stage: string): string {
  return `${model}/${stage}`;
}

/** The model and stage of an environment name, or undefined when it is not one of ours. */
export function parseStageEnvironment(environment: string): { model: string; stage: string } | undefined {
  const [model, stage, ...rest] = environment.toLowerCase().split('/');
  if (rest.length > 0 || model === undefined || stage === undefined) return undefined;
  if (!MODEL_NAME_PATTERN.test(model) || !STAGE_NAME_PATTERN.test(stage)) return undefined;
  return { model, stage };
}
