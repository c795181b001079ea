/**
 * The GitHub client of an action: the shared factory's Octokit (shared/github/octokit.ts) for the
 * run's API URL and repository, built on first use, so an action that ends before calling GitHub
 * (bad input, predictions-only evaluation) never loads or authenticates it.
 */
import type { GitHubClient } from '../../shared/github/client.js';
import { createOctokitClient } from '../../shared/github/octokit-client.js';
import { createOctokit } from '../../shared/github/octokit.js';
import { requireRepository, type RunContext } from '../../shared/run-context/run-context.js';
import { actionsLogger } from './logger.js';

/** A client for the run's repository with `token`, made on the first call and reused after. */
export function lazyGitHub(run: RunContext, token: string, action: string): () => GitHubClient {
  let client: GitHubClient | undefined;
  return () =>
    (client ??= createOctokitClient(
      createOctokit({ token, baseUrl: run.apiUrl, logger: actionsLogger, userAgent: `modelship-${action}` }),
      requireRepository(run, process.env),
    ));
}
