/**
 * The `server` target: a model deployment rolled out on a modelship server through its admin API
 * (serving/admin.ts, docs/serving.md), with the stage's strategy from the policy, and the wait for
 * the verdict. The server decides a canary by itself (shared/serve/canary.ts) and rolls a failed one
 * back by itself; this side starts the rollout, polls the status until the verdict or the deadline,
 * and on a deadline or a cancelled job aborts the rollout, so traffic never stays split by a job
 * that is gone. The HTTP client is the adapter's (`ServerAdmin`); this file is pure.
 */
import { maxCanaryIntervals, type CanarySettings, type CanaryState } from '../serve/canary.js';
import { shadowVerdictOfReport, type ShadowGate, type ShadowReport } from '../serve/shadow.js';
import { canarySection, canaryVerdict, fitStatus } from './analysis.js';

/** A canary as the server's status reports it. */
export interface ServerCanaryReport {
  readonly version: string;
  readonly phase: 'progressing' | 'promoted' | 'failed' | 'aborted';
  readonly started_at: string;
  readonly ended_at?: string;
  readonly analysis: CanaryState;
}

/** The server's admin status (`GET /admin/status`), as much as the rollout reads. */
export interface ServerStatus {
  readonly model: string;
  readonly stable: { readonly version: string } | null;
  readonly candidate: { readonly version: string; readonly mode: string; readonly weight: number } | null;
  readonly canary: ServerCanaryReport | null;
  readonly shadow: Readonly<Record<string, unknown>> | null;
}

/** The admin API of one server (each method is one request; a refusal throws a UserError naming why). */
export interface ServerAdmin {
  status(): Promise<ServerStatus>;
  blueGreen(version: number): Promise<ServerStatus>;
  canary(version: number, settings: Partial<CanarySettings>): Promise<ServerStatus>;
  shadow(
    version: number,
    samplePercent: number,
    comparison?: { readonly decision_threshold?: number; readonly tolerance?: number },
  ): Promise<ServerStatus>;
  abort(): Promise<ServerStatus>;
}

/** How the stage rolls out. */
export type RolloutPlan =
  | { readonly strategy: 'blue-green' }
  | { readonly strategy: 'canary'; readonly settings: Partial<CanarySettings> }
  | {
      readonly strategy: 'shadow';
      readonly durationMs: number;
      readonly samplePercent: number;
      /** What the shadow phase must show before the hand-over (shared/serve/shadow.ts). */
      readonly gate: ShadowGate;
      /** How answers are compared (binary threshold, regression tolerance). */
      readonly comparison?: { readonly decision_threshold?: number; readonly tolerance?: number };
      /** What follows a shadow: the challenger goes live by blue-green or by canary. */
      readonly then: Exclude<RolloutPlan, { strategy: 'shadow' }>;
    };

