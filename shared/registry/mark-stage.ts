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
import { newestDeployments } from './stages.js';
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

/** How many earlier versions' releases `retireReplaced` reads at most. */
const RETIRE_LOOKS = 5;

/**
 * After `deployment` went live, marks the version it replaced as retired: among the newest 100
 * deployments of the stage, the releases of earlier deployments of other versions are read, newest
 * first, until one says it is live in the stage (at most 5). The release marker is what is being
 * corrected, so it is also what decides; no status list is needed. Returns the retired tag.
 * `known`: the stage's deployments already read (newest first), so they need not be listed again.
 * Calls: 1 (deployments, unless `known`) + 1 per release read (usually 1) + 1 (update).
 */
export async function retireReplaced(
  context: RegistryContext,
  deployment: StageDeployment,
  known?: readonly StageDeployment[],
): Promise<string | undefined> {
  const looked = new Set<number>();
  for (const earlier of known ?? (await newestDeployments(context, deployment.model, deployment.stage))) {
    if (earlier.id >= deployment.id || earlier.version === deployment.version || looked.has(earlier.version)) continue;
    if (looked.add(earlier.version).size > RETIRE_LOOKS) break;
    const release = await context.github.getRelease(earlier.payload.release_id);
    const marks = parseStageMarks(release?.body ?? null);
    const mark = marks[deployment.stage];
    if (!release || mark?.state !== 'live') continue;
    const retired = { ...mark, state: markStateOf('inactive'), at: context.clock.now().toISOString() };
    await context.github.updateRelease(release.id, {
      body: withStageMarks(release.body, { ...marks, [deployment.stage]: retired }),
    });
    return earlier.payload.tag;
  }
  return undefined;
}
