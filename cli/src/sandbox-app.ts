/**
 * The modelship App wired to a sandbox, as GitHub would wire an installed App: the real server
 * (app/src/server.ts) authenticates with the sandbox App's key and receives the sandbox's signed
 * webhooks. Used by `modelship sandbox --app` (through sandbox/serve.ts), the demo and the App's
 * end-to-end tests. It lives here, beside the CLI verb, and not in sandbox/, so the sandbox (an
 * emulated GitHub) knows nothing of modelship and can be lifted out alone.
 */
import { startAppServer, type AppServer, type AppServerOptions } from '../../app/src/server.js';
import type { Sandbox } from '../../sandbox/index.js';

/** Options passed through to the App server (identity, secret and URL come from the sandbox). */
export type SandboxAppOptions = Omit<AppServerOptions, 'appId' | 'privateKey' | 'webhookSecret' | 'baseUrl'>;

/** Starts the App against `sandbox` and subscribes it to the App's webhooks. */
export async function startAppOnSandbox(sandbox: Sandbox, options: SandboxAppOptions = {}): Promise<AppServer> {
  const server = await startAppServer({
    logLevel: 'warn',
    // The sandbox has no secondary rate limits to respect, so writes and comments need no spacing.
    octokit: { writeSpacingMs: 0 },
    ...options,
    appId: sandbox.app.id,
    privateKey: sandbox.app.privateKey,
    webhookSecret: sandbox.app.webhookSecret,
    baseUrl: sandbox.url,
  });
  sandbox.webhooks.subscribe({
    url: server.webhookUrl,
    secret: sandbox.app.webhookSecret,
    target: { type: 'integration', appId: sandbox.app.id },
  });
  return server;
}

/** Waits until every webhook was delivered and the App finished the work (and that work's webhooks). */
export async function settleApp(sandbox: Sandbox, server: AppServer): Promise<void> {
  for (let quiet = 0; quiet < 2;) {
    const before = sandbox.webhooks.deliveries().length;
    await sandbox.webhooks.idle();
    await server.app.idle();
    await sandbox.webhooks.idle();
    quiet = sandbox.webhooks.deliveries().length === before ? quiet + 1 : 0;
  }
}
