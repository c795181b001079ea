/**
 * One model deployment, from the `deployment` event to its last status: `in_progress` at once, the
 * release verified against the payload (nothing is deployed when any byte differs), the stage's
 * target (`none`, `server`, `kserve`), then `success` with the environment URL or `failure` with
 * the reason, both with the link to this run's log. A failed canary's analysis is also written to
 * the release (analysis-record.ts) before the failure is posted, so the App's reply can carry it.
 * The stage marker is never written here: the App writes it from the status it receives.
 */
import { modelPolicy, POLICY_PATH, type DeployPolicy } from '../config/policy.js';
import { isUserError, UserError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { readPolicy } from '../promote/facts.js';
import type { StageDeployment } from '../registry/deployments.js';
import type { Registry } from '../registry/registry.js';
import { fitStatus } from './analysis.js';
import { withAnalysisRecord } from './analysis-record.js';
import { expandStorageUri, inferenceServiceYaml, renderInferenceService } from './kserve.js';
import { kserveCanaryPercent, planOfDeployment } from './plan.js';
import { RolloutCancelled, RolloutTimeout, rollOut, type RolloutTime, type ServerAdmin } from './server-rollout.js';
import { verifyRelease } from './verify.js';

/** The side effects a deployment needs, brought by the adapter. */
export interface DeployTargets {
  /** The admin API of the server at `url`. */
  server(url: string): ServerAdmin;
  /** Applies a manifest (`kubectl apply -f -`); resolves with what kubectl printed. */
  applyManifest(yaml: string): Promise<string>;
}

/** Options of `runDeployment`. */
export interface DeployRunOptions {
  readonly registry: Registry;
  readonly deployment: StageDeployment;
  /**
   * The stage's deploy policy and `environment_url`, from the default branch (`stageDeployPolicy`);
   * read after `in_progress`, so a policy that does not load fails the deployment visibly.
   */
  readStage(): Promise<StageDeploy>;
  /** This run's attempt (the statuses' `log_url`). */
  readonly logUrl?: string;
  /** Overrides the policy's `deploy.url`. */
  readonly serverUrl?: string;
  /** Overrides the policy's `deploy.namespace`. */
  readonly namespace?: string;
  readonly storageUri: string;
  readonly timeoutMs: number;
  readonly dryRun: boolean;
  readonly targets: DeployTargets;
  readonly time: RolloutTime;
  readonly signal?: AbortSignal;
  readonly pollMs?: number;
  readonly log: (line: string) => void;
}

/** The stage's deploy settings. */
export interface StageDeploy {
  readonly deploy: DeployPolicy;
  readonly environmentUrl?: string;
}

/** The options with the stage's settings read. */
type Run = DeployRunOptions & StageDeploy;

/** What happened. */
export interface DeployRunResult {
  readonly outcome: 'success' | 'failure' | 'dry-run';
  /** The target, once the policy was read. */
  readonly target?: DeployPolicy['target'];
  /** The status description (≤ 140 characters). */
  readonly description: string;
  /** Markdown for the job summary. */
  readonly summary: string;
  readonly environmentUrl?: string;
  /** The rendered InferenceService (kserve). */
  readonly manifest?: string;
}

/** Deploys one model deployment and records its statuses. */
export async function runDeployment(options: DeployRunOptions): Promise<DeployRunResult> {
  const { registry, deployment } = options;
  const { payload } = deployment;
  let target: DeployPolicy['target'] | undefined;
  const status = async (state: 'in_progress' | 'success' | 'failure', description: string, environmentUrl?: string) => {
    if (options.dryRun) return;
    await registry.recordDeploymentStatus(deployment.id, {
      state,
      description: fitStatus(description),
      ...(options.logUrl === undefined ? {} : { logUrl: options.logUrl }),
      ...(environmentUrl === undefined ? {} : { environmentUrl }),
    });
  };
  const fail = async (reason: string, summary = reason): Promise<DeployRunResult> => {
    const description = fitStatus(`${payload.tag} not deployed to ${payload.stage}: ${reason}`);
    await status('failure', description);
    return { outcome: 'failure', ...(target ? { target } : {}), description, summary: `🔴 ${summary}` };
  };

  await status('in_progress', `deploying ${payload.tag} to ${payload.stage}`);
  let run: Run;
  let verified;
  try {
    const stage = await options.readStage();
    target = stage.deploy.target;
    run = { ...options, ...stage };
    verified = await verifyRelease(registry, payload);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return fail(error.message);
  }
  options.log(
    `${payload.tag} matches deployment ${deployment.id}: manifest and ${verified.version.assets.length} asset(s) verified; target ${target}`,
  );

  try {
    if (target === 'none') {
      const text = `${payload.tag} is live in ${payload.stage} (no serving target)`;
      if (options.dryRun) return { outcome: 'dry-run', target, description: text, summary: text };
      await status('success', text, run.environmentUrl);
      return { outcome: 'success', target, description: text, summary: `🟢 ${text}`, ...env(run.environmentUrl) };
    }
    if (target === 'kserve') return await kserve(run, verified.version, status);
    return await server(run, status, fail);
  } catch (error) {
    if (error instanceof RolloutTimeout || error instanceof RolloutCancelled || isUserError(error)) {
      return fail(error.message);
    }
    await status('failure', `${payload.tag} not deployed: internal error (see the log)`).catch(() => undefined);
    throw error;
  }
}

const env = (url: string | undefined) => (url === undefined ? {} : { environmentUrl: url });

type Status = (state: 'in_progress' | 'success' | 'failure', description: string, url?: string) => Promise<void>;

async function kserve(
  options: Run,
  version: Awaited<ReturnType<typeof verifyRelease>>['version'],
  status: Status,
): Promise<DeployRunResult> {
  const { payload } = options.deployment;
  const modelAsset = version.manifest.assets.find((a) => a.role === 'model') ?? version.assets[0]!;
  // The download URL exactly as GitHub gives it (a tag's `/` is encoded there): 1 call.
  const release = await options.registry.context.github.getRelease(version.releaseId);
  const assetUrl = release?.assets.find((a) => a.name === modelAsset.name)?.browserDownloadUrl ?? '';
  const percent = kserveCanaryPercent(options.deploy, payload.reason);
  const service = renderInferenceService({
    payload,
    deploymentId: options.deployment.id,
    namespace: options.namespace ?? options.deploy.namespace ?? 'default',
    storageUri: expandStorageUri(options.storageUri, {
      model: payload.model,
      version: payload.version,
      tag: payload.tag,
      asset: modelAsset.name,
      assetUrl,
    }),
    ...(percent === undefined ? {} : { canaryTrafficPercent: percent }),
  });
  const manifest = inferenceServiceYaml(service);
  const shown = `\`\`\`yaml\n${manifest}\`\`\``;
  const where = `InferenceService ${service.metadata.namespace}/${service.metadata.name}`;
  if (options.dryRun) {
    return { outcome: 'dry-run', target: 'kserve', description: `would apply ${where}`, summary: shown, manifest };
  }
  const printed = await options.targets.applyManifest(manifest);
  options.log(printed.trim());
  const text = `${payload.tag} applied as ${where}${percent === undefined ? '' : ` (canary ${percent}%)`}`;
  await status('success', text, options.environmentUrl);
  return {
    outcome: 'success',
    target: 'kserve',
    description: fitStatus(text),
    summary: `🟢 ${text}\n\n${shown}`,
    manifest,
    ...env(options.environmentUrl),
  };
}

async function server(
  options: Run,
  status: Status,
  fail: (reason: string, summary?: string) => Promise<DeployRunResult>,
): Promise<DeployRunResult> {
  const { deployment, registry } = options;
  const { payload } = deployment;
  const url = options.serverUrl ?? options.deploy.url;
  if (url === undefined) {
    return fail(
      `stage ${payload.stage} deploys to a server but names none: set deploy.url in .github/modelship.yml or the server-url input`,
    );
  }
  const plan = planOfDeployment(payload.reason, options.deploy);
  if (options.dryRun) {
    const text = `would roll ${payload.tag} out on ${url} by ${plan.strategy}`;
    return {
      outcome: 'dry-run',
      target: 'server',
      description: text,
      summary: `${text}\n\n\`\`\`json\n${JSON.stringify(plan, null, 2)}\n\`\`\``,
    };
  }
  const result = await rollOut({
    admin: options.targets.server(url),
    version: payload.version,
    tag: payload.tag,
    stage: payload.stage,
    plan,
    time: options.time,
    timeoutMs: options.timeoutMs,
    log: options.log,
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  if (!result.ok) {
    if (result.analysis) {
      // The App reads this back when it replies to the failure (a status holds 140 characters).
      const release = await registry.context.github.getRelease(payload.release_id);
      if (release) {
        const body = withAnalysisRecord(release.body, {
          stage: payload.stage,
          deploymentId: deployment.id,
          phase: result.phase ?? result.analysis.phase,
          analysis: result.analysis,
        });
        await registry.context.github.updateRelease(release.id, { body });
      }
    }
    await status('failure', result.description);
    return { outcome: 'failure', target: 'server', description: result.description, summary: `🔴 ${result.summary}` };
  }
  const environmentUrl = options.environmentUrl ?? url;
  await status('success', result.description, environmentUrl);
  return {
    outcome: 'success',
    target: 'server',
    description: result.description,
    summary: `🟢 ${result.summary}`,
    environmentUrl,
  };
}

/**
 * The deploy policy of the deployment's stage from the policy on the default branch (1 call), and
 * its `environment_url`. A stage the policy does not know is a UserError.
 */
export async function stageDeployPolicy(
  github: GitHubClient,
  defaultBranch: string,
  deployment: StageDeployment,
): Promise<StageDeploy> {
  const policy = modelPolicy(await readPolicy(github, defaultBranch), deployment.model);
  const stage = policy.stages.find((s) => s.name === deployment.stage);
  if (!stage) {
    throw new UserError(`stage "${deployment.stage}" of ${deployment.model} is not in the policy`, {
      location: { file: POLICY_PATH, key: `models.${deployment.model}.stages` },
      hint: `Add it on ${defaultBranch}; nothing was deployed`,
    });
  }
  return {
    deploy: stage.deploy,
    ...(stage.environment_url === undefined ? {} : { environmentUrl: stage.environment_url }),
  };
}
