/**
 * The `integration` object (a GitHub App) as it appears inside other objects: a check run's `app`,
 * a deployment's `performed_via_github_app`. Same fields as `GET /app` answers.
 */
import type { Store } from '../state/store.js';
import { nodeId } from '../state/ids.js';
import type { Urls } from '../urls.js';
import { simpleUser } from './user.js';

/** The sandbox's GitHub App as an `integration` object, or `null` when `appId` is not the App. */
export function integration(urls: Urls, store: Store, appId: number | null): Record<string, unknown> | null {
  const app = store.app;
  if (!app || appId !== app.id) return null;
  const owner = store.account(app.owner);
  return {
    id: app.id,
    slug: app.slug,
    client_id: app.clientId,
    node_id: nodeId('Integration', app.id),
    owner: owner ? simpleUser(urls, owner) : null,
    name: app.name,
    description: 'GitHub App emulated by the modelship sandbox',
    external_url: urls.html(`/apps/${app.slug}`),
    html_url: urls.html(`/apps/${app.slug}`),
    created_at: app.createdAt,
    updated_at: app.createdAt,
    permissions: app.permissions,
    events: app.events,
  };
}
