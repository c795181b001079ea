/**
 * The `deployment` event the deploy workflow runs on, read as a model deployment: the App (or the
 * promote action) created it with task `deploy:model` and a payload that binds it to the bytes
 * (shared/registry/deployments.ts). Deployments of other tasks (an Actions job's own `deploy`) are
 * not ours and are left alone; a `deploy:model` deployment whose payload does not parse is refused.
 */
import { UserError } from '../errors.js';
import { DEPLOYMENT_TASK, toStageDeployment, type StageDeployment } from '../registry/deployments.js';

/** What the event holds: a model deployment, or why there is nothing to deploy. */
export type DeploymentEventRead =
  | { readonly kind: 'deployment'; readonly deployment: StageDeployment }
  | { readonly kind: 'not-ours'; readonly reason: string };

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * The model deployment of a `deployment` webhook payload (`{deployment: {id, sha, task, environment,
 * payload, ...}}`).
 * @throws UserError when the event is not a deployment event, or a `deploy:model` deployment carries
 * no valid modelship payload.
 */
export function readDeploymentEvent(eventName: string, event: Readonly<Record<string, unknown>>): DeploymentEventRead {
  const raw = event.deployment as Record<string, unknown> | undefined;
  if (eventName !== 'deployment' || raw === undefined || typeof raw !== 'object' || typeof raw.id !== 'number') {
    throw new UserError(`the deploy action runs on the \`deployment\` event, not on \`${eventName || 'unknown'}\``, {
      location: { key: 'on' },
      hint: 'Trigger the workflow with `on: deployment` (the modelship App creates the deployment on /promote)',
    });
  }
  const task = text(raw.task);
  if (task !== DEPLOYMENT_TASK) {
    return { kind: 'not-ours', reason: `deployment ${raw.id} has task \`${task}\`, not \`${DEPLOYMENT_TASK}\`` };
  }
  const creator = raw.creator as { id?: unknown; login?: unknown } | null | undefined;
  const deployment = toStageDeployment({
    id: raw.id,
    sha: text(raw.sha),
    ref: text(raw.ref),
    task,
    environment: text(raw.environment),
    payload: raw.payload,
    description: typeof raw.description === 'string' ? raw.description : null,
    creator:
      creator && typeof creator.id === 'number' && typeof creator.login === 'string'
        ? { id: creator.id, login: creator.login }
        : null,
    createdAt: text(raw.created_at),
    url: text(raw.url),
  });
  if (!deployment) {
    throw new UserError(`deployment ${raw.id} has task \`${DEPLOYMENT_TASK}\` but no valid modelship payload`, {
      location: { key: `deployment ${raw.id}` },
      hint: 'Create model deployments with /promote (the App) or the promote action, which write the payload; nothing was deployed',
    });
  }
  if (deployment.payload.reported_inline === true) {
    // A stage that deploys nowhere: the App posted its success when it created it (shared/promote/deploy.ts).
    return { kind: 'not-ours', reason: `deployment ${raw.id} was recorded as live when it was created (target none)` };
  }
  return { kind: 'deployment', deployment };
}
