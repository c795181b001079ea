/**
 * The per-column result before the dataset-level verdict: everything in `ColumnDrift` except what
 * depends on the other columns (the adjusted p-value, the threshold and the drift flag), plus the
 * small helpers that every test module uses to build it (bin labels, shares, the std floor, the
 * share of categories the reference never had).
 */
import type { ColumnDrift } from './report.js';

/** A column's test result before correction and verdict. */
export type TestedColumn = Omit<ColumnDrift, 'p_value_adjusted' | 'threshold' | 'drifted'>;

/** The reference std is floored at this before it divides a Wasserstein distance (as Evidently does). */
export const STD_FLOOR = 0.001;

/** A number for a bin label: at most 4 significant digits, no exponent for ordinary magnitudes. */
export function formatEdge(x: number): string {
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e-3 && abs < 1e7) return String(Number(x.toPrecision(4)));
  return x.toExponential(2);
}

/** Labels of the bins at `edges` with open outer edges: `≤ e0`, `e0–e1`, …, `> e_last`. */
export function binLabels(edges: readonly number[], closed: 'right' | 'left'): string[] {
  if (edges.length === 0) return ['all'];
  const labels = [closed === 'right' ? `≤ ${formatEdge(edges[0]!)}` : `< ${formatEdge(edges[0]!)}`];
  for (let k = 1; k < edges.length; k++) labels.push(`${formatEdge(edges[k - 1]!)}–${formatEdge(edges[k]!)}`);
  labels.push(closed === 'right' ? `> ${formatEdge(edges.at(-1)!)}` : `≥ ${formatEdge(edges.at(-1)!)}`);
  return labels;
}

/** Counts divided by their total (all zeros when the total is 0). */
export function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  return counts.map((c) => (total > 0 ? c / total : 0));
}

/** Share of nulls among valid + null cells (0 when there are none). */
export function nullShare(nulls: number, valid: number): number {
  return nulls + valid > 0 ? nulls / (nulls + valid) : 0;
}

/** At most `keep` categories by reference count (then current count, then name), the rest as one "other" bin. */
export function topCategoryHistogram(
  labels: readonly string[],
  reference: readonly number[],
  current: readonly number[],
  keep = 10,
): { labels: string[]; reference: number[]; current: number[] } {
  const order = labels
    .map((_, i) => i)
    .sort((i, j) => reference[j]! - reference[i]! || current[j]! - current[i]! || (labels[i]! < labels[j]! ? -1 : 1));
  const top = order.slice(0, keep);
  const rest = order.slice(keep);
  const out = {
    labels: top.map((i) => labels[i]!),
    reference: top.map((i) => reference[i]!),
    current: top.map((i) => current[i]!),
  };
  if (rest.length > 0) {
    out.labels.push(`other (${rest.length})`);
    out.reference.push(rest.reduce((s, i) => s + reference[i]!, 0));
    out.current.push(rest.reduce((s, i) => s + current[i]!, 0));
  }
  return { labels: out.labels, reference: shares(out.reference), current: shares(out.current) };
}

/**
 * New categories: the share of current valid values whose category `known` does not hold (0 when
 * there are none), and up to 5 of them, most frequent first (then by name).
 */
export function newCategories(
  known: (category: string) => boolean,
  current: ReadonlyMap<string, number>,
): { share: number; examples: string[] } {
  let total = 0;
  let unseen = 0;
  const found: [string, number][] = [];
  for (const [category, count] of current) {
    total += count;
    if (known(category)) continue;
    unseen += count;
    found.push([category, count]);
  }
  found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { share: total > 0 ? unseen / total : 0, examples: found.slice(0, 5).map(([c]) => c) };
}
