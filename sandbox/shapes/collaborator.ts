/** REST shape of a collaborator (`collaborator`): a simple user with `permissions` and `role_name`. */
import type { AccountRecord, Role } from '../state/store.js';
import { ROLES } from '../state/store.js';
import type { Urls } from '../urls.js';
import { simpleUser } from './user.js';

/** The `permissions` hash of a role (each flag true when the role reaches that level). */
export function rolePermissions(role: Role | undefined): Record<string, boolean> {
  const at = (needed: Role) => role !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(needed);
  return { pull: at('read'), triage: at('triage'), push: at('write'), maintain: at('maintain'), admin: at('admin') };
}

/** The `collaborator` object; `role` undefined gives `role_name: "none"` and no permissions. */
export function collaborator(urls: Urls, account: AccountRecord, role: Role | undefined): Record<string, unknown> {
  return {
    ...simpleUser(urls, account),
    name: account.name,
    email: account.email,
    permissions: rolePermissions(role),
    role_name: role ?? 'none',
  };
}
