/**
 * Builds the JSON body of a webhook from a sandbox state change and checks it against GitHub's
 * published webhook schema.
 *
 * How a payload is made (the "template step"):
 * 1. The sandbox's own objects go in as they are: `action`, the event's fields (`comment`,
 *    `issue`, `release`...), `repository`, `organization` (for org-owned repositories, as GitHub
 *    sends it), `sender` and, for App deliveries, `installation: {id, node_id}`.
 * 2. Every field the schema *requires* but the sandbox did not provide is filled in, then the
 *    payload is validated again (a few rounds, as filled objects can reveal deeper gaps):
 *    - `null` when the schema allows null there (an absent `performed_via_github_app`,
 *      `auto_merge`, `workflow_run`... really is null on GitHub);
 *    - else the value at the same path of a real recorded payload from `@octokit/webhooks-examples`
 *      for that event and action, with its `https://api.github.com` / `https://github.com` URLs
 *      pointed at the sandbox;
 *    - else a documented fix-up (`FIXUPS` below) for fields newer than every recording, such as
 *      `release.immutable`.
 *    Optional fields are never invented, so an absent `issue.pull_request` stays absent.
 * 3. Whatever still violates the schema is reported with the event, action and JSON path.
 *
 * Taking the whole recorded example and overlaying the sandbox's fields (the obvious approach)
 * leaks the recording's data into the payload (its organization, its `issue.pull_request` link),
 * which would make a plain issue look like a pull request to the app under test.
 */
import type { JsonObject, SandboxEvent } from '../events.js';
import { schemaAllowsNull, WEBHOOK_SCHEMA_SOURCE, webhookSchemaKey, webhookValidator } from './schemas.js';
import { templateValue, webhookTemplate } from './templates.js';

/** One way a webhook payload breaks GitHub's published schema. */
export interface WebhookViolation {
  /** The `X-GitHub-Event` name. */
  event: string;
  /** The payload's `action`, when the event has one. */
  action: string | undefined;
  /** JSON pointer into the payload (`/comment/user/login`); `''` for the root. */
  path: string;
  /** What is wrong there, in Ajv's words, e.g. `must have required property 'login'`. */
  message: string;
}

/** Thrown in strict mode when a payload violates the webhook schema; names event, action and paths. */
export class WebhookContractError extends Error {
  /** Every violation found in the payload. */
  readonly violations: readonly WebhookViolation[];

  /** Builds the message from the violations (the first ten are listed). */
  constructor(violations: readonly WebhookViolation[]) {
    const first = violations[0];
    const name = first ? `${first.event}${first.action ? `.${first.action}` : ''}` : 'webhook';
    const list = violations
      .slice(0, 10)
      .map((v) => `  at ${v.path || '/'}: ${v.message}`)
      .join('\n');
    const more = violations.length > 10 ? `\n  ...and ${violations.length - 10} more` : '';
    super(
      `sandbox webhook ${name} violates ${WEBHOOK_SCHEMA_SOURCE}:\n${list}${more}\n` +
        'Fix the REST object the sandbox emits for this event (or the template fix-ups in sandbox/webhooks/payload.ts).',
    );
    this.name = 'WebhookContractError';
    this.violations = violations;
  }
}

/** A built payload: the object to send, the paths the template step filled, and what still fails. */
export interface BuiltPayload {
  /** The payload, ready for `JSON.stringify`. */
  payload: JsonObject;
  /** JSON pointers of the required fields the template step filled in. */
  filled: string[];
  /** Schema violations left after filling (empty when the payload is valid, or when unchecked). */
  violations: WebhookViolation[];
}

/** How a payload is built. */
export interface BuildOptions {
  /** Add the `installation` block (deliveries to a GitHub App); default true when the event has one. */
  installation?: boolean;
  /** Validate against the webhook schema and fill required gaps (default true). */
  validate?: boolean;
}

/**
 * Fields newer than every recorded example, and how to fill them when the sandbox omits them.
 * Each gets the object that lacks the field and the event.
 */
const FIXUPS: Record<string, (parent: JsonObject, event: SandboxEvent) => unknown> = {
  // Immutable releases (2025): recordings predate the flag; sandbox releases are mutable.
  immutable: () => false,
  // Some recordings of releases lack `updated_at`; GitHub sets it at creation.
  updated_at: (parent, event) => parent.created_at ?? event.at,
};

/** The legacy global node id GitHub uses for an App installation (`023:IntegrationInstallation<id>`). */
export function installationNodeId(id: number): string {
  const type = 'IntegrationInstallation';
  return Buffer.from(`0${type.length}:${type}${id}`).toString('base64');
}

