/**
 * The registry as one object over its ports, for adapters: build it once with a GitHub client
 * bound to the repository, then call `registry.current('churn', 'production')`. Each method is a
 * thin call to the plain function of the same name (exported too, for tests and composition).
 */
import type { GitHubClient } from '../github/client.js';
import { silentLogger, type Logger } from '../logger.js';
import { systemClock, type Clock } from './clock.js';
import { DEFAULT_STALE_DRAFT_AFTER_MS, type RegistryContext } from './context.js';
import {
  createDeployment,
  recordDeploymentStatus,
  type CreateDeploymentOptions,
  type DeploymentOutcome,
  type StageDeployment,
} from './deployments.js';
import { download, verify, type VerifyReport } from './download.js';
import { getVersion, inspectVersion, latestVersion, listVersionNumbers, type VersionInspection } from './lookup.js';
import { markStage, type StageOutcome } from './mark-stage.js';
import { register, type RegisterOptions, type Registration } from './register.js';
import { repairDrafts, type RepairAction } from './repair.js';
import type { StageMarks } from './stage-marks.js';
import { at, current, history, type StageHistoryEntry, type StageVersion } from './stages.js';
import type { RegisteredVersion } from './types.js';
import type { DeploymentStatus } from '../github/client.js';

/** Options of a Registry. */
export interface RegistryOptions {
  /** The GitHub client bound to the repository that holds the registry. */
  readonly github: GitHubClient;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Lease of a registration before repair may delete its draft (default 30 minutes). */
  readonly staleDraftAfterMs?: number;
}

/** The model registry of one repository. */
export class Registry {
  /** The ports the methods run with. */
  readonly context: RegistryContext;

  constructor(options: RegistryOptions) {
    this.context = {
      github: options.github,
      clock: options.clock ?? systemClock,
      logger: options.logger ?? silentLogger,
      staleDraftAfterMs: options.staleDraftAfterMs ?? DEFAULT_STALE_DRAFT_AFTER_MS,
    };
  }

  /** Registers a new version: `<model>/v<N>` with the next free N (5 + assets calls). */
  register(options: RegisterOptions): Promise<Registration> {
    return register(this.context, options);
  }

  /** A readable version, or undefined (2 calls). */
  getVersion(model: string, version: number): Promise<RegisteredVersion | undefined> {
    return getVersion(this.context, model, version);
  }

  /** A version's check with every problem that keeps it from readers (2 calls). */
  inspectVersion(model: string, version: number): Promise<VersionInspection> {
    return inspectVersion(this.context, model, version);
  }

  /** The highest readable version, or undefined (3 calls when the highest tag is readable). */
  latestVersion(model: string): Promise<RegisteredVersion | undefined> {
    return latestVersion(this.context, model);
  }

  /** Every tagged version number, highest first, including unfinished ones (1 call). */
  listVersionNumbers(model: string): Promise<number[]> {
    return listVersionNumbers(this.context, model);
  }

  /**
   * The newest `limit` versions of `model`, newest first, each inspected (readable or with its
   * problems), plus how many version tags exist: 1 call, then 1–2 per version shown. Never lists
   * releases.
   */
  async newestVersions(
    model: string,
    limit: number,
  ): Promise<{ tagCount: number; versions: { number: number; inspection: VersionInspection }[] }> {
    const numbers = await this.listVersionNumbers(model);
    const versions: { number: number; inspection: VersionInspection }[] = [];
    for (const number of numbers.slice(0, limit)) {
      versions.push({ number, inspection: await this.inspectVersion(model, number) });
    }
    return { tagCount: numbers.length, versions };
  }

  /** Downloads and verifies assets (all by default); throws IntegrityError on a mismatch (1 call per asset). */
  download(version: RegisteredVersion, names?: readonly string[]): Promise<Map<string, Uint8Array>> {
    return download(this.context, version, names);
  }

  /** Re-downloads every asset and the manifest and reports problems instead of throwing. */
  verify(model: string, version: number): Promise<VerifyReport> {
    return verify(this.context, model, version);
  }

  /** Finishes or removes leftover drafts of `model` (done by every registration too). */
  repair(model: string): Promise<RepairAction[]> {
    return repairDrafts(this.context, model);
  }

  /** The version live in a stage now, or undefined. */
  current(model: string, stage: string): Promise<StageVersion | undefined> {
    return current(this.context, model, stage);
  }

  /** The version that was live in a stage at `time`, or undefined. */
  at(model: string, stage: string, time: Date): Promise<StageVersion | undefined> {
    return at(this.context, model, stage, time);
  }

  /** The deployments of a stage with their statuses, newest first. */
  history(model: string, stage: string, options?: { limit?: number }): Promise<StageHistoryEntry[]> {
    return history(this.context, model, stage, options);
  }

  /** Creates a deployment of `version` to `stage` (1 call). */
  createDeployment(
    version: RegisteredVersion,
    stage: string,
    options?: CreateDeploymentOptions,
  ): Promise<StageDeployment> {
    return createDeployment(this.context, version, stage, options);
  }

  /** Records a deployment status (1 call). */
  recordDeploymentStatus(deploymentId: number, outcome: DeploymentOutcome): Promise<DeploymentStatus> {
    return recordDeploymentStatus(this.context, deploymentId, outcome);
  }

  /** Shows a stage outcome on the version's release (2 calls). */
  markStage(version: { releaseId: number; tag: string }, stage: string, outcome: StageOutcome): Promise<StageMarks> {
    return markStage(this.context, version, stage, outcome);
  }
}
