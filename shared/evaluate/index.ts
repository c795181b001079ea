/** Public surface of shared/evaluate: metrics, the paired bootstrap, slices, the gate, reports. */
export * from './predictions.js';
export * from './metric-info.js';
export * from './binary-metrics.js';
export * from './multiclass-metrics.js';
export * from './regression-metrics.js';
export { computeMetrics, checkAligned, subsetLabels, subsetPredictions } from './metrics.js';
export { pairedBootstrap, poissonCounts, type BootstrapInterval, type BootstrapOptions } from './bootstrap.js';
export * from './curves.js';
export * from './slices.js';
export * from './gate.js';
export { importanceChecks, type EvaluationImportance } from './importance-gate.js';
export * from './evaluate.js';
export * from './read-predictions.js';
export { renderEvaluation, MAX_SLICE_ROWS } from './render.js';
export { sfc32State, sfc32Next, splitmix32 } from './prng.js';
