/**
 * Reading stages: what runs in a stage now (`current`), what ran there at a time (`at`), and the
 * full record (`history`). The rule: the version live in a stage at time T is that of the newest
 * model deployment (by creation) created at or before T whose newest decisive status at or before
 * T (success, failure or error) is `success`. `inactive` is ignored: GitHub adds it to earlier
 * deployments when a later one succeeds (including deployments Actions jobs create in the same
 * environment), and supersession is already given by the creation order. A rollback is simply a
 * newer deployment of an older version. Nothing is ever deleted.
 *
 * The promotion protocol's queries live here too: the deployment a comment already ran, and what a
 * rollback restores.
 *
 * Cost does not depend on how many versions the registry holds: one page of deployments, one
 * status list per deployment looked at (usually one: the newest), then the version (2 calls).
 */
import { UserError } from '../errors.js';
import type { Deployment, DeploymentState, DeploymentStatus, DeploymentWithStatuses } from '../github/client.js';
import type { RegistryContext } from './context.js';
import { DEPLOYMENT_TASK, toStageDeployment, type StageDeployment } from './deployments.js';
import { IntegrityError } from './integrity-error.js';
import { getVersion } from './lookup.js';
import { checkModelName, checkStageName, MANIFEST_ASSET, stageEnvironment, versionTag } from './names.js';
import type { RegisteredVersion } from './types.js';

const PAGE_SIZE = 100;
const DECISIVE = new Set<DeploymentState>(['success', 'failure', 'error']);

/** What runs in a stage. */
export interface StageVersion {
  readonly model: string;
  readonly stage: string;
  readonly version: RegisteredVersion;
  readonly deployment: StageDeployment;
  /** When the deployment's success was recorded. */
  readonly since: string;
}

/** One deployment of a stage's history, with its statuses. */
export interface StageHistoryEntry {
  readonly deployment: StageDeployment;
  /** Newest first, as GitHub lists them. */
  readonly statuses: readonly DeploymentStatus[];
  /** The newest status, or `none` when nothing was reported yet. */
  readonly state: DeploymentState | 'none';
  /** True for the deployment live in the stage now. */
  readonly live: boolean;
}

function ms(iso: string): number {
  return Date.parse(iso);
}

/** The newest decisive status at or before `time` (ms), from statuses listed newest first. */
function decisiveAt(statuses: readonly DeploymentStatus[], time: number): DeploymentStatus | undefined {
  return statuses.find((s) => DECISIVE.has(s.state) && ms(s.createdAt) <= time);
}

/** Pages of the deployments of one environment, fetched once each. */
class DeploymentPages {
  readonly #pages = new Map<number, readonly Deployment[]>();
  lastPage = 1;

  constructor(
    private readonly context: RegistryContext,
    private readonly environment: string,
  ) {}

  async page(number: number): Promise<readonly Deployment[]> {
    const cached = this.#pages.get(number);
    if (cached) return cached;
    const page = await this.context.github.listDeployments({
      environment: this.environment,
      task: DEPLOYMENT_TASK,
      perPage: PAGE_SIZE,
      page: number,
    });
    if (number === 1) this.lastPage = page.lastPage ?? 1;
    this.#pages.set(number, page.items);
    return page.items;
  }
}

/**
 * The first page holding a deployment created at or before `time`: page 1, or a binary search over
 * pages (newest first, so "oldest item ≤ time" is monotone in the page number).
 */
async function firstPageAtOrBefore(pages: DeploymentPages, time: number): Promise<number | undefined> {
  const first = await pages.page(1);
  const oldest = (items: readonly Deployment[]) => items.at(-1);
  const holds = (items: readonly Deployment[]) => {
    const item = oldest(items);
    return item !== undefined && ms(item.createdAt) <= time;
  };
  if (first.length === 0) return undefined;
  if (holds(first)) return 1;
  let lo = 2;
  let hi = pages.lastPage;
  if (lo > hi) return undefined;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (holds(await pages.page(mid))) hi = mid;
    else lo = mid + 1;
  }
  return holds(await pages.page(lo)) ? lo : undefined;
}

