/**
 * Shadow comparison: the challenger answers a mirrored sample of live requests beside the champion,
 * users only ever see the champion's answers, and this summarises how the two differ: the agreement
 * rate (the same predicted class, or for regression a difference within a tolerance) and the
 * distribution of score differences (challenger − champion: mean, min, max, quantiles).
 *
 * The server adds one mirrored request at a time, so the summary is built to be updated per request
 * and merged exactly across workers or windows: counts add, the mean and M2 combine by Chan's
 * formula (shared/profile/moments), and the quantiles come from the DDSketch every profile already
 * uses (shared/profile/sketch, merged by adding bucket counts; each quantile within its relative
 * accuracy), read through shared/stats' one quantile. The summary is plain JSON, so the admin API can
 * return it and the deploy action can show it. Like the canary, the verdict never guesses: fewer
 * mirrored requests than asked for is inconclusive, and the deployment fails for "not enough
 * traffic" rather than passing.
 */
import { UserError } from '../errors.js';
import { combineMoments, welford, type Moments } from '../profile/moments.js';
import { sketchOrderStatistics } from '../profile/order-statistics.js';
import { DEFAULT_ALPHA } from '../profile/options.js';
import { mergeSketches, SketchBuilder } from '../profile/sketch.js';
import type { QuantileSketch } from '../profile/types.js';
import { quantiles } from '../stats/quantile.js';

/** What the model predicts, which decides what "agree" means. */
export type ShadowTask = 'binary' | 'multiclass' | 'regression';

/** How champion and challenger answers are compared. */
export interface ShadowComparisonSettings {
  readonly task: ShadowTask;
  /** Binary: a score ≥ this is the positive class. Default 0.5. */
  readonly decision_threshold?: number;
  /** Regression: answers within this absolute difference agree. Default 0. */
  readonly tolerance?: number;
}

/**
 * A mergeable, JSON-ready summary of a shadow comparison. Differences are per row: challenger −
 * champion of the score (binary: the positive class's score; multiclass: the score of the class the
 * champion predicted; regression: the prediction).
 */
export interface ShadowSummary {
  readonly task: ShadowTask;
  readonly decision_threshold: number;
  readonly tolerance: number;
  /** Mirrored requests both models answered. */
  readonly requests: number;
  /** Mirrored requests the challenger failed (an error, or an answer of the wrong size). */
  readonly challenger_errors: number;
  /** Rows compared (a request can carry a batch). */
  readonly rows: number;
  /** Rows on which the two agreed. */
  readonly agreed: number;
  /** Count, mean and M2 of the differences. */
  readonly moments: Moments;
  /** Smallest and largest difference; null before any row. */
  readonly min: number | null;
  readonly max: number | null;
  /** The differences' DDSketch (relative accuracy `alpha`). */
  readonly sketch: QuantileSketch;
}

/** The comparison as shown to people: rates and the distribution of differences. */
export interface ShadowReport {
  readonly task: ShadowTask;
  readonly requests: number;
  readonly challenger_errors: number;
  /** challenger_errors / (requests + challenger_errors); null before any mirrored request. */
  readonly challenger_error_rate: number | null;
  readonly rows: number;
  /** agreed / rows; null without rows. */
  readonly agreement_rate: number | null;
  /** The differences (challenger − champion); every field null without rows. */
  readonly difference: {
    readonly mean: number | null;
    readonly min: number | null;
    readonly max: number | null;
    /** Largest |difference|. */
    readonly max_abs: number | null;
    readonly p01: number | null;
    readonly p05: number | null;
    readonly p50: number | null;
    readonly p95: number | null;
    readonly p99: number | null;
  };
}

/** What the shadow phase needs before the rollout goes on (a resolved policy's `deploy.shadow` fits). */
export interface ShadowGate {
  /** Mirrored requests needed for a verdict; with fewer it is inconclusive. ≥ 1. */
  readonly min_requests: number;
  /** Least agreement rate (0-1) that passes; undefined = reported, not gated. */
  readonly min_agreement?: number;
  /** Largest challenger error rate (0-1) that passes. */
  readonly max_error_rate: number;
}

/** The shadow phase's verdict: pass lets the rollout go on; fail and inconclusive stop it. */
export interface ShadowVerdict {
  readonly outcome: 'pass' | 'fail' | 'inconclusive';
  /** One sentence: what decided it (for the deployment status and the reply). */
  readonly reason: string;
  readonly report: ShadowReport;
}

/**
 * The running comparison the server keeps: `add` one mirrored request's answers, `addFailure` when
 * the challenger failed one, `summary()` at any time. Summaries of several comparisons (workers,
 * windows) merge with `mergeShadowSummaries`.
 */
