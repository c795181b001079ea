/**
 * The default cast, so tests and the demo read like stories: org `acme`, private repo
 * `acme/churn` (default branch `main`, one initial commit), users with one role each, a bot, and
 * the GitHub App `modelship` installed on `acme/churn`.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import type { Level, Role, Store } from './state/store.js';
import type { TokenRegistry } from './auth/tokens.js';

/** A user the sandbox knows, with its token. */
export interface Persona {
  login: string;
  id: number;
  type: 'User' | 'Bot';
  /** Personal token (`ghp_…`), valid as `token <t>` or `Bearer <t>`. */
  token: string;
}

/** Users and their role on `acme/churn` (`undefined`: not a collaborator). */
export const DEFAULT_USERS: readonly { login: string; role?: Role; type?: 'User' | 'Bot' }[] = [
  { login: 'maintainer', role: 'maintain' },
  { login: 'reviewer', role: 'write' },
  { login: 'triager', role: 'triage' },
  { login: 'reader', role: 'read' },
  { login: 'outsider' },
  { login: 'dependabot[bot]', type: 'Bot' },
];

/** The App's default permissions (an installation token gets these unless narrowed). */
export const DEFAULT_APP_PERMISSIONS: Record<string, Level> = {
  metadata: 'read',
  contents: 'write',
  issues: 'write',
  pull_requests: 'write',
  deployments: 'write',
  checks: 'write',
  actions: 'write',
  statuses: 'write',
  members: 'read',
};

/** Events the App subscribes to. */
export const DEFAULT_APP_EVENTS = [
  'check_run',
  'create',
  'delete',
  'deployment',
  'deployment_status',
  'issue_comment',
  'pull_request',
  'pull_request_review',
  'push',
  'release',
  'repository_dispatch',
  'workflow_dispatch',
];

let keyPair: { privateKey: string; publicKey: string } | undefined;

/** The App's RSA key pair: generated once per process with node:crypto (2048 bits). */
function appKeyPair(): { privateKey: string; publicKey: string } {
  keyPair ??= generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return keyPair;
}

/** Seeds the default cast into `store`; returns the personas by login. */
export function seedPersonas(store: Store, tokens: TokenRegistry): Record<string, Persona> {
  const org = store.addAccount('acme', 'Organization', { name: 'Acme Corp' });
  const repo = store.addRepo({
    owner: 'acme',
    name: 'churn',
    private: true,
    description: 'Churn prediction model',
    defaultBranch: 'main',
  });
  // One team, for stage allowlists (`teams: [acme/ml-leads]` in a policy).
  org.teams['ml-leads'] = ['maintainer'];
  const personas: Record<string, Persona> = {};
  for (const user of DEFAULT_USERS) {
    const account = store.addAccount(user.login, user.type ?? 'User');
    org.members.push(account.login);
    if (user.role) repo.collaborators.set(account.login, user.role);
    personas[account.login] = {
      login: account.login,
      id: account.id,
      type: account.type as 'User' | 'Bot',
      token: tokens.userToken(account.login),
    };
  }
  const { privateKey, publicKey } = appKeyPair();
  const bot = store.addAccount('modelship[bot]', 'Bot');
  store.app = {
    id: store.ids.next('app'),
    slug: 'modelship',
    name: 'modelship',
    clientId: 'Iv1.5b0x5andb0x0001',
    owner: org.login,
    privateKey,
    publicKey: createPublicKey(publicKey),
    webhookSecret: 'sandbox-webhook-secret',
    permissions: { ...DEFAULT_APP_PERMISSIONS },
    events: [...DEFAULT_APP_EVENTS],
    createdAt: store.timestamp(),
    botLogin: bot.login,
  };
  const installationId = store.ids.next('installation');
  store.installations.set(installationId, {
    id: installationId,
    appId: store.app.id,
    account: org.login,
    repositories: [repo.id],
    permissions: { ...DEFAULT_APP_PERMISSIONS },
    events: [...DEFAULT_APP_EVENTS],
    createdAt: store.timestamp(),
  });
  return personas;
}
