/**
 * The App as a plain Node server: Probot's `createNodeMiddleware` on `node:http`, which verifies
 * `X-Hub-Signature-256` over the raw bytes (constant-time) before any handler runs and answers 400
 * to a forged or unsigned delivery. Also `GET /healthz`. `modelship sandbox --app`, the tests and
 * the demo start it against the sandbox; `node app/dist/index.js` starts it from the environment.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createNodeMiddleware, Probot } from 'probot';
import { createModelshipApp, type ModelshipApp, type ModelshipAppOptions } from './app.js';
import { appOctokit, type AppOctokitOptions } from './octokit.js';

/** What the server needs. */
export interface AppServerOptions extends Omit<ModelshipAppOptions, 'appId'> {
  readonly appId: number;
  readonly privateKey: string;
  readonly webhookSecret: string;
  /** GitHub's API URL (GHES, or the sandbox). Default: api.github.com. */
  readonly baseUrl?: string;
  readonly port?: number;
  readonly host?: string;
  /** Default `/api/github/webhooks`. */
  readonly webhookPath?: string;
  readonly logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
  readonly octokit?: AppOctokitOptions;
}

/** A running App server. */
export interface AppServer {
  /** Where GitHub must send webhooks. */
  readonly webhookUrl: string;
  readonly app: ModelshipApp;
  readonly server: Server;
  close(): Promise<void>;
}

/** Starts the App on `host:port` (port 0 = any free port). */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const probot = new Probot({
    appId: options.appId,
    privateKey: options.privateKey,
    secret: options.webhookSecret,
    logLevel: options.logLevel ?? 'info',
    Octokit: appOctokit(options.octokit),
    ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
  });
  const app = createModelshipApp(options);
  const webhookPath = options.webhookPath ?? '/api/github/webhooks';
  const middleware = await createNodeMiddleware(app.appFn, { probot, webhooksPath: webhookPath });
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      const { queued, running, processed, failed } = app.queue.stats;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, queued, running, processed, failed }));
      return;
    }
    void middleware(req, res, () => res.writeHead(404).end());
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    webhookUrl: `http://${host}:${port}${webhookPath}`,
    app,
    server,
    close: async () => {
      await app.idle();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
