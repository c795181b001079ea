/**
 * GitHub's published webhook schemas (`@octokit/openapi-webhooks`, the `api.github.com.json` file),
 * compiled with Ajv so every payload the sandbox sends can be checked against the real contract.
 *
 * Why this shape: the spec is 4.8 MB of OpenAPI 3.1 (JSON Schema 2020-12 with `type: [..., "null"]`,
 * no `nullable` fix-up needed), and compiling one event's schema costs 50–250 ms. So the document
 * is loaded once per process, added to one Ajv instance, and each `event.action` validator is
 * compiled on first use and cached; the cache is module-level so every sandbox in a test file
 * shares it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

/** The package the webhook schemas come from, with its version (named in every violation). */
export const WEBHOOK_SCHEMA_SOURCE = (() => {
  const pkg = JSON.parse(readFileSync(require.resolve('@octokit/openapi-webhooks/package.json'), 'utf8')) as {
    version: string;
  };
  return `@octokit/openapi-webhooks@${pkg.version} (generated/api.github.com.json)`;
})();

const SPEC_ID = 'https://sandbox.modelship.invalid/openapi-webhooks.json';

interface WebhookSpec {
  webhooks: Record<string, { post?: { requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> } } }>;
  components: Record<string, unknown>;
}

type Ajv = InstanceType<typeof Ajv2020>;
let loaded: { ajv: Ajv; spec: WebhookSpec } | undefined;
const validators = new Map<string, ValidateFunction>();

function load(): { ajv: Ajv; spec: WebhookSpec } {
  if (loaded) return loaded;
  const file = require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as WebhookSpec;
  // `strict: false`: the spec uses OpenAPI-only keywords Ajv does not know; `verbose` gives each
  // error its parent schema, which the template step reads to tell nullable fields apart.
  const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: spec.components });
  loaded = { ajv, spec };
  return loaded;
}

/**
 * The spec's key for an event and action: `issue_comment` + `created` → `issue-comment-created`.
 * `repository_dispatch` has a single schema (its `action` is the free-form `event_type`), and
 * events without actions (`workflow_dispatch`) use the bare event name.
 */
export function webhookSchemaKey(event: string, action: string | undefined): string {
  const name = event.replace(/_/g, '-');
  if (event === 'repository_dispatch') return 'repository-dispatch-sample.collected';
  return action === undefined ? name : `${name}-${action.replace(/_/g, '-')}`;
}

/**
 * The compiled validator for one webhook, or `undefined` when GitHub publishes no schema for that
 * event and action. Compiled once per process and cached.
 */
export function webhookValidator(event: string, action: string | undefined): ValidateFunction | undefined {
  const key = webhookSchemaKey(event, action);
  const cached = validators.get(key);
  if (cached) return cached;
  const { ajv, spec } = load();
  const ref = spec.webhooks[key]?.post?.requestBody?.content?.['application/json']?.schema?.$ref;
  if (!ref) return undefined;
  const validate = ajv.getSchema(`${SPEC_ID}${ref}`);
  if (!validate) return undefined;
  validators.set(key, validate);
  return validate;
}

/** Resolves a local `$ref` (`#/components/schemas/...`) inside the webhook spec. */
function resolveRef(ref: string): unknown {
  let node: unknown = { components: load().spec.components };
  for (const part of ref.replace(/^#\//, '').split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/**
 * Whether a (sub)schema accepts `null`: `type: "null"`, a type list with `"null"`, an enum or
 * const with null, or any `anyOf`/`oneOf` branch that does (following `$ref`s).
 */
export function schemaAllowsNull(schema: unknown, depth = 0): boolean {
  if (depth > 8 || schema === null || typeof schema !== 'object') return false;
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') return schemaAllowsNull(resolveRef(s.$ref), depth + 1);
  if (s.type === 'null' || (Array.isArray(s.type) && s.type.includes('null'))) return true;
  if (Array.isArray(s.enum) && s.enum.includes(null)) return true;
  if ('const' in s && s.const === null) return true;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = s[key];
    if (Array.isArray(branches) && branches.some((b) => schemaAllowsNull(b, depth + 1))) return true;
  }
  return false;
}
