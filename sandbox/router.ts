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
 * git refs (`heads/main`) and tags (`model/v1`). Octokit sends them %2F-encoded, git clients raw.
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