/** The API and web roots the repository object points at (`http://127.0.0.1:PORT/api/v3`-style). */
function roots(repository: JsonObject): { api: string; html: string } {
  const full = String(repository.full_name ?? '');
  const strip = (url: unknown, suffix: string, fallback: string) =>
    typeof url === 'string' && url.endsWith(suffix) ? url.slice(0, url.length - suffix.length) : fallback;
  return {
    api: strip(repository.url, `/repos/${full}`, 'https://api.github.com'),
    html: strip(repository.html_url, `/${full}`, 'https://github.com'),
  };
}

/** A copy of a recorded value with GitHub's URLs pointed at the sandbox. */
function rebase(value: unknown, api: string, html: string): unknown {
  if (typeof value === 'string') {
    if (value.startsWith('https://api.github.com')) return api + value.slice('https://api.github.com'.length);
    if (value.startsWith('https://github.com')) return html + value.slice('https://github.com'.length);
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => rebase(v, api, html));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rebase(v, api, html)]));
  }
  return value;
}

/** GitHub's `organization` block for an org-owned repository, derived from its owner. */
function organizationOf(repository: JsonObject, api: string): JsonObject | undefined {
  const owner = repository.owner as JsonObject | undefined;
  if (!owner || owner.type !== 'Organization') return undefined;
  const org = `${api}/orgs/${String(owner.login)}`;
  return {
    login: owner.login,
    id: owner.id,
    node_id: owner.node_id,
    url: org,
    repos_url: `${org}/repos`,
    events_url: `${org}/events`,
    hooks_url: `${org}/hooks`,
    issues_url: `${org}/issues`,
    members_url: `${org}/members{/member}`,
    public_members_url: `${org}/public_members{/member}`,
    avatar_url: owner.avatar_url,
    description: null,
  };
}

const decodePointer = (pointer: string): string[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));

function at(root: unknown, path: readonly string[]): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Builds, gap-fills and checks the payload GitHub would send for `event`. */
export function buildWebhookPayload(event: SandboxEvent, options: BuildOptions = {}): BuiltPayload {
  const withInstallation = (options.installation ?? true) && event.installationId !== null;
  const { api, html } = roots(event.repository);
  const fields = structuredClone(event.payloadFields);
  const payload: JsonObject = {};
  if (event.action !== undefined && event.event !== 'workflow_dispatch') payload.action = event.action;
  Object.assign(payload, fields);
  payload.repository = structuredClone(event.repository);
  const organization = 'organization' in fields ? undefined : organizationOf(event.repository, api);
  if (organization) payload.organization = organization;
  payload.sender = structuredClone(event.sender);
  if (withInstallation && event.installationId !== null) {
    payload.installation = { id: event.installationId, node_id: installationNodeId(event.installationId) };
  }

  const filled: string[] = [];
  if (options.validate === false) return { payload, filled, violations: [] };

  const validate = webhookValidator(event.event, event.action);
  if (!validate) {
    return {
      payload,
      filled,
      violations: [
        {
          event: event.event,
          action: event.action,
          path: '',
          message: `GitHub publishes no webhook schema "${webhookSchemaKey(event.event, event.action)}" in ${WEBHOOK_SCHEMA_SOURCE}`,
        },
      ],
    };
  }

  const template = webhookTemplate(event.event, event.action);
  for (let round = 0; round < 8; round++) {
    if (validate(payload)) return { payload, filled, violations: [] };
    let changed = false;
    for (const error of validate.errors ?? []) {
      if (error.keyword !== 'required') continue;
      const property = String((error.params as { missingProperty?: string }).missingProperty);
      if (property === 'installation' && error.instancePath === '' && !withInstallation) continue;
      const parentPath = decodePointer(error.instancePath);
      const parent = at(payload, parentPath);
      if (parent === null || typeof parent !== 'object' || Array.isArray(parent) || property in parent) continue;
      const propertySchema = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties?.[
        property
      ];
      let value: unknown;
      if (schemaAllowsNull(propertySchema)) value = null;
      else {
        const recorded = templateValue(template, [...parentPath, property]);
        if (recorded !== undefined) value = rebase(structuredClone(recorded), api, html);
        else if (FIXUPS[property]) value = FIXUPS[property](parent as JsonObject, event);
        else continue;
      }
      (parent as JsonObject)[property] = value;
      filled.push(`${error.instancePath}/${property}`);
      changed = true;
    }
    if (!changed) break;
  }
  if (validate(payload)) return { payload, filled, violations: [] };

  const seen = new Set<string>();
  const violations: WebhookViolation[] = [];
  for (const error of validate.errors ?? []) {
    const missing = (error.params as { missingProperty?: string }).missingProperty;
    if (!withInstallation && error.instancePath === '' && missing === 'installation') continue;
    const message = error.message ?? error.keyword;
    const key = `${error.instancePath} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    violations.push({ event: event.event, action: event.action, path: error.instancePath, message });
  }
  return { payload, filled, violations };
}
