/**
 * A live shadow: the server's side of shared/serve/shadow.ts. A `sample_percent` share of requests
 * is mirrored to the challenger after the champion has answered; the challenger's answer is only
 * compared (ShadowComparison), never returned, and a challenger failure never reaches the client.
 * Stopping clears the challenger from the slot, waits for the mirrored runs in flight, then releases
 * its session.
 */
import type { Logger } from '../shared/logger.js';
import type { InferRequest, Tensor } from '../shared/serve/protocol.js';
import {
  ShadowComparison,
  shadowReport,
  type ShadowComparisonSettings,
  type ShadowReport as ComparisonReport,
} from '../shared/serve/shadow.js';
import type { ModelSlot } from './model-slot.js';
import type { ServedVersion } from './served-version.js';

/** What a shadow run reports (the admin status). */
export interface ShadowReport {
  readonly version: string;
  readonly champion: string | undefined;
  readonly sample_percent: number;
  /** The output compared. */
  readonly output: string | null;
  readonly started_at: string;
  readonly ended_at?: string;
  readonly running: boolean;
  readonly comparison: ComparisonReport;
}

/** Runs a decoded request on a version and returns its outputs (the inference path, shared). */
export type RunRequest = (version: ServedVersion, request: InferRequest) => Promise<readonly Tensor[]>;

/** Numbers of a numeric output tensor, or undefined for BYTES. */
function numbers(tensor: Tensor | undefined): ArrayLike<number> | undefined {
  if (!tensor || tensor.datatype === 'BYTES') return undefined;
  if (tensor.datatype === 'INT64' || tensor.datatype === 'UINT64') return Array.from(tensor.data, Number);
  return tensor.data;
}

/** One shadow, from its start to `stop`. */
export class ShadowRun {
  private readonly comparison: ShadowComparison;
  private readonly pending = new Set<Promise<void>>();
  private readonly startedAt = new Date();
  private endedAt: Date | undefined;
  private compared: string | undefined;

  constructor(
    readonly challenger: ServedVersion,
    readonly samplePercent: number,
    settings: ShadowComparisonSettings,
    private readonly slot: ModelSlot,
    private readonly run: RunRequest,
    private readonly logger: Logger,
  ) {
    this.comparison = new ShadowComparison(settings);
    slot.setCandidate({ version: challenger, mode: 'shadow', weight: samplePercent });
  }

  /** True until stopped. */
  get running(): boolean {
    return this.endedAt === undefined;
  }

  /** Whether this request (`draw` uniform in [0, 1)) is mirrored. */
  wants(draw: number): boolean {
    return this.running && draw * 100 < this.samplePercent;
  }

  /**
   * Mirrors `request` to the challenger in the background and compares its answer with the
   * champion's `outputs` (the first numeric output they share). Never throws.
   */
  mirror(request: InferRequest, outputs: readonly Tensor[]): void {
    const task = (async () => {
      try {
        const theirs = await this.challenger.use(() => this.run(this.challenger, request));
        const ours = outputs.find((t) => numbers(t) !== undefined && theirs.some((c) => c.name === t.name));
        const champion = numbers(ours);
        const challenger = numbers(theirs.find((c) => c.name === ours?.name));
        if (!ours || !champion || !challenger) {
          this.comparison.addFailure();
          return;
        }
        this.compared ??= ours.name;
        const width = ours.shape.slice(1).reduce((a, b) => a * b, 1);
        this.comparison.add(champion, challenger, width);
      } catch (error) {
        this.comparison.addFailure();
        this.logger.debug(
          `shadow ${this.challenger.toString()} failed a mirrored request: ${(error as Error).message}`,
        );
      }
    })();
    this.pending.add(task);
    void task.finally(() => this.pending.delete(task));
  }

  /** The comparison so far. */
  report(): ShadowReport {
    return {
      version: this.challenger.version,
      champion: this.slot.stable?.version,
      sample_percent: this.samplePercent,
      output: this.compared ?? null,
      started_at: this.startedAt.toISOString(),
      ...(this.endedAt ? { ended_at: this.endedAt.toISOString() } : {}),
      running: this.running,
      comparison: shadowReport(this.comparison.summary()),
    };
  }

  /** Stops mirroring, waits for mirrored runs in flight, releases the challenger. Idempotent. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.endedAt = new Date();
    if (this.slot.candidate?.version === this.challenger) this.slot.clearCandidate();
    await Promise.all([...this.pending]);
    await this.challenger.retire();
  }
}
