/**
 * The sandbox's in-memory world: users and orgs, repositories with their git data and
 * collaborators, the GitHub App and its installations. Resource families keep their own state in
 * a typed slice of a repository (`repoSlice`) or of the store (`slice`), so a new family adds a
 * state file without touching this one.
 */
import type { KeyObject } from 'node:crypto';
import { GitRepo, type GitPerson } from './git.js';
import { IdSequence } from './ids.js';

/** A repository role, weakest first (GitHub's `role_name`). */
export const ROLES = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
/** A repository role. */
export type Role = (typeof ROLES)[number];

/** A user, a bot or an organization account. */
export interface AccountRecord {
  id: number;
  login: string;
  type: 'User' | 'Bot' | 'Organization';
  name: string | null;
  email: string | null;
  createdAt: string;
  /** For organizations: logins of owners (admin on every repo of the org). */
  owners: string[];
  /** For organizations: logins of members. */
  members: string[];
  /** For organizations: team slug → logins of its (active) members. */
  teams: Record<string, string[]>;
}

/** A repository. */
export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  description: string | null;
  defaultBranch: string;
  createdAt: string;
  updatedAt: string;
  pushedAt: string;
  /** login → role, for direct collaborators. */
  collaborators: Map<string, Role>;
  git: GitRepo;
  /** Per-family state (see `repoSlice`). */
  slices: Map<string, unknown>;
}

/** An App permission level. */
export type Level = 'read' | 'write' | 'admin';

/** The GitHub App. */
export interface AppRecord {
  id: number;
  slug: string;
  name: string;
  clientId: string;
  owner: string;
  privateKey: string;
  publicKey: KeyObject;
  webhookSecret: string;
  permissions: Record<string, Level>;
  events: string[];
  createdAt: string;
  /** The login of the App's bot user (`modelship[bot]`). */
  botLogin: string;
}

/** An installation of the App on an account. */
export interface InstallationRecord {
  id: number;
  appId: number;
  account: string;
  /** Repository ids the installation covers, or `all`. */
  repositories: number[] | 'all';
  permissions: Record<string, Level>;
  events: string[];
  createdAt: string;
}

/** The whole state of one sandbox. */
export class Store {
  readonly ids = new IdSequence();
  readonly accounts = new Map<string, AccountRecord>();
  readonly repos = new Map<string, RepoRecord>();
  readonly installations = new Map<number, InstallationRecord>();
  app: AppRecord | undefined;
  readonly #slices = new Map<string, unknown>();
  readonly now: () => Date;

  constructor(now: () => Date = () => new Date()) {
    this.now = now;
  }

  /** The current time as GitHub formats it (`2026-01-02T03:04:05Z`). */
  timestamp(): string {
    return this.now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  }

  /** Adds a user, bot or organization account (idempotent by login). */
  addAccount(login: string, type: AccountRecord['type'], extra: Partial<AccountRecord> = {}): AccountRecord {
    const existing = this.accounts.get(login.toLowerCase());
    if (existing) return existing;
    const account: AccountRecord = {
      id: this.ids.next('user'),
      login,
      type,
      name: null,
      email: null,
      createdAt: this.timestamp(),
      owners: [],
      members: [],
      teams: {},
      ...extra,
    };
    this.accounts.set(login.toLowerCase(), account);
    return account;
  }

  /** The account with `login` (case-insensitive). */
  account(login: string): AccountRecord | undefined {
    return this.accounts.get(login.toLowerCase());
  }

  /** Creates a repository with an initial commit on its default branch holding `files`. */
  addRepo(options: {
    owner: string;
    name: string;
    private?: boolean;
    description?: string | null;
    defaultBranch?: string;
    files?: Record<string, string | Buffer>;
    author?: GitPerson;
  }): RepoRecord {
    const at = this.timestamp();
    const repo: RepoRecord = {
      id: this.ids.next('repo'),
      owner: options.owner,
      name: options.name,
      private: options.private ?? false,
      description: options.description ?? null,
      defaultBranch: options.defaultBranch ?? 'main',
      createdAt: at,
      updatedAt: at,
      pushedAt: at,
      collaborators: new Map(),
      git: new GitRepo(),
      slices: new Map(),
    };
    const changes: Record<string, Buffer> = { 'README.md': Buffer.from(`# ${options.name}\n`) };
    for (const [path, content] of Object.entries(options.files ?? {})) {
      changes[path.replace(/^\/+/, '')] = typeof content === 'string' ? Buffer.from(content) : content;
    }
    const commit = repo.git.commit({
      changes,
      message: 'Initial commit',
      author: options.author ?? { name: options.owner, email: `${options.owner}@users.noreply.github.com`, date: at },
    });
    repo.git.refs.set(`refs/heads/${repo.defaultBranch}`, commit.sha);
    this.repos.set(`${options.owner}/${options.name}`.toLowerCase(), repo);
    return repo;
  }

  /** The repository `owner/name` (case-insensitive). */
  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** The repository with numeric `id`. */
  repoById(id: number): RepoRecord | undefined {
    for (const repo of this.repos.values()) if (repo.id === id) return repo;
    return undefined;
  }

  /** The installation of the App covering `repo`, if any. */
  installationFor(repo: RepoRecord): InstallationRecord | undefined {
    for (const installation of this.installations.values()) {
      if (installation.account.toLowerCase() !== repo.owner.toLowerCase()) continue;
      if (installation.repositories === 'all' || installation.repositories.includes(repo.id)) return installation;
    }
    return undefined;
  }

  /** A user's role on `repo`: owner or org owner → admin, else the collaborator role, else none. */
  roleOf(login: string, repo: RepoRecord): Role | undefined {
    if (login.toLowerCase() === repo.owner.toLowerCase()) return 'admin';
    const owner = this.account(repo.owner);
    if (owner?.owners.some((o) => o.toLowerCase() === login.toLowerCase())) return 'admin';
    for (const [collaborator, role] of repo.collaborators) {
      if (collaborator.toLowerCase() === login.toLowerCase()) return role;
    }
    return undefined;
  }

  /** Sandbox-wide state of a family, created on first use. */
  slice<T>(key: string, create: () => T): T {
    if (!this.#slices.has(key)) this.#slices.set(key, create());
    return this.#slices.get(key) as T;
  }
}

/** Per-repository state of a family (`releases`, `issues`...), created on first use. */
export function repoSlice<T>(repo: RepoRecord, key: string, create: () => T): T {
  if (!repo.slices.has(key)) repo.slices.set(key, create());
  return repo.slices.get(key) as T;
}

/** True when `role` is at least `needed`. */
export function roleAtLeast(role: Role | undefined, needed: Role): boolean {
  return role !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
