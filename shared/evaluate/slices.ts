/**
 * Metrics per slice (the rows sharing one value of a slice column, e.g. country = FR) and, for binary
 * tasks, the fairness gaps between slices. A model that gains overall can still lose for one group of
 * users; the gate's per-slice regression check reads these.
 */
import type { MetricName } from '../config/policy.js';
import { rankOrder, THRESHOLD, type RankOrder } from './binary-metrics.js';
import type { MetricValues } from './metric-info.js';
import { computeMetrics, subsetLabels, subsetPredictions } from './metrics.js';
import type { Labels, Predictions } from './predictions.js';

/** A column to slice by, aligned with the rows: `codes[i]` indexes `values`, −1 for null. */
export interface SliceColumn {
  readonly name: string;
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

/** The metrics of one slice. */
export interface SliceReport {
  readonly column: string;
  /** The slice's value; null for rows where the column is null (they form their own slice). */
  readonly value: string | null;
  readonly rows: number;
  /** False when the slice has fewer than the policy's min_rows: reported, never gated. */
  readonly gated: boolean;
  readonly candidate: { readonly metrics: MetricValues };
  readonly champion: { readonly metrics: MetricValues } | null;
  /** The primary metric's candidate − champion in this slice (null with no champion or undefined). */
  readonly delta: number | null;
}

/**
 * Fairness gaps across a slice column's groups (binary tasks), as fairlearn's "between_groups"
 * differences: max − min over groups.
 */
export interface FairnessGaps {
  /** Spread of the selection rate P(ŷ = 1 | group), ŷ = score > 0.5, over every non-empty group. */
  readonly demographic_parity_difference: number | null;
  /** Spread of the true positive rate P(ŷ = 1 | y = 1, group) over groups with at least one positive. */
  readonly equal_opportunity_difference: number | null;
}

/** The fairness gaps of one slice column for each model. */
export interface FairnessReport {
  readonly column: string;
  readonly candidate: FairnessGaps;
  readonly champion: FairnessGaps | null;
}

/** Row indices of each value of `column` (null rows last), in order of first appearance. */
export function groupRows(column: SliceColumn): { value: string | null; rows: Uint32Array }[] {
  const counts = new Uint32Array(column.values.length + 1);
  const nullSlot = column.values.length;
  for (let i = 0; i < column.codes.length; i++) {
    const c = column.codes[i]!;
    counts[c < 0 ? nullSlot : c]!++;
  }
  const rows = Array.from(counts, (c) => new Uint32Array(c));
  const fill = new Uint32Array(counts.length);
  for (let i = 0; i < column.codes.length; i++) {
    const c = column.codes[i]!;
    const slot = c < 0 ? nullSlot : c;
    rows[slot]![fill[slot]!++] = i;
  }
  const out: { value: string | null; rows: Uint32Array }[] = [];
  rows.forEach((r, slot) => {
    if (r.length > 0) out.push({ value: slot === nullSlot ? null : column.values[slot]!, rows: r });
  });
  return out;
}

/** Per-slice metrics of every slice column, for the candidate and (when given) the champion. */
export function sliceMetrics(
  labels: Labels,
  candidate: Predictions,
  champion: Predictions | undefined,
  columns: readonly SliceColumn[],
  options: { readonly metric: MetricName; readonly minRows: number },
): SliceReport[] {
  const out: SliceReport[] = [];
  for (const column of columns) {
    const groups = groupRows(column);
    const candidateRanks = sliceRanks(candidate, groups);
    const championRanks = champion && sliceRanks(champion, groups);
    groups.forEach((group, g) => {
      const l = subsetLabels(labels, group.rows);
      const cand = computeMetrics(l, subsetPredictions(candidate, group.rows), candidateRanks?.[g]);
      const champ = champion ? computeMetrics(l, subsetPredictions(champion, group.rows), championRanks?.[g]) : null;
      const a = cand[options.metric];
      const b = champ?.[options.metric];
      out.push({
        column: column.name,
        value: group.value,
        rows: group.rows.length,
        gated: group.rows.length >= options.minRows,
        candidate: { metrics: cand },
        champion: champ ? { metrics: champ } : null,
        delta: a != null && b != null ? a - b : null,
      });
    });
  }
  return out;
}

/**
 * Each group's rank order (binary scores), taken from the whole holdout's order (sorted once per
 * model, and cached) instead of sorting every slice again: walking the whole order and keeping each
 * group's rows gives the group's rows in ascending score order, ties by row, as sorting the group's
 * scores would. Undefined for other tasks.
 */
function sliceRanks(predictions: Predictions, groups: readonly { rows: Uint32Array }[]): RankOrder[] | undefined {
  if (predictions.task !== 'binary') return undefined;
  const { order, groupStart } = rankOrder(predictions.score);
  // Each row's group and its position in the group (a group's subset arrays are in row order).
  const groupOf = new Uint32Array(order.length);
  const position = new Uint32Array(order.length);
  groups.forEach(({ rows }, g) => {
    for (let k = 0; k < rows.length; k++) {
      groupOf[rows[k]!] = g;
      position[rows[k]!] = k;
    }
  });
  const orders = groups.map(({ rows }) => new Uint32Array(rows.length));
  const starts = groups.map(({ rows }) => new Uint8Array(rows.length));
  const fill = new Uint32Array(groups.length);
  // A group's rank k starts a tie group where its score differs from rank k − 1's: where the whole
  // order's tie group (equal scores are adjacent there) is not the one the group's last row was in.
  const lastTie = new Int32Array(groups.length).fill(-1);
  let tie = -1;
  for (let j = 0; j < order.length; j++) {
    if (groupStart[j]) tie++;
    const row = order[j]!;
    const g = groupOf[row]!;
    const k = fill[g]!++;
    orders[g]![k] = position[row]!;
    if (tie !== lastTie[g]) {
      starts[g]![k] = 1;
      lastTie[g] = tie;
    }
  }
  return groups.map((_, g) => ({ order: orders[g]!, groupStart: starts[g]! }));
}

/** Demographic parity and equal opportunity differences of binary predictions across `column`'s groups. */
export function fairnessGaps(label: Float64Array, score: Float64Array, column: SliceColumn): FairnessGaps {
  let selLo = Infinity;
  let selHi = -Infinity;
  let tprLo = Infinity;
  let tprHi = -Infinity;
  for (const { rows } of groupRows(column)) {
    let selected = 0;
    let positives = 0;
    let truePositives = 0;
    for (let j = 0; j < rows.length; j++) {
      const i = rows[j]!;
      const yhat = score[i]! > THRESHOLD;
      if (yhat) selected++;
      if (label[i] === 1) {
        positives++;
        if (yhat) truePositives++;
      }
    }
    const sel = selected / rows.length;
    selLo = Math.min(selLo, sel);
    selHi = Math.max(selHi, sel);
    if (positives > 0) {
      const tpr = truePositives / positives;
      tprLo = Math.min(tprLo, tpr);
      tprHi = Math.max(tprHi, tpr);
    }
  }
  return {
    demographic_parity_difference: selHi >= selLo ? selHi - selLo : null,
    equal_opportunity_difference: tprHi >= tprLo ? tprHi - tprLo : null,
  };
}

/** Fairness gaps per slice column (binary tasks only; an empty list otherwise). */
export function fairnessReport(
  labels: Labels,
  candidate: Predictions,
  champion: Predictions | undefined,
  columns: readonly SliceColumn[],
): FairnessReport[] {
  if (labels.task !== 'binary' || candidate.task !== 'binary') return [];
  const label = labels.label;
  return columns.map((column) => ({
    column: column.name,
    candidate: fairnessGaps(label, candidate.score, column),
    champion: champion?.task === 'binary' ? fairnessGaps(label, champion.score, column) : null,
  }));
}
