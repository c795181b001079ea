/**
 * Checks every request and response against GitHub's description with openapi-backend in quick
 * mode. The sandbox routes by itself and hands openapi-backend the operation object, so no request
 * pays for openapi-backend's router over 1,200 operations; openapi-backend compiles one Ajv
 * validator per operation on first use and caches it. One `Contract` is shared by every sandbox in
 * the process with the same set of implemented operations.
 */
import { OpenAPIBackend, type Operation } from 'openapi-backend';
import addFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import { loadSpec, type LoadedSpec, type SpecOperation } from './load-spec.js';
import { isAllowlisted } from './allowlist.js';

/** One place where a request or a response left GitHub's contract. */
export interface Violation {
  operationId: string;
  direction: 'request' | 'response';
  /** The response status, for response violations. */
  status?: number;
  /** JSON path of the offending value (`/requestBody/sha`, `/assets/0/url`, `/` for the whole). */
  path: string;
  message: string;
}

/** The parts of a request the contract looks at. */
export interface ContractRequest {
  method: string;
  /** The path as GitHub would see it (no `/uploads` prefix, no query). */
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body; `undefined` for none or for a raw (binary) body, which is not checked. */
  body?: unknown;
}

/** Formats a violation as one line naming the operation and the JSON path. */
export function formatViolation(violation: Violation): string {
  const where = violation.direction === 'response' ? `response ${violation.status ?? ''}`.trim() : 'request';
  return `${violation.operationId} ${where} at ${violation.path}: ${violation.message}`;
}

function toViolations(
  errors: ErrorObject[] | null | undefined,
  base: Omit<Violation, 'path' | 'message'>,
): Violation[] {
  const seen = new Set<string>();
  const out: Violation[] = [];
  for (const error of errors ?? []) {
    let path = error.instancePath || '/';
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'required') path = `${path === '/' ? '' : path}/${String(params.missingProperty)}`;
    if (error.keyword === 'additionalProperties')
      path = `${path === '/' ? '' : path}/${String(params.additionalProperty)}`;
    const violation: Violation = { ...base, path, message: error.message ?? error.keyword };
    const key = `${violation.path} ${violation.message}`;
    if (seen.has(key) || isAllowlisted(violation)) continue;
    seen.add(key);
    out.push(violation);
  }
  return out;
}

/** Validators for the implemented operations. */
export class Contract {
  readonly spec: Omit<LoadedSpec, 'document'>;
  /** Milliseconds to load the description and start openapi-backend. */
  readonly startMs: number;
  readonly #api: OpenAPIBackend;
  readonly #operations: Map<string, Operation>;

  private constructor(spec: LoadedSpec, api: OpenAPIBackend, startMs: number) {
    const { document: _document, ...rest } = spec;
    this.spec = rest;
    this.#api = api;
    this.startMs = startMs;
    this.#operations = new Map(api.router.getOperations().map((operation) => [operation.operationId!, operation]));
  }

  /** Loads (once per process and operation set) the contract for the operation ids in `implemented`. */
  static load(implemented: Iterable<string>): Promise<Contract> {
    const keep = new Set(implemented);
    const key = [...keep].sort().join(',');
    let contract = cache.get(key);
    if (!contract) {
      contract = Contract.#build(keep);
      cache.set(key, contract);
    }
    return contract;
  }

  static async #build(keep: ReadonlySet<string>): Promise<Contract> {
    const started = performance.now();
    const spec = loadSpec(keep);
    const api = new OpenAPIBackend({
      definition: spec.document as never,
      quick: true,
      validate: true,
      strict: false,
      // `logger: false` silences Ajv's warnings about the description's unknown formats (int32...).
      ajvOpts: { logger: false, allErrors: false },
      customizeAjv: (ajv) => {
        addFormats.default(ajv, ['uri', 'date-time', 'email']);
        return ajv;
      },
    });
    await api.init();
    const missing = [...keep].filter((id) => !spec.operations.some((operation) => operation.operationId === id));
    if (missing.length > 0) throw new Error(`sandbox: operations not in the GitHub description: ${missing.join(', ')}`);
    return new Contract(spec, api, performance.now() - started);
  }

  /** Every operation of the description (implemented or not). */
  get operations(): readonly SpecOperation[] {
    return this.spec.operations;
  }

  /** Checks a request; returns its violations (empty when valid). */
  validateRequest(operationId: string, request: ContractRequest): Violation[] {
    const operation = this.#operation(operationId);
    const result = this.#api.validator.validateRequest(
      {
        method: request.method,
        path: request.path,
        query: withoutIgnoredPaging(operation, request.query),
        headers: request.headers,
        body: request.body,
      } as never,
      operation,
    );
    return result.valid ? [] : toViolations(result.errors, { operationId, direction: 'request' });
  }

  /** Checks a response body for `status`; an undocumented status is itself a violation. */
  validateResponse(operationId: string, status: number, body: unknown): Violation[] {
    const operation = this.#operation(operationId);
    const responses = (operation.responses ?? {}) as Record<string, { content?: Record<string, unknown> }>;
    const declared = responses[String(status)] ?? responses[`${Math.floor(status / 100)}XX`] ?? responses.default;
    if (!declared) {
      // GitHub answers 404 for a missing resource, and 422 for a failed validation, on operations
      // whose description does not list them (issues/update-comment, checks/create...). Accept those
      // two when the body is GitHub's standard error body; any other undocumented status is a violation.
      if ((status === 404 || status === 422) && isGitHubErrorBody(body)) return [];
      return [{ operationId, direction: 'response', status, path: '/', message: `status ${status} is not documented` }];
    }
    if (!declared.content?.['application/json']) return [];
    const result = this.#api.validator.validateResponse(body, operation, status);
    return result.valid ? [] : toViolations(result.errors, { operationId, direction: 'response', status });
  }

  #operation(operationId: string): Operation {
    const operation = this.#operations.get(operationId);
    if (!operation) throw new Error(`sandbox: operation ${operationId} is not in the loaded contract`);
    return operation;
  }
}

const cache = new Map<string, Promise<Contract>>();

/**
 * GitHub ignores `per_page` and `page` on operations that do not page (PyGithub sends `per_page`
 * on every list it reads, `git/list-matching-refs` included), so they are dropped before the
 * check when the operation does not declare them. Any other undeclared query parameter is still a
 * violation: on GitHub it would be silently ignored, which is how a misspelt parameter hides.
 */
function withoutIgnoredPaging(
  operation: Operation,
  query: Record<string, string | string[]>,
): Record<string, string | string[]> {
  const declared = new Set(
    (operation.parameters ?? []).flatMap((p) => ('in' in p && p.in === 'query' ? [p.name] : [])),
  );
  return Object.fromEntries(
    Object.entries(query).filter(([name]) => declared.has(name) || (name !== 'per_page' && name !== 'page')),
  );
}

/** GitHub's error body: `{ message, documentation_url, status? }`. */
function isGitHubErrorBody(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b.message === 'string' && typeof b.documentation_url === 'string';
}
