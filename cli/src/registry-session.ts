/**
 * What every `modelship registry` verb shares: the repository, API URL and token flags, and a
 * Registry over an Octokit for them that explains refused requests.
 */
import type { Command } from 'commander';
import { UserError } from '../../shared/errors.js';
import { checkApiUrl, guardApiAnswers } from '../../shared/github/api-answer.js';
import { explainRefusal } from '../../shared/github/refusal.js';
import type { Registry } from '../../shared/registry/index.js';
import type { RegistryFormat } from '../../shared/report/registry.js';
import { DEFAULT_API_URL, parseRepository } from '../../shared/run-context/run-context.js';
import { formatOption } from './options.js';
import { githubImplementations } from './implementations-loader.js';

/** The flags every registry verb takes. */
export interface CommonFlags {
  repo?: string;
  apiUrl?: string;
  token?: string;
  format: RegistryFormat;
}

/** Adds the options every registry verb takes. */
export function common(command: Command): Command {
  return command
    .requiredOption('--model <name>', 'model name (versions are tagged <model>/v<N>)')
    .option('--repo <owner/name>', 'the repository holding the registry (default: $GITHUB_REPOSITORY)')
    .option('--api-url <url>', 'GitHub API URL (default: $GITHUB_API_URL or https://api.github.com)')
    .option('--token <token>', 'GitHub token (default: $GITHUB_TOKEN or $GH_TOKEN; none for a public repository)')
    .addOption(formatOption());
}

/** Builds the registry from the flags and runs `body`, explaining refused requests. */
export async function withRegistry<T>(flags: CommonFlags, body: (registry: Registry) => Promise<T>): Promise<T> {
  const slug = flags.repo ?? process.env.GITHUB_REPOSITORY ?? '';
  const repository = parseRepository(slug);
  if (!repository) {
    throw new UserError(slug ? `--repo "${slug}" is not owner/name` : 'No repository given', {
      location: { key: '--repo' },
      hint: 'Pass --repo owner/name (or set GITHUB_REPOSITORY)',
    });
  }
  const baseUrl = flags.apiUrl ?? process.env.GITHUB_API_URL ?? DEFAULT_API_URL;
  const urlKey = flags.apiUrl === undefined && process.env.GITHUB_API_URL ? 'GITHUB_API_URL' : '--api-url';
  checkApiUrl(baseUrl, urlKey);
  // Loaded on demand, so other verbs (validate above all) don't pay for Octokit at start-up.
  const {
    octokit: { createOctokit },
    octokitClient: { createOctokitClient },
    registry: { Registry },
    output: { stderrLogger },
  } = await githubImplementations();
  const logger = stderrLogger(false);
  const octokit = createOctokit({
    token: flags.token ?? process.env.GITHUB_TOKEN ?? process.env.GH_TOKEN,
    baseUrl,
    logger,
    userAgent: 'modelship-cli',
  });
  // A web page instead of the API (GitHub Enterprise without /api/v3) is a UserError naming the URL.
  guardApiAnswers(octokit, baseUrl, urlKey);
  const registry = new Registry({ github: createOctokitClient(octokit, repository), logger });
  try {
    return await body(registry);
  } catch (error) {
    // Octokit reports a request that never got an answer as status 500 without a response.
    const { status, response } = (error ?? {}) as { status?: unknown; response?: unknown };
    if (status === 500 && response === undefined && error instanceof Error) {
      throw new UserError(`Cannot reach ${baseUrl} (${error.message})`, {
        location: { key: urlKey },
        hint: 'Check --api-url (or GITHUB_API_URL) and the network',
      });
    }
    throw (
      explainRefusal(error, {
        repository,
        permission: 'contents: read',
        grant: 'check --repo and the token (--token, GITHUB_TOKEN or GH_TOKEN)',
        tokenKey: '--token',
      }) ?? error
    );
  }
}
