/**
 * Deployment environments, read-only: list and get. Environments come into being with the first
 * deployment (or deployment status) that names them; names are case-insensitive. The sandbox has
 * no protection rules, so `protection_rules` is empty and `deployment_branch_policy` null.
 */
import { notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { deploymentsOf, findEnvironment } from '../state/deployments.js';
import { environment } from '../shapes/environment.js';
import type { Family } from './types.js';

/** The environments family. */
export const environments: Family = {
  name: 'environments',
  handlers: {
    'repos/get-all-environments': ({ repo, urls, query }) => {
      const all = [...deploymentsOf(repo!).environments.values()];
      const { page, headers } = paginate(all, query, urls.api(`/repos/${repo!.owner}/${repo!.name}/environments`));
      return {
        status: 200,
        body: { total_count: all.length, environments: page.map((record) => environment(urls, repo!, record)) },
        headers,
      };
    },

    'repos/get-environment': ({ repo, urls, params }) => {
      const record = findEnvironment(repo!, params.environment_name!);
      if (!record) throw notFound();
      return { status: 200, body: environment(urls, repo!, record) };
    },
  },
};
