/** Public surface of shared/stats: scipy-matching tests, distances, corrections and effect sizes. */
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
