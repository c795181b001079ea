/**
 * Workflow artifacts (the v4 kind `@actions/artifact` uploads): one zip per name per run, its bytes
 * in the sandbox's blob storage. The results service addresses them by the run's and job's
 * backend ids (from the runtime token), the REST API by repository, run id and artifact id, so a
 * record keeps both.
 */
import { repoSlice, type RepoRecord } from './store.js';

/** One artifact. */
export interface ArtifactRecord {
  id: number;
  name: string;
  /** `GITHUB_RUN_ID` of the run that uploaded it. */
  runId: number;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** The run's ref and commit (the REST shape's `workflow_run.head_branch`, `head_sha`). */
  ref: string;
  sha: string;
  /** Blob name in the `actions-results` container. */
  blob: string;
  /** Set by FinalizeArtifact: until then the upload is in progress and the artifact invisible. */
  finalized: boolean;
  sizeBytes: number;
  /** `sha256:<hex>` of the zip, as the client computed it while uploading. */
  digest: string | null;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
}

/** Blob container of artifact zips. */
export const ARTIFACT_CONTAINER = 'actions-results';

/** GitHub's default artifact retention (repository setting `GITHUB_RETENTION_DAYS`, 90 days). */
export const DEFAULT_RETENTION_DAYS = 90;

/** The artifacts of `repo`, oldest first. */
export function artifactsOf(repo: RepoRecord): ArtifactRecord[] {
  return repoSlice(repo, 'actions-artifacts', () => [] as ArtifactRecord[]);
}

/** The artifact of `repo` with `id`, finalized or not. */
export function findArtifact(repo: RepoRecord, id: number): ArtifactRecord | undefined {
  return artifactsOf(repo).find((a) => a.id === id);
}

/** True once `artifact` is past its retention at `now`. */
export function isExpired(artifact: ArtifactRecord, now: Date): boolean {
  return Date.parse(artifact.expiresAt) <= now.getTime();
}
