/**
 * Canary analysis, as a pure state machine over time windows: the server (or anything else that
 * splits traffic) feeds it one window of stable and canary observations per `interval`, and it says
 * what the canary's traffic weight is next, or that the canary is promoted or failed.
 *
 * It exists because the anchors guess when data is missing. Flagger counts an interval with no
 * traffic as a failed check and halts (fluxcd/flagger #1035, #1098); Argo Rollouts aborted on an
 * empty metric result (argoproj/argo-rollouts #1466) and once marked a run Successful when every
 * measurement had errored (#4479). Here an interval with fewer canary requests than `min_requests` is
 * *inconclusive*: it never counts as a pass, so it never moves the weight or promotes, and more than
 * `max_inconclusive` of them end the canary failed for "not enough traffic".
 *
 * The settings carry Flagger's names in snake_case (docs.flagger.app, "Canary analysis": `interval`,
 * `threshold` = the number of failed checks before rollback, `stepWeight`, `maxWeight`) and its two
 * built-in checks, request success rate and p99 latency, plus p99 relative to the stable version.
 * Failed checks count over the whole canary, not in a row, as Flagger's `failedChecks` does (its
 * scheduler, fluxcd/flagger pkg/controller/scheduler.go, sets `FailedChecks+1` on a failed analysis
 * and a passing one does not reset it), so a canary that keeps failing is rolled back within
 * `threshold` failing intervals. Flagger starts at weight 0 and skips the analysis there; here the
 * canary starts at `step_weight`, so every interval it is analysed carries canary traffic. Every state carries
 * a record of each interval (what was measured, which check failed and by how much) for the table
 * the deploy action shows on the pull request. Quantiles are shared/stats' numpy-linear quantile.
 */
import { UserError } from '../errors.js';
import { quantile, type OrderStatistics } from '../stats/quantile.js';

/** The analysis settings (a resolved policy's `deploy.canary` fits here as it is). */
export interface CanarySettings {
  /** How long each analysed window lasts, in ms (for the bound on the whole canary). */
  readonly interval_ms: number;
  /** Failed intervals (in all, not in a row) at which the canary is rolled back. ≥ 1. */
  readonly threshold: number;
  /** Percent of traffic the canary starts with and gains after each passing interval. */
  readonly step_weight: number;
  /** Percent of traffic at which a passing interval promotes the canary. ≥ step_weight. */
  readonly max_weight: number;
  /** Canary requests an interval needs to be judged at all; with fewer it is inconclusive. ≥ 1. */
  readonly min_requests: number;
  /** Largest canary error rate (0-1) that passes. */
  readonly max_error_rate: number;
  /** Largest canary p99 latency (ms) that passes; undefined = not checked. */
  readonly max_p99_latency_ms?: number;
  /** Largest canary p99 / stable p99 that passes; undefined = not checked. */
  readonly max_p99_ratio?: number;
  /** Inconclusive intervals (in all) the canary may have; one more ends it failed. ≥ 0. */
  readonly max_inconclusive: number;
}

/**
 * Latencies as a histogram: `counts[i]` requests took at most `bounds_ms[i]` and more than
 * `bounds_ms[i − 1]` (0 for the first); `counts[bounds_ms.length]` took longer than the last bound.
 * Per-bucket counts, not Prometheus' cumulative ones; bounds ascending.
 */
export interface LatencyHistogram {
  readonly bounds_ms: readonly number[];
  readonly counts: readonly number[];
}

/** What one side (stable or canary) saw during one interval. */
export interface SideObservation {
  /** Requests answered (successfully or not). */
  readonly requests: number;
  /** Requests that failed (a 5xx, or the model failed). ≤ requests. */
  readonly errors: number;
  /** Latencies of the answered requests in ms: every sample, or a histogram of them. */
  readonly latency_ms?: readonly number[] | LatencyHistogram;
}

/** One analysed window. */
export interface CanaryWindow {
  readonly stable: SideObservation;
  readonly canary: SideObservation;
  /** When the window started and ended (epoch ms), to show in the record; optional. */
  readonly start_ms?: number;
  readonly end_ms?: number;
}

/** How a check or an interval came out. Inconclusive: too little data to judge, never a pass. */
export type CheckOutcome = 'pass' | 'fail' | 'inconclusive';

