/**
 * The model server: a node:http adapter over shared/serve. It answers the Open Inference Protocol v2
 * endpoints (health, server and model metadata, readiness, infer), Prometheus `/metrics`, and the
 * token-guarded admin API; what each answer contains is decided in shared/serve (codec, tensor
 * mapping, canary analysis, shadow comparison), and this file only routes, counts and writes.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isUserError } from '../shared/errors.js';
import { silentLogger, type Logger } from '../shared/logger.js';
import type { OnnxRuntime } from '../shared/onnx/index.js';
import type { Registry } from '../shared/registry/index.js';
import { isProtocolError } from '../shared/serve/protocol.js';
import { AdminApi } from './admin.js';
import { DEFAULT_MAX_BODY_BYTES } from './defaults.js';
import { AdminGuard } from './admin-token.js';
import { HttpError, sendError, sendJson } from './http-io.js';
import { Inference } from './inference.js';
import { loadVersion, type VersionSource } from './load-version.js';
import { ServerMetrics } from './metrics.js';
import { ModelSlot } from './model-slot.js';
import { PredictionLog } from './prediction-log.js';
import type { ServedVersion } from './served-version.js';

/** The server's name in `GET /v2`. */
export const SERVER_NAME = 'modelship';
/** The server's version in `GET /v2`. */
export const SERVER_VERSION = '0.1.0';
export { DEFAULT_MAX_BODY_BYTES } from './defaults.js';

/** Options of a model server. */
export interface ModelServerOptions {
  /** The model name served (`/v2/models/{model}`). */
  readonly model: string;
  /** The version to load before listening; without one the server is live but not ready. */
  readonly initial?: VersionSource;
  readonly runtime: OnnxRuntime;
  /** The registry versions are loaded from (admin API and registry sources). */
  readonly registry?: Registry;
  /** The admin bearer token; without one, every `/admin` request answers 401. */
  readonly adminToken?: string;
  /** The prediction log; without it, nothing is logged. */
  readonly predictionLog?: { dir: string; sampleRate: number; maxBytes?: number; maxAgeMs?: number };
  /** Largest request body accepted, bytes. Default 32 MiB. */
  readonly maxBodyBytes?: number;
  readonly host?: string;
  /** 0 picks a free port. Default 8080. */
  readonly port?: number;
  readonly logger?: Logger;
  /** Uniform [0, 1) source for traffic splits and sampling. Default Math.random. */
  readonly random?: () => number;
  /** ORT intra-op threads per session. */
  readonly threads?: number;
  /** Rows of the warm-up batch each version runs before it serves. Default 8. */
  readonly warmUpRows?: number;
  /** Most rows one micro-batched ONNX Runtime run may carry; 1 turns batching off. Default 64. */
  readonly maxBatchSize?: number;
  /** On close, how long requests in flight may take before their connections are cut (ms). Default 30 s. */
  readonly drainMs?: number;
}

/** A running model server. */
export interface ModelServer {
  /** `http://host:port` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly slot: ModelSlot;
  readonly metrics: ServerMetrics;
  readonly admin: AdminApi;
  readonly predictionLog: PredictionLog | undefined;
  /** Stops accepting, lets requests in flight finish, stops the canary, releases sessions, closes the log. */
  close(): Promise<void>;
}

const V2_MODEL = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?$/;

