/**
 * Makes any request from the code under test to a non-loopback host fail loudly, naming the host,
 * so a test can never silently reach (or wait on) the real GitHub. It patches `http.request`,
 * `http.get`, `https.request`, `https.get`, `net.connect`/`net.createConnection`, `tls.connect` and
 * the global `fetch`, then re-syncs the ESM named exports of the built-in modules.
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { syncBuiltinESMExports } from 'node:module';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '']);

/** True for loopback host names and addresses (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string | undefined | null): boolean {
  if (host === undefined || host === null) return true;
  const bare = host.replace(/:\d+$/, '').toLowerCase();
  return LOOPBACK.has(bare) || /^127\.\d+\.\d+\.\d+$/.test(bare) || bare.endsWith('.localhost');
}

/** The error thrown for a blocked request. */
export class NonLoopbackRequestError extends Error {
  override readonly name = 'NonLoopbackRequestError';
  readonly host: string;

  constructor(host: string, via: string) {
    super(
      `sandbox loopback guard: blocked a request to non-loopback host "${host}" (via ${via}). ` +
        'Tests must talk to the sandbox (sandbox.url), never to a real service.',
    );
    this.host = host;
  }
}

function hostOf(args: unknown[]): string | undefined {
  const [first, second] = args;
  if (typeof first === 'string') {
    try {
      return new URL(first).hostname;
    } catch {
      return undefined;
    }
  }
  if (first instanceof URL) return first.hostname;
  const options = (first ?? second) as { hostname?: string; host?: string; path?: string } | undefined;
  if (options && typeof options === 'object') {
    if (options.path !== undefined && options.host === undefined && options.hostname === undefined) return 'localhost';
    return options.hostname ?? options.host ?? 'localhost';
  }
  return undefined;
}

function netHost(args: unknown[]): string | undefined {
  const [first, second] = args;
  if (typeof first === 'number') return typeof second === 'string' ? second : 'localhost';
  if (typeof first === 'string') return 'localhost'; // a unix socket path
  const options = first as { host?: string; path?: string } | undefined;
  if (options?.path !== undefined) return 'localhost';
  return options?.host ?? 'localhost';
}

let restoreActive: (() => void) | undefined;

/**
 * Installs the guard (idempotent); returns a function that removes it. The test setup calls it
 * once per test file.
 */
export function guardLoopback(): () => void {
  if (restoreActive) return restoreActive;
  const originals = {
    httpRequest: http.request,
    httpGet: http.get,
    httpsRequest: https.request,
    httpsGet: https.get,
    netConnect: net.connect,
    netCreateConnection: net.createConnection,
    tlsConnect: tls.connect,
    fetch: globalThis.fetch,
  };
  const guard = <F extends (...args: never[]) => unknown>(
    original: F,
    via: string,
    host: (a: unknown[]) => string | undefined,
  ) =>
    function guarded(this: unknown, ...args: unknown[]) {
      const target = host(args);
      if (!isLoopbackHost(target)) throw new NonLoopbackRequestError(target ?? '?', via);
      return (original as unknown as (...a: unknown[]) => unknown).apply(this, args);
    } as unknown as F;
  http.request = guard(originals.httpRequest, 'http.request', hostOf);
  http.get = guard(originals.httpGet, 'http.get', hostOf);
  https.request = guard(originals.httpsRequest, 'https.request', hostOf);
  https.get = guard(originals.httpsGet, 'https.get', hostOf);
  net.connect = guard(originals.netConnect, 'net.connect', netHost);
  net.createConnection = guard(originals.netCreateConnection, 'net.createConnection', netHost);
  tls.connect = guard(originals.tlsConnect, 'tls.connect', netHost);
  if (originals.fetch) {
    globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const host = new URL(url).hostname;
      if (!isLoopbackHost(host)) throw new NonLoopbackRequestError(host, 'fetch');
      return originals.fetch(input, init);
    };
  }
  syncBuiltinESMExports();
  restoreActive = () => {
    http.request = originals.httpRequest;
    http.get = originals.httpGet;
    https.request = originals.httpsRequest;
    https.get = originals.httpsGet;
    net.connect = originals.netConnect;
    net.createConnection = originals.netCreateConnection;
    tls.connect = originals.tlsConnect;
    if (originals.fetch) globalThis.fetch = originals.fetch;
    syncBuiltinESMExports();
    restoreActive = undefined;
  };
  return restoreActive;
}
