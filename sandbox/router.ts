/**
 * The sandbox's own router: method + path → operation id and decoded path parameters. It is built
 * from the description's path templates, so routes cannot drift from GitHub's. openapi-backend's
 * router tries every template of the full description per request (5.5 ms); this one indexes by
 * method and segment count and tries the most specific templates first.
 */
import type { SpecOperation } from './contract/load-spec.js';

/** A routed request. */
export interface RouteMatch {
  operationId: string;
  /** The path template (`/repos/{owner}/{repo}`). */
  template: string;
  /** Decoded path parameters. */
  params: Record<string, string>;
}

/**
 * Path parameters that may hold `/` when they are the template's last segment: contents paths,
 * git refs (`heads/main`) and tags (`model/v1`). Octokit sends them %2F-encoded; PyGithub, `gh api`
 * and curl send them raw, as GitHub's own docs write them
 * (`GET /repos/{owner}/{repo}/git/ref/heads/main`); GitHub accepts both.
 */
const GREEDY = new Set(['path', 'ref', 'tag', 'branch']);

interface CompiledRoute {
  operationId: string;
  template: string;
  pattern: RegExp;
  names: string[];
  specificity: number;
}

function compile(operation: SpecOperation): CompiledRoute {
  const names: string[] = [];
  const segments = operation.path.split('/');
  const source = segments
    .map((segment, index) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]!);
      return index === segments.length - 1 && GREEDY.has(param[1]!) ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return {
    operationId: operation.operationId,
    template: operation.path,
    pattern: new RegExp(`^${source}/?$`),
    names,
    specificity: operation.path.replace(/\{\w+\}/g, '').length,
  };
}

/** Routes requests for one host (`api` or `uploads`) to operations. */
export class Router {
  readonly #byMethod = new Map<string, CompiledRoute[]>();

  constructor(operations: readonly SpecOperation[]) {
    for (const operation of operations) {
      const routes = this.#byMethod.get(operation.method) ?? [];
      routes.push(compile(operation));
      this.#byMethod.set(operation.method, routes);
    }
    for (const routes of this.#byMethod.values()) routes.sort((a, b) => b.specificity - a.specificity);
  }

  /** Finds the operation for `method` and `path` (no query string), or `undefined`. */
  match(method: string, path: string): RouteMatch | undefined {
    for (const route of this.#byMethod.get(method.toLowerCase()) ?? []) {
      const found = route.pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(found[index + 1]!);
      });
      return { operationId: route.operationId, template: route.template, params };
    }
    return undefined;
  }
}

/**
 * The request path as the contract checker must see it: the template with each parameter encoded
 * as one segment. openapi-backend reads path parameters as single segments, so a literal
 * `contents/.github/modelship.yml` would otherwise be checked as a different path and refused.
 */
export function canonicalPath(route: RouteMatch): string {
  return route.template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(route.params[name] ?? ''));
}

/** A request rewritten onto a documented operation (see `legacyRoute`). */
export interface LegacyRewrite {
  /** The path of the documented operation that answers it. */
  path: string;
  /** Answer 404 when the rewritten operation returns an empty list. */
  notFoundWhenEmpty: boolean;
}

/**
 * Older URL forms GitHub still serves but no longer documents, rewritten onto the documented
 * operation that answers them (so the contract checks still apply):
 * `GET /repos/{owner}/{repo}/git/refs/{ref}` is the pre-2020 "Get a reference" (the form of the
 * `url` on every ref object, including the sandbox's own). GitHub answers it with the ref when
 * `refs/{ref}` exists exactly, and otherwise with the array of refs starting with it (404 when
 * none): `git/ref/{ref}` and `git/matching-refs/{ref}` split those two answers in the current API.
 * `hasRef` says whether an exact ref exists.
 */
export function legacyRoute(
  method: string,
  path: string,
  hasRef: (owner: string, repo: string, ref: string) => boolean,
): LegacyRewrite | undefined {
  if (method.toLowerCase() !== 'get') return undefined;
  const match = /^\/repos\/([^/]+)\/([^/]+)\/git\/refs\/(.+?)\/?$/.exec(path);
  if (!match) return undefined;
  const [, owner, repo, ref] = match as unknown as [string, string, string, string];
  const decoded = decodeURIComponent(ref);
  const base = `/repos/${owner}/${repo}/git`;
  return hasRef(decodeURIComponent(owner), decodeURIComponent(repo), decoded)
    ? { path: `${base}/ref/${ref}`, notFoundWhenEmpty: false }
    : { path: `${base}/matching-refs/${ref}`, notFoundWhenEmpty: true };
}
