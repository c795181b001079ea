/**
 * `GET /rate_limit`: the caller's budget, read without spending it ("Accessing this endpoint does
 * not count against your REST API rate limit", GitHub's docs for "Get rate limit status for the
 * authenticated user"). The sandbox counts the `core` resource and the GraphQL endpoint's
 * `graphql`; the others are reported untouched at GitHub's default sizes so clients that read them
 * (PyGithub's `get_rate_limit`) work.
 */
import { graphqlBudgets } from '../graphql/endpoint.js';
import type { Family } from './types.js';

/** GitHub's default hourly sizes of the resources the sandbox does not meter. */
const UNMETERED: Readonly<Record<string, number>> = { search: 30, code_search: 10 };

/** The rate-limit family. */
export const rateLimit: Family = {
  name: 'rate-limit',
  handlers: {
    'rate-limit/get': ({ rateLimits, token, principal, store }) => {
      const core = { ...rateLimits.status(token, principal.kind === 'anonymous'), resource: 'core' };
      // The GraphQL endpoint's own budget (sandbox/graphql/endpoint.ts).
      const graphql = { ...graphqlBudgets(store).status(token, false), resource: 'graphql' };
      const unmetered = Object.fromEntries(
        Object.entries(UNMETERED).map(([resource, limit]) => [
          resource,
          { limit, used: 0, remaining: limit, reset: core.reset, resource },
        ]),
      );
      return { status: 200, body: { resources: { core, graphql, ...unmetered }, rate: core } };
    },
  },
};
