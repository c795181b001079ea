/**
 * The first log line of every action: its name and modelship's version. Entry points print it
 * before loading the action's code (a dynamic import), so the log shows the step has started
 * within milliseconds while the rest loads (quality bar P6).
 */
import { info } from './runner.js';
import pkg from '../../package.json' with { type: 'json' };

/** Prints `modelship <action> v<version>`. */
export function banner(action: string): void {
  info(`modelship ${action} v${pkg.version}`);
}