/** The checks of an interval, in the order they are shown. */
export type CanaryCheckName = 'requests' | 'error_rate' | 'p99_latency_ms' | 'p99_ratio';

/** One check of one interval, ready for a table row. */
export interface CanaryCheck {
  readonly check: CanaryCheckName;
  readonly outcome: CheckOutcome;
  /** What was measured; null when it could not be (no requests, no latencies). */
  readonly measured: number | null;
  /** The setting it was held against (`min_requests` is a floor, the others ceilings). */
  readonly limit: number;
  /** How far past the limit a failed check was (measured − limit); 0 unless failed. */
  readonly excess: number;
  /** One sentence: what was measured against what, and why it failed or could not be judged. */
  readonly detail: string;
}

/** One side of an interval, summarised. */
export interface SideSummary {
  readonly requests: number;
  readonly errors: number;
  /** errors / requests; null without requests. */
  readonly error_rate: number | null;
  /** p99 latency in ms; null without latencies. */
  readonly p99_ms: number | null;
}

/** The record of one analysed interval: a row of the table the deploy action shows. */
export interface CanaryInterval {
  /** 1-based. */
  readonly index: number;
  /** The canary's traffic weight (percent) during the interval. */
  readonly weight: number;
  readonly stable: SideSummary;
  readonly canary: SideSummary;
  /**
   * canary p99 / stable p99; null when either is missing; Infinity when stable's p99 is 0 and the
   * canary's is not (JSON writes that as null, so a reader of JSON sees the check's detail instead).
   */
  readonly p99_ratio: number | null;
  readonly checks: readonly CanaryCheck[];
  readonly outcome: CheckOutcome;
  /** The weight after this interval: 0 once rolled back, the last weight once promoted. */
  readonly next_weight: number;
  readonly start_ms?: number;
  readonly end_ms?: number;
}

/** Where a canary is: still shifting traffic, or done. */
export type CanaryPhase = 'progressing' | 'promoted' | 'failed';

/** Why a failed canary failed. */
export type CanaryFailure = 'failed_checks' | 'not_enough_traffic';

/** The state of a canary, and once it is done its verdict. */
export interface CanaryState {
  readonly phase: CanaryPhase;
  /** The canary's traffic weight (percent) now: 0 once failed (rolled back). */
  readonly weight: number;
  /** Passing intervals so far. */
  readonly passed: number;
  /** Failed intervals so far (Flagger's failedChecks). */
  readonly failed_checks: number;
  /** Inconclusive intervals so far. */
  readonly inconclusive: number;
  /** Every analysed interval, oldest first. */
  readonly intervals: readonly CanaryInterval[];
  /** Why it failed, when it did. */
  readonly failure?: CanaryFailure;
  /** One sentence for the deployment status and the reply: what decided the verdict. */
  readonly reason?: string;
}

/**
 * Passing intervals a canary needs to be promoted: the weights it passes through are step_weight,
 * 2·step_weight, … up to max_weight, so ⌈max_weight / step_weight⌉ (counted without rounding drift).
 */
export function intervalsToPromote(settings: CanarySettings): number {
  let k = Math.max(1, Math.ceil(settings.max_weight / settings.step_weight));
  while (k > 1 && settings.step_weight * (k - 1) >= settings.max_weight) k--;
  while (settings.step_weight * k < settings.max_weight) k++;
  return k;
}

/**
 * The most intervals a canary can take before it is promoted or failed: every pass but the last,
 * every failure but the rolling-back one, every inconclusive interval allowed, and the deciding one.
 * The deploy action waits at most this × interval_ms (plus slack) for the verdict.
 */
export function maxCanaryIntervals(settings: CanarySettings): number {
  return intervalsToPromote(settings) + settings.threshold + settings.max_inconclusive - 1;
}

/**
 * A canary before its first interval: at step_weight. Throws a UserError naming the setting when the
 * settings cannot work (the policy schema rules these out; the admin API may be sent anything).
 */
export function startCanary(settings: CanarySettings): CanaryState {
  checkSettings(settings);
  return {
    phase: 'progressing',
    weight: settings.step_weight,
    passed: 0,
    failed_checks: 0,
    inconclusive: 0,
    intervals: [],
  };
}