/** Waiting, injected so tests and the action share one loop. */
export interface RolloutTime {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The outcome of a rollout. */
export interface RolloutResult {
  readonly ok: boolean;
  /** The deployment status description (at most 140 characters). */
  readonly description: string;
  /** Markdown for the job summary (and, on failure, the App's reply). */
  readonly summary: string;
  /** The canary's analysis, when a canary ran. */
  readonly analysis?: CanaryState;
  /** The canary's end as the server reported it (`aborted` included). */
  readonly phase?: ServerCanaryReport['phase'];
}

/** Options of `rollOut`. */
export interface RolloutOptions {
  readonly admin: ServerAdmin;
  readonly version: number;
  readonly tag: string;
  readonly stage: string;
  readonly plan: RolloutPlan;
  readonly time: RolloutTime;
  /** How long to wait for a verdict before the rollout is aborted. */
  readonly timeoutMs: number;
  /** How often the status is read while waiting. Default 1 s. */
  readonly pollMs?: number;
  /** A cancelled job: the rollout is aborted on the server and the error rethrown. */
  readonly signal?: AbortSignal;
  readonly log?: (line: string) => void;
}

/** Rolls `version` out on the server with `plan` and waits for the verdict. */
export async function rollOut(options: RolloutOptions): Promise<RolloutResult> {
  const { admin, version, tag, stage } = options;
  const before = await admin.status();
  if (before.stable?.version === String(version) && before.candidate === null) {
    const text = `${tag} already serves ${stage}; nothing to switch`;
    return { ok: true, description: text, summary: text };
  }
  const plan = options.plan;
  if (plan.strategy === 'shadow') {
    const shadow = await runShadow(options, plan, before);
    if (!shadow.ok) return shadow;
    const next = await rollOut({ ...options, plan: plan.then });
    return { ...next, summary: `${shadow.summary}\n\n${next.summary}` };
  }
  if (plan.strategy === 'canary' && before.stable !== null) return runCanary(options, plan.settings);
  options.log?.(
    plan.strategy === 'canary'
      ? `The server serves no version yet, so there is nothing to compare a canary with: switching ${tag} in by blue-green`
      : `Switching ${stage} to ${tag} (blue-green)`,
  );
  const after = await admin.blueGreen(version);
  const ok = after.stable?.version === String(version);
  const text = ok
    ? `${tag} serves ${stage} (blue-green switch)`
    : `the server answered the switch but serves ${after.stable?.version ?? 'nothing'}, not ${version}`;
  return { ok, description: fitStatus(text), summary: text };
}

async function runCanary(options: RolloutOptions, settings: Partial<CanarySettings>): Promise<RolloutResult> {
  const { admin, version, tag, stage } = options;
  options.log?.(`Starting a canary of ${tag} in ${stage}`);
  const deadline = canaryDeadline(settings, options.timeoutMs, options.log);
  await admin.canary(version, settings);
  const report = await waitFor({ ...options, timeoutMs: deadline }, (s) => {
    const c = s.canary;
    return c !== null && c.version === String(version) && c.phase !== 'progressing' ? c : undefined;
  });
  const ok = report.phase === 'promoted';
  const verdict = canaryVerdict(report.analysis, report.phase);
  return {
    ok,
    description: fitStatus(`${tag}: ${verdict}`),
    summary: `### Canary of ${tag} in ${stage}\n\n${canarySection(report.analysis, report.phase)}`,
    analysis: report.analysis,
    phase: report.phase,
  };
}

/**
 * How long to wait for a canary's verdict: the analysis ends within `maxCanaryIntervals` intervals
 * (shared/serve/canary.ts), so waiting past that bound (plus one interval and half a minute of
 * slack) means the server is stuck; `wait-timeout` caps it, with a warning when it is shorter than
 * the bound (the canary may then be aborted before its verdict).
 */
export function canaryDeadline(
  settings: Partial<CanarySettings>,
  timeoutMs: number,
  log?: (line: string) => void,
): number {
  if (!isComplete(settings)) return timeoutMs;
  const bound = (maxCanaryIntervals(settings) + 1) * settings.interval_ms + 30_000;
  if (bound > timeoutMs) {
    log?.(
      `Warning: the canary can take up to ${Math.ceil(bound / 1000)} s (${maxCanaryIntervals(settings)} intervals of ${settings.interval_ms / 1000} s), longer than wait-timeout (${Math.round(timeoutMs / 1000)} s): it may be aborted before its verdict`,
    );
    return timeoutMs;
  }
  return bound;
}

const SETTING_KEYS = [
  'interval_ms',
  'threshold',
  'step_weight',
  'max_weight',
  'min_requests',
  'max_error_rate',
  'max_inconclusive',
] as const;
const isComplete = (s: Partial<CanarySettings>): s is CanarySettings =>
  SETTING_KEYS.every((k) => typeof s[k] === 'number');

async function runShadow(
  options: RolloutOptions,
  plan: Extract<RolloutPlan, { strategy: 'shadow' }>,
  before: ServerStatus,
): Promise<RolloutResult> {
  const { admin, version, tag } = options;
  if (before.stable === null) {
    return { ok: true, description: '', summary: `No version serves yet: ${tag} has no champion to shadow.` };
  }
  options.log?.(`Mirroring ${plan.samplePercent}% of traffic to ${tag} for ${plan.durationMs} ms (shadow)`);
  await admin.shadow(version, plan.samplePercent, plan.comparison);
  await sleepOrAbort(options, Math.min(plan.durationMs, options.timeoutMs));
  const report = (await admin.abort()).shadow as { comparison?: ShadowReport } | null;
  if (!report?.comparison) {
    const text = `${tag}: the server reported no shadow comparison`;
    return { ok: false, description: fitStatus(text), summary: text };
  }
  const verdict = shadowVerdictOfReport(report.comparison, plan.gate);
  const c = report.comparison;
  const value = (v: number | null, f: (n: number) => string = String) => (v === null ? '–' : f(v));
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const rows = [
    ['mirrored requests answered', value(c.requests)],
    ['challenger errors', `${c.challenger_errors} (${value(c.challenger_error_rate, pct)})`],
    ['rows compared', value(c.rows)],
    ['agreement rate', value(c.agreement_rate, pct)],
    [
      'score difference p50 / p95 / p99',
      [c.difference.p50, c.difference.p95, c.difference.p99].map((v) => value(v, (n) => n.toPrecision(3))).join(' / '),
    ],
    ['largest |difference|', value(c.difference.max_abs, (n) => n.toPrecision(3))],
  ];
  const summary = `### Shadow of ${tag}: ${verdict.outcome}\n\n${verdict.reason}\n\n| measure | value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`;
  const ok = verdict.outcome === 'pass';
  return { ok, description: ok ? '' : fitStatus(`${tag}: shadow ${verdict.outcome}: ${verdict.reason}`), summary };
}

async function waitFor<T>(options: RolloutOptions, done: (status: ServerStatus) => T | undefined): Promise<T> {
  const { admin, time } = options;
  const deadline = time.now() + options.timeoutMs;
  for (;;) {
    const found = done(await admin.status());
    if (found !== undefined) return found;
    if (time.now() >= deadline) {
      const after = await admin.abort();
      const found = done(after);
      if (found !== undefined) return found;
      throw new RolloutTimeout(options.timeoutMs);
    }
    await sleepOrAbort(options, Math.min(options.pollMs ?? 1000, Math.max(0, deadline - time.now())));
  }
}

async function sleepOrAbort(options: RolloutOptions, ms: number): Promise<void> {
  try {
    await options.time.sleep(ms, options.signal);
  } catch (error) {
    if (!options.signal?.aborted) throw error;
    await options.admin.abort().catch(() => undefined);
    throw new RolloutCancelled();
  }
}

/** The job was cancelled while it waited: the rollout was aborted on the server. */
export class RolloutCancelled extends Error {
  constructor() {
    super('the job was cancelled; the rollout was aborted and the stable version serves');
    this.name = 'RolloutCancelled';
  }
}

/** No verdict within the wait: the rollout was aborted on the server. */
export class RolloutTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no verdict within ${Math.round(timeoutMs / 1000)} s; the rollout was aborted and the stable version serves`);
    this.name = 'RolloutTimeout';
  }
}
