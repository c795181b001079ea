/**
 * Exact accounting of API calls, per operation and per token, for the API-call budgets the
 * benchmarks check. Every request is counted, faulted ones too (and flagged), so "this promotion
 * costs 7 calls" can be asserted to the call.
 */

/** One handled request. */
export interface CallRecord {
  seq: number;
  /** The operation id, or `null` when the route matched nothing. */
  operationId: string | null;
  method: string;
  path: string;
  /** The raw token, or `anonymous`. */
  token: string;
  /** `maintainer`, `installation:5000001`, `app`, `anonymous`. */
  principal: string;
  status: number;
  /** The fault kind when the response was injected. */
  fault?: string;
  /** True for an operation the sandbox does not implement. */
  unimplemented?: boolean;
}

/** Call counters of one sandbox. */
export class Counters {
  /** Every call, oldest first. */
  readonly calls: CallRecord[] = [];
  /** operation id → calls (faulted included). */
  byOperation: Record<string, number> = {};
  /** raw token (or `anonymous`) → calls. */
  byToken: Record<string, number> = {};
  /** principal label → calls. */
  byPrincipal: Record<string, number> = {};
  /** Calls answered by an injected fault. */
  faulted = 0;

  /** Records a call. */
  record(call: Omit<CallRecord, 'seq'>): void {
    this.calls.push({ ...call, seq: this.calls.length + 1 });
    const operation = call.operationId ?? `unknown ${call.method.toUpperCase()} ${call.path}`;
    this.byOperation[operation] = (this.byOperation[operation] ?? 0) + 1;
    this.byToken[call.token] = (this.byToken[call.token] ?? 0) + 1;
    this.byPrincipal[call.principal] = (this.byPrincipal[call.principal] ?? 0) + 1;
    if (call.fault) this.faulted++;
  }

  /** Calls of `operationId` so far. */
  count(operationId: string): number {
    return this.byOperation[operationId] ?? 0;
  }

  /** Total calls so far. */
  get total(): number {
    return this.calls.length;
  }

  /** Forgets every call (e.g. after the arrange phase of a test). */
  reset(): void {
    this.calls.length = 0;
    this.byOperation = {};
    this.byToken = {};
    this.byPrincipal = {};
    this.faulted = 0;
  }
}
