/**
 * Stages are GitHub Deployments: one environment per (model, stage), named `<model>/<stage>`, and
 * one deployment per attempt to put a version there. This file writes them (the building blocks of
 * promotion, rollback and the deploy action) and reads their payload back:
 * - `ref` is the version's exact commit SHA, never a branch;
 * - `task` is `deploy:model`, so deployments that Actions jobs create in the same environment
 *   (task `deploy`) are never mistaken for model deployments;
 * - `auto_merge: false` and `required_contexts: []`, explicitly (GitHub's defaults would merge the
 *   default branch into the ref, or refuse an older commit whose checks are not all green);
 * - the payload binds the deployment to the bytes: model, stage, version, tag, release id, commit,
 *   the manifest's sha256 and every asset's digest, plus the audit fields of the request.
 */
import * as z from 'zod';
import type { Actor, Deployment, DeploymentState, DeploymentStatus } from '../github/client.js';
import type { RegistryContext } from './context.js';
import { githubDigest } from './digest.js';
import { checkStageName, stageEnvironment } from './names.js';
import type { RegisteredVersion } from './types.js';

/** The `task` of every model deployment. */
export const DEPLOYMENT_TASK = 'deploy:model';

/** The payload schema version. */
export const DEPLOYMENT_PAYLOAD_VERSION = 1;

const actorSchema = z.object({ id: z.number().int().positive(), login: z.string() });

/** The payload of a model deployment (unknown keys are kept, for the callers' own audit fields). */
export const deploymentPayloadSchema = z.looseObject({
  modelship: z.literal(DEPLOYMENT_PAYLOAD_VERSION),
  model: z.string(),
  stage: z.string(),
  version: z.number().int().min(1),
  tag: z.string(),
  release_id: z.number().int(),
  commit: z.string(),
  manifest_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Asset name → `sha256:<hex>`. */
  digests: z.record(z.string(), z.string()),
  reason: z.enum(['promote', 'rollback', 'deploy']).optional(),
  requested_by: actorSchema.optional(),
  approved_by: z.array(actorSchema).optional(),
  comment_url: z.string().optional(),
  comment_id: z.number().int().optional(),
  delivery_id: z.string().optional(),
});

/** The payload of a model deployment. */
export type DeploymentPayload = z.infer<typeof deploymentPayloadSchema>;

/** A model deployment: a GitHub deployment with its parsed payload. */
export interface StageDeployment {
  readonly id: number;
  readonly model: string;
  readonly stage: string;
  readonly environment: string;
  readonly version: number;
  /** The commit deployed (the version's commit). */
  readonly sha: string;
  readonly createdAt: string;
  readonly creator: Actor | null;
  readonly description: string | null;
  readonly payload: DeploymentPayload;
  readonly url: string;
}

/** Audit fields and options of a new deployment. */
export interface CreateDeploymentOptions {
  readonly reason?: 'promote' | 'rollback' | 'deploy';
  readonly requestedBy?: Actor;
  readonly approvedBy?: readonly Actor[];
  readonly commentUrl?: string;
  /** The comment id, so a redelivered or repeated command can be recognised from GitHub's own state. */
  readonly commentId?: number;
  /** `X-GitHub-Delivery` of the webhook that asked for it. */
  readonly deliveryId?: string;
  readonly description?: string;
  /** Extra payload keys (GitHub allows any JSON); they may not override the registry's keys. */
  readonly extra?: Record<string, unknown>;
}

/** The payload binding a deployment of `version` to `stage`. */
export function deploymentPayload(
  version: RegisteredVersion,
  stage: string,
  options: CreateDeploymentOptions = {},
): DeploymentPayload {
  const digests: Record<string, string> = {};
  for (const asset of version.assets) digests[asset.name] = githubDigest(asset.sha256);
  return {
    ...options.extra,
    modelship: DEPLOYMENT_PAYLOAD_VERSION,
    model: version.model,
    stage,
    version: version.version,
    tag: version.tag,
    release_id: version.releaseId,
    commit: version.commit,
    manifest_sha256: version.manifestSha256,
    digests,
    ...(options.reason ? { reason: options.reason } : {}),
    ...(options.requestedBy ? { requested_by: { id: options.requestedBy.id, login: options.requestedBy.login } } : {}),
    ...(options.approvedBy ? { approved_by: options.approvedBy.map((a) => ({ id: a.id, login: a.login })) } : {}),
    ...(options.commentUrl ? { comment_url: options.commentUrl } : {}),
    ...(options.commentId !== undefined ? { comment_id: options.commentId } : {}),
    ...(options.deliveryId ? { delivery_id: options.deliveryId } : {}),
  };
}

/** A GitHub deployment as a model deployment, or undefined when it is not one of ours. */
export function toStageDeployment(deployment: Deployment): StageDeployment | undefined {
  if (deployment.task !== DEPLOYMENT_TASK) return undefined;
  const parsed = deploymentPayloadSchema.safeParse(
    typeof deployment.payload === 'string' ? safeJson(deployment.payload) : deployment.payload,
  );
  if (!parsed.success) return undefined;
  const payload = parsed.data;
  return {
    id: deployment.id,
    model: payload.model,
    stage: payload.stage,
    environment: deployment.environment,
    version: payload.version,
    sha: deployment.sha,
    createdAt: deployment.createdAt,
    creator: deployment.creator,
    description: deployment.description,
    payload,
    url: deployment.url,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Creates the deployment of `version` to `stage` (1 call). It starts with no status; report
 * progress with `recordDeploymentStatus`.
 */
export async function createDeployment(
  context: RegistryContext,
  version: RegisteredVersion,
  stage: string,
  options: CreateDeploymentOptions = {},
): Promise<StageDeployment> {
  checkStageName(stage);
  const payload = deploymentPayload(version, stage, options);
  const created = await context.github.createDeployment({
    ref: version.commit,
    task: DEPLOYMENT_TASK,
    environment: stageEnvironment(version.model, stage),
    payload,
    description: (options.description ?? `${version.tag} to ${stage}`).slice(0, 140),
    autoMerge: false,
    requiredContexts: [],
    productionEnvironment: stage === 'production',
    transientEnvironment: false,
  });
  const deployment = toStageDeployment(created);
  if (!deployment) throw new Error(`GitHub returned deployment ${created.id} without the modelship payload`);
  return deployment;
}

/** A status to record on a deployment. */
export interface DeploymentOutcome {
  readonly state: DeploymentState;
  /** At most 140 characters (longer text is cut). */
  readonly description?: string;
  readonly logUrl?: string;
  readonly environmentUrl?: string;
}

/** Records a deployment status (1 call). A `success` also marks earlier deployments to the stage inactive (GitHub). */
export async function recordDeploymentStatus(
  context: RegistryContext,
  deploymentId: number,
  outcome: DeploymentOutcome,
): Promise<DeploymentStatus> {
  return context.github.createDeploymentStatus(deploymentId, {
    state: outcome.state,
    ...(outcome.description === undefined ? {} : { description: [...outcome.description].slice(0, 140).join('') }),
    ...(outcome.logUrl === undefined ? {} : { logUrl: outcome.logUrl }),
    ...(outcome.environmentUrl === undefined ? {} : { environmentUrl: outcome.environmentUrl }),
  });
}
