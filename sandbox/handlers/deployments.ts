/**
 * Deployments: create (the ref, a branch, tag or SHA, is resolved and stored as `sha`; the
 * environment is created on first use), get, list (filters `sha`, `ref`, `task`, `environment`;
 * newest first, paginated) and delete (only inactive ones unless it is the repository's only
 * deployment). Creating emits `deployment.created`.
 *
 * GitHub's two gates on creation are emulated:
 * - `auto_merge` (default true): when the ref is behind the default branch GitHub would merge the
 *   default branch into it. The sandbox has no merge commits, so it answers as GitHub does when
 *   that merge fails: 409 `Conflict merging <default> into <ref>.` Pass `auto_merge: false` to
 *   deploy an older commit.
 * - `required_contexts` (default: every context reported for the SHA): each must be `success`
 *   among the commit statuses and check runs of the SHA, else 409 `Conflict: Commit status checks
 *   failed for <ref>.` with the contexts and their states. `[]` skips the check.
 */
import { ApiError, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { contextStates } from '../state/checks.js';
import { resolveCommitish } from '../state/commitish.js';
import {
  checkEnvironmentName,
  deploymentsOf,
  ensureEnvironment,
  latestDeploymentState,
  sameEnvironment,
  type DeploymentRecord,
} from '../state/deployments.js';
import { deployment as deploymentShape } from '../shapes/deployment.js';
import type { Family, HandlerContext } from './types.js';

const CREATE_DOCS = 'https://docs.github.com/rest/deployments/deployments#create-a-deployment';
const DELETE_DOCS = 'https://docs.github.com/rest/deployments/deployments#delete-a-deployment';

/** The REST shape of a deployment of the request's repository. */
export function shapeDeployment(context: HandlerContext, record: DeploymentRecord): Record<string, unknown> {
  return deploymentShape(context.urls, context.store, context.repo!, record);
}

/** The deployment named by the `deployment_id` path parameter, or 404. */
export function findDeployment(context: HandlerContext): DeploymentRecord {
  const record = deploymentsOf(context.repo!).deployments.get(Number(context.params.deployment_id));
  if (!record) throw notFound();
  return record;
}

/** The id of the App behind an installation token, else `null`. */
export function viaAppId(context: HandlerContext): number | null {
  const { principal, store } = context;
  return principal.kind === 'installation' ? (store.installations.get(principal.installationId)?.appId ?? null) : null;
}

/** Contexts that passing deployments require: 409 when one of them is not `success`. */
function checkRequiredContexts(context: HandlerContext, ref: string, sha: string, required?: string[]): void {
  const states = contextStates(context.repo!, sha);
  const needed = required ?? [...states.keys()];
  if (needed.every((name) => states.get(name) === 'success')) return;
  const error = new ApiError(409, `Conflict: Commit status checks failed for ${ref}.`, {
    documentationUrl: CREATE_DOCS,
  });
  error.body.errors = [
    {
      contexts: needed.map((name) => ({ context: name, state: states.get(name) ?? 'pending' })),
      resource: 'Deployment',
      field: 'required_contexts',
      code: 'invalid',
    },
  ];
  throw error;
}

/** The deployments family. */
export const deployments: Family = {
  name: 'deployments',
  handlers: {
    'repos/create-deployment': (context) => {
      const { repo, store } = context;
      const body = context.body as {
        ref: string;
        task?: string;
        auto_merge?: boolean;
        required_contexts?: string[];
        payload?: Record<string, unknown> | string;
        environment?: string;
        description?: string | null;
        transient_environment?: boolean;
        production_environment?: boolean;
      };
      const sha = resolveCommitish(repo!, body.ref);
      if (!sha) throw new ApiError(422, `No ref found for: ${body.ref}`, { documentationUrl: CREATE_DOCS });
      const environmentName = body.environment ?? 'production';
      checkEnvironmentName(environmentName, 'Deployment', 'environment');
      const head = repo!.git.refs.get(`refs/heads/${repo!.defaultBranch}`);
      if ((body.auto_merge ?? true) && head !== undefined && !repo!.git.isAncestor(head, sha)) {
        throw new ApiError(409, `Conflict merging ${repo!.defaultBranch} into ${body.ref}.`, {
          documentationUrl: CREATE_DOCS,
        });
      }
      checkRequiredContexts(context, body.ref, sha, body.required_contexts);
      const environment = ensureEnvironment(store, repo!, environmentName);
      const at = store.timestamp();
      const record: DeploymentRecord = {
        id: store.ids.next('deployment'),
        sha,
        ref: body.ref,
        task: body.task ?? 'deploy',
        payload: body.payload ?? {},
        environment: environmentName,
        originalEnvironment: environmentName,
        description: body.description ?? null,
        creator: context.actor?.login ?? repo!.owner,
        viaAppId: viaAppId(context),
        transient: body.transient_environment ?? false,
        production: body.production_environment ?? sameEnvironment(environmentName, 'production'),
        createdAt: at,
        updatedAt: at,
        statuses: [],
      };
      environment.updatedAt = at;
      deploymentsOf(repo!).deployments.set(record.id, record);
      const shaped = shapeDeployment(context, record);
      context.emit({
        event: 'deployment',
        action: 'created',
        payloadFields: { deployment: shaped, workflow: null, workflow_run: null },
      });
      return { status: 201, body: shaped };
    },

    'repos/get-deployment': (context) => ({ status: 200, body: shapeDeployment(context, findDeployment(context)) }),

    'repos/list-deployments': (context) => {
      const { repo, urls, query } = context;
      const matches = [...deploymentsOf(repo!).deployments.values()]
        .filter(
          (d) =>
            (query.sha === undefined || d.sha === query.sha) &&
            (query.ref === undefined || d.ref === query.ref) &&
            (query.task === undefined || d.task === query.task) &&
            (query.environment === undefined || sameEnvironment(d.environment, query.environment)),
        )
        .reverse();
      const { page, headers } = paginate(matches, query, urls.api(`/repos/${repo!.owner}/${repo!.name}/deployments`));
      return { status: 200, body: page.map((record) => shapeDeployment(context, record)), headers };
    },

    'repos/delete-deployment': (context) => {
      const record = findDeployment(context);
      const state = deploymentsOf(context.repo!);
      if (state.deployments.size > 1 && latestDeploymentState(record) === 'success') {
        throw new ApiError(
          422,
          'We cannot delete an active deployment unless it is the only deployment in a given environment.',
          { documentationUrl: DELETE_DOCS },
        );
      }
      state.deployments.delete(record.id);
      return { status: 204 };
    },
  },
};
