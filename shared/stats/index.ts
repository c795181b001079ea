/**
 * Public surface of shared/stats, modelship's one numeric toolkit: scipy-matching tests, distances,
 * corrections and effect sizes, numpy's quantile, PSI, and the sorting and searching they rest on.
 */
export * from './ks2samp.js';
export * from './kstwo.js';
export * from './smirnov.js';
export { exactKsPvalue } from './ks-exact.js';
export * from './chi2-sf.js';
export * from './chi2-contingency.js';
export * from './chi2-goodness-of-fit.js';
export * from './jensen-shannon.js';
export * from './wasserstein.js';
export * from './psi.js';
export * from './p-adjust.js';
export * from './effect-size.js';
export * from './quantile.js';
export * from './radix-sort.js';
export * from './sorted-search.js';
export * from './sorted-samples.js';
export * from './count-values.js';
export * from './dense-counts.js';
export * from './value-counts.js';
