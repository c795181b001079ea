/**
 * Version lookups in a constant number of API calls, whatever the registry size: a version is found
 * by its tag (`repos/get-release-by-tag`, never by listing releases, which stops at 1,000), and the
 * latest one from the tag list (`git/list-matching-refs`, one unpaginated call). The visibility rule
 * needs each candidate's manifest: the release body carries it (`manifest-block.ts`), checked against
 * GitHub's digest of the `modelship.json` asset; without a vouched-for copy, one more call downloads it.
 */
import { UserError } from '../errors.js';
import type { Release } from '../github/client.js';
import { checkRelease, type ReleaseCheck } from './check-release.js';
import { manifestFromBody } from './manifest-block.js';
import type { RegistryContext } from './context.js';
import {
  checkModelName,
  checkVersionNumber,
  MANIFEST_ASSET,
  parseVersionTag,
  versionRefPrefix,
  versionTag,
} from './names.js';
import type { RegisteredVersion } from './types.js';

/** How many unreadable versions above the newest readable one `latestVersion` looks past. */
export const LATEST_SCAN_LIMIT = 10;

/** A version's check with the release it came from. */
export interface VersionInspection extends ReleaseCheck {
  readonly release?: Release;
}

/**
 * Checks version `version` of `model`: 1 call (the release by tag) when its body carries the manifest
 * GitHub's digest vouches for, else 2 (and the manifest download).
 */
export async function inspectVersion(
  context: RegistryContext,
  model: string,
  version: number,
): Promise<VersionInspection> {
  checkModelName(model);
  checkVersionNumber(version);
  const tag = versionTag(model, version);
  const release = await context.github.getReleaseByTag(tag);
  if (!release) return { problems: [{ kind: 'not-found', message: `${tag} has no published release` }] };
  const manifestAsset = release.assets.find((a) => a.name === MANIFEST_ASSET);
  // The body's copy of the manifest when GitHub's digest vouches for it, else the asset (1 call).
  const bytes = manifestAsset
    ? (manifestFromBody(release.body, manifestAsset.digest) ??
      (await context.github.downloadReleaseAsset(manifestAsset.id)))
    : undefined;
  return { ...checkRelease(release, bytes, { model, version }), release };
}

/**
 * Version `version` of `model`, or undefined when it does not exist or is not readable (draft,
 * missing or mismatching manifest: the reasons are logged as warnings). 2 calls.
 */
export async function getVersion(
  context: RegistryContext,
  model: string,
  version: number,
): Promise<RegisteredVersion | undefined> {
  const inspection = await inspectVersion(context, model, version);
  if (!inspection.version && inspection.problems[0]?.kind !== 'not-found') {
    context.logger.warn(
      `${versionTag(model, version)} is not a readable version: ${inspection.problems.map((p) => p.message).join('; ')}`,
    );
  }
  return inspection.version;
}

/** Every version number that has a tag, highest first (1 call; includes unfinished registrations). */
export async function listVersionNumbers(context: RegistryContext, model: string): Promise<number[]> {
  checkModelName(model);
  const refs = await context.github.listMatchingRefs(versionRefPrefix(model));
  const numbers: number[] = [];
  for (const { ref } of refs) {
    const parsed = parseVersionTag(ref);
    if (parsed && parsed.model === model) numbers.push(parsed.version);
  }
  return numbers.sort((a, b) => b - a);
}

/**
 * The highest readable version of `model`, or undefined when it has none. 3 calls (tags, release,
 * manifest), plus 1–2 per unreadable version above it (registrations in flight, leftovers not yet
 * repaired), looking past at most LATEST_SCAN_LIMIT of them.
 */
export async function latestVersion(context: RegistryContext, model: string): Promise<RegisteredVersion | undefined> {
  const numbers = await listVersionNumbers(context, model);
  for (const number of numbers.slice(0, LATEST_SCAN_LIMIT + 1)) {
    const version = await getVersion(context, model, number);
    if (version) return version;
  }
  if (numbers.length > LATEST_SCAN_LIMIT + 1) {
    throw new UserError(
      `The ${LATEST_SCAN_LIMIT + 1} highest tags of model "${model}" (from v${numbers[0]}) are not readable versions`,
      {
        location: { key: model },
        hint: 'Unfinished or damaged registrations pile up above the latest version; run `modelship registry verify` to see why, and register again to repair leftovers',
      },
    );
  }
  return undefined;
}
