/**
 * Explainability that travels with the model: which features it relies on (permutation importance
 * through shared/onnx) and how that changed from the champion. Pure core: the gate, reports and the
 * CLI call it. See docs/explain.md.
 */
export {
  permutationImportance,
  DEFAULT_REPEATS,
  DEFAULT_SAMPLE,
  DEFAULT_SEED,
  DEFAULT_CONFIDENCE,
  DEFAULT_IMPORTANCE_BATCH,
  IMPORTANCE_INTERVAL,
} from './importance.js';
export type { PermutationImportanceOptions, FeatureImportance, ImportanceResult } from './importance.js';
export { metricValue, metricScorer, checkTaskMetric } from './metric-value.js';
export { seededPermutation, seededSample, permutationStream } from './permutations.js';
export { studentTCritical, studentTAbsCdf } from './student-t.js';
export { compareImportances, importanceShares, isUsed, DEFAULT_IMPORTANCE_POLICY } from './compare.js';
export type { ImportancePolicy, ImportanceFlag, FeatureComparison, ImportanceComparison } from './compare.js';
export { ClassSplitAuc } from './class-split-auc.js';
export { explainModelFiles } from './explain-dataset.js';
export type { ExplainOptions, ExplainReport } from './explain-dataset.js';
export { renderExplainMarkdown, renderExplainText } from './render.js';
