/**
 * Dataset profiles: per-column summaries that merge (shards profiled in parallel, merged later) and
 * travel as versioned JSON with every registered model. See docs/profiles.md.
 */
export type {
  CategoryProfile,
  ColumnProfile,
  Histogram,
  NumberProfile,
  Profile,
  ProfileLimits,
  QuantileSketch,
} from './types.js';
export { PROFILE_SCHEMA_VERSION } from './types.js';
export type { ProfileOptions } from './options.js';
export { DEFAULT_ALPHA, DEFAULT_CATEGORY_CAP, DEFAULT_EXACT_LIMIT } from './options.js';
export { Profiler, profileBatches } from './profiler.js';
export { mergeAll, mergeProfiles } from './merge.js';
export { orderStatistics, std, variance } from './order-statistics.js';
export { binIndex, profileBinCounts } from './histogram.js';
export { orderedBuckets, type OrderedBuckets } from './sketch.js';
export { parseProfile, profileSchema } from './parse.js';
export { serializeProfile } from './serialize.js';
