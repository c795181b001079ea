/**
 * What the normalizers of a config file share: the source they read positions from and the list they
 * collect problems into, so that a loader can report every mistake at once, each at its key path. One
 * file for the policy (policy.ts) and the expectations files (expectations.ts), so both record a
 * problem the same way.
 */
import type { ConfigPath, YamlSource } from './yaml-source.js';
import { problemAt, type ConfigProblem } from './zod-issues.js';

/** Where normalizing reads positions from and collects problems. */
export interface NormalizeContext {
  readonly source: YamlSource;
  readonly problems: ConfigProblem[];
}

/** Records a problem at `path` (file, line, column and key path), with an optional hint. */
export function problem(ctx: NormalizeContext, path: ConfigPath, message: string, hint?: string): void {
  ctx.problems.push(problemAt(ctx.source, path, message, hint));
}
