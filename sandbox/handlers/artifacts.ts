/**
 * Workflow artifacts, both faces GitHub gives them:
 * - the results service's Twirp `github.actions.results.api.v1.ArtifactService` that
 *   `@actions/artifact` v2+ calls from a job (CreateArtifact, FinalizeArtifact, ListArtifacts,
 *   GetSignedArtifactURL, DeleteArtifact: `lib/generated/results/api/v1/artifact.twirp-client.js`),
 *   the zip moving through signed blob URLs (handlers/blobs.ts);
 * - the REST API a person, a later workflow or a test uses: list a run's or a repository's
 *   artifacts, get one, download its zip (302 to a short-lived signed URL, 410 once expired), delete
 *   it (docs.github.com/en/rest/actions/artifacts).
 */
import { ApiError, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { blobsOf } from '../state/blobs.js';
import {
  ARTIFACT_CONTAINER,
  DEFAULT_RETENTION_DAYS,
  artifactsOf,
  findArtifact,
  isExpired,
  type ArtifactRecord,
} from '../state/artifacts.js';
import { nodeId } from '../state/ids.js';
import type { RepoRecord, Store } from '../state/store.js';
import type { Urls } from '../urls.js';
import { requiredString, twirpService, TwirpError, type TwirpCall } from './twirp.js';
import type { FamilyWithRawRoutes, HandlerContext } from './types.js';

/** How long an upload URL lives; a download URL (REST redirect or GetSignedArtifactURL) lives a minute, as GitHub's. */
const UPLOAD_URL_SECONDS = 6 * 3600;
const DOWNLOAD_URL_SECONDS = 60;

/** GitHub's timestamps: ISO 8601 without milliseconds. */
const iso = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The run the request names must be the token's run: a job cannot touch another run's artifacts. */
function checkRun(call: TwirpCall): void {
  const run = requiredString(call.body, 'workflow_run_backend_id');
  const job = requiredString(call.body, 'workflow_job_run_backend_id');
  if (run !== call.job.workflowRunBackendId || job !== call.job.workflowJobRunBackendId) {
    throw new TwirpError('permission_denied', 'the backend ids do not match the runtime token’s run and job');
  }
}

/** The finalized artifacts of the token's run. */
function runArtifacts(call: TwirpCall): ArtifactRecord[] {
  return artifactsOf(call.repo).filter((a) => a.finalized && a.workflowRunBackendId === call.job.workflowRunBackendId);
}

function byName(call: TwirpCall, name: string): ArtifactRecord {
  const artifact = runArtifacts(call).find((a) => a.name === name);
  if (!artifact) throw new TwirpError('not_found', `no artifact named ${name} in this workflow run`);
  return artifact;
}

/** A protobuf wrapper value (`StringValue`, `Int64Value`) in JSON: the bare value, or absent. */
const wrapped = (value: unknown): string | undefined =>
  value === undefined || value === null
    ? undefined
    : typeof value === 'object'
      ? String((value as { value?: unknown }).value)
      : String(value);

function signedDownloadUrl(store: Store, urls: Urls, artifact: ArtifactRecord): string {
  return blobsOf(store).signedUrl(urls, ARTIFACT_CONTAINER, artifact.blob, 'r', store.now(), DOWNLOAD_URL_SECONDS);
}

const artifactService = twirpService('github.actions.results.api.v1.ArtifactService', {
  CreateArtifact: (call) => {
    checkRun(call);
    const name = requiredString(call.body, 'name');
    if (runArtifacts(call).some((a) => a.name === name)) {
      // upload-artifact v4's documented conflict: names are unique within a run.
      throw new TwirpError('already_exists', `an artifact with the name ${name} already exists on the workflow run`);
    }
    const { store, urls } = call.request;
    const now = store.now();
    const expiresAt =
      typeof call.body.expires_at === 'string'
        ? iso(new Date(call.body.expires_at))
        : iso(new Date(now.getTime() + DEFAULT_RETENTION_DAYS * 86_400_000));
    const all = artifactsOf(call.repo);
    const unfinished = all.findIndex(
      (a) => !a.finalized && a.name === name && a.workflowRunBackendId === call.job.workflowRunBackendId,
    );
    if (unfinished >= 0) all.splice(unfinished, 1);
    const id = store.ids.next('artifact');
    const artifact: ArtifactRecord = {
      id,
      name,
      runId: call.job.runId,
      workflowRunBackendId: call.job.workflowRunBackendId,
      workflowJobRunBackendId: call.job.workflowJobRunBackendId,
      ref: call.job.ref,
      sha: call.job.sha,
      blob: `${call.repo.id}/${call.job.workflowRunBackendId}/${id}/${name}.zip`,
      finalized: false,
      sizeBytes: 0,
      digest: null,
      createdAt: iso(now),
      updatedAt: iso(now),
      expiresAt,
    };
    all.push(artifact);
    const url = blobsOf(store).signedUrl(urls, ARTIFACT_CONTAINER, artifact.blob, 'rw', now, UPLOAD_URL_SECONDS);
    return { ok: true, signed_upload_url: url };
  },

  FinalizeArtifact: (call) => {
    checkRun(call);
    const name = requiredString(call.body, 'name');
    const artifact = artifactsOf(call.repo).find(
      (a) => !a.finalized && a.name === name && a.workflowRunBackendId === call.job.workflowRunBackendId,
    );
    if (!artifact)
      throw new TwirpError('not_found', `no upload of artifact ${name} is in progress: call CreateArtifact first`);
    const blob = blobsOf(call.request.store).get(ARTIFACT_CONTAINER, artifact.blob);
    if (!blob) throw new TwirpError('failed_precondition', `the content of artifact ${name} was never uploaded`);
    artifact.finalized = true;
    artifact.sizeBytes = blob.content.length;
    artifact.digest = wrapped(call.body.hash) ?? null;
    artifact.updatedAt = iso(call.request.store.now());
    return { ok: true, artifact_id: String(artifact.id) };
  },

  ListArtifacts: (call) => {
    if (requiredString(call.body, 'workflow_run_backend_id') !== call.job.workflowRunBackendId) {
      throw new TwirpError('permission_denied', 'the run does not match the runtime token’s run');
    }
    const name = wrapped(call.body.name_filter);
    const id = wrapped(call.body.id_filter);
    const artifacts = runArtifacts(call).filter(
      (a) => (name === undefined || a.name === name) && (id === undefined || String(a.id) === id),
    );
    return {
      artifacts: artifacts.map((a) => ({
        workflow_run_backend_id: a.workflowRunBackendId,
        workflow_job_run_backend_id: a.workflowJobRunBackendId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.sizeBytes),
        created_at: a.createdAt,
        ...(a.digest ? { digest: a.digest } : {}),
      })),
    };
  },

  GetSignedArtifactURL: (call) => {
    const artifact = byName(call, requiredString(call.body, 'name'));
    return { signed_url: signedDownloadUrl(call.request.store, call.request.urls, artifact) };
  },

  DeleteArtifact: (call) => {
    checkRun(call);
    const artifact = byName(call, requiredString(call.body, 'name'));
    remove(call.repo, artifact, call.request.store);
    return { ok: true, artifact_id: String(artifact.id) };
  },
});

