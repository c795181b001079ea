/**
 * Workflows and dispatches: list and get the workflows (the `.yml`/`.yaml` files directly under
 * `.github/workflows/` on the default branch), workflow dispatch and repository dispatch. The
 * sandbox runs no workflows: each dispatch is recorded in `dispatchesOf(repo)` and emitted
 * (`workflow_dispatch`, `repository_dispatch`) for whoever executes workflows.
 *
 * Workflow dispatch follows GitHub: the workflow (by id or file name) must exist at `ref` (404
 * otherwise), `ref` must be a branch or tag (422 `No ref found for: <ref>`), the file must have a
 * `workflow_dispatch` trigger (422), `inputs` has at most 25 keys (the description's limit), and
 * when the workflow declares inputs, unknown ones and missing required ones are refused (422).
 * Repository dispatch needs an `event_type` of 1–100 characters and a `client_payload` of at most
 * 10 top-level keys.
 */
import { parse as parseYaml } from 'yaml';
import { ApiError, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { dispatchesOf, workflowFor, workflowPathsAt, WORKFLOWS_DIR, type WorkflowRecord } from '../state/dispatch.js';
import type { RepoRecord, Store } from '../state/store.js';
import { workflow as workflowShape } from '../shapes/workflow.js';
import type { Family, HandlerContext } from './types.js';

/** The description's limits (`maxProperties` of `inputs` and `client_payload`, `maxLength` of `event_type`). */
export const DISPATCH_LIMITS = { inputs: 25, clientPayloadKeys: 10, eventType: 100 } as const;

/** What the sandbox reads from a workflow file. */
interface WorkflowFile {
  name: string | undefined;
  /** Undefined when the file has no `workflow_dispatch` trigger. */
  dispatch: { inputs: Record<string, { required?: boolean; default?: unknown }> } | undefined;
}

/** Reads `name` and the `workflow_dispatch` trigger of a workflow file; a broken file has neither. */
function readWorkflow(content: Buffer | undefined): WorkflowFile {
  let document: unknown;
  try {
    document = parseYaml(content?.toString('utf8') ?? '');
  } catch {
    return { name: undefined, dispatch: undefined };
  }
  if (document === null || typeof document !== 'object') return { name: undefined, dispatch: undefined };
  const { name, on } = document as { name?: unknown; on?: unknown };
  const triggers: Record<string, unknown> =
    typeof on === 'string'
      ? { [on]: null }
      : Array.isArray(on)
        ? Object.fromEntries(on.map((t) => [String(t), null]))
        : on !== null && typeof on === 'object'
          ? (on as Record<string, unknown>)
          : {};
  const dispatch = 'workflow_dispatch' in triggers ? triggers.workflow_dispatch : undefined;
  const inputs =
    dispatch !== null && typeof dispatch === 'object' && 'inputs' in dispatch
      ? ((dispatch as { inputs?: unknown }).inputs as Record<string, { required?: boolean; default?: unknown }>)
      : undefined;
  return {
    name: typeof name === 'string' ? name : undefined,
    dispatch: 'workflow_dispatch' in triggers ? { inputs: inputs ?? {} } : undefined,
  };
}

function fileAt(repo: RepoRecord, sha: string, path: string): Buffer | undefined {
  const blob = repo.git.commits.get(sha)?.tree.get(path);
  return blob === undefined ? undefined : repo.git.blobs.get(blob);
}

function defaultHead(repo: RepoRecord): string {
  return repo.git.refs.get(`refs/heads/${repo.defaultBranch}`) ?? '';
}

/**
 * The workflow a `workflow_id` names: a numeric id of a workflow the sandbox has seen, or a file
 * name under `.github/workflows/` (the file need not exist yet; the caller checks at the ref).
 */
function resolveWorkflow(store: Store, repo: RepoRecord, workflowId: string): WorkflowRecord | undefined {
  for (const path of workflowPathsAt(repo, defaultHead(repo))) workflowFor(store, repo, path);
  const known = dispatchesOf(repo).workflows;
  if (/^\d+$/.test(workflowId)) return [...known.values()].find((w) => w.id === Number(workflowId));
  if (workflowId.includes('/')) return undefined;
  const path = `${WORKFLOWS_DIR}${workflowId}`;
  return known.get(path) ?? (/\.ya?ml$/.test(workflowId) ? workflowFor(store, repo, path) : undefined);
}

function shape(context: HandlerContext, record: WorkflowRecord): Record<string, unknown> {
  const repo = context.repo!;
  const name = readWorkflow(fileAt(repo, defaultHead(repo), record.path)).name ?? record.path;
  return workflowShape(context.urls, repo, record, name);
}

/** GitHub's 422 for a rejected dispatch (`validation-error` without `errors`). */
function refused(message: string): ApiError {
  return new ApiError(422, message, {
    documentationUrl: 'https://docs.github.com/rest/actions/workflows#create-a-workflow-dispatch-event',
  });
}

/** The dispatch family. */
export const dispatch: Family = {
  name: 'dispatch',
  handlers: {
    'actions/list-repo-workflows': (context) => {
      const { repo, store, urls, query } = context;
      const all = workflowPathsAt(repo!, defaultHead(repo!)).map((path) => workflowFor(store, repo!, path));
      const { page, headers } = paginate(all, query, urls.api(`/repos/${repo!.owner}/${repo!.name}/actions/workflows`));
      return {
        status: 200,
        body: { total_count: all.length, workflows: page.map((record) => shape(context, record)) },
        headers,
      };
    },

    'actions/get-workflow': (context) => {
      const repo = context.repo!;
      const record = resolveWorkflow(context.store, repo, context.params.workflow_id!);
      if (!record || !fileAt(repo, defaultHead(repo), record.path)) throw notFound();
      return { status: 200, body: shape(context, record) };
    },

    'actions/create-workflow-dispatch': (context) => {
      const { repo, store, urls } = context;
      const body = context.body as { ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean };
      const record = resolveWorkflow(store, repo!, context.params.workflow_id!);
      if (!record) throw notFound();
      const fullRef = body.ref.startsWith('refs/')
        ? body.ref
        : repo!.git.refs.has(`refs/heads/${body.ref}`)
          ? `refs/heads/${body.ref}`
          : `refs/tags/${body.ref}`;
      const sha = repo!.git.refs.get(fullRef);
      if (!sha) throw refused(`No ref found for: ${body.ref}`);
      const content = fileAt(repo!, sha, record.path);
      if (!content) throw notFound();
      const file = readWorkflow(content);
      if (!file.dispatch) throw refused("Workflow does not have 'workflow_dispatch' trigger");
      const inputs = body.inputs ?? {};
      if (Object.keys(inputs).length > DISPATCH_LIMITS.inputs) {
        throw new ApiError(
          422,
          `Invalid request.\n\nFor 'properties/inputs', more than ${DISPATCH_LIMITS.inputs} properties were provided.`,
        );
      }
      const declared = file.dispatch.inputs;
      const unexpected = Object.keys(inputs).filter((key) => !(key in declared));
      if (unexpected.length > 0) throw refused(`Unexpected inputs provided: ${JSON.stringify(unexpected)}`);
      for (const [key, spec] of Object.entries(declared)) {
        if (spec?.required && spec.default === undefined && !(key in inputs)) {
          throw refused(`Required input '${key}' not provided`);
        }
      }
      const runId = body.return_run_details ? store.ids.next('workflow_run') : null;
      dispatchesOf(repo!).workflowDispatches.push({
        workflowId: record.id,
        workflowPath: record.path,
        ref: body.ref,
        sha,
        inputs,
        runId,
        actor: context.actor?.login ?? repo!.owner,
        at: store.timestamp(),
      });
      context.emit({
        event: 'workflow_dispatch',
        payloadFields: {
          inputs: body.inputs === undefined ? null : inputs,
          ref: fullRef,
          workflow: record.path,
        },
      });
      if (runId === null) return { status: 204 };
      return {
        status: 200,
        body: {
          workflow_run_id: runId,
          run_url: urls.api(`/repos/${repo!.owner}/${repo!.name}/actions/runs/${runId}`),
          html_url: urls.html(`/${repo!.owner}/${repo!.name}/actions/runs/${runId}`),
        },
      };
    },

    'repos/create-dispatch-event': (context) => {
      const { repo, store } = context;
      const body = context.body as { event_type: string; client_payload?: Record<string, unknown> };
      const length = [...(body.event_type ?? '')].length;
      if (length < 1 || length > DISPATCH_LIMITS.eventType) {
        throw new ApiError(
          422,
          `Invalid request.\n\nFor 'properties/event_type', the length must be between 1 and ${DISPATCH_LIMITS.eventType}.`,
        );
      }
      const clientPayload = body.client_payload ?? {};
      if (Object.keys(clientPayload).length > DISPATCH_LIMITS.clientPayloadKeys) {
        throw new ApiError(
          422,
          `Invalid request.\n\nFor 'properties/client_payload', more than ${DISPATCH_LIMITS.clientPayloadKeys} properties were provided.`,
        );
      }
      dispatchesOf(repo!).repositoryDispatches.push({
        eventType: body.event_type,
        clientPayload,
        branch: repo!.defaultBranch,
        actor: context.actor?.login ?? repo!.owner,
        at: store.timestamp(),
      });
      context.emit({
        event: 'repository_dispatch',
        action: body.event_type,
        payloadFields: { branch: repo!.defaultBranch, client_payload: clientPayload },
      });
      return { status: 204 };
    },
  },
};
