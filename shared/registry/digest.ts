/**
 * sha256 digests in the two spellings the registry meets: bare hex in the manifest, and GitHub's
 * `sha256:<hex>` asset `digest`.
 */
import { createHash } from 'node:crypto';

/** The sha256 of `data` as lower-case hex. */
export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** GitHub's spelling of a sha256 digest: `sha256:<hex>`. */
export function githubDigest(hex: string): string {
  return `sha256:${hex}`;
}

/** The hex of a GitHub `sha256:<hex>` digest, or undefined for another algorithm or `null`. */
export function hexOfGithubDigest(digest: string | null): string | undefined {
  const match = digest === null ? null : /^sha256:([0-9a-f]{64})$/.exec(digest);
  return match ? match[1] : undefined;
}
