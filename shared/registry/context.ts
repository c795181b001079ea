/**
 * The ports every registry operation runs with, bundled once by `Registry` so the functions stay
 * plain and testable: the GitHub client (bound to one repository), a clock and a logger.
 */
import type { GitHubClient } from '../github/client.js';
import type { Logger } from '../logger.js';
import type { Clock } from './clock.js';

/** The ports and settings of registry operations. */
export interface RegistryContext {
  readonly github: GitHubClient;
  readonly clock: Clock;
  readonly logger: Logger;
  /** A draft older than this with missing or wrong assets is a crashed registration, and repair deletes it. */
  readonly staleDraftAfterMs: number;
}

/** Default lease of a registration: 30 minutes (uploading a 2 GiB model on a slow runner fits). */
export const DEFAULT_STALE_DRAFT_AFTER_MS = 30 * 60 * 1000;
