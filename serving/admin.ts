/**
 * The admin API (`/admin/...`, behind the bearer token checked in server.ts): load a registry
 * version and put it into service by blue-green, canary or shadow; report the status; abort. Each
 * load goes through loadVersion (every sha256 checked against the manifest, warm-up on a real batch)
 * before anything changes, so a refused version leaves what is served exactly as it was. One
 * rollout at a time: a second is refused with 409 until the first is done or aborted.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod';
import { isUserError, UserError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';
import { isIntegrityError } from '../shared/registry/index.js';
import { startCanary as checkCanarySettings, type CanarySettings } from '../shared/serve/canary.js';
import { ShadowComparison, type ShadowComparisonSettings } from '../shared/serve/shadow.js';
import { CanaryRun, type CanaryReport } from './canary-run.js';
import { HttpError, readBody, sendJson } from './http-io.js';
import type { Inference } from './inference.js';
import type { VersionSource } from './load-version.js';
import type { ServerMetrics } from './metrics.js';
import type { ModelSlot } from './model-slot.js';
import type { ServedVersion } from './served-version.js';
import { ShadowRun, type ShadowReport } from './shadow-run.js';

/** Canary settings the admin API uses for what a request leaves out (Flagger-like, conservative). */
export const DEFAULT_CANARY_SETTINGS: CanarySettings = {
  interval_ms: 60_000,
  threshold: 3,
  step_weight: 10,
  max_weight: 50,
  min_requests: 20,
  max_error_rate: 0.01,
  max_inconclusive: 5,
};

const versionField = z.number().int().positive();
const blueGreenBody = z.strictObject({ version: versionField });
const canaryBody = z.strictObject({
  version: versionField,
  interval_ms: z.number().positive().optional(),
  threshold: z.number().int().min(1).optional(),
  step_weight: z.number().positive().max(100).optional(),
  max_weight: z.number().positive().max(100).optional(),
  min_requests: z.number().int().min(1).optional(),
  max_error_rate: z.number().min(0).max(1).optional(),
  max_p99_latency_ms: z.number().positive().optional(),
  max_p99_ratio: z.number().positive().optional(),
  max_inconclusive: z.number().int().min(0).optional(),
});
const shadowBody = z.strictObject({
  version: versionField,
  /** Percent of requests mirrored to the challenger. Default 100. */
  sample_percent: z.number().min(0).max(100).optional(),
  /** What "agree" means (shared/serve/shadow.ts). Default binary. */
  task: z.enum(['binary', 'multiclass', 'regression']).optional(),
  decision_threshold: z.number().min(0).max(1).optional(),
  tolerance: z.number().min(0).optional(),
});

/** What the admin API works with. */
export interface AdminContext {
  readonly slot: ModelSlot;
  readonly metrics: ServerMetrics;
  readonly logger: Logger;
  readonly load: (source: VersionSource) => Promise<ServedVersion>;
  readonly inference: Inference;
}

/** The admin API of one server. */
export class AdminApi {
  private busy: string | undefined;
  private canaryRun: CanaryRun | undefined;
  private shadowRun: ShadowRun | undefined;

  constructor(private readonly context: AdminContext) {}

  /** The last canary (running or done), if any. */
  get canary(): CanaryRun | undefined {
    return this.canaryRun;
  }

  /** The last shadow (running or done), if any. */
  get shadow(): ShadowRun | undefined {
    return this.shadowRun;
  }

  /** Answers one admin request (`path` is below `/admin`). */
  async handle(
    method: string,
    path: string,
    request: IncomingMessage,
    response: ServerResponse,
    maxBodyBytes: number,
  ): Promise<void> {
    if (method === 'GET' && path === '/status') return sendJson(response, 200, this.status());
    if (method !== 'POST') throw new HttpError(404, `no such admin endpoint: ${method} /admin${path}`);
    switch (path) {
      case '/blue-green': {
        const body = parse(blueGreenBody, await readBody(request, maxBodyBytes), path);
        await this.blueGreen(body.version);
        return sendJson(response, 200, this.status());
      }
      case '/canary': {
        const { version, ...settings } = parse(canaryBody, await readBody(request, maxBodyBytes), path);
        await this.startCanary(version, { ...DEFAULT_CANARY_SETTINGS, ...settings });
        return sendJson(response, 202, this.status());
      }
      case '/shadow': {
        const { version, sample_percent, task, ...comparison } = parse(
          shadowBody,
          await readBody(request, maxBodyBytes),
          path,
        );
        await this.startShadow(version, sample_percent ?? 100, { task: task ?? 'binary', ...comparison });
        return sendJson(response, 202, this.status());
      }
      case '/abort': {
        await this.abort();
        return sendJson(response, 200, this.status());
      }
      default:
        throw new HttpError(404, `no such admin endpoint: ${method} /admin${path}`);
    }
  }

  /** Loads registry version `version` and switches all traffic to it at once. */
  async blueGreen(version: number): Promise<void> {
    await this.exclusive(`a blue-green switch to v${version}`, async () => {
      const next = await this.loadOrRefuse(version);
      const old = this.context.slot.promote(next);
      this.context.logger.info(`switched ${this.context.slot.name} to ${next.version} (blue-green)`);
      // The old version finishes what it is running, then its session is released.
      void old?.retire();
    });
  }