/** The live deployment of a stage at `time` (ms), walking back from the newest created by then. */
async function liveDeploymentAt(
  context: RegistryContext,
  model: string,
  stage: string,
  time: number,
): Promise<{ deployment: StageDeployment; since: string } | undefined> {
  const pages = new DeploymentPages(context, stageEnvironment(model, stage));
  const start = await firstPageAtOrBefore(pages, time);
  if (start === undefined) return undefined;
  for (let number = start; number <= pages.lastPage; number++) {
    for (const raw of await pages.page(number)) {
      if (ms(raw.createdAt) > time) continue;
      const deployment = toStageDeployment(raw);
      if (!deployment || deployment.model !== model || deployment.stage !== stage) continue;
      const { items } = await context.github.listDeploymentStatuses(raw.id, { perPage: PAGE_SIZE, page: 1 });
      const decisive = decisiveAt(items, time);
      if (decisive?.state === 'success') return { deployment, since: decisive.createdAt };
    }
  }
  return undefined;
}

/** Resolves the version a deployment names and checks it is still the bytes that were deployed. */
async function resolve(
  context: RegistryContext,
  model: string,
  stage: string,
  live: { deployment: StageDeployment; since: string },
): Promise<StageVersion> {
  const { deployment } = live;
  const version = await getVersion(context, model, deployment.version);
  if (!version) {
    throw new UserError(
      `${stage} of ${model} runs ${deployment.payload.tag} (deployment ${deployment.id}), which is no longer a readable version`,
      {
        location: { key: deployment.payload.tag },
        hint: 'Its release was deleted or damaged; run `modelship registry verify` on it, then roll back or deploy another version',
      },
    );
  }
  if (version.manifestSha256 !== deployment.payload.manifest_sha256) {
    throw new IntegrityError(
      version.tag,
      MANIFEST_ASSET,
      `sha256:${deployment.payload.manifest_sha256} (deployment ${deployment.id})`,
      `sha256:${version.manifestSha256}`,
    );
  }
  return { model, stage, version, deployment, since: live.since };
}

/**
 * The version live in `stage` now, or undefined when nothing was ever deployed successfully.
 * Calls: 1 (deployments) + 1 per deployment looked at (1 when the newest succeeded) + 2 (version).
 */
export async function current(
  context: RegistryContext,
  model: string,
  stage: string,
): Promise<StageVersion | undefined> {
  checkModelName(model);
  checkStageName(stage);
  // No time bound (not the local clock): GitHub's timestamps and ours may disagree by seconds.
  const live = await liveDeploymentAt(context, model, stage, Number.POSITIVE_INFINITY);
  return live && resolve(context, model, stage, live);
}

/**
 * The version that was live in `stage` at `time`, or undefined. Calls as `current`, plus a binary
 * search over pages of 100 deployments when `time` is older than the newest 100 deployments.
 */
export async function at(
  context: RegistryContext,
  model: string,
  stage: string,
  time: Date,
): Promise<StageVersion | undefined> {
  checkModelName(model);
  checkStageName(stage);
  const live = await liveDeploymentAt(context, model, stage, time.getTime());
  return live && resolve(context, model, stage, live);
}

/**
 * The deployments of `stage`, newest first, each with its statuses (`limit` default 30).
 * Calls: ⌈limit / 100⌉ pages + 1 per deployment.
 */
