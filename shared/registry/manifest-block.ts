/**
 * The manifest's bytes, carried once more in the release body as a hidden block, so that reading a
 * version costs one call (the release) instead of two (the release, then the `modelship.json`
 * download). The block is trusted only when its bytes hash to the `digest` GitHub itself computed
 * for the `modelship.json` asset at upload ("`digest`: sha256 of the asset, computed by GitHub",
 * the release asset object of the REST API since 2025): then the block IS the manifest, byte for
 * byte, whoever edited the body. Anything else (no block, an edited block, an asset without a
 * digest, a body cut short) falls back to downloading the asset, so the block is an optimisation
 * that can never change what a version reads as.
 */
import { GITHUB_BODY_LIMIT } from '../github/limits.js';
import { hexOfGithubDigest, sha256Hex } from './digest.js';

const OPEN = '<!-- modelship:manifest ';
const CLOSE = ' -->';
const BLOCK = /<!-- modelship:manifest ([A-Za-z0-9+/=]*) -->/;

/**
 * `body` with the manifest block appended; `body` unchanged when the block would take it past
 * GitHub's body limit (readers then download the manifest, as before).
 */
export function withManifestBlock(body: string, manifestBytes: Uint8Array): string {
  const block = `${OPEN}${Buffer.from(manifestBytes).toString('base64')}${CLOSE}`;
  const out = `${body.trimEnd()}\n\n${block}\n`;
  return out.length <= GITHUB_BODY_LIMIT ? out : body;
}

/**
 * The manifest bytes the body carries, when they hash to GitHub's `digest` of the manifest asset;
 * otherwise undefined (download the asset instead).
 */
export function manifestFromBody(body: string | null, assetDigest: string | null): Uint8Array | undefined {
  const expected = hexOfGithubDigest(assetDigest);
  if (expected === undefined || body === null) return undefined;
  const match = BLOCK.exec(body);
  if (!match) return undefined;
  const bytes = new Uint8Array(Buffer.from(match[1]!, 'base64'));
  return sha256Hex(bytes) === expected ? bytes : undefined;
}
