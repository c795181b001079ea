/**
 * What the server serves for its one model name: the stable version, and at most one candidate next
 * to it, either a canary (a weighted share of real traffic) or a shadow (a mirrored copy of some
 * requests whose answers are never returned). Every change here is one synchronous assignment, so a
 * request sees either the old arrangement or the new one, never a mix (the atomic switch of
 * blue-green); the version a request picked stays alive until it finishes (ServedVersion.use).
 */
import type { ServedVersion } from './served-version.js';

/** Which arm of a canary a request went to. */
export type Arm = 'stable' | 'canary';

/** A candidate running beside the stable version. */
export interface Candidate {
  readonly version: ServedVersion;
  readonly mode: 'canary' | 'shadow';
  /** Canary: percent of traffic (0–100). Shadow: percent of requests mirrored. */
  weight: number;
}

/** The versions behind one model name. */
export class ModelSlot {
  private current: ServedVersion | undefined;
  private next: Candidate | undefined;

  constructor(
    /** The model name clients address. */
    readonly name: string,
  ) {}

  /** The version that answers by default (undefined until one is loaded). */
  get stable(): ServedVersion | undefined {
    return this.current;
  }

  /** The canary or shadow beside it, if any. */
  get candidate(): Candidate | undefined {
    return this.next;
  }

  /**
   * Makes `version` the stable one in one step and returns the version it replaced (the caller
   * retires it: it drains, then releases its session). A candidate that is `version` is cleared.
   */
  promote(version: ServedVersion): ServedVersion | undefined {
    const old = this.current;
    this.current = version;
    if (this.next?.version === version) this.next = undefined;
    return old === version ? undefined : old;
  }

  /** Puts a candidate beside the stable version. */
  setCandidate(candidate: Candidate): void {
    this.next = candidate;
  }

  /** Removes the candidate and returns it (the caller retires it unless it was promoted). */
  clearCandidate(): Candidate | undefined {
    const old = this.next;
    this.next = undefined;
    return old;
  }

  /**
   * The version a request without a version answers from: the canary for a `weight` percent share
   * (`draw` is uniform in [0, 1)), else the stable version. Undefined when nothing is loaded.
   */
  pick(draw: number): { version: ServedVersion; arm: Arm } | undefined {
    const candidate = this.next;
    if (candidate?.mode === 'canary' && draw * 100 < candidate.weight)
      return { version: candidate.version, arm: 'canary' };
    if (this.current) return { version: this.current, arm: 'stable' };
    return undefined;
  }

  /** The loaded version with this label (`/versions/{v}`), stable or candidate. */
  byLabel(label: string): ServedVersion | undefined {
    if (this.current?.version === label) return this.current;
    if (this.next?.version.version === label) return this.next.version;
    return undefined;
  }

  /** Labels of the loaded versions, stable first. */
  labels(): string[] {
    return [this.current?.version, this.next?.version.version].filter((v): v is string => v !== undefined);
  }
}
