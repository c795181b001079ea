/**
 * Fault injection: rules by operation id (or all) that fire at a rate drawn from a seeded PRNG, so
 * a test that injects "20 % of calls fail with 502" sees the same calls fail on every run. Faults
 * are answered the way GitHub answers: 5xx with a JSON message, 429 and the secondary rate limit
 * (403) with `retry-after`, added latency, or a dropped connection.
 */

/** The kinds of fault. */
export type FaultKind = '500' | '502' | '503' | '429' | 'secondary-rate-limit' | 'latency' | 'drop';

/** A fault rule. */
export interface FaultRule {
  /** Operation id (`repos/create-release`) or `*` for every operation (default `*`). */
  operationId?: string;
  kind: FaultKind;
  /** Probability in [0, 1] that a matching request is faulted (default 1). */
  rate?: number;
  /** Fire at most this many times, then stay idle (default unlimited). */
  times?: number;
  /** Only requests with this token (the raw token string). */
  token?: string;
  /** `retry-after` seconds for `429` and `secondary-rate-limit` (default 60). */
  retryAfter?: number;
  /** Added delay in ms for `latency` (default 100). */
  latencyMs?: number;
}

/** A fault that fired for one request. */
export interface FiredFault {
  rule: FaultRule;
  id: number;
}

/**
 * mulberry32: a 32-bit seeded PRNG in five lines. Hand-written because the sandbox needs a
 * reproducible stream per sandbox and no statistical quality beyond "uniform enough".
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The fault rules of one sandbox; add and remove them while it runs. */
export class Faults {
  readonly #rules = new Map<number, FaultRule & { fired: number }>();
  #nextId = 1;
  #random: () => number;

  constructor(rules: readonly FaultRule[] = [], seed = 1) {
    this.#random = mulberry32(seed);
    for (const rule of rules) this.add(rule);
  }

  /** Adds a rule; returns its id for `remove`. */
  add(rule: FaultRule): number {
    const id = this.#nextId++;
    this.#rules.set(id, { ...rule, fired: 0 });
    return id;
  }

  /** Removes one rule. */
  remove(id: number): boolean {
    return this.#rules.delete(id);
  }

  /** Removes every rule. */
  clear(): void {
    this.#rules.clear();
  }

  /** Reseeds the PRNG. */
  reseed(seed: number): void {
    this.#random = mulberry32(seed);
  }

  /** The active rules with how often each fired. */
  list(): (FaultRule & { id: number; fired: number })[] {
    return [...this.#rules].map(([id, rule]) => ({ ...rule, id }));
  }

  /**
   * The faults that fire for a request, in rule order: any number of `latency` faults and at most
   * one answering fault (the first that fires).
   */
  draw(operationId: string | null, token: string | undefined): FiredFault[] {
    const fired: FiredFault[] = [];
    let answered = false;
    for (const [id, rule] of this.#rules) {
      if (rule.operationId !== undefined && rule.operationId !== '*' && rule.operationId !== operationId) continue;
      if (rule.token !== undefined && rule.token !== token) continue;
      if (rule.times !== undefined && rule.fired >= rule.times) continue;
      if (rule.kind !== 'latency' && answered) continue;
      if (this.#random() >= (rule.rate ?? 1)) continue;
      rule.fired++;
      fired.push({ rule, id });
      if (rule.kind !== 'latency') answered = true;
    }
    return fired;
  }
}

/** The status, body and headers GitHub sends for an answering fault. */
export function faultResponse(
  rule: FaultRule,
  requestId: string,
): { status: number; body: Record<string, unknown>; headers: Record<string, string> } {
  const retryAfter = String(rule.retryAfter ?? 60);
  switch (rule.kind) {
    case '500':
      return { status: 500, body: { message: 'Server Error' }, headers: {} };
    case '502':
      return { status: 502, body: { message: 'Server Error' }, headers: {} };
    case '503':
      return { status: 503, body: { message: 'Service Unavailable' }, headers: {} };
    case '429':
      return {
        status: 429,
        body: {
          message: 'API rate limit exceeded. Too many requests.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
        headers: { 'retry-after': retryAfter },
      };
    case 'secondary-rate-limit':
      return {
        status: 403,
        body: {
          message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
        headers: { 'retry-after': retryAfter },
      };
    default:
      throw new Error(`sandbox: fault ${rule.kind} does not answer`);
  }
}
