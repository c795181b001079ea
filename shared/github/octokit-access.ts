/**
 * The access area of the Octokit client: a user's live role on the repository and their membership
 * of an organization's team, which promotion policies check before acting. Unknown users and teams
 * read as no role and no membership, not as errors.
 */
import type { GitHubClient, Permission } from './client.js';
import { orUndefined, type OctokitLike, type RepoBase } from './octokit-request.js';

/** The port's access methods. */
export type AccessMethods = Pick<GitHubClient, 'getPermission' | 'isTeamMember'>;

/** The collaborator-permission and team-membership methods of the client over `octokit`, bound to `base`. */
export function accessMethods(octokit: OctokitLike, base: RepoBase): AccessMethods {
  return {
    async getPermission(username: string): Promise<Permission> {
      const response = await orUndefined(
        octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...base, username }),
      );
      const role = response?.data.role_name;
      return { roleName: role === undefined || role === 'none' || role === '' ? null : role };
    },

    async isTeamMember(org: string, teamSlug: string, username: string): Promise<boolean> {
      const response = await orUndefined(
        octokit.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
          org,
          team_slug: teamSlug,
          username,
        }),
      );
      return response?.data.state === 'active';
    },
  };
}
