/**
 * The visibility rule, as one pure function: a release is a readable version only when it is
 * published, carries a manifest that parses, names this model and version, and every asset the
 * manifest lists is present, fully uploaded, of the recorded size and (where GitHub reports a
 * digest) of the recorded sha256, with no asset the manifest does not list. Lookups, repair and
 * `verify` all apply this same rule.
 */
import type { Release } from '../github/client.js';
import { hexOfGithubDigest, sha256Hex } from './digest.js';
import { parseManifest, type Manifest } from './manifest.js';
import { MANIFEST_ASSET, versionTag } from './names.js';
import { parseStageMarks } from './stage-marks.js';
import type { RegisteredVersion, VersionAsset, VersionProblem } from './types.js';

/** The outcome of checking a release: the version when it is readable, else the problems. */
export interface ReleaseCheck {
  readonly version?: RegisteredVersion;
  readonly manifest?: Manifest;
  readonly problems: readonly VersionProblem[];
}

/**
 * Checks `release` against the manifest bytes downloaded from it (`undefined` when the release has
 * no manifest asset). `allowDraft` is for repair, which checks drafts before publishing them.
 */
export function checkRelease(
  release: Release,
  manifestBytes: Uint8Array | undefined,
  expected: { model: string; version: number },
  options: { allowDraft?: boolean } = {},
): ReleaseCheck {
  const tag = versionTag(expected.model, expected.version);
  const problems: VersionProblem[] = [];
  if (release.draft && !options.allowDraft) {
    problems.push({ kind: 'draft', message: `${tag} is a draft (registration not finished)` });
  }
  const manifestAsset = release.assets.find((a) => a.name === MANIFEST_ASSET);
  if (!manifestAsset || manifestBytes === undefined) {
    problems.push({ kind: 'no-manifest', message: `${tag} has no ${MANIFEST_ASSET}`, asset: MANIFEST_ASSET });
    return { problems };
  }
  const manifestSha256 = sha256Hex(manifestBytes);
  const reported = hexOfGithubDigest(manifestAsset.digest);
  if (reported !== undefined && reported !== manifestSha256) {
    problems.push({
      kind: 'digest-mismatch',
      message: `${MANIFEST_ASSET} of ${tag}: GitHub reports sha256:${reported}, downloaded bytes are sha256:${manifestSha256}`,
      asset: MANIFEST_ASSET,
      expected: `sha256:${reported}`,
      actual: `sha256:${manifestSha256}`,
    });
  }
  const parsed = parseManifest(manifestBytes);
  if (!parsed.manifest) {
    for (const message of parsed.problems) problems.push({ kind: 'bad-manifest', message, asset: MANIFEST_ASSET });
    return { problems };
  }
  const manifest = parsed.manifest;
  if (manifest.model !== expected.model || manifest.version !== expected.version || manifest.tag !== tag) {
    problems.push({
      kind: 'wrong-identity',
      message: `${MANIFEST_ASSET} of ${tag} describes ${manifest.tag} (model ${manifest.model}, version ${manifest.version})`,
      asset: MANIFEST_ASSET,
    });
  }
  const assets: VersionAsset[] = [];
  for (const record of manifest.assets) {
    const asset = release.assets.find((a) => a.name === record.name);
    if (!asset) {
      problems.push({ kind: 'missing-asset', message: `${record.name} of ${tag} is missing`, asset: record.name });
      continue;
    }
    if (asset.state !== 'uploaded') {
      problems.push({
        kind: 'incomplete-asset',
        message: `${record.name} of ${tag} is still uploading`,
        asset: record.name,
      });
    }
    if (asset.size !== record.size) {
      problems.push({
        kind: 'size-mismatch',
        message: `${record.name} of ${tag} has ${asset.size} bytes, the manifest says ${record.size}`,
        asset: record.name,
        expected: `${record.size} bytes`,
        actual: `${asset.size} bytes`,
      });
    }
    const digest = hexOfGithubDigest(asset.digest);
    if (digest !== undefined && digest !== record.sha256) {
      problems.push({
        kind: 'digest-mismatch',
        message: `${record.name} of ${tag} has sha256:${digest}, the manifest says sha256:${record.sha256}`,
        asset: record.name,
        expected: `sha256:${record.sha256}`,
        actual: `sha256:${digest}`,
      });
    }
    assets.push({ ...record, id: asset.id });
  }
  const listed = new Set([MANIFEST_ASSET, ...manifest.assets.map((a) => a.name)]);
  for (const asset of release.assets) {
    if (!listed.has(asset.name)) {
      problems.push({
        kind: 'extra-asset',
        message: `${asset.name} of ${tag} is not in the manifest`,
        asset: asset.name,
      });
    }
  }
  if (problems.length > 0) return { manifest, problems };
  return {
    manifest,
    problems,
    version: {
      model: manifest.model,
      version: manifest.version,
      tag,
      commit: manifest.lineage.commit,
      releaseId: release.id,
      htmlUrl: release.htmlUrl,
      prerelease: release.prerelease,
      publishedAt: release.publishedAt,
      manifest,
      manifestSha256,
      manifestAssetId: manifestAsset.id,
      assets,
      stages: parseStageMarks(release.body),
    },
  };
}
