/**
 * Downloads that are verified: every byte read from a release is hashed and compared with the
 * manifest before it is handed out, and a mismatch is a hard IntegrityError naming the asset and
 * both digests. The API's own digest is checked at lookup; this re-hashes what actually arrived.
 */
import type { RegistryContext } from './context.js';
import { sha256Hex } from './digest.js';
import { IntegrityError, isIntegrityError } from './integrity-error.js';
import { inspectVersion } from './lookup.js';
import { MANIFEST_ASSET } from './names.js';
import type { RegisteredVersion, VersionProblem } from './types.js';

/**
 * Downloads assets of `version` (all manifest assets by default; name `modelship.json` to include
 * the manifest) and checks each one's size and sha256. One call per asset.
 * @throws IntegrityError on the first asset whose bytes do not match.
 */
export async function download(
  context: RegistryContext,
  version: RegisteredVersion,
  names?: readonly string[],
): Promise<Map<string, Uint8Array>> {
  const wanted = names ?? version.assets.map((a) => a.name);
  const out = new Map<string, Uint8Array>();
  for (const name of wanted) {
    if (name === MANIFEST_ASSET) {
      const bytes = await context.github.downloadReleaseAsset(version.manifestAssetId);
      const actual = sha256Hex(bytes);
      if (actual !== version.manifestSha256) {
        throw new IntegrityError(version.tag, name, `sha256:${version.manifestSha256}`, `sha256:${actual}`);
      }
      out.set(name, bytes);
      continue;
    }
    const asset = version.assets.find((a) => a.name === name);
    if (!asset) throw new Error(`${version.tag} has no asset named ${name}`);
    const bytes = await context.github.downloadReleaseAsset(asset.id);
    if (bytes.byteLength !== asset.size) {
      throw new IntegrityError(version.tag, name, `${asset.size} bytes`, `${bytes.byteLength} bytes`);
    }
    const actual = sha256Hex(bytes);
    if (actual !== asset.sha256)
      throw new IntegrityError(version.tag, name, `sha256:${asset.sha256}`, `sha256:${actual}`);
    out.set(name, bytes);
  }
  return out;
}

/** The outcome of `verify`. */
export interface VerifyReport {
  readonly ok: boolean;
  readonly version?: RegisteredVersion;
  readonly problems: readonly VersionProblem[];
}

/**
 * Re-downloads every asset of a version, the manifest included, and checks every digest; reports
 * problems instead of throwing (for `modelship registry verify`). 2 + (assets + 1) calls.
 */
export async function verify(context: RegistryContext, model: string, version: number): Promise<VerifyReport> {
  const inspection = await inspectVersion(context, model, version);
  if (!inspection.version) return { ok: false, problems: inspection.problems };
  try {
    await download(context, inspection.version, [...inspection.version.assets.map((a) => a.name), MANIFEST_ASSET]);
    return { ok: true, version: inspection.version, problems: [] };
  } catch (error) {
    if (!isIntegrityError(error)) throw error;
    return {
      ok: false,
      version: inspection.version,
      problems: [
        {
          kind: 'digest-mismatch',
          message: error.message,
          asset: error.asset,
          expected: error.expected,
          actual: error.actual,
        },
      ],
    };
  }
}