export class ShadowComparison {
  private readonly task: ShadowTask;
  private readonly threshold: number;
  private readonly tolerance: number;
  private readonly builder = new SketchBuilder(DEFAULT_ALPHA);
  private requests = 0;
  private failures = 0;
  private rows = 0;
  private agreed = 0;
  private moments: Moments = { count: 0, mean: 0, m2: 0 };
  private min = Infinity;
  private max = -Infinity;
  private scratch = new Float64Array(64);

  /** Throws a UserError naming the setting when it cannot be used. */
  constructor(settings: ShadowComparisonSettings) {
    this.task = settings.task;
    this.threshold = settings.decision_threshold ?? 0.5;
    this.tolerance = settings.tolerance ?? 0;
    if (!['binary', 'multiclass', 'regression'].includes(this.task))
      throw new UserError(`unknown shadow task "${String(this.task)}"; expected binary, multiclass or regression`, {
        location: { key: 'task' },
      });
    if (!(this.threshold >= 0 && this.threshold <= 1))
      throw new UserError(`decision_threshold must be between 0 and 1, got ${this.threshold}`, {
        location: { key: 'shadow.decision_threshold' },
      });
    if (!(this.tolerance >= 0 && Number.isFinite(this.tolerance)))
      throw new UserError(`tolerance must be a finite number ≥ 0, got ${this.tolerance}`, {
        location: { key: 'shadow.tolerance' },
      });
  }

  /**
   * Compares one mirrored request's answers, row-major with `width` scores per row: binary 1 (the
   * positive score) or 2 (both classes' probabilities; the second is the positive class), multiclass
   * the number of classes, regression 1. Answers of different lengths, or not a whole number of rows,
   * mean the challenger does not fit: the request counts as a challenger failure and false is
   * returned. A non-finite score on either side is a failure too.
   */
  add(champion: ArrayLike<number>, challenger: ArrayLike<number>, width = 1): boolean {
    if (!this.fits(champion, challenger, width)) {
      this.failures++;
      return false;
    }
    const rows = champion.length / width;
    if (this.scratch.length < rows) this.scratch = new Float64Array(Math.max(rows, this.scratch.length * 2));
    const diffs = this.scratch;
    let agreed = 0;
    for (let r = 0; r < rows; r++) {
      const at = r * width;
      let diff: number;
      if (this.task === 'multiclass') {
        const predicted = argmax(champion, at, width);
        agreed += predicted === argmax(challenger, at, width) ? 1 : 0;
        diff = challenger[at + predicted]! - champion[at + predicted]!;
      } else if (this.task === 'binary') {
        const column = at + width - 1;
        const p = champion[column]!;
        const q = challenger[column]!;
        agreed += p >= this.threshold === q >= this.threshold ? 1 : 0;
        diff = q - p;
      } else {
        diff = challenger[at]! - champion[at]!;
        agreed += Math.abs(diff) <= this.tolerance ? 1 : 0;
      }
      diffs[r] = diff;
      if (diff < this.min) this.min = diff;
      if (diff > this.max) this.max = diff;
    }
    this.builder.addValues(diffs, rows);
    this.moments = combineMoments(this.moments, welford(diffs, rows));
    this.requests++;
    this.rows += rows;
    this.agreed += agreed;
    return true;
  }

  /** Counts a mirrored request the challenger failed to answer. */
  addFailure(): void {
    this.failures++;
  }

  /** The summary so far (a snapshot: later `add`s do not change it). */
  summary(): ShadowSummary {
    return {
      task: this.task,
      decision_threshold: this.threshold,
      tolerance: this.tolerance,
      requests: this.requests,
      challenger_errors: this.failures,
      rows: this.rows,
      agreed: this.agreed,
      moments: { ...this.moments },
      min: this.rows ? this.min : null,
      max: this.rows ? this.max : null,
      sketch: this.builder.toSketch(),
    };
  }

  private fits(champion: ArrayLike<number>, challenger: ArrayLike<number>, width: number): boolean {
    const widthOk =
      Number.isInteger(width) &&
      width >= 1 &&
      (this.task === 'regression' ? width === 1 : this.task === 'binary' ? width <= 2 : width >= 2);
    if (!widthOk) {
      throw new RangeError(`a ${this.task} comparison cannot read ${width} scores per row`);
    }
    if (champion.length !== challenger.length || champion.length === 0 || champion.length % width !== 0) return false;
    for (let i = 0; i < champion.length; i++) {
      if (!Number.isFinite(champion[i]!) || !Number.isFinite(challenger[i]!)) return false;
    }
    return true;
  }
}

/** An empty summary for `task` (the identity of `mergeShadowSummaries`). */
export function emptyShadowSummary(settings: ShadowComparisonSettings): ShadowSummary {
  return new ShadowComparison(settings).summary();
}

/**
 * Two summaries as one, exactly (counts add, moments combine, sketches add bucket counts): the
 * comparison of both sets of mirrored requests. Throws a UserError when they compared differently
 * (task, threshold or tolerance), which would make the agreement rate mean two things.
 */