/**
 * Analyses one window and moves the canary on: a pass raises the weight by step_weight (to
 * max_weight), or promotes when it already was at max_weight; a failure counts towards `threshold`
 * and at it rolls back (weight 0); an inconclusive interval changes nothing but its count, and past
 * `max_inconclusive` fails the canary for "not enough traffic". Throws RangeError when the canary is
 * already done (a programming error) and a UserError on an impossible observation.
 */
export function stepCanary(settings: CanarySettings, state: CanaryState, window: CanaryWindow): CanaryState {
  if (state.phase !== 'progressing') throw new RangeError(`the canary is already ${state.phase}`);
  checkObservation(window.stable, 'stable');
  checkObservation(window.canary, 'canary');
  const stable = summarise(window.stable);
  const canary = summarise(window.canary);
  const p99Ratio = ratio(canary.p99_ms, stable.p99_ms);
  const checks = runChecks(settings, stable, canary, p99Ratio);
  const outcome = intervalOutcome(checks);
  const index = state.intervals.length + 1;
  let next: Omit<CanaryState, 'intervals'>;
  if (outcome === 'pass') {
    const passed = state.passed + 1;
    next =
      passed >= intervalsToPromote(settings)
        ? {
            ...state,
            passed,
            phase: 'promoted',
            reason: `promoted at ${fmt(state.weight)}% after ${passed} passing interval${passed === 1 ? '' : 's'}`,
          }
        : { ...state, passed, weight: Math.min(settings.step_weight * (passed + 1), settings.max_weight) };
  } else if (outcome === 'fail') {
    const failed = state.failed_checks + 1;
    next =
      failed >= settings.threshold
        ? {
            ...state,
            failed_checks: failed,
            phase: 'failed',
            weight: 0,
            failure: 'failed_checks',
            reason: `rolled back after ${failed} failed interval${failed === 1 ? '' : 's'} (threshold ${settings.threshold}); interval ${index}: ${failedDetails(checks)}`,
          }
        : { ...state, failed_checks: failed };
  } else {
    const inconclusive = state.inconclusive + 1;
    next =
      inconclusive > settings.max_inconclusive
        ? {
            ...state,
            inconclusive,
            phase: 'failed',
            weight: 0,
            failure: 'not_enough_traffic',
            reason: `not enough traffic: ${inconclusive} inconclusive intervals, more than max_inconclusive ${settings.max_inconclusive}; interval ${index}: ${inconclusiveDetails(checks)}`,
          }
        : { ...state, inconclusive };
  }
  const record: CanaryInterval = {
    index,
    weight: state.weight,
    stable,
    canary,
    p99_ratio: p99Ratio,
    checks,
    outcome,
    next_weight: next.weight,
    ...(window.start_ms !== undefined && { start_ms: window.start_ms }),
    ...(window.end_ms !== undefined && { end_ms: window.end_ms }),
  };
  return { ...next, intervals: [...state.intervals, record] };
}

/**
 * Runs a canary over windows in order until it is promoted or failed (later windows are not read),
 * from `startCanary`. A canary still progressing when the windows run out is returned as it is.
 */
export function analyseCanary(settings: CanarySettings, windows: Iterable<CanaryWindow>): CanaryState {
  let state = startCanary(settings);
  for (const window of windows) {
    if (state.phase !== 'progressing') break;
    state = stepCanary(settings, state, window);
  }
  return state;
}

/**
 * The p99 (numpy-linear, shared/stats) of latency samples or of a histogram; null when there are none.
 * In a histogram each order statistic is read by linear interpolation inside its bucket (as
 * Prometheus' histogram_quantile does), and those above the last bound read as the last bound.
 */
export function p99Latency(latency: readonly number[] | LatencyHistogram | undefined): number | null {
  if (latency === undefined) return null;
  const ordered = isHistogram(latency) ? histogramOrderStatistics(latency) : Float64Array.from(latency).sort();
  return ordered.length === 0 ? null : quantile(ordered, 0.99);
}

