/**
 * Loads the pinned GitHub REST description (`@octokit/openapi`, `generated/api.github.com.json`
 * only: requiring the package's index would load every spec, 385 MB) and reduces it to what the
 * sandbox needs: the method + path template of every operation (for routing and for naming
 * unimplemented calls), and a copy pruned to the implemented operations with the `nullable`
 * fix-up applied (for validation; pruning cuts openapi-backend's start-up time).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fixNullableWithoutType } from './fix-nullable.js';

/** One REST operation of the description. */
export interface SpecOperation {
  operationId: string;
  /** Lower-case HTTP method. */
  method: string;
  /** Path template, e.g. `/repos/{owner}/{repo}/git/refs/{ref}`. */
  path: string;
  /** `uploads` for operations served from `https://uploads.github.com` (release asset upload). */
  host: 'api' | 'uploads';
}

/** The loaded description. */
export interface LoadedSpec {
  /** The description's version (`info.version`), i.e. the pinned `@octokit/openapi` version. */
  version: string;
  /** Every operation, implemented or not. */
  operations: SpecOperation[];
  /** The description pruned to `keep`, fixed up, ready for openapi-backend. */
  document: Record<string, unknown>;
  /** How many `nullable`-without-`type` schemas were rewritten. */
  nullableFixes: number;
  /** Milliseconds spent reading, parsing, fixing and pruning. */
  loadMs: number;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'] as const;
const require = createRequire(import.meta.url);

/** Absolute path of the pinned `api.github.com.json`. */
export function specPath(): string {
  return require.resolve('@octokit/openapi/generated/api.github.com.json');
}

/** Reads the description and prunes it to the operation ids in `keep`. */
export function loadSpec(keep: ReadonlySet<string>): LoadedSpec {
  const started = performance.now();
  const document = JSON.parse(readFileSync(specPath(), 'utf8')) as {
    info: { version: string };
    paths: Record<string, Record<string, unknown>>;
  };
  const operations: SpecOperation[] = [];
  const pruned: Record<string, Record<string, unknown>> = {};
  for (const [path, item] of Object.entries(document.paths)) {
    const kept: Record<string, unknown> = {};
    for (const method of METHODS) {
      const operation = item[method] as { operationId?: string; servers?: { url: string }[] } | undefined;
      if (!operation?.operationId) continue;
      const host = operation.servers?.some((server) => server.url.includes('uploads.')) ? 'uploads' : 'api';
      operations.push({ operationId: operation.operationId, method, path, host });
      if (keep.has(operation.operationId)) kept[method] = operation;
    }
    if (Object.keys(kept).length > 0) {
      if (item.parameters) kept.parameters = item.parameters;
      pruned[path] = kept;
    }
  }
  const result = { ...document, paths: pruned } as Record<string, unknown>;
  const nullableFixes = fixNullableWithoutType(result);
  return {
    version: document.info.version,
    operations,
    document: result,
    nullableFixes,
    loadMs: performance.now() - started,
  };
}
