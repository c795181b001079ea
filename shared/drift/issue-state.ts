/**
 * What a drift issue remembers between runs, kept in the issue itself so the lifecycle needs no
 * storage besides GitHub: a fingerprint (`<!-- modelship:drift model=… stage=… -->`) that finds the
 * one issue of a (model, stage), and a small JSON state in a second HTML comment (severity of the
 * last run, the clean-run counter, the drift-score history for the chart, and the report digests
 * retraining was dispatched for). Both comments are invisible on github.com. A state that a person
 * edited into something unreadable is treated as missing: the issue is still found by its
 * fingerprint and updated, never duplicated.
 */
import { z } from 'zod';
import type { DriftSeverityLevel } from './report.js';

/** The label every drift issue carries; issues are looked up by it (plus the fingerprint). */
export const DRIFT_ISSUE_LABEL = 'modelship:drift';

/** How many runs the drift-score history keeps (the chart's points). */
export const HISTORY_LIMIT = 30;

/** How many retraining dispatches the state remembers. */
export const RETRAIN_RECORD_LIMIT = 20;

/** One run in the drift-score history. */
export interface DriftHistoryPoint {
  /** When the run happened (ISO 8601). */
  readonly at: string;
  readonly drift_share: number;
  readonly severity: DriftSeverityLevel;
}

/** A retraining dispatch made for this issue. */
export interface RetrainRecord {
  /** sha256 (hex) of the report JSON the dispatch was made for. */
  readonly digest: string;
  readonly at: string;
  readonly severity: 'warn' | 'alert';
  readonly workflow: string;
  readonly ref: string;
}

/** The hidden state of a drift issue. */
export interface DriftIssueState {
  readonly v: 1;
  /** Severity of the latest run. */
  readonly severity: DriftSeverityLevel;
  /** The worst severity seen since the issue was opened. */
  readonly peak: DriftSeverityLevel;
  readonly opened_at: string;
  /** Runs recorded in this issue (the opening one included). */
  readonly runs: number;
  /** Clean runs in a row (reset by any drifted run). */
  readonly clean_runs: number;
  /** Digest of the latest run's report. */
  readonly last_digest: string;
  /** The latest runs, oldest first, at most HISTORY_LIMIT. */
  readonly history: readonly DriftHistoryPoint[];
  /** Dispatches made for this issue, oldest first, at most RETRAIN_RECORD_LIMIT. */
  readonly retrain: readonly RetrainRecord[];
}

const severity = z.enum(['none', 'warn', 'alert']);

const stateSchema = z.object({
  v: z.literal(1),
  severity,
  peak: severity,
  opened_at: z.string(),
  runs: z.number().int().min(0),
  clean_runs: z.number().int().min(0),
  last_digest: z.string(),
  history: z.array(z.object({ at: z.string(), drift_share: z.number(), severity })).max(HISTORY_LIMIT * 2),
  retrain: z
    .array(
      z.object({
        digest: z.string(),
        at: z.string(),
        severity: z.enum(['warn', 'alert']),
        workflow: z.string(),
        ref: z.string(),
      }),
    )
    .max(RETRAIN_RECORD_LIMIT * 2),
});

const STATE_OPEN = '<!-- modelship:drift-state ';
const STATE_CLOSE = ' -->';

/** The hidden fingerprint of the drift issue of (model, stage). Model and stage names cannot hold `-->`. */
export function driftFingerprint(model: string, stage: string): string {
  return `<!-- modelship:drift model=${model} stage=${stage} -->`;
}

/** True when `body` carries the fingerprint of (model, stage) on a line of its own. */
export function hasDriftFingerprint(body: string | null, model: string, stage: string): boolean {
  if (body === null) return false;
  const fingerprint = driftFingerprint(model, stage);
  return body.split(/\r?\n/).some((line) => line.trim() === fingerprint);
}

/**
 * The state as an HTML comment. `--` never appears in it (it is written `-\u002d` inside JSON
 * strings, which JSON reads back as `--`), so the comment cannot be ended early.
 */
export function serializeDriftState(state: DriftIssueState): string {
  return `${STATE_OPEN}${JSON.stringify(state).replace(/--/g, '-\\u002d')}${STATE_CLOSE}`;
}

/** The state kept in `body`, or undefined when there is none or it is unreadable. */
export function parseDriftState(body: string | null): DriftIssueState | undefined {
  if (body === null) return undefined;
  const start = body.indexOf(STATE_OPEN);
  if (start < 0) return undefined;
  const end = body.indexOf(STATE_CLOSE, start + STATE_OPEN.length);
  if (end < 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body.slice(start + STATE_OPEN.length, end));
  } catch {
    return undefined;
  }
  const parsed = stateSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const state = parsed.data;
  return {
    ...state,
    history: state.history.slice(-HISTORY_LIMIT),
    retrain: state.retrain.slice(-RETRAIN_RECORD_LIMIT),
  };
}

const RANK: Record<DriftSeverityLevel, number> = { none: 0, warn: 1, alert: 2 };

/** Orders severities: negative when `a` is milder than `b`, 0 when equal, positive when worse. */
export function compareSeverity(a: DriftSeverityLevel, b: DriftSeverityLevel): number {
  return RANK[a] - RANK[b];
}

/** The worse of two severities. */
export function worseSeverity(a: DriftSeverityLevel, b: DriftSeverityLevel): DriftSeverityLevel {
  return compareSeverity(a, b) >= 0 ? a : b;
}