function remove(repo: RepoRecord, artifact: ArtifactRecord, store: Store): void {
  const all = artifactsOf(repo);
  all.splice(all.indexOf(artifact), 1);
  blobsOf(store).delete(ARTIFACT_CONTAINER, artifact.blob);
}

/** GitHub's REST shape of an artifact (`#/components/schemas/artifact`). */
function shape(context: HandlerContext, artifact: ArtifactRecord): Record<string, unknown> {
  const repo = context.repo!;
  const base = `/repos/${repo.owner}/${repo.name}/actions/artifacts/${artifact.id}`;
  return {
    id: artifact.id,
    node_id: nodeId('Artifact', artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.sizeBytes,
    url: context.urls.api(base),
    archive_download_url: context.urls.api(`${base}/zip`),
    expired: isExpired(artifact, context.store.now()),
    created_at: artifact.createdAt,
    expires_at: artifact.expiresAt,
    updated_at: artifact.updatedAt,
    digest: artifact.digest,
    workflow_run: {
      id: artifact.runId,
      repository_id: repo.id,
      head_repository_id: repo.id,
      head_branch: artifact.ref.replace(/^refs\/(heads|tags)\//, ''),
      head_sha: artifact.sha,
    },
  };
}

/** The finalized artifact `artifact_id` of the request's repository, or 404. */
function located(context: HandlerContext): ArtifactRecord {
  const artifact = findArtifact(context.repo!, Number(context.params.artifact_id));
  if (!artifact?.finalized) throw notFound();
  return artifact;
}

/** A page of `artifacts` (newest first, optional `name` filter) as GitHub lists them. */
function listed(context: HandlerContext, artifacts: ArtifactRecord[], path: string) {
  const name = context.query.name;
  const selected = artifacts.filter((a) => a.finalized && (name === undefined || a.name === name)).reverse();
  const { page, headers } = paginate(selected, context.query, context.urls.api(path));
  return {
    status: 200,
    headers,
    body: { total_count: selected.length, artifacts: page.map((a) => shape(context, a)) },
  };
}

/** The artifacts family: the results service's Twirp methods and the REST operations. */
export const artifacts: FamilyWithRawRoutes = {
  name: 'artifacts',
  handlers: {
    'actions/list-workflow-run-artifacts': (context) => {
      const repo = context.repo!;
      const runId = Number(context.params.run_id);
      return listed(
        context,
        artifactsOf(repo).filter((a) => a.runId === runId),
        `/repos/${repo.owner}/${repo.name}/actions/runs/${runId}/artifacts`,
      );
    },
    'actions/list-artifacts-for-repo': (context) => {
      const repo = context.repo!;
      return listed(context, artifactsOf(repo), `/repos/${repo.owner}/${repo.name}/actions/artifacts`);
    },
    'actions/get-artifact': (context) => ({ status: 200, body: shape(context, located(context)) }),
    'actions/download-artifact': (context) => {
      const artifact = located(context);
      if (context.params.archive_format !== 'zip') throw notFound();
      if (isExpired(artifact, context.store.now())) throw new ApiError(410, 'Artifact has expired');
      const location = signedDownloadUrl(context.store, context.urls, artifact);
      return { status: 302, headers: { location }, raw: '' };
    },
    'actions/delete-artifact': (context) => {
      remove(context.repo!, located(context), context.store);
      return { status: 204 };
    },
  },
  rawRoutes: [artifactService],
};