function histogramOrderStatistics(h: LatencyHistogram): OrderStatistics {
  const cumulative: number[] = [];
  let total = 0;
  for (const c of h.counts) cumulative.push((total += c));
  return {
    length: total,
    at(k) {
      let bucket = 0;
      while (cumulative[bucket]! <= k) bucket++;
      if (bucket >= h.bounds_ms.length) return h.bounds_ms[h.bounds_ms.length - 1] ?? 0;
      const lower = bucket === 0 ? 0 : h.bounds_ms[bucket - 1]!;
      const upper = h.bounds_ms[bucket]!;
      const before = bucket === 0 ? 0 : cumulative[bucket - 1]!;
      return lower + ((upper - lower) * (k + 1 - before)) / h.counts[bucket]!;
    },
  };
}

function isHistogram(latency: readonly number[] | LatencyHistogram): latency is LatencyHistogram {
  return !Array.isArray(latency);
}

function summarise(side: SideObservation): SideSummary {
  return {
    requests: side.requests,
    errors: side.errors,
    error_rate: side.requests > 0 ? side.errors / side.requests : null,
    p99_ms: p99Latency(side.latency_ms),
  };
}

function ratio(canary: number | null, stable: number | null): number | null {
  if (canary === null || stable === null) return null;
  if (stable === 0) return canary === 0 ? 1 : Infinity;
  return canary / stable;
}

function runChecks(
  settings: CanarySettings,
  stable: SideSummary,
  canary: SideSummary,
  p99Ratio: number | null,
): CanaryCheck[] {
  const enough = canary.requests >= settings.min_requests;
  const checks: CanaryCheck[] = [
    enough
      ? check('requests', 'pass', canary.requests, settings.min_requests, `${canary.requests} canary requests`)
      : check(
          'requests',
          'inconclusive',
          canary.requests,
          settings.min_requests,
          `${canary.requests} canary request${canary.requests === 1 ? '' : 's'}, fewer than min_requests ${settings.min_requests}: too few to judge`,
        ),
  ];
  const notJudged = enough ? '' : ' (not judged: too few requests)';
  checks.push(
    ceiling(
      'error_rate',
      canary.error_rate,
      settings.max_error_rate,
      enough,
      (v) => `canary error rate ${pct(v)} (${canary.errors} of ${canary.requests})`,
      `max_error_rate ${pct(settings.max_error_rate)}`,
      'no canary requests',
      notJudged,
    ),
  );
  if (settings.max_p99_latency_ms !== undefined) {
    checks.push(
      ceiling(
        'p99_latency_ms',
        canary.p99_ms,
        settings.max_p99_latency_ms,
        enough,
        (v) => `canary p99 ${fmt(v)} ms`,
        `max_p99_latency_ms ${fmt(settings.max_p99_latency_ms)}`,
        'no canary latencies were measured',
        notJudged,
      ),
    );
  }
  if (settings.max_p99_ratio !== undefined) {
    const stableEnough = stable.requests >= settings.min_requests;
    checks.push(
      ceiling(
        'p99_ratio',
        p99Ratio,
        settings.max_p99_ratio,
        enough && stableEnough,
        (v) => `canary p99 is ${fmt(v)}× stable's (${fmt(canary.p99_ms ?? NaN)} vs ${fmt(stable.p99_ms ?? NaN)} ms)`,
        `max_p99_ratio ${fmt(settings.max_p99_ratio)}`,
        'latencies of both versions are needed',
        enough
          ? ` (not judged: ${stable.requests} stable requests, fewer than min_requests ${settings.min_requests})`
          : notJudged,
      ),
    );
  }
  return checks;
}

/** A check of a measured value against a ceiling; without enough data it is inconclusive. */
function ceiling(
  name: CanaryCheckName,
  measured: number | null,
  limit: number,
  enough: boolean,
  describe: (value: number) => string,
  limitText: string,
  missing: string,
  notJudged: string,
): CanaryCheck {
  if (measured === null) return check(name, 'inconclusive', null, limit, `${missing}: cannot check ${limitText}`);
  if (!enough) return check(name, 'inconclusive', measured, limit, `${describe(measured)}${notJudged}`);
  return measured > limit
    ? check(name, 'fail', measured, limit, `${describe(measured)} > ${limitText}`, measured - limit)
    : check(name, 'pass', measured, limit, `${describe(measured)} ≤ ${limitText}`);
}

function check(
  name: CanaryCheckName,
  outcome: CheckOutcome,
  measured: number | null,
  limit: number,
  detail: string,
  excess = 0,
): CanaryCheck {
  return { check: name, outcome, measured, limit, excess, detail };
}

