/**
 * What P3 measures of the library, in one module: bench/p3-child.ts imports it and bench/p3.ts
 * bundles that (esbuild, beside a bundle of the worker entry) and runs it with plain node, so the
 * evaluation's worker threads start from a bundled entry, as the bundled CLI's do (tens of
 * milliseconds), not from TypeScript sources through tsx (most of a second before the first task
 * runs), and the main thread runs bundled code too.
 */
export { defaultPolicy } from '../shared/config/policy.js';
export { budgetsFrom } from '../shared/evaluate/evaluate-dataset.js';
export { pairedBootstrapOnPool } from '../shared/evaluate/bootstrap.js';
export { evaluateOnPool } from '../shared/evaluate/evaluate.js';
export { openPool } from '../shared/parallel/pool.js';
export { DEFAULT_PROBE_RUNS, DEFAULT_SCORE_BATCH, scoreModels } from '../shared/onnx/score.js';
export { columnsAsBatch, FeatureStaging } from '../shared/onnx/feature-staging.js';
export { planFeeds } from '../shared/onnx/signature.js';
