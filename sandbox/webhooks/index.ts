/**
 * Webhook delivery for the sandbox: the public surface the sandbox core and the tests import.
 * See dispatcher.ts for GitHub's delivery behaviour and payload.ts for how payloads are built.
 */
export {
  MAX_WEBHOOK_PAYLOAD_BYTES,
  WebhookDispatcher,
  type WebhookDelivery,
  type WebhookDispatcherOptions,
  type WebhookSubscriber,
  type WebhookSubscriberOptions,
  type WebhookTarget,
  type WebhookValidationMode,
} from './dispatcher.js';
export {
  buildWebhookPayload,
  installationNodeId,
  WebhookContractError,
  type BuildOptions,
  type BuiltPayload,
  type WebhookViolation,
} from './payload.js';
export { WEBHOOK_SCHEMA_SOURCE, webhookSchemaKey, webhookValidator } from './schemas.js';
export { signSha1, signSha256 } from './signature.js';
export { templateValue, webhookTemplate } from './templates.js';
