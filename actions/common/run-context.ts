/**
 * The run an action is in, read from the runner: `process.env` and the event payload at
 * `GITHUB_EVENT_PATH`, handed to shared/run-context (the rules live there, so the CLI and tests read
 * a run the same way).
 */
import { readFileSync } from 'node:fs';
import { runContextOf, type RunContext } from '../../shared/run-context/run-context.js';

/** The event payload at GITHUB_EVENT_PATH ({} when there is none or it is unreadable). */
export function readEvent(path: string | undefined = process.env.GITHUB_EVENT_PATH): Record<string, unknown> {
  if (!path) return {};
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The run this action is in. */
export function readRunContext(): RunContext {
  return runContextOf(process.env, readEvent(), process.cwd());
}
