/**
 * Drift detection: compare current data (or prediction logs) with a reference, in exact mode (raw
 * reference data, tests with p-values) or sketch mode (a reference profile, distances only), and
 * render the report. The CLI and the drift-report action import from here. See docs/drift.md.
 */
export { computeDrift } from './compute-drift.js';
export type { DriftOptions, DriftPhase } from './drift-options.js';
export { renderDriftMarkdown, renderDriftText, untestedLines, type DriftMarkdownOptions } from './render.js';
export { driftVerdict, noDataFailure, overallVerdict } from './verdict.js';
export {
  chooseMethod,
  describeRule,
  DEFAULT_MIN_EFFECT_SIZE,
  DISTANCE_THRESHOLD,
  IDENTIFIER_DISTINCT_SHARE,
  LOW_CARDINALITY,
  type RuleSettings,
} from './rule.js';
export type * from './report.js';
export { weightDriftByImportance, type DriftImportance, type ImportanceColumn } from './importance.js';
