/**
 * Before anything is deployed, the release is checked against the deployment that asked for it: the
 * payload recorded the manifest's sha256 and every asset's digest when the command arrived (field
 * notes 8 and 15), so the bytes deployed are exactly the bytes that were approved. Any difference
 * (a replaced asset, a re-uploaded manifest, a moved tag) refuses the deployment, naming what
 * differs, before a single byte reaches a server or a cluster.
 */
import { UserError } from '../errors.js';
import type { DeploymentPayload } from '../registry/deployments.js';
import { githubDigest } from '../registry/digest.js';
import { IntegrityError } from '../registry/integrity-error.js';
import { MANIFEST_ASSET } from '../registry/names.js';
import type { Registry } from '../registry/registry.js';
import type { RegisteredVersion } from '../registry/types.js';

/** A release that matches its deployment, with its bytes (every asset and the manifest, re-hashed). */
export interface VerifiedRelease {
  readonly version: RegisteredVersion;
  readonly files: ReadonlyMap<string, Uint8Array>;
}

/**
 * Looks the version up by tag, compares it with the payload (tag, release id, commit, manifest
 * sha256, the set of assets and each digest), then downloads every asset and the manifest and
 * re-hashes them. Calls: 2 (lookup) + 1 per asset + 1 (manifest).
 * @throws IntegrityError naming the asset whose bytes or digest differ; UserError for any other
 * difference.
 */
export async function verifyRelease(registry: Registry, payload: DeploymentPayload): Promise<VerifiedRelease> {
  const inspection = await registry.inspectVersion(payload.model, payload.version);
  const version = inspection.version;
  if (!version) {
    const bad = inspection.problems.find((p) => p.asset !== undefined && p.kind.endsWith('mismatch'));
    if (bad?.asset !== undefined) {
      throw new IntegrityError(payload.tag, bad.asset, bad.expected ?? 'the manifest', bad.actual ?? 'other bytes');
    }
    throw new UserError(
      `${payload.tag} is not a deployable version: ${inspection.problems.map((p) => p.message).join('; ') || 'not found'}`,
      { location: { key: payload.tag }, hint: 'Nothing was deployed. Register the version again and promote it anew' },
    );
  }
  const differs = (what: string, recorded: string | number, found: string | number) => {
    throw new UserError(
      `${payload.tag}: the deployment recorded ${what} ${recorded}, but the release now has ${found}`,
      {
        location: { key: payload.tag },
        hint: 'Nothing was deployed. The release changed after the promotion was approved; promote it again to deploy what is there now',
      },
    );
  };
  if (version.tag !== payload.tag) differs('tag', payload.tag, version.tag);
  if (version.releaseId !== payload.release_id) differs('release id', payload.release_id, version.releaseId);
  if (version.commit !== payload.commit) differs('commit', payload.commit, version.commit);
  if (version.manifestSha256 !== payload.manifest_sha256) {
    throw new IntegrityError(
      payload.tag,
      MANIFEST_ASSET,
      `sha256:${payload.manifest_sha256} (recorded in the deployment)`,
      `sha256:${version.manifestSha256}`,
    );
  }
  for (const asset of version.assets) {
    const recorded = payload.digests[asset.name];
    if (recorded === undefined) differs(`no asset named`, asset.name, `an asset ${asset.name}`);
    if (recorded !== githubDigest(asset.sha256)) {
      throw new IntegrityError(
        payload.tag,
        asset.name,
        `${recorded} (recorded in the deployment)`,
        githubDigest(asset.sha256),
      );
    }
  }
  for (const name of Object.keys(payload.digests)) {
    if (!version.assets.some((a) => a.name === name)) differs('an asset', name, 'no such asset');
  }
  const files = await registry.download(version, [...version.assets.map((a) => a.name), MANIFEST_ASSET]);
  return { version, files };
}
