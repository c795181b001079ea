/**
 * A live canary: the server's side of shared/serve/canary.ts. It counts what each arm answered
 * (requests, errors, latencies) in the current window; every `interval_ms` it closes the window,
 * lets `stepCanary` judge it, and does what the analysis says: moves the canary's weight, promotes
 * it (an atomic switch; the old stable drains and is released), or rolls it back (the canary
 * drains and is released). The analysis decides; this file only observes and obeys.
 */
import {
  startCanary,
  stepCanary,
  type CanarySettings,
  type CanaryState,
  type SideObservation,
} from '../shared/serve/canary.js';
import type { Logger } from '../shared/logger.js';
import type { ServerMetrics } from './metrics.js';
import type { Arm, ModelSlot } from './model-slot.js';
import type { ServedVersion } from './served-version.js';

/** What a canary run reports (the admin status and the deploy action read it). */
export interface CanaryReport {
  readonly version: string;
  readonly stable: string | undefined;
  readonly settings: CanarySettings;
  readonly started_at: string;
  readonly ended_at?: string;
  /** `aborted` when an operator stopped it; otherwise the analysis' phase. */
  readonly phase: CanaryState['phase'] | 'aborted';
  readonly analysis: CanaryState;
}

class Window {
  requests = 0;
  errors = 0;
  latencies: number[] = [];

  add(ok: boolean, latencyMs: number): void {
    this.requests += 1;
    if (!ok) this.errors += 1;
    this.latencies.push(latencyMs);
  }

  observation(): SideObservation {
    return { requests: this.requests, errors: this.errors, latency_ms: this.latencies };
  }
}

/** One canary, from its first interval to its verdict. */
export class CanaryRun {
  private state: CanaryState;
  private windows = { stable: new Window(), canary: new Window() };
  private windowStart = Date.now();
  private readonly timer: NodeJS.Timeout;
  private readonly startedAt = new Date();
  private endedAt: Date | undefined;
  private aborted = false;
  /** Settles at the verdict or an abort (the losing version is then released once it drains). */
  readonly done: Promise<CanaryReport>;
  private finish!: (report: CanaryReport) => void;

  constructor(
    readonly settings: CanarySettings,
    readonly candidate: ServedVersion,
    private readonly slot: ModelSlot,
    private readonly metrics: ServerMetrics,
    private readonly logger: Logger,
  ) {
    this.state = startCanary(settings);
    this.done = new Promise((resolve) => (this.finish = resolve));
    slot.setCandidate({ version: candidate, mode: 'canary', weight: this.state.weight });
    metrics.canaryWeight.set({ model: slot.name }, this.state.weight);
    this.timer = setInterval(() => void this.tick(), settings.interval_ms);
  }

  /** True until the verdict (or an abort). */
  get running(): boolean {
    return this.endedAt === undefined;
  }

  /** Counts one answered request of `arm`. */
  observe(arm: Arm, ok: boolean, latencyMs: number): void {
    if (this.running) this.windows[arm].add(ok, latencyMs);
  }

  /** The report so far. */
  report(): CanaryReport {
    return {
      version: this.candidate.version,
      stable: this.slot.stable?.version,
      settings: this.settings,
      started_at: this.startedAt.toISOString(),
      ...(this.endedAt ? { ended_at: this.endedAt.toISOString() } : {}),
      phase: this.aborted ? 'aborted' : this.state.phase,
      analysis: this.state,
    };
  }

  /** Closes the current window and acts on the analysis of it. */
  async tick(): Promise<void> {
    if (!this.running) return;
    const end = Date.now();
    const window = {
      stable: this.windows.stable.observation(),
      canary: this.windows.canary.observation(),
      start_ms: this.windowStart,
      end_ms: end,
    };
    this.windows = { stable: new Window(), canary: new Window() };
    this.windowStart = end;
    this.state = stepCanary(this.settings, this.state, window);
    const last = this.state.intervals[this.state.intervals.length - 1]!;
    this.logger.info(
      `canary ${this.candidate.toString()}: interval ${last.index} ${last.outcome} at ${last.weight}% → ${this.state.phase === 'progressing' ? `${this.state.weight}%` : this.state.phase}`,
    );
    if (this.state.phase === 'progressing') {
      const candidate = this.slot.candidate;
      if (candidate?.version === this.candidate) candidate.weight = this.state.weight;
      this.metrics.canaryWeight.set({ model: this.slot.name }, this.state.weight);
      return;
    }
    if (this.state.phase === 'promoted') {
      const old = this.slot.promote(this.candidate);
      await this.end();
      await old?.retire();
    } else {
      this.logger.warn(`canary ${this.candidate.toString()} rolled back: ${this.state.reason ?? ''}`);
      this.slot.clearCandidate();
      await this.end();
      await this.candidate.retire();
    }
  }

  /** Stops the canary by hand: traffic goes back to stable and the canary is released. */
  async abort(): Promise<void> {
    if (!this.running) return;
    this.aborted = true;
    if (this.slot.candidate?.version === this.candidate) this.slot.clearCandidate();
    await this.end();
    await this.candidate.retire();
  }

  private async end(): Promise<void> {
    clearInterval(this.timer);
    this.endedAt = new Date();
    this.metrics.canaryWeight.set({ model: this.slot.name }, 0);
    this.finish(this.report());
  }
}