  /** Loads `version` and starts a canary with `settings`; the run promotes or rolls back by itself. */
  async startCanary(version: number, settings: CanarySettings): Promise<CanaryRun> {
    checkCanarySettings(settings); // a bad setting is refused before anything is downloaded
    if (!this.context.slot.stable)
      throw new HttpError(409, 'a canary needs a stable version to compare with; load one by blue-green first');
    return this.exclusive(`a canary of v${version}`, async () => {
      const next = await this.loadOrRefuse(version);
      try {
        this.canaryRun = new CanaryRun(settings, next, this.context.slot, this.context.metrics, this.context.logger);
      } catch (error) {
        await next.retire();
        throw error;
      }
      this.context.inference.canary = this.canaryRun;
      return this.canaryRun;
    });
  }

  /** Loads `version` as a shadow: `samplePercent` of requests are mirrored to it, its answers only compared. */
  async startShadow(version: number, samplePercent: number, settings: ShadowComparisonSettings): Promise<ShadowRun> {
    new ShadowComparison(settings); // a bad setting is refused before anything is downloaded
    if (!this.context.slot.stable)
      throw new HttpError(409, 'a shadow needs a stable version to compare with; load one by blue-green first');
    return this.exclusive(`a shadow of v${version}`, async () => {
      const next = await this.loadOrRefuse(version);
      const { slot, inference, logger } = this.context;
      try {
        this.shadowRun = new ShadowRun(next, samplePercent, settings, slot, (v, r) => inference.run(v, r), logger);
      } catch (error) {
        await next.retire();
        throw error;
      }
      this.context.inference.shadow = this.shadowRun;
      return this.shadowRun;
    });
  }

  /** Stops a running canary or shadow; traffic goes back to the stable version. */
  async abort(): Promise<void> {
    await this.canaryRun?.abort();
    await this.shadowRun?.stop();
  }

  /** Stops everything that runs in the background (server shutdown). */
  async stop(): Promise<void> {
    await this.abort();
  }

  /** What serves now, the candidate and its weight, and the canary and shadow reports. */
  status(): {
    model: string;
    stable: VersionStatus | null;
    candidate: (VersionStatus & { mode: string; weight: number }) | null;
    canary: CanaryReport | null;
    shadow: ShadowReport | null;
  } {
    const { slot } = this.context;
    const candidate = slot.candidate;
    return {
      model: slot.name,
      stable: slot.stable ? versionStatus(slot.stable) : null,
      candidate: candidate
        ? { ...versionStatus(candidate.version), mode: candidate.mode, weight: candidate.weight }
        : null,
      canary: this.canaryRun?.report() ?? null,
      shadow: this.shadowRun?.report() ?? null,
    };
  }

  private refuseWhileRunning(): void {
    if (this.canaryRun?.running) {
      throw new HttpError(
        409,
        `a canary of version ${this.canaryRun.candidate.version} is running; wait for its verdict or POST /admin/abort`,
      );
    }
    if (this.shadowRun?.running) {
      throw new HttpError(
        409,
        `a shadow of version ${this.shadowRun.challenger.version} is running; POST /admin/abort first`,
      );
    }
  }

  private async exclusive<T>(what: string, work: () => Promise<T>): Promise<T> {
    if (this.busy) throw new HttpError(409, `${this.busy} is in progress; try again when it is done`);
    this.refuseWhileRunning();
    this.busy = what;
    try {
      return await work();
    } finally {
      this.busy = undefined;
    }
  }

  /** Loads a registry version; a refusal (bad bytes, unknown version) is a 4xx naming why. */
  private async loadOrRefuse(version: number): Promise<ServedVersion> {
    const { slot } = this.context;
    if (slot.byLabel(String(version))) throw new HttpError(409, `version ${version} of ${slot.name} is already loaded`);
    try {
      return await this.context.load({ kind: 'registry', model: slot.name, version });
    } catch (error) {
      if (isIntegrityError(error)) {
        const what = `${error.asset} of ${error.tag} does not match its record: expected ${error.expected}, got ${error.actual}`;
        this.context.logger.error(`refused ${slot.name} v${version}: ${what}`);
        throw new HttpError(
          422,
          `refused ${slot.name} v${version}, nothing changed: ${what}; ${error.hint ?? ''}`.trim(),
        );
      }
      if (isUserError(error))
        throw new HttpError(422, `cannot load ${slot.name} v${version}, nothing changed: ${error.message}`);
      throw error;
    }
  }
}

/** A served version as the status shows it. */
export interface VersionStatus {
  version: string;
  origin: ServedVersion['origin'];
  in_flight: number;
  load_seconds: number;
}

function versionStatus(v: ServedVersion): VersionStatus {
  return { version: v.version, origin: v.origin, in_flight: v.inFlight, load_seconds: v.loadSeconds };
}

function parse<T>(schema: z.ZodType<T>, body: Uint8Array, path: string): T {
  let json: unknown;
  try {
    json = body.length === 0 ? {} : JSON.parse(new TextDecoder().decode(body));
  } catch (error) {
    throw new UserError(`the body of POST /admin${path} is not JSON`, {
      location: { key: `/admin${path}` },
      hint: 'Send a JSON object such as {"version": 3}',
      cause: error,
    });
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = issue.path.length ? issue.path.join('.') : '(body)';
  throw new UserError(`POST /admin${path}: ${key}: ${issue.message}`, {
    location: { key },
    hint: 'See docs/serving.md for the admin API bodies',
  });
}
