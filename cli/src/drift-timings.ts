/**
 * `modelship drift --timings`: the wall time of each phase of a run, printed as one JSON line on
 * stderr, `{"drift_timings":{"read_s":…,"test_s":…,"total_s":…}}` (read = opening and streaming both
 * datasets, test = every column's tests, total = the whole command, report written). The P2
 * benchmark reads it to split modelship's time between reading and testing.
 */
import type { DriftPhase } from '../../shared/drift/index.js';

/** A clock started now: `mark` is computeDrift's `onPhase`, `line` the JSON line to print at the end. */
export function driftTimings() {
  const started = performance.now();
  const marks = new Map<DriftPhase, number>();
  return {
    mark: (phase: DriftPhase) => marks.set(phase, performance.now()),
    line: () => {
      const now = performance.now();
      const at = (p: DriftPhase) => marks.get(p) ?? now;
      const seconds = (ms: number) => Number((ms / 1000).toFixed(3));
      return JSON.stringify({
        drift_timings: {
          read_s: seconds(at('test') - started),
          test_s: seconds(marks.has('test') ? now - at('test') : 0),
          total_s: seconds(now - started),
        },
      });
    },
  };
}
