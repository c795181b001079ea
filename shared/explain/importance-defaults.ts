/**
 * Permutation importance's defaults, on their own: `modelship explain --help` shows them, and
 * importance.ts (ONNX scoring, metrics) is too heavy to load just to print help.
 */

/** Repeats (permutations per feature) unless `repeats` says otherwise. */
export const DEFAULT_REPEATS = 5;
/** Rows the importance is computed on unless `sample` says otherwise; larger holdouts are sampled. */
export const DEFAULT_SAMPLE = 100_000;
/** The seed unless `seed` says otherwise. */
export const DEFAULT_SEED = 0;
