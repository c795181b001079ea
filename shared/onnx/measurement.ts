/**
 * The measurement side of scoring: the figures the gate's budgets are checked against (latency per
 * batch and per row, model size, peak memory), taken with an injected clock and RSS reader so tests
 * can pin them. The percentiles are shared/stats' numpy-linear quantile.
 */
import { quantile } from '../stats/quantile.js';
import type { OnnxModel } from './model.js';

/** p50, p95 and p99 (numpy's default linear interpolation), in milliseconds. */
export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

/** The figures the gate's budgets are checked against. */
export interface Measurements {
  readonly latency_ms: {
    /** Wall time of each `session.run` over a full scoring batch (the last, partial one included). */
    readonly batch: Percentiles;
    /** Wall time of single-row `session.run` calls (the batch-1 probe, after scoring, warm). */
    readonly row: Percentiles;
  };
  /** Model file size in MB (10^6 bytes), as the policy's `size_mb`. */
  readonly size_mb: number;
  /** Peak resident set size while loading and scoring, minus the RSS before the session was created, in MB (10^6 bytes). */
  readonly memory_mb: number;
}

/** p50/p95/p99 of a list of durations (numpy's default linear interpolation). */
export function percentiles(values: readonly number[]): Percentiles {
  const sorted = Float64Array.from(values).sort();
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), p99: quantile(sorted, 0.99) };
}

/**
 * Times runs and follows the peak RSS of a scoring pass. Disabled, it runs what it is given untimed
 * and never reads the clock or the RSS.
 */
export class Meter {
  private peakRss: number;

  constructor(
    readonly enabled: boolean,
    private readonly now: () => number,
    private readonly rss: () => number,
  ) {
    this.peakRss = enabled ? rss() : 0;
  }

  /**
   * Runs `run`; when enabled, pushes its wall time onto `times` and, unless `sampleRss` is false (the
   * single-row probe samples once at its end), reads the RSS after it.
   */
  async time<T>(run: () => Promise<T>, times: number[], sampleRss = true): Promise<T> {
    if (!this.enabled) return run();
    const t0 = this.now();
    const out = await run();
    times.push(this.now() - t0);
    if (sampleRss) this.sampleRss();
    return out;
  }

  /** Reads the RSS and keeps the peak. */
  sampleRss(): void {
    const r = this.rss();
    if (r > this.peakRss) this.peakRss = r;
  }

  /** The measurements of `model` from its batch and single-row run times, with the peak so far. */
  measurements(
    model: Pick<OnnxModel, 'sizeBytes' | 'rssBeforeLoad'>,
    batchTimes: readonly number[],
    rowTimes: readonly number[],
  ): Measurements {
    return {
      latency_ms: { batch: percentiles(batchTimes), row: percentiles(rowTimes) },
      size_mb: model.sizeBytes / 1e6,
      memory_mb: Math.max(0, this.peakRss - model.rssBeforeLoad) / 1e6,
    };
  }
}
