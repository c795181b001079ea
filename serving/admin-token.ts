/**
 * The admin API's bearer token check. Both sides are hashed to 32 bytes first, so
 * `crypto.timingSafeEqual` compares equal lengths and the time taken says nothing about the token,
 * not even its length.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { UserError } from '../shared/errors.js';

/** The shortest admin token accepted (a guessable token would make the admin API open). */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Checks a configured token; `key` names where it came from (an env var). */
export function checkAdminToken(token: string, key: string): string {
  if (token.trim().length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new UserError(`the admin token is shorter than ${MIN_ADMIN_TOKEN_LENGTH} characters`, {
      location: { key },
      hint: 'Use a long random value, e.g. `openssl rand -hex 32`',
    });
  }
  return token;
}

/** A constant-time check of `Authorization: Bearer <token>` against the configured token. */
export class AdminGuard {
  private readonly expected: Buffer;

  constructor(token: string) {
    this.expected = digest(token);
  }

  /** True when the headers carry the right bearer token. */
  allows(headers: IncomingHttpHeaders): boolean {
    const header = headers.authorization ?? '';
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    // Compare something in every case, so a missing header takes the same path as a wrong one.
    const given = digest(match?.[1] ?? '');
    return timingSafeEqual(given, this.expected) && match !== null;
  }
}
