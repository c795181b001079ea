/**
 * Webhook payloads as promotion events: the real shapes map field by field, and any JSON at all
 * (fuzzed) gives an event or undefined, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { promotionEventOf } from '../../../shared/promote/webhook-events.js';

describe('promotionEventOf', () => {
  it('maps an issue comment on a PR', () => {
    const event = promotionEventOf(
      'issue_comment',
      {
        action: 'created',
        comment: { id: 7, body: '/promote', html_url: 'u', user: { id: 3, login: 'maintainer', type: 'User' } },
        issue: { number: 12, pull_request: { url: 'p' } },
        repository: { default_branch: 'trunk' },
      },
      'd1',
    );
    expect(event).toEqual({
      kind: 'comment',
      event: {
        deliveryId: 'd1',
        action: 'created',
        comment: { id: 7, body: '/promote', htmlUrl: 'u', user: { id: 3, login: 'maintainer', type: 'User' } },
        issue: { number: 12, isPullRequest: true },
        defaultBranch: 'trunk',
      },
    });
  });

  it('treats an issue without pull_request as an issue, and a bot as a bot', () => {
    const event = promotionEventOf(
      'issue_comment',
      { action: 'created', comment: { id: 1, user: { id: 2, login: 'x[bot]', type: 'Bot' } }, issue: { number: 1 } },
      'd',
    );
    // toMatchObject fails on undefined, so this cannot pass when no event is mapped.
    expect(event).toMatchObject({
      kind: 'comment',
      event: { issue: { number: 1, isPullRequest: false }, comment: { user: { login: 'x[bot]', type: 'Bot' } } },
    });
  });

  it('maps a review with the PR head, and a deployment status with its payload', () => {
    const review = promotionEventOf(
      'pull_request_review',
      {
        action: 'submitted',
        review: { state: 'approved', user: { id: 4, login: 'reviewer', type: 'User' } },
        pull_request: { number: 12, head: { sha: 'abc' } },
        repository: { default_branch: 'main' },
      },
      'd2',
    );
    expect(review).toEqual({
      kind: 'review',
      event: {
        deliveryId: 'd2',
        action: 'submitted',
        review: { state: 'approved', user: { id: 4, login: 'reviewer', type: 'User' } },
        pull: { number: 12, headSha: 'abc' },
        defaultBranch: 'main',
      },
    });
    const status = promotionEventOf(
      'deployment_status',
      {
        action: 'created',
        deployment: {
          id: 9,
          task: 'deploy:model',
          environment: 'churn/staging',
          sha: 'abc',
          payload: { modelship: 1 },
        },
        deployment_status: { state: 'success', description: null, log_url: 'l' },
      },
      'd3',
    );
    expect(status).toMatchObject({
      kind: 'deployment_status',
      event: {
        deployment: { id: 9, task: 'deploy:model', payload: { modelship: 1 } },
        status: { state: 'success', description: null, logUrl: 'l', environmentUrl: null },
      },
    });
  });

  it('never throws on any JSON, for any event name', () => {
    const names = fc.constantFrom('issue_comment', 'pull_request_review', 'pull_request', 'deployment_status', 'push');
    fc.assert(
      fc.property(names, fc.jsonValue(), (name, payload) => {
        const event = promotionEventOf(name, payload, 'd');
        expect(event === undefined || typeof event.kind === 'string').toBe(true);
      }),
    );
  });
});
