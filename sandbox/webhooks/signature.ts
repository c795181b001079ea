/**
 * Webhook signatures as GitHub computes them: an HMAC of the exact bytes sent, hex-encoded, in
 * `X-Hub-Signature-256` (`sha256=...`) and the legacy `X-Hub-Signature` (`sha1=...`).
 * Two lines of `node:crypto`; a library (`@octokit/webhooks-methods`) would add an async wrapper
 * around the same call. Receivers' verification is tested against Probot's real one.
 */
import { createHmac } from 'node:crypto';

/** `sha256=<hex>` over `body` with `secret`, the value of `X-Hub-Signature-256`. */
export function signSha256(secret: string, body: Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** `sha1=<hex>` over `body` with `secret`, the legacy `X-Hub-Signature` GitHub still sends. */
export function signSha1(secret: string, body: Uint8Array): string {
  return `sha1=${createHmac('sha1', secret).update(body).digest('hex')}`;
}
