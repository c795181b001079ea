/**
 * The validator's public API: run an expectations suite over a dataset in one streaming pass,
 * summarize the report, and infer a starting expectations file from a profile.
 */
export { validate, type ValidateOptions, type ValidationInput } from './validate.js';
export {
  summarize,
  type ValidationExample,
  type ValidationReport,
  type ValidationResult,
  type ValidationSummary,
} from './report.js';
export { inferExpectations, type InferOptions } from './infer.js';
export { PSI_CONVENTION } from '../stats/psi.js';
