/**
 * Executing a promotion or rollback that passed its decision: the deployment with its audit payload
 * (field notes 14 and 15: `auto_merge: false`, explicit `required_contexts`, who asked, who
 * approved, the comment, the delivery, the digests). A stage that deploys nowhere (`target: none`)
 * is live at once, so its success status, both stage markers (the new version live, the replaced one
 * retired) and the outcome reply are written here; other targets report through `deployment_status`
 * (`reportStatus`), whose reply on a failure carries the canary analysis the deploy action recorded on
 * the release (shared/deploy/analysis-record.ts), rendered here with every free-text field inert.
 */
import type { StagePolicy } from '../config/policy.js';
import type { Registry } from '../registry/registry.js';
import { toStageDeployment, type StageDeployment } from '../registry/deployments.js';
import { markStageOnce, retireReplaced, retireStage } from '../registry/mark-stage.js';
import { parseStageMarks, withStageMarks } from '../registry/stage-marks.js';
import type { RegisteredVersion } from '../registry/types.js';
import { ignored, type DeploymentStatusEvent, type Outcome } from './events.js';
import { canarySection } from '../deploy/analysis.js';
import { readAnalysisRecord } from '../deploy/analysis-record.js';
import { inert, outcomeText } from './messages.js';
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
  /** The stage's deployments read under the lock, newest first: where a promotion finds what it replaces. */
  readonly earlier?: readonly StageDeployment[];
}

/**
 * Creates the deployment; with the target `none`, also its success, the markers and the reply.
 * Calls: 1; with the target `none`, 4 + 2 to retire the replaced version (given, or found among
 * `earlier`), + 1 when the stage's deployments must be listed to find it.
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
  if (run.replaces === undefined) await retireReplaced(context, deployment, run.earlier);
  else if (run.replaces.version !== deployment.version) await retireStage(context, run.replaces);
  await reply(
    context.github,
    { issue: run.issue, commentId: run.comment.id, seen: false, key: `deployment-${deployment.id}` },
    outcomeText(deployment, 'success', null, url),
  );
  return { kind: 'deployed', deploymentId: deployment.id };
}

/**
 * A `deployment_status` of a model deployment: the stage marker on the release (the replaced version
 * retired on success) and the outcome reply where the command was given. A redelivery changes
 * nothing: the release already shows the status. Statuses the App reported itself are skipped.
 */
export async function reportStatus(registry: Registry, event: DeploymentStatusEvent): Promise<Outcome> {
  const { id, sha, task, environment, payload: raw } = event.deployment;
  const deployment = toStageDeployment({
    ...{ id, sha, ref: sha, task, environment, payload: raw },
    ...{ description: null, creator: null, createdAt: '', url: '' },
  });
  if (!deployment) return ignored('no modelship payload');
  const { payload } = deployment;
  const state = event.status.state as 'success' | 'failure' | 'error';
  if (payload.reported_inline === true && state === 'success') return ignored('reported when it was created');
  const url = event.status.environmentUrl ?? event.status.logUrl ?? undefined;
  const { context } = registry;
  const marked = await markStageOnce(context, { releaseId: payload.release_id, tag: payload.tag }, payload.stage, {
    state,
    deploymentId: deployment.id,
    ...(url ? { url } : {}),
  });
  if (!marked.changed) return { kind: 'duplicate', reason: 'the release already shows this status' };
  if (state === 'success') await retireReplaced(context, deployment);
  const issue = typeof payload.issue_number === 'number' ? payload.issue_number : undefined;
  if (issue !== undefined && payload.comment_id !== undefined) {
    // markStageOnce already told a redelivery from the first delivery, so no search is needed.
    const to = { issue, commentId: payload.comment_id, seen: false, key: `deployment-${deployment.id}` };
    // A failed canary's analysis: the deploy action recorded it on the release (1 more call, failures only).
    const analysis =
      state === 'success'
        ? undefined
        : readAnalysisRecord(
            (await context.github.getRelease(payload.release_id))?.body ?? null,
            payload.stage,
            deployment.id,
          );
    const section =
      analysis && canarySection(analysis.analysis, analysis.phase, (text) => inert(text, 300).replace(/\|/g, '\\|'));
    await reply(context.github, to, outcomeText(deployment, state, event.status.description, url, section));
  }
  return { kind: 'marked', deploymentId: deployment.id };
}
