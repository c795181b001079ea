/**
 * Deployment statuses: create, list (newest first, paginated) and get. A status may move its
 * deployment to another `environment` (created on first use). With `auto_inactive` (default
 * true), a `success` status adds an `inactive` status to every earlier non-transient deployment
 * to the same environment whose newest status is `success`, as GitHub does. Creating emits
 * `deployment_status.created` (the automatic `inactive` statuses emit nothing).
 */
import { notFound, validationFailed } from '../errors.js';
import { paginate } from '../pagination.js';
import {
  checkEnvironmentName,
  deploymentsOf,
  ensureEnvironment,
  latestDeploymentState,
  sameEnvironment,
  type DeploymentRecord,
  type DeploymentState,
  type DeploymentStatusRecord,
} from '../state/deployments.js';
import { deploymentStatus } from '../shapes/deployment-status.js';
import { findDeployment, shapeDeployment, viaAppId } from './deployments.js';
import type { Family, HandlerContext } from './types.js';

/** GitHub's limit on a status description. */
const DESCRIPTION_MAX = 140;

function shape(
  context: HandlerContext,
  deployment: DeploymentRecord,
  record: DeploymentStatusRecord,
): Record<string, unknown> {
  return deploymentStatus(context.urls, context.store, context.repo!, deployment, record);
}

/** Marks earlier successful deployments to `environment` inactive (GitHub's `auto_inactive`). */
function inactivatePrevious(context: HandlerContext, current: DeploymentRecord, environment: string, at: string): void {
  for (const other of deploymentsOf(context.repo!).deployments.values()) {
    if (other.id >= current.id || other.transient || !sameEnvironment(other.environment, environment)) continue;
    if (latestDeploymentState(other) !== 'success') continue;
    other.statuses.push({
      id: context.store.ids.next('deployment_status'),
      state: 'inactive',
      description: '',
      environment: other.environment,
      targetUrl: '',
      logUrl: null,
      environmentUrl: null,
      creator: context.actor?.login ?? context.repo!.owner,
      viaAppId: viaAppId(context),
      createdAt: at,
    });
    other.updatedAt = at;
  }
}

/** The deployment statuses family. */
export const deploymentStatuses: Family = {
  name: 'deployment-statuses',
  handlers: {
    'repos/create-deployment-status': (context) => {
      const { repo, store } = context;
      const deployment = findDeployment(context);
      const body = context.body as {
        state: DeploymentState;
        target_url?: string;
        log_url?: string;
        description?: string;
        environment?: string;
        environment_url?: string;
        auto_inactive?: boolean;
      };
      const description = body.description ?? '';
      if ([...description].length > DESCRIPTION_MAX) {
        throw validationFailed([
          {
            resource: 'DeploymentStatus',
            code: 'custom',
            field: 'description',
            message: `description is too long (maximum is ${DESCRIPTION_MAX} characters)`,
          },
        ]);
      }
      let environment = deployment.statuses.at(-1)?.environment ?? deployment.environment;
      if (body.environment !== undefined) {
        checkEnvironmentName(body.environment, 'DeploymentStatus', 'environment');
        environment = body.environment;
      }
      const at = store.timestamp();
      ensureEnvironment(store, repo!, environment).updatedAt = at;
      deployment.environment = environment;
      // `log_url` replaces the legacy `target_url`; GitHub keeps one URL behind both fields.
      const url = body.log_url || body.target_url || null;
      const record: DeploymentStatusRecord = {
        id: store.ids.next('deployment_status'),
        state: body.state,
        description,
        environment,
        targetUrl: url ?? '',
        logUrl: url,
        environmentUrl: body.environment_url || null,
        creator: context.actor?.login ?? repo!.owner,
        viaAppId: viaAppId(context),
        createdAt: at,
      };
      deployment.statuses.push(record);
      deployment.updatedAt = at;
      if (body.state === 'success' && (body.auto_inactive ?? true)) {
        inactivatePrevious(context, deployment, environment, at);
      }
      const shaped = shape(context, deployment, record);
      context.emit({
        event: 'deployment_status',
        action: 'created',
        payloadFields: { deployment_status: shaped, deployment: shapeDeployment(context, deployment) },
      });
      return { status: 201, body: shaped };
    },

    'repos/list-deployment-statuses': (context) => {
      const { repo, urls, query } = context;
      const deployment = findDeployment(context);
      const { page, headers } = paginate(
        [...deployment.statuses].reverse(),
        query,
        urls.api(`/repos/${repo!.owner}/${repo!.name}/deployments/${deployment.id}/statuses`),
      );
      return { status: 200, body: page.map((record) => shape(context, deployment, record)), headers };
    },

    'repos/get-deployment-status': (context) => {
      const deployment = findDeployment(context);
      const record = deployment.statuses.find((s) => s.id === Number(context.params.status_id));
      if (!record) throw notFound();
      return { status: 200, body: shape(context, deployment, record) };
    },
  },
};
