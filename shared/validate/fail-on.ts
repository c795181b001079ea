/**
 * The `fail-on` policy shared by the action and the CLI: which failed checks make the step (or the
 * command) fail.
 */
import type { ValidationReportView } from '../report/validation-summary.js';

/** `error`: a failed check of severity error fails; `warn`: any failed check fails; `never`: report only. */
export type FailOn = 'error' | 'warn' | 'never';

/** True when the report should fail the step under `failOn`. */
export function failsUnder(report: ValidationReportView, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (failOn === 'error') return !report.passed;
  return report.results.some((r) => !r.success);
}