/**
 * Too few canary requests make the interval inconclusive whatever else was seen; otherwise any
 * failed check fails it, any check that could not be judged makes it inconclusive, and only an
 * interval whose every check passed passes.
 */
function intervalOutcome(checks: readonly CanaryCheck[]): CheckOutcome {
  if (checks[0]!.outcome === 'inconclusive') return 'inconclusive';
  if (checks.some((c) => c.outcome === 'fail')) return 'fail';
  return checks.some((c) => c.outcome === 'inconclusive') ? 'inconclusive' : 'pass';
}

function failedDetails(checks: readonly CanaryCheck[]): string {
  return checks
    .filter((c) => c.outcome === 'fail')
    .map((c) => c.detail)
    .join('; ');
}

function inconclusiveDetails(checks: readonly CanaryCheck[]): string {
  return checks
    .filter((c) => c.outcome === 'inconclusive')
    .map((c) => c.detail)
    .join('; ');
}

function checkSettings(s: CanarySettings): void {
  const bad = (key: keyof CanarySettings, what: string): never => {
    throw new UserError(`${what}, got ${String(s[key])}`, {
      location: { key: `canary.${key}` },
      hint: "Set it in the stage's deploy.canary section of the policy (docs/policy.md lists each setting)",
    });
  };
  if (!(s.interval_ms > 0)) bad('interval_ms', 'must be > 0');
  if (!(Number.isInteger(s.threshold) && s.threshold >= 1)) bad('threshold', 'must be a whole number ≥ 1');
  if (!(s.step_weight > 0 && s.step_weight <= 100)) bad('step_weight', 'must be > 0 and ≤ 100');
  if (!(s.max_weight >= s.step_weight && s.max_weight <= 100)) bad('max_weight', 'must be ≥ step_weight and ≤ 100');
  if (!(Number.isInteger(s.min_requests) && s.min_requests >= 1)) bad('min_requests', 'must be a whole number ≥ 1');
  if (!(s.max_error_rate >= 0 && s.max_error_rate <= 1)) bad('max_error_rate', 'must be between 0 and 1');
  if (s.max_p99_latency_ms !== undefined && !(s.max_p99_latency_ms > 0)) bad('max_p99_latency_ms', 'must be > 0');
  if (s.max_p99_ratio !== undefined && !(s.max_p99_ratio > 0)) bad('max_p99_ratio', 'must be > 0');
  if (!(Number.isInteger(s.max_inconclusive) && s.max_inconclusive >= 0))
    bad('max_inconclusive', 'must be a whole number ≥ 0');
}

function checkObservation(o: SideObservation, side: 'stable' | 'canary'): void {
  const ok =
    Number.isInteger(o.requests) &&
    o.requests >= 0 &&
    Number.isInteger(o.errors) &&
    o.errors >= 0 &&
    o.errors <= o.requests;
  if (!ok) {
    throw new UserError(
      `the ${side} observation has ${String(o.requests)} requests and ${String(o.errors)} errors; expected whole numbers with errors ≤ requests`,
      { location: { key: side } },
    );
  }
  const h = o.latency_ms;
  if (h !== undefined && !isHistogram(h) && !h.every((v) => Number.isFinite(v) && v >= 0)) {
    throw new UserError(`the ${side} latency samples must be finite numbers of ms ≥ 0`, {
      location: { key: `${side}.latency_ms` },
    });
  }
  if (h !== undefined && isHistogram(h)) {
    const sorted = h.bounds_ms.every((b, i) => Number.isFinite(b) && b >= 0 && (i === 0 || b > h.bounds_ms[i - 1]!));
    const counts = h.counts.length === h.bounds_ms.length + 1 && h.counts.every((c) => Number.isInteger(c) && c >= 0);
    if (!sorted || !counts) {
      throw new UserError(
        `the ${side} latency histogram has ${h.bounds_ms.length} bounds and ${h.counts.length} counts; expected ascending bounds ≥ 0 and one whole count per bucket plus one above the last bound`,
        { location: { key: `${side}.latency_ms` } },
      );
    }
  }
}

function pct(x: number): string {
  return `${fmt(x * 100)}%`;
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return String(Number(x.toFixed(Math.abs(x) >= 10 ? 1 : 2)));
}
