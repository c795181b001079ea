/** The `modelship/promotion` check runs on a commit, read as a maintainer sees them (test helper). */
import { OWNER, REPO, type Stack } from './stack.js';

/** The promotion check runs on `sha`: the newest only (GitHub's default) or `all` of them. */
export async function promotionChecks(stack: Stack, sha: string, filter: 'latest' | 'all' = 'latest') {
  const { data } = await stack.as('maintainer').rest.checks.listForRef({
    owner: OWNER,
    repo: REPO,
    ref: sha,
    check_name: 'modelship/promotion',
    filter,
  });
  return data.check_runs;
}
