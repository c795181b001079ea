/**
 * Executing a promotion or rollback that passed its decision: the deployment with its audit payload
 * (field notes 14 and 15: `auto_merge: false`, explicit `required_contexts`, who asked, who
 * approved, the comment, the delivery, the digests). A stage that deploys nowhere (`target: none`)
 * is live at once, so its success status, both stage markers (the new version live, the replaced one
 * retired) and the outcome reply are written here; other targets report through `deployment_status`.
 */
import type { StagePolicy } from '../config/policy.js';
import type { Registry } from '../registry/registry.js';
import type { StageDeployment } from '../registry/deployments.js';
import { retireStage } from '../registry/mark-stage.js';
import { parseStageMarks, withStageMarks } from '../registry/stage-marks.js';
import { replacedDeployment } from '../registry/stages.js';
import type { RegisteredVersion } from '../registry/types.js';
import type { Outcome } from './events.js';
import { outcomeText } from './messages.js';
import { reply } from './output.js';

/** A promotion or rollback that passed its decision, ready to be executed. */
export interface Execution {
  readonly kind: 'promote' | 'rollback';
  readonly stage: StagePolicy;
  readonly version: RegisteredVersion;
  /** The release body read with the version (the stage marker is written into it). */
  readonly releaseBody: string | null;
  readonly requester: { readonly id: number; readonly login: string };
  readonly approvedBy: readonly { readonly id: number; readonly login: string }[];
  readonly comment: { readonly id: number; readonly htmlUrl: string };
  readonly deliveryId: string;
  /** The issue or PR the command came from (the outcome reply goes there). */
  readonly issue: number;
  /** The deployment this one replaces, when the caller already knows it (a rollback does). */
  readonly replaces?: StageDeployment;
}

/**
 * Creates the deployment; with the target `none`, also its success, the markers and the reply.
 * Calls: 1, or 5 + 2 to retire the replaced version (+ 1–2 to find it when not given).
 */
export async function deploy(registry: Registry, run: Execution): Promise<Outcome> {
  const inline = run.stage.deploy.target === 'none';
  const deployment = await registry.createDeployment(run.version, run.stage.name, {
    reason: run.kind,
    requestedBy: run.requester,
    approvedBy: run.approvedBy,
    commentUrl: run.comment.htmlUrl,
    commentId: run.comment.id,
    deliveryId: run.deliveryId,
    description: `${run.kind} ${run.version.tag} to ${run.stage.name} by @${run.requester.login}`,
    extra: { issue_number: run.issue, reported_inline: inline },
  });
  if (!inline) return { kind: 'deployed', deploymentId: deployment.id };

  const { context } = registry;
  const url = run.stage.environment_url;
  const status = await registry.recordDeploymentStatus(deployment.id, {
    state: 'success',
    description: `${run.version.tag} is live in ${run.stage.name} (no serving target)`,
    ...(url === undefined ? {} : { environmentUrl: url }),
  });
  const marks = {
    ...parseStageMarks(run.releaseBody),
    [run.stage.name]: {
      state: 'live' as const,
      at: status.createdAt || context.clock.now().toISOString(),
      deploymentId: deployment.id,
      ...(url === undefined ? {} : { url }),
    },
  };
  await context.github.updateRelease(run.version.releaseId, { body: withStageMarks(run.releaseBody, marks) });
  const replaced =
    run.replaces ?? (await replacedDeployment(context, deployment.model, deployment.stage, deployment.id));
  if (replaced && replaced.version !== deployment.version) await retireStage(context, replaced);
  await reply(
    context.github,
    { issue: run.issue, commentId: run.comment.id, seen: false, key: `deployment-${deployment.id}` },
    outcomeText(deployment, 'success', null, url),
  );
  return { kind: 'deployed', deploymentId: deployment.id };
}
