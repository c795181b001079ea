/**
 * The sandbox: an embedded, stateful, contract-checked emulator of GitHub's REST API on loopback,
 * for tests, benchmarks and the demo. `createSandbox()` starts it with the default cast (see
 * personas.ts); everything a test needs to arrange, act and assert hangs off the returned object.
 */
import type { Server } from 'node:http';
import { Contract, type Violation } from './contract/validate.js';
import { Counters } from './counters.js';
import { EventBus, type SandboxEvent, type SandboxEvents } from './events.js';
import { WebhookDispatcher } from './webhooks/index.js';
import { Faults, type FaultRule } from './faults.js';
import { FAMILIES } from './handlers/index.js';
import { pushCommit, trackPullHeads, type PushOptions, type PushResult } from './handlers/pulls.js';
import { requestCheckRunAction, type RequestCheckRunActionOptions } from './handlers/check-runs.js';
import { collectHandlers, type Runtime } from './pipeline.js';
import { seedPersonas, type Persona } from './personas.js';
import { RateLimits } from './rate-limit.js';
import { Router } from './router.js';
import { applySeed, loadSeedFile, parseSeed, type SeedFile } from './seed.js';
import { startServer } from './server.js';
import { Store, type Level } from './state/store.js';
import { tokensOf } from './auth/tokens.js';
import { Urls } from './urls.js';
import { sandboxServerUrl } from './runner/environment.js';
import { WorkflowExecutor, type ExecutorOptions } from './workflows/executor.js';

export type { SandboxEvent, SandboxEventListener, SandboxEvents } from './events.js';
export type { FaultRule, FaultKind } from './faults.js';
export type { Violation } from './contract/validate.js';
export type { Persona } from './personas.js';
export type { SeedFile } from './seed.js';
export type { PushOptions, PushResult } from './handlers/pulls.js';
export type { RequestCheckRunActionOptions } from './handlers/check-runs.js';
export { guardLoopback, NonLoopbackRequestError } from './loopback-guard.js';
export { formatViolation } from './contract/validate.js';
export type { ExecutorOptions, RunnerRegistration } from './workflows/executor.js';
export type { WorkflowRunRecord, JobRecord } from './workflows/runs.js';

/** Options of `createSandbox`. */
export interface SandboxOptions {
  /** Turn contract violations into error responses (default true; tests keep it on). */
  strict?: boolean;
  /** Extra users, orgs and repositories: a parsed seed document or the path of a JSON/YAML file. */
  seed?: SeedFile | string;
  /** Port on 127.0.0.1 (default 0: any free port). */
  port?: number;
  /** Fault rules active from the start. */
  faults?: FaultRule[];
  /** Seed of the fault PRNG (default 1). */
  faultSeed?: number;
  /** The sandbox clock (default: the real time). */
  now?: () => Date;
  /**
   * The App's webhook URL: when given, every event on a repository the App is installed on is
   * delivered there, signed with the App's webhook secret (as GitHub delivers App webhooks).
   */
  webhookUrl?: string;
  /**
   * Run the repositories' workflow files on sandbox events (the workflow executor,
   * sandbox/workflows/): `true` or the executor's options. Off by default.
   */
  workflows?: boolean | ExecutorOptions;
}

/** The GitHub App as a client needs it. */
export interface SandboxApp {
  id: number;
  slug: string;
  clientId: string;
  /** PEM (PKCS#8) private key for signing App JWTs. */
  privateKey: string;
  webhookSecret: string;
  /** The installation on `acme` (covering `acme/churn`). */
  installationId: number;
}

/** A running sandbox. */
export interface Sandbox {
  /** API base URL, e.g. `http://127.0.0.1:41234` (give it to Octokit as `baseUrl`). */
  url: string;
  /** `GITHUB_SERVER_URL` of action runs against it (`http://github.localhost:<port>`: run links start with it). */
  serverUrl: string;
  strict: boolean;
  /** Users by login (`maintainer`, `reviewer`, `triager`, `reader`, `outsider`, `dependabot[bot]`, seeded ones). */
  personas: Record<string, Persona>;
  app: SandboxApp;
  /** Calls per operation and per token, exact. */
  counters: Counters;
  /** Fault rules; add and remove them while the sandbox runs. */
  faults: Faults;
  /** Contract violations seen so far (request and response). */
  violations: Violation[];
  /** Notes: unimplemented operations called, handler crashes. */
  notes: string[];
  /** State changes for webhook delivery. */
  events: SandboxEvents;
  /** Webhook delivery: subscribers, the delivery log, redelivery, and `idle()` to wait for it. */
  webhooks: WebhookDispatcher;
  /** Per-token primary rate limits. */
  rateLimits: RateLimits;
  /** The state, for arranging tests directly (faster than API calls). */
  store: Store;
  /** The loaded description: version, `nullable` fix count, start-up ms. */
  contract: { version: string; nullableFixes: number; startMs: number; implemented: string[] };
  /** Issues an installation token directly (no JWT round trip), optionally narrowed. */
  installationToken(options?: { permissions?: Record<string, Level>; repositories?: number[] }): string;
  /**
   * Commits on a branch and moves it, as a `git push` would (emits `create`/`push`; open pull
   * requests on the branch get the new head SHA and `pull_request.synchronize`).
   */
  push(options: PushOptions): PushResult;
  /**
   * A person clicks one of a check run's action buttons: emits `check_run.requested_action` for the
   * installation of the App that created the run, and returns the event.
   */
  requestCheckRunAction(options: RequestCheckRunActionOptions): SandboxEvent;
  /** The workflow executor: runners, `tick(date)` for the schedule, `runs`, `idle()`; started by the `workflows` option. */
  workflows: WorkflowExecutor;
  /** Stops the server (and the workflow executor, after its runs in flight). */
  close(): Promise<void>;
}

