/**
 * The GitHubClient port over any Octokit-shaped object (`@octokit/core`, `@octokit/rest`, Probot's
 * `context.octokit`, `@actions/github`'s `getOctokit`): only `octokit.request(route, params)` is
 * used, so the runtime dependency is `@octokit/core` alone, not the 600 kB route table of
 * `@octokit/plugin-rest-endpoint-methods`. Retries, throttling and auth are the Octokit's business
 * (plugins chosen by the adapter); the area files only map routes to the port and GitHub's expected
 * refusals (404, 422 "Reference already exists") to values.
 *
 * This file composes the one client from one file per GitHub area (octokit-git.ts, -releases,
 * -deployments, -pulls, -access, -checks, -comments, -issues, -workflows, -graphql), so each stays small
 * enough to read beside GitHub's docs for that area.
 */
import type { GitHubClient, RepoRef } from './client.js';
import { accessMethods } from './octokit-access.js';
import { checkRunMethods } from './octokit-checks.js';
import { commentMethods } from './octokit-comments.js';
import { deploymentMethods } from './octokit-deployments.js';
import { gitMethods } from './octokit-git.js';
import { graphqlMethods } from './octokit-graphql.js';
import { issueMethods } from './octokit-issues.js';
import { pullMethods } from './octokit-pulls.js';
import { releaseMethods } from './octokit-releases.js';
import type { OctokitLike } from './octokit-request.js';
import { workflowMethods } from './octokit-workflows.js';

/** Wraps an Octokit as the GitHubClient port, bound to `repository`. */
export function createOctokitClient(octokit: OctokitLike, repository: RepoRef): GitHubClient {
  const { owner, repo } = repository;
  const base = { owner, repo };
  return {
    repository: { owner, repo },
    ...gitMethods(octokit, base),
    ...releaseMethods(octokit, base),
    ...deploymentMethods(octokit, base),
    ...pullMethods(octokit, base),
    ...accessMethods(octokit, base),
    ...checkRunMethods(octokit, base),
    ...commentMethods(octokit, base),
    ...issueMethods(octokit, base),
    ...workflowMethods(octokit, base),
    ...graphqlMethods(octokit, base),
  };
}