/** Starts a model server; resolves once it listens (and the initial version, if any, is warm). */
export async function startModelServer(options: ModelServerOptions): Promise<ModelServer> {
  const logger = options.logger ?? silentLogger;
  const random = options.random ?? Math.random;
  const metrics = new ServerMetrics();
  const slot = new ModelSlot(options.model);
  const load = async (source: VersionSource): Promise<ServedVersion> => {
    const version = await loadVersion(source, {
      runtime: options.runtime,
      logger,
      ...(options.registry ? { registry: options.registry } : {}),
      ...(options.threads !== undefined ? { threads: options.threads } : {}),
      ...(options.warmUpRows !== undefined ? { warmUpRows: options.warmUpRows } : {}),
    });
    metrics.loadSeconds.set({ model: version.name, version: version.version }, version.loadSeconds);
    return version;
  };
  if (options.initial) slot.promote(await load(options.initial));
  const predictionLog = options.predictionLog
    ? await PredictionLog.open({ ...options.predictionLog, random })
    : undefined;
  const inference = new Inference({
    slot,
    metrics,
    logger,
    random,
    ...(predictionLog ? { predictionLog } : {}),
    ...(options.maxBatchSize !== undefined ? { maxBatchSize: options.maxBatchSize } : {}),
  });
  const admin = new AdminApi({ slot, metrics, logger, load, inference });
  const guard = options.adminToken !== undefined ? new AdminGuard(options.adminToken) : undefined;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = pathOf(request.url ?? '/');
    const method = request.method ?? 'GET';
    if (path.startsWith('/admin')) {
      if (!guard || !guard.allows(request.headers)) {
        response.setHeader('www-authenticate', 'Bearer realm="modelship admin"');
        throw new HttpError(
          401,
          guard
            ? 'the admin API needs the admin token as `Authorization: Bearer <token>`'
            : 'the admin API is off: start the server with an admin token (MODELSHIP_ADMIN_TOKEN)',
        );
      }
      return admin.handle(method, path.slice('/admin'.length) || '/', request, response, maxBodyBytes);
    }
    if (method === 'GET' && path === '/v2/health/live') return sendJson(response, 200, { live: true });
    if (method === 'GET' && path === '/v2/health/ready') {
      const ready = slot.stable !== undefined;
      return ready
        ? sendJson(response, 200, { ready: true })
        : sendJson(response, 503, { ready: false, error: 'no model version is loaded yet' });
    }
    if (method === 'GET' && path === '/v2') {
      return sendJson(response, 200, inference.serverMetadata(SERVER_NAME, SERVER_VERSION));
    }
    if (method === 'GET' && path === '/metrics') {
      const { contentType, body } = await metrics.render();
      response.writeHead(200, { 'content-type': contentType });
      response.end(body);
      return;
    }
    const match = V2_MODEL.exec(path);
    if (match) {
      const [, model, version, action] = match as unknown as [string, string, string | undefined, string | undefined];
      const target = { model: decodeSegment(model), version: version && decodeSegment(version) };
      if (action === '/infer') {
        if (method !== 'POST') throw new HttpError(405, `${path} takes POST`);
        return inference.infer(target, request, response, maxBodyBytes);
      }
      if (method !== 'GET') throw new HttpError(405, `${path} takes GET`);
      if (action === '/ready') {
        const served = inference.resolve(target);
        return sendJson(response, 200, { name: served.name, ready: true });
      }
      return sendJson(response, 200, inference.modelMetadata(target));
    }
    throw new HttpError(404, `no such endpoint: ${method} ${path}`);
  };

  const server: Server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      if (error instanceof HttpError) {
        if (error.status === 413) response.setHeader('connection', 'close');
        return sendError(response, error.status, error.message);
      }
      if (isProtocolError(error)) return sendError(response, error.status, error.message);
      if (isUserError(error)) return sendError(response, 400, error.message);
      // An internal fault: the client gets a plain sentence, the operator the stack.
      logger.error(`internal error on ${request.method} ${request.url}: ${(error as Error)?.stack ?? String(error)}`);
      return sendError(response, 500, 'internal error in the model server (details are in its log)');
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info(`Serving ${options.model} on ${url}`);

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    slot,
    metrics,
    admin,
    predictionLog,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        // Keep-alive connections go idle once their request is answered; close them as they do, and
        // cut whatever is still open after the drain limit.
        server.closeIdleConnections();
        const idle = setInterval(() => server.closeIdleConnections(), 20);
        const limit = setTimeout(() => server.closeAllConnections(), options.drainMs ?? 30_000);
        await admin.stop();
        await stopped;
        clearInterval(idle);
        clearTimeout(limit);
        const retiring = [slot.clearCandidate()?.version, slot.stable].filter(
          (v): v is ServedVersion => v !== undefined,
        );
        await Promise.all(retiring.map((v) => v.retire()));
        predictionLog?.close();
      })();
      return closing;
    },
  };
}

/**
 * The request's path without the query and trailing slashes. A plain origin-form path (the usual
 * case) is cut by hand; anything else (dot segments, backslashes, other bytes, an absolute URL) goes through
 * WHATWG URL parsing, which normalises it.
 */
const PLAIN_PATH = /^[!-[\]-~]*$/; // printable ASCII, no backslash

function pathOf(target: string): string {
  const query = target.indexOf('?');
  let path = query < 0 ? target : target.slice(0, query);
  if (path[0] !== '/' || !PLAIN_PATH.test(path) || path.includes('/.'))
    path = new URL(target, 'http://server').pathname;
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 47 /* / */) end--;
  return end === path.length ? path : path.slice(0, end) || '/';
}

/** A URL path segment, decoded; a malformed escape is the client's mistake (400). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, `the URL path segment "${segment}" has a malformed %-escape`);
  }
}
