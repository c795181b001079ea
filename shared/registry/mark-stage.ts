/**
 * Marks a version's release with a stage outcome, so the Releases page shows what runs where. The
 * release body is read fresh (another stage may have been marked since the version was looked up)
 * and only the stage section changes. The app calls this on `deployment_status` events (or at once,
 * for a stage that deploys nowhere); when a version goes live, it also retires the version it
 * replaced (`retireStage`), so that exactly one release says it is live in a stage.
 */
import type { DeploymentState } from '../github/client.js';
import type { RegistryContext } from './context.js';
import type { StageDeployment } from './deployments.js';
import { checkStageName } from './names.js';
import { markStateOf, parseStageMarks, withStageMarks, type StageMarks } from './stage-marks.js';

/** A stage outcome to show on a release. */
export interface StageOutcome {
  readonly state: DeploymentState;
  readonly deploymentId?: number;
  /** A link for humans (deployment log or environment URL). */
  readonly url?: string;
  /** Default: the clock's now. */
  readonly at?: Date;
}

/** Updates the stage section of a release body (2 calls: get release, update release); returns the new markers. */
export async function markStage(
  context: RegistryContext,
  version: { readonly releaseId: number; readonly tag: string },
  stage: string,
  outcome: StageOutcome,
): Promise<StageMarks> {
  return (await markStageOnce(context, version, stage, outcome)).marks;
}

/**
 * As `markStage`, but when the release already shows this deployment in this state (a redelivered
 * `deployment_status` event) nothing is written and `changed` is false (1 call then). The release
 * body is the record, so this holds across restarts and replicas.
 */
export async function markStageOnce(
  context: RegistryContext,
  version: { readonly releaseId: number; readonly tag: string },
  stage: string,
  outcome: StageOutcome,
): Promise<{ marks: StageMarks; changed: boolean }> {
  checkStageName(stage);
  const release = await context.github.getRelease(version.releaseId);
  if (!release) throw new Error(`The release of ${version.tag} (id ${version.releaseId}) no longer exists`);
  const before = parseStageMarks(release.body)[stage];
  if (
    before !== undefined &&
    outcome.deploymentId !== undefined &&
    before.deploymentId === outcome.deploymentId &&
    before.state === markStateOf(outcome.state)
  ) {
    return { marks: parseStageMarks(release.body), changed: false };
  }
  const marks: StageMarks = {
    ...parseStageMarks(release.body),
    [stage]: {
      state: markStateOf(outcome.state),
      at: (outcome.at ?? context.clock.now()).toISOString(),
      ...(outcome.deploymentId === undefined ? {} : { deploymentId: outcome.deploymentId }),
      ...(outcome.url === undefined ? {} : { url: outcome.url }),
    },
  };
  await context.github.updateRelease(release.id, { body: withStageMarks(release.body, marks) });
  return { marks, changed: true };
}

/**
 * Marks the version a newer deployment replaced as retired in its stage (`inactive`), unless the
 * release already says so for that deployment. 2 calls (1 when nothing changes).
 */
export async function retireStage(
  context: RegistryContext,
  replaced: StageDeployment,
): Promise<{ marks: StageMarks; changed: boolean }> {
  return markStageOnce(context, { releaseId: replaced.payload.release_id, tag: replaced.payload.tag }, replaced.stage, {
    state: 'inactive',
    deploymentId: replaced.id,
  });
}
