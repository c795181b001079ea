/**
 * Every module the CLI's data and model verbs run (validate, profile, expectations, evaluate,
 * explain; drift has drift-implementations.ts), as one namespace per module, loaded on demand
 * through implementations-loader.ts (see there for why it is one module, and why the GitHub and
 * serving verbs have their own, github-implementations.ts). Add a verb's new module here, never
 * as a top-level import of a verb file (test/cli/start-up.test.ts checks the entry stays small).
 */
export * as data from '../../shared/data/index.js';
export * as evaluateRender from '../../shared/evaluate/render.js';
export * as evaluateSources from '../../shared/evaluate/sources.js';
export * as explainDataset from '../../shared/explain/explain-dataset.js';
export * as explainRender from '../../shared/explain/render.js';
export * as failOn from '../../shared/validate/fail-on.js';
export * as inferExpectations from '../../shared/validate/infer.js';
export * as metricValue from '../../shared/explain/metric-value.js';
export * as onnxRuntime from './onnx-runtime.js';
export * as output from './output.js';
export * as policy from '../../shared/config/policy.js';
export * as pool from '../../shared/parallel/pool.js';
export * as profile from '../../shared/profile/index.js';
export * as progress from './progress.js';
export * as readProfiles from '../../shared/profile/read-profiles.js';
export * as validateFiles from '../../shared/validate/validate-files.js';
export * as validationSummary from '../../shared/report/validation-summary.js';
export * as workspacePolicy from '../../shared/config/workspace-policy.js';