/** Starts a sandbox on 127.0.0.1. */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const families = FAMILIES;
  const handlers = collectHandlers(families);
  const contract = await Contract.load(handlers.keys());
  const store = new Store(options.now);
  const tokens = tokensOf(store);
  const personas = seedPersonas(store, tokens);
  if (options.seed !== undefined) {
    const seed = typeof options.seed === 'string' ? loadSeedFile(options.seed) : parseSeed(options.seed);
    Object.assign(personas, applySeed(store, tokens, seed, typeof options.seed === 'string' ? options.seed : 'seed'));
  }
  const implemented = contract.operations.filter((operation) => handlers.has(operation.operationId));
  const strict = options.strict ?? true;
  const webhooks = new WebhookDispatcher({
    validation: strict ? 'strict' : 'warn',
    now: () => store.now(),
  });
  const holder: { runtime?: Runtime } = {};
  const { server, url } = await startServer(
    options.port ?? 0,
    () => holder.runtime!,
    families.flatMap((f) => f.rawRoutes ?? []),
  );
  const runtime: Runtime = {
    store,
    tokens,
    contract,
    routers: {
      api: new Router(implemented.filter((o) => o.host === 'api')),
      uploads: new Router(implemented.filter((o) => o.host === 'uploads')),
      spec: new Router(contract.operations),
    },
    handlers,
    faults: new Faults(options.faults ?? [], options.faultSeed ?? 1),
    counters: new Counters(),
    rateLimits: new RateLimits(store.now),
    events: new EventBus(),
    webhooks,
    urls: new Urls(url),
    strict,
    violations: [],
    notes: [],
  };
  holder.runtime = runtime;
  const app = store.app!;
  const installationId = [...store.installations.keys()][0]!;
  const rt = runtime;
  webhooks.attach(rt.events);
  trackPullHeads(rt);
  if (options.webhookUrl !== undefined) {
    webhooks.subscribe({
      url: options.webhookUrl,
      secret: app.webhookSecret,
      events: '*',
      target: { type: 'integration', appId: app.id },
    });
  }
  const workflows = new WorkflowExecutor(
    { store, tokens, events: rt.events, counters: rt.counters, url, serverUrl: sandboxServerUrl(url) },
    typeof options.workflows === 'object' ? options.workflows : {},
  );
  if (options.workflows) workflows.start();
  return {
    url,
    serverUrl: sandboxServerUrl(url),
    strict,
    personas,
    app: {
      id: app.id,
      slug: app.slug,
      clientId: app.clientId,
      privateKey: app.privateKey,
      webhookSecret: app.webhookSecret,
      installationId,
    },
    counters: rt.counters,
    faults: rt.faults,
    violations: rt.violations,
    notes: rt.notes,
    events: rt.events,
    webhooks,
    rateLimits: rt.rateLimits,
    store,
    contract: {
      version: contract.spec.version,
      nullableFixes: contract.spec.nullableFixes,
      startMs: contract.startMs,
      implemented: [...handlers.keys()].sort(),
    },
    installationToken: (narrow = {}) =>
      tokens.issueInstallationToken(
        installationId,
        narrow.permissions ?? { ...store.installations.get(installationId)!.permissions },
        narrow.repositories ?? 'all',
        store.now(),
      ).token,
    push: (push) => pushCommit(rt, push),
    requestCheckRunAction: (request) => requestCheckRunAction(rt, request),
    workflows,
    close: async () => {
      workflows.stop();
      workflows.cancelAll();
      await workflows.idle();
      await webhooks.close();
      await closeServer(server);
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