export async function history(
  context: RegistryContext,
  model: string,
  stage: string,
  options: { limit?: number } = {},
): Promise<StageHistoryEntry[]> {
  checkModelName(model);
  checkStageName(stage);
  const limit = options.limit ?? 30;
  const pages = new DeploymentPages(context, stageEnvironment(model, stage));
  const deployments: StageDeployment[] = [];
  for (let number = 1; deployments.length < limit && number <= pages.lastPage; number++) {
    const items = await pages.page(number);
    if (items.length === 0) break;
    for (const raw of items) {
      const deployment = toStageDeployment(raw);
      if (deployment && deployment.model === model && deployment.stage === stage && deployments.length < limit) {
        deployments.push(deployment);
      }
    }
  }
  const statuses: DeploymentStatus[][] = [];
  for (let i = 0; i < deployments.length; i += 10) {
    const batch = deployments.slice(i, i + 10);
    statuses.push(
      ...(await Promise.all(
        batch.map(async (d) => [
          ...(await context.github.listDeploymentStatuses(d.id, { perPage: PAGE_SIZE, page: 1 })).items,
        ]),
      )),
    );
  }
  let liveFound = false;
  return deployments.map((deployment, index) => {
    const list = statuses[index] ?? [];
    const live = !liveFound && decisiveAt(list, Number.POSITIVE_INFINITY)?.state === 'success';
    if (live) liveFound = true;
    return { deployment, statuses: list, state: list[0]?.state ?? 'none', live };
  });
}

/** The model deployments of (model, stage) among the newest 100, newest first (1 call). */
export async function newestDeployments(
  context: RegistryContext,
  model: string,
  stage: string,
): Promise<StageDeployment[]> {
  const items = await new DeploymentPages(context, stageEnvironment(model, stage)).page(1);
  return items.flatMap((raw) => {
    const deployment = toStageDeployment(raw);
    return deployment && deployment.model === model && deployment.stage === stage ? [deployment] : [];
  });
}

/** A model deployment of a stage with its statuses (newest first), as one query reads them. */
export interface StageRecord {
  readonly deployment: StageDeployment;
  readonly statuses: readonly DeploymentStatus[];
}

/**
 * The model deployments of (model, stage) among deployments read with their statuses
 * (`GitHubClient.readStageFacts`: the newest 100 of the stage's environment, newest first).
 */
export function stageRecords(read: readonly DeploymentWithStatuses[], model: string, stage: string): StageRecord[] {
  return read.flatMap((raw) => {
    const deployment = toStageDeployment(raw);
    return deployment && deployment.model === model && deployment.stage === stage
      ? [{ deployment, statuses: raw.statuses }]
      : [];
  });
}

/**
 * The newest deployment among `records` that ran comment `commentId`: how a repeated command finds
 * out that it already ran.
 */
export function deploymentOfComment(records: readonly StageRecord[], commentId: number): StageDeployment | undefined {
  return records.find((r) => r.deployment.payload.comment_id === commentId)?.deployment;
}

/** What a rollback restores, or why there is nothing to restore. */
export type RollbackTarget =
  { readonly deployment: StageDeployment; readonly live: StageDeployment } | { readonly refusal: string };

/**
 * The deployment a rollback restores: the newest successful deployment of a version other than the
 * live one (or of `version`, when named), walking back through `records` (the stage's newest 100).
 */
export function rollbackTarget(
  records: readonly StageRecord[],
  model: string,
  stage: string,
  version: number | undefined,
): RollbackTarget {
  let live: StageDeployment | undefined;
  for (const { deployment, statuses } of records) {
    if (decisiveAt(statuses, Number.POSITIVE_INFINITY)?.state !== 'success') continue;
    if (!live) {
      live = deployment;
      if (version === live.version) return { refusal: `${live.payload.tag} is already live in ${stage}` };
      continue;
    }
    if (version === undefined ? deployment.version !== live.version : deployment.version === version) {
      return { deployment, live };
    }
  }
  if (!live) return { refusal: `nothing was ever deployed successfully to ${stage} of ${model}` };
  return {
    refusal:
      version === undefined
        ? `${stage} of ${model} has run only ${live.payload.tag} in its last 100 deployments; there is nothing earlier to roll back to`
        : `${versionTag(model, version)} never ran successfully in ${stage} (last 100 deployments); a rollback only restores a version that ran there — promote it instead`,
  };
}
