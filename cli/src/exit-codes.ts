/** The CLI's documented exit codes (see docs/cli.md). */
import type { DriftVerdict } from '../../shared/drift/report.js';

export const EXIT = {
  /** Success: every check passed. */
  ok: 0,
  /** A gate or check failed. */
  failed: 1,
  /** A usage, config or data error: nothing was judged. */
  usage: 2,
  /** An internal error (a bug in modelship). */
  internal: 3,
  /** The data read fine but held too little to judge (`drift`: a column with too few values). */
  noData: 4,
} as const;

/** `modelship drift`'s exit code for a verdict: 0 no drift, 1 drift, 4 no data. */
export function driftExitCode(verdict: DriftVerdict): number {
  return verdict === 'drift' ? EXIT.failed : verdict === 'no_data' ? EXIT.noData : EXIT.ok;
}
