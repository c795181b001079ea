/**
 * The promotion facts read in one GraphQL query (`readStageFacts`) are the facts the REST reads give
 * for the same repository state: the PR, every review (with their commits and authors), and the
 * stage's newest deployments with their statuses, newest first. Real Octokit, real sandbox.
 */
import { describe, expect, it } from 'vitest';
import { createOctokitClient } from '../../../shared/github/octokit-client.js';
import { graphqlUrlOf } from '../../../shared/github/octokit-graphql.js';
import { useSandbox } from '../../sandbox/helpers/sandbox.js';

const fixture = useSandbox();
const repo = { owner: 'acme', repo: 'churn' };

describe('readStageFacts', () => {
  it('answers what getPull, listReviews, listDeployments and listDeploymentStatuses answer, in one call', async () => {
    fixture.sandbox.push({ repo: 'acme/churn', branch: 'facts', files: { 'f.txt': '1\n' }, as: 'maintainer' });
    const { data: pr } = await fixture
      .client('maintainer')
      .pulls.create({ ...repo, title: 'facts', head: 'facts', base: 'main' });
    const review = (login: string, event: 'APPROVE' | 'COMMENT' | 'REQUEST_CHANGES', commit: string) =>
      fixture
        .client(login)
        .pulls.createReview({ ...repo, pull_number: pr.number, commit_id: commit, event, body: `${event} ${login}` });
    await review('reviewer', 'APPROVE', pr.head.sha);
    await review('triager', 'COMMENT', pr.head.sha);
    const pushed = fixture.sandbox.push({ repo: 'acme/churn', branch: 'facts', files: { 'f.txt': '2\n' } });
    await review('reviewer', 'REQUEST_CHANGES', pushed.sha);
    fixture.sandbox.store.repo('acme', 'churn')!.collaborators.set('dependabot[bot]', 'read');
    await review('dependabot[bot]', 'COMMENT', pushed.sha); // GraphQL names it `dependabot`

    const environment = 'churn/staging';
    const writer = fixture.client('maintainer');
    for (const [index, state] of (['success', 'failure', 'success'] as const).entries()) {
      const { data } = await writer.repos.createDeployment({
        ...repo,
        ref: pushed.sha,
        environment,
        task: 'deploy:model',
        auto_merge: false,
        required_contexts: [],
        payload: { model: 'churn', version: index + 1 },
      });
      const id = (data as { id: number }).id;
      await writer.repos.createDeploymentStatus({ ...repo, deployment_id: id, state: 'in_progress' });
      await writer.repos.createDeploymentStatus({ ...repo, deployment_id: id, state });
    }

    const client = createOctokitClient(fixture.client('reader'), repo);
    fixture.sandbox.counters.reset();
    const facts = await client.readStageFacts({ pull: pr.number, environment });
    expect(fixture.sandbox.counters.byOperation).toEqual({ graphql: 1 });

    expect(facts.pull).toEqual(await client.getPull(pr.number));
    expect(facts.reviews).toEqual((await client.listReviews(pr.number, { perPage: 100, page: 1 })).items);
    expect(facts.reviews.map((r) => [r.user?.login, r.state, r.commitId])).toEqual([
      ['reviewer', 'APPROVED', pr.head.sha],
      ['triager', 'COMMENTED', pr.head.sha],
      ['reviewer', 'CHANGES_REQUESTED', pushed.sha],
      ['dependabot[bot]', 'COMMENTED', pushed.sha],
    ]);
    const rest = (await client.listDeployments({ environment, task: 'deploy:model', perPage: 100, page: 1 })).items;
    expect(facts.deployments.map(({ statuses: _, ...d }) => d)).toEqual(rest);
    for (const deployment of facts.deployments) {
      const statuses = (await client.listDeploymentStatuses(deployment.id, { perPage: 100, page: 1 })).items;
      const strip = (s: (typeof statuses)[number]) => ({ ...s, id: 0 });
      expect(deployment.statuses.map(strip)).toEqual(statuses.map(strip));
    }
    expect(facts.deployments.map((d) => d.statuses.map((s) => s.state))).toEqual([
      ['success', 'in_progress'],
      ['failure', 'in_progress'], // GitHub's auto_inactive marks only deployments that had succeeded
      ['inactive', 'success', 'in_progress'],
    ]);
  });

  it('reads a missing pull request as undefined, like the REST 404, and still answers the deployments', async () => {
    const client = createOctokitClient(fixture.client('reader'), repo);
    const facts = await client.readStageFacts({ pull: 9999, environment: 'churn/production' });
    expect(facts.pull).toBeUndefined();
    expect(facts.reviews).toEqual([]);
    expect(facts.deployments).toEqual([]);
  });

  it('finds the GraphQL endpoint beside the REST base URL, GHES included', () => {
    expect(graphqlUrlOf('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(graphqlUrlOf('https://ghe.example.com/api/v3')).toBe('https://ghe.example.com/api/graphql');
    expect(graphqlUrlOf('http://127.0.0.1:4000/')).toBe('http://127.0.0.1:4000/graphql');
  });
});
