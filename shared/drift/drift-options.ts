/**
 * What `computeDrift` takes: the reference and current data, the policy, and the flags that narrow
 * or override it. A file of its own so that the helpers `computeDrift` is built from (and the
 * adapters' option parsers, such as window-option.ts) can name it without importing the entry.
 */
import type { DriftMethod, DriftPolicy } from '../config/policy.js';
import type { ColumnType } from '../data/batch.js';
import type { WorkerPool } from '../parallel/pool.js';
import type { Profile } from '../profile/types.js';

/** What to compare, and how. See docs/drift.md. */
export interface DriftOptions {
  /**
   * Raw data file(s) or glob(s) → exact mode; a `.json` path → a profile, sketch mode; or a profile
   * already in memory (the registry's `profile.json`), with the name to show for it → sketch mode.
   */
  readonly reference: string | readonly string[] | { readonly profile: Profile; readonly source: string };
  /** Current data: file(s) or glob(s) of CSV, TSV, JSON Lines or Parquet (prediction logs too). */
  readonly current: string | readonly string[];
  /** Directory relative paths resolve against. */
  readonly cwd: string;
  /** The model's drift policy (alpha, correction, thresholds, per-column overrides). Default: the defaults. */
  readonly policy?: DriftPolicy;
  /** One method for every column (`auto` = the rule); beats the policy's per-column methods. */
  readonly method?: DriftMethod;
  /** Test only these columns. Default: every column of the reference. */
  readonly columns?: readonly string[];
  /**
   * The model's output column, tested and reported as `prediction_drift` (not in the drift share).
   * Default: a column named `prediction` when both datasets have one.
   */
  readonly predictionColumn?: string;
  /** Keep only current rows whose `column` (a timestamp) is in [from, to); ISO-8601 or epoch ms. */
  readonly window?: { readonly column: string; readonly from?: string; readonly to?: string };
  /** Read these columns as this type in both datasets, instead of inferring it. */
  readonly types?: Readonly<Record<string, ColumnType>>;
  /** Effect sizes below this never count as drift in exact mode. Default 0.1. */
  readonly minEffectSize?: number;
  /** Bytes read so far and in total, over both datasets. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads to read large CSV files and test columns on (the adapter opens and closes it).
   * Absent or of size 1: everything runs on the calling thread. The report is the same either way.
   */
  readonly pool?: WorkerPool;
  /** Called as each phase starts: `read` (streaming both datasets), then `test` (every column's tests). */
  readonly onPhase?: (phase: DriftPhase) => void;
}

/** The phases of a drift run, for an adapter that times them. */
export type DriftPhase = 'read' | 'test';
