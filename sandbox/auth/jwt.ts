/**
 * Verifies a GitHub App JWT the way GitHub does: RS256 signed by the App's private key, `iss` the
 * App id (or client id), `iat` not in the future (60 s of clock drift allowed), `exp` in the future
 * and at most 10 minutes ahead. node:crypto does the RSA check; no JWT library is needed for one
 * algorithm and three claims.
 */
import { createVerify, type KeyObject } from 'node:crypto';
import { ApiError } from '../errors.js';

const DRIFT_SECONDS = 60;
const MAX_LIFETIME_SECONDS = 600;

/** True when `token` has the shape of a JWT (three base64url parts, JSON header). */
export function looksLikeJwt(token: string): boolean {
  return /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/.test(token);
}

function decodePart(part: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

function jwtError(message: string): ApiError {
  return new ApiError(401, message, { documentationUrl: 'https://docs.github.com/rest' });
}

/**
 * Verifies `token` for the App (`appId`, `clientId`, `publicKey`) at `nowSeconds`; throws GitHub's
 * 401 on failure.
 */
export function verifyAppJwt(
  token: string,
  app: { id: number; clientId: string; publicKey: KeyObject },
  nowSeconds: number,
): void {
  const [headerPart, payloadPart, signaturePart] = token.split('.');
  let header: Record<string, unknown>;
  let payload: Record<string, unknown>;
  try {
    header = decodePart(headerPart!);
    payload = decodePart(payloadPart!);
  } catch {
    throw jwtError('A JSON web token could not be decoded');
  }
  if (header.alg !== 'RS256') throw jwtError('A JSON web token could not be decoded');
  const verifier = createVerify('RSA-SHA256');
  verifier.update(`${headerPart}.${payloadPart}`);
  if (!verifier.verify(app.publicKey, Buffer.from(signaturePart!, 'base64url'))) {
    throw jwtError('A JSON web token could not be decoded');
  }
  if (String(payload.iss) !== String(app.id) && payload.iss !== app.clientId) {
    throw jwtError(`'Issuer' claim ('iss') must be an Integer`);
  }
  const iat = payload.iat;
  const exp = payload.exp;
  if (typeof iat !== 'number' || !Number.isInteger(iat) || iat > nowSeconds + DRIFT_SECONDS) {
    throw jwtError(`'Issued at' claim ('iat') must be an Integer representing a time in the past.`);
  }
  if (typeof exp !== 'number' || !Number.isInteger(exp) || exp <= nowSeconds) {
    throw jwtError(
      `'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires.`,
    );
  }
  if (exp > nowSeconds + MAX_LIFETIME_SECONDS + DRIFT_SECONDS || exp - iat > MAX_LIFETIME_SECONDS + DRIFT_SECONDS) {
    throw jwtError(`'Expiration time' claim ('exp') is too far in the future.`);
  }
}
