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
    expect(event?.kind === 'comment' && event.event.issue.isPullRequest).toBe(false);
    expect(event?.kind === 'comment' && event.event.comment.user.type).toBe('Bot');
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
