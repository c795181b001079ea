/**
 * Who has access to a repository, as the collaborators API reports it: direct collaborators (kept
 * on `RepoRecord.collaborators`) plus the owners of the owning organization, each with their role,
 * and GitHub's mapping of roles onto the legacy `permission` (admin/write/read/none).
 */
import { ROLES, type Role, type RepoRecord, type Store } from './store.js';

/** The legacy base permission GitHub reports for a role: maintain shows as write, triage as read. */
export function legacyPermission(role: Role | undefined): 'admin' | 'write' | 'read' | 'none' {
  switch (role) {
    case 'admin':
      return 'admin';
    case 'maintain':
    case 'write':
      return 'write';
    case 'triage':
    case 'read':
      return 'read';
    default:
      return 'none';
  }
}

/** The `permission` values `PUT .../collaborators/{username}` accepts, as roles. */
export const GRANTABLE: Readonly<Record<string, Role>> = {
  pull: 'read',
  read: 'read',
  triage: 'triage',
  push: 'write',
  write: 'write',
  maintain: 'maintain',
  admin: 'admin',
};

/** One collaborator and how they got access. */
export interface CollaboratorEntry {
  login: string;
  role: Role;
  /** `direct` collaborators are listed on the repository; `organization` ones own its org. */
  via: 'direct' | 'organization';
  /** True when the user is not a member of the owning organization (an outside collaborator). */
  outside: boolean;
}

/**
 * The collaborators of `repo`, org owners first, then direct collaborators in the order they were
 * added; a user who is both is listed once with the higher role.
 */
export function collaboratorsOf(store: Store, repo: RepoRecord): CollaboratorEntry[] {
  const owner = store.account(repo.owner);
  const isMember = (login: string) =>
    owner?.type === 'Organization' &&
    [...owner.members, ...owner.owners].some((m) => m.toLowerCase() === login.toLowerCase());
  const byLogin = new Map<string, CollaboratorEntry>();
  for (const login of owner?.type === 'Organization' ? owner.owners : []) {
    byLogin.set(login.toLowerCase(), { login, role: 'admin', via: 'organization', outside: false });
  }
  for (const [login, role] of repo.collaborators) {
    const seen = byLogin.get(login.toLowerCase());
    if (seen && ROLES.indexOf(seen.role) >= ROLES.indexOf(role)) continue;
    byLogin.set(login.toLowerCase(), { login, role, via: 'direct', outside: !isMember(login) });
  }
  return [...byLogin.values()];
}
