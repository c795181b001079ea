/**
 * Who is calling: turns the `Authorization` header into a principal. Persona tokens (`ghp_…`)
 * and installation tokens (`ghs_…`, with permissions, repositories and an expiry) live in a
 * registry; App JWTs are verified against the App's public key.
 */
import { ApiError, badCredentials } from '../errors.js';
import { tokenBody } from '../state/ids.js';
import type { Level, Store } from '../state/store.js';
import { looksLikeJwt, verifyAppJwt } from './jwt.js';

/** An installation token as issued. */
export interface InstallationToken {
  token: string;
  installationId: number;
  permissions: Record<string, Level>;
  /** Repository ids the token may touch, or `all` of the installation's. */
  repositories: number[] | 'all';
  expiresAt: string;
  /**
   * The bot that acts with the token when it is not the App's own (`github-actions[bot]` for a
   * workflow job's `GITHUB_TOKEN`, which the workflow executor mints on the installation).
   */
  actor?: string;
}

/** The authenticated caller of one request. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'user'; login: string; token: string }
  | ({ kind: 'installation' } & InstallationToken)
  | { kind: 'app'; appId: number };

/** A short label for counters and logs (`maintainer`, `installation:5000001`, `app`, `anonymous`). */
export function principalLabel(principal: Principal): string {
  switch (principal.kind) {
    case 'user':
      return principal.login;
    case 'installation':
      return `installation:${principal.installationId}`;
    default:
      return principal.kind;
  }
}

/** Installation tokens live one hour, as on GitHub. */
const INSTALLATION_TOKEN_SECONDS = 3600;

/** Issued tokens of one sandbox. */
export class TokenRegistry {
  readonly #users = new Map<string, string>();
  readonly #installations = new Map<string, InstallationToken>();
  #issued = 0;

  /** Issues (or returns the existing) personal token for `login`. */
  userToken(login: string): string {
    for (const [token, owner] of this.#users) if (owner === login) return token;
    const token = `ghp_${tokenBody(`user:${login}`)}`;
    this.#users.set(token, login);
    return token;
  }

  /** Issues a new installation token. */
  issueInstallationToken(
    installationId: number,
    permissions: Record<string, Level>,
    repositories: number[] | 'all',
    now: Date,
    actor?: string,
  ): InstallationToken {
    const token: InstallationToken = {
      token: `ghs_${tokenBody(`installation:${installationId}:${++this.#issued}`)}`,
      installationId,
      permissions,
      repositories,
      expiresAt: new Date(now.getTime() + INSTALLATION_TOKEN_SECONDS * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      ...(actor === undefined ? {} : { actor }),
    };
    this.#installations.set(token.token, token);
    return token;
  }

  /** Resolves an `Authorization` header; throws 401 `Bad credentials` for unknown or expired tokens. */
  authenticate(header: string | undefined, store: Store): Principal {
    if (!header) return { kind: 'anonymous' };
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
    if (!match) throw badCredentials();
    const credential = match[1]!;
    if (looksLikeJwt(credential)) {
      const app = store.app;
      if (!app) throw new ApiError(401, 'A JSON web token could not be decoded');
      verifyAppJwt(credential, app, Math.floor(store.now().getTime() / 1000));
      return { kind: 'app', appId: app.id };
    }
    const login = this.#users.get(credential);
    if (login !== undefined) return { kind: 'user', login, token: credential };
    const installation = this.#installations.get(credential);
    if (installation && Date.parse(installation.expiresAt) > store.now().getTime()) {
      return { kind: 'installation', ...installation };
    }
    throw badCredentials();
  }
}

/** The token registry of a sandbox's store (one per store). */
export function tokensOf(store: Store): TokenRegistry {
  return store.slice('tokens', () => new TokenRegistry());
}