export function mergeShadowSummaries(a: ShadowSummary, b: ShadowSummary): ShadowSummary {
  if (a.task !== b.task || a.decision_threshold !== b.decision_threshold || a.tolerance !== b.tolerance) {
    throw new UserError(
      `cannot merge shadow comparisons made differently (${a.task}, threshold ${a.decision_threshold}, tolerance ${a.tolerance} vs ${b.task}, threshold ${b.decision_threshold}, tolerance ${b.tolerance})`,
    );
  }
  return {
    ...a,
    requests: a.requests + b.requests,
    challenger_errors: a.challenger_errors + b.challenger_errors,
    rows: a.rows + b.rows,
    agreed: a.agreed + b.agreed,
    moments: combineMoments(a.moments, b.moments),
    min: a.min === null ? b.min : b.min === null ? a.min : Math.min(a.min, b.min),
    max: a.max === null ? b.max : b.max === null ? a.max : Math.max(a.max, b.max),
    sketch: a.rows === 0 ? b.sketch : b.rows === 0 ? a.sketch : mergeSketches(a.sketch, b.sketch),
  };
}

/** The report of a summary: agreement rate, challenger error rate, the differences' distribution. */
export function shadowReport(s: ShadowSummary): ShadowReport {
  const mirrored = s.requests + s.challenger_errors;
  const none = {
    mean: null,
    min: null,
    max: null,
    max_abs: null,
    p01: null,
    p05: null,
    p50: null,
    p95: null,
    p99: null,
  };
  if (s.rows === 0 || s.min === null || s.max === null) {
    return {
      task: s.task,
      requests: s.requests,
      challenger_errors: s.challenger_errors,
      challenger_error_rate: mirrored ? s.challenger_errors / mirrored : null,
      rows: s.rows,
      agreement_rate: null,
      difference: none,
    };
  }
  const [p01, p05, p50, p95, p99] = quantiles(
    sketchOrderStatistics(s.sketch, s.rows, s.min, s.max),
    [0.01, 0.05, 0.5, 0.95, 0.99],
  );
  return {
    task: s.task,
    requests: s.requests,
    challenger_errors: s.challenger_errors,
    challenger_error_rate: s.challenger_errors / mirrored,
    rows: s.rows,
    agreement_rate: s.agreed / s.rows,
    difference: {
      mean: s.moments.mean,
      min: s.min,
      max: s.max,
      max_abs: Math.max(Math.abs(s.min), Math.abs(s.max)),
      p01: p01!,
      p05: p05!,
      p50: p50!,
      p95: p95!,
      p99: p99!,
    },
  };
}

/**
 * Judges a shadow phase: fewer mirrored requests than `min_requests` is inconclusive ("not enough
 * traffic", never a pass); otherwise a challenger error rate above `max_error_rate`, or an agreement
 * rate below `min_agreement` when set, fails; anything else passes.
 */
export function shadowVerdict(summary: ShadowSummary, gate: ShadowGate): ShadowVerdict {
  return shadowVerdictOfReport(shadowReport(summary), gate);
}

/**
 * `shadowVerdict` over a report, for a reader that has only the report (the deploy action reads it
 * from the server's admin status): everything the verdict reads is in it.
 */
export function shadowVerdictOfReport(report: ShadowReport, gate: ShadowGate): ShadowVerdict {
  const mirrored = report.requests + report.challenger_errors;
  if (mirrored < gate.min_requests) {
    return {
      outcome: 'inconclusive',
      reason: `not enough traffic: ${mirrored} mirrored request${mirrored === 1 ? '' : 's'}, fewer than min_requests ${gate.min_requests}`,
      report,
    };
  }
  const errorRate = report.challenger_error_rate ?? 0;
  if (errorRate > gate.max_error_rate) {
    return {
      outcome: 'fail',
      reason: `the challenger failed ${report.challenger_errors} of ${mirrored} mirrored requests (${pct(errorRate)} > max_error_rate ${pct(gate.max_error_rate)})`,
      report,
    };
  }
  const agreement = report.agreement_rate;
  if (gate.min_agreement !== undefined && agreement !== null && agreement < gate.min_agreement) {
    return {
      outcome: 'fail',
      reason: `the challenger agreed with the champion on ${pct(agreement)} of ${report.rows} rows (< min_agreement ${pct(gate.min_agreement)})`,
      report,
    };
  }
  return {
    outcome: 'pass',
    reason: `the challenger answered ${report.requests} mirrored requests${agreement === null ? '' : ` and agreed with the champion on ${pct(agreement)} of ${report.rows} rows`}`,
    report,
  };
}

/** Index (within the row) of the row's largest score; the first on ties. */
function argmax(scores: ArrayLike<number>, at: number, width: number): number {
  let best = 0;
  for (let k = 1; k < width; k++) if (scores[at + k]! > scores[at + best]!) best = k;
  return best;
}

function pct(x: number): string {
  return `${Number((x * 100).toFixed(2))}%`;
}
