/**
 * Which method a column's test must use instead of the rule's pick: the `--method` flag (or the
 * action's `method` input) for every column, else the policy's method for that column. One
 * function, so that planning (which checks the method fits before any data is read) and testing
 * agree on it.
 */
import type { DriftMethod, DriftPolicy } from '../config/policy.js';
import type { DriftTestMethod } from './report.js';

/** A method named by the flag or the policy, and which of the two named it. */
export type MethodOverride = { method: DriftTestMethod | 'auto'; source: 'policy' | 'flag' };

/** The override for column `name`, or undefined when the rule picks (`auto` everywhere). */
export function methodOverride(
  name: string,
  flag: DriftMethod | undefined,
  policy: DriftPolicy,
): MethodOverride | undefined {
  if (flag !== undefined && flag !== 'auto') return { method: flag, source: 'flag' };
  const own = policy.columns[name]?.method;
  return own !== undefined && own !== 'auto' ? { method: own, source: 'policy' } : undefined;
}
