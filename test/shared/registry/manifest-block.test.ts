/**
 * The release body's copy of the manifest is used only when GitHub's digest of the `modelship.json`
 * asset vouches for it; any other body reads as "no copy", so readers download the asset.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { manifestFromBody, withManifestBlock } from '../../../shared/registry/manifest-block.js';
import { githubDigest, sha256Hex } from '../../../shared/registry/digest.js';
import { GITHUB_BODY_LIMIT } from '../../../shared/github/limits.js';

const bytes = new TextEncoder().encode('{"schemaVersion":1,"model":"churn","version":3}\n');
const digest = githubDigest(sha256Hex(bytes));

describe('the manifest block in a release body', () => {
  it('round-trips any bytes when the digest matches', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), fc.string({ maxLength: 200 }), (data, card) => {
        const body = withManifestBlock(card, data);
        expect(manifestFromBody(body, githubDigest(sha256Hex(data)))).toEqual(data);
      }),
    );
  });

  it('is ignored when the block was edited, the digest differs, GitHub reports none, or there is no block', () => {
    const body = withManifestBlock('# churn v3', bytes);
    const edited = body.replace(/manifest ([A-Za-z0-9+/=]{4})/, 'manifest AAAA');
    expect(edited).not.toBe(body);
    expect(manifestFromBody(edited, digest)).toBeUndefined();
    expect(manifestFromBody(body, githubDigest('0'.repeat(64)))).toBeUndefined();
    expect(manifestFromBody(body, null)).toBeUndefined();
    expect(manifestFromBody(body, `sha512:${'a'.repeat(128)}`)).toBeUndefined();
    expect(manifestFromBody('# churn v3', digest)).toBeUndefined();
    expect(manifestFromBody(null, digest)).toBeUndefined();
  });

  it('is left out when it would take the body past GitHub’s limit', () => {
    const card = 'x'.repeat(GITHUB_BODY_LIMIT - 20);
    expect(withManifestBlock(card, bytes)).toBe(card);
  });
});
