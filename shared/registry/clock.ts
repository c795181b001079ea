/**
 * The registry's clock is the core's one clock port (shared/run-context/clock.ts): it stamps
 * manifests and judges whether a leftover draft is stale. Re-exported here for the registry's
 * callers.
 */
export { systemClock, type Clock } from '../run-context/clock.js';
