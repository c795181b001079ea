/**
 * The lineage record of a training run, `lineage.json`: how a model was made (commit, ref, the run
 * attempt's URL, data digests, parameters, seed, environment, GPUs, wall time, GPU-hours and cost),
 * in exactly the manifest's `lineage` shape, so the train action writes it and the register action
 * stores it as is. Both ends live here: `trainingLineage` builds the record from what the train
 * action measured, and `parseLineageRecord` + `lineageForRegistration` read it back at registration,
 * where a record from another commit is refused, never registered silently. Pure: the adapters read
 * files, clocks and the runner environment (`runnerLineage`, shared/registry/lineage-from-env.ts)
 * and pass plain values in.
 */
import { UserError } from '../errors.js';
import type { TrainingPolicy } from '../config/policy-types.js';
import { parseYamlSource } from '../config/yaml-source.js';
import { throwProblems, zodIssuesToProblems } from '../config/zod-issues.js';
import type { RunnerRegistration } from '../registry/lineage-from-env.js';
import { lineageSchema, type Lineage, type TrainingGpu, type TrainingRun } from '../registry/manifest.js';

/** What the train action knows at the end of a run, as plain values. */
export interface TrainingLineageInput {
  /**
   * Commit, ref, run URL (with its attempt) and the runner's environment, as `runnerLineage`
   * reads them: the register action reads them by the same rules, so a pull request's model carries
   * the PR's head SHA on both sides.
   */
  readonly runner: Pick<RunnerRegistration, 'commit' | 'lineage'>;
  /** `GITHUB_RUN_ATTEMPT` (the run context's `run.attempt`). */
  readonly runAttempt?: number;
  /** sha256 (and size) of each data file, by path relative to the workspace. */
  readonly data?: Lineage['data'];
  /** sha256 of the training data's profile, when one was made. */
  readonly profileSha256?: string;
  readonly parameters?: Lineage['parameters'];
  readonly seed?: number;
  /** The machine's own facts: OS, CPU, Node (e.g. `{os: 'Linux 6.8.0 x64', cpu: '…', node: 'v24.1.0'}`). */
  readonly environment?: Readonly<Record<string, string>>;
  /** What the script reported on `modelship:env` lines (python, torch, its CUDA runtime…). */
  readonly reported?: Readonly<Record<string, string>>;
  /** The GPUs visible to the command, with their usage over the run; empty on CPU. */
  readonly gpus: readonly TrainingGpu[];
  /** The CUDA version the driver supports, from nvidia-smi. */
  readonly cuda?: string;
  /** Where it trained; default `gpu` when `gpus` is not empty, else `cpu`. */
  readonly device?: TrainingRun['device'];
  readonly startedAt: Date;
  readonly finishedAt: Date;
  /** The policy's price of a GPU-hour; no `gpu_hour_price`, no cost. */
  readonly price?: Pick<TrainingPolicy, 'gpu_hour_price' | 'currency'>;
  /** The last epoch of the restored checkpoint, when the run resumed. */
  readonly resumedFromEpoch?: number;
}

const SECONDS_PER_HOUR = 3600;

/**
 * GPU-hours of a run: wall-clock hours × the number of GPUs it held. The GPUs are counted whether or
 * not the script used each of them: the runner reserved (and the provider billed) all of them.
 */
export function gpuHoursOf(wallSeconds: number, gpuCount: number): number {
  return (Math.max(0, wallSeconds) / SECONDS_PER_HOUR) * Math.max(0, gpuCount);
}

/** The cost estimate of `gpuHours` at the policy's price, or undefined when the policy sets none. */
export function trainingCost(
  gpuHours: number,
  price: Pick<TrainingPolicy, 'gpu_hour_price' | 'currency'> | undefined,
): TrainingRun['cost'] {
  if (price?.gpu_hour_price === undefined) return undefined;
  return { amount: gpuHours * price.gpu_hour_price, currency: price.currency, pricePerGpuHour: price.gpu_hour_price };
}

/** `2 × NVIDIA H100 80GB HBM3`, or the names in order when they differ. */
function gpuSummary(gpus: readonly TrainingGpu[]): string {
  const names = [...new Set(gpus.map((g) => g.name))];
  return names.length === 1
    ? `${gpus.length > 1 ? `${gpus.length} × ` : ''}${names[0]!}`
    : gpus.map((g) => g.name).join(', ');
}

/** The GPU facts that belong in `environment`: `gpu`, `gpu.driver`, `gpu.cuda`. */
function gpuEnvironment(gpus: readonly TrainingGpu[], cuda: string | undefined): Record<string, string> {
  if (gpus.length === 0) return {};
  const drivers = [...new Set(gpus.flatMap((g) => (g.driver ? [g.driver] : [])))];
  return {
    gpu: gpuSummary(gpus),
    ...(drivers.length ? { 'gpu.driver': drivers.join(', ') } : {}),
    ...(cuda ? { 'gpu.cuda': cuda } : {}),
  };
}

/**
 * The lineage of a training run, valid under `lineageSchema`.
 * - `environment`: what the script reported, then the runner's and the machine's facts, then the
 *   GPU facts; a script's key never overrides a fact the action measured itself.
 * - `training.gpuHours` = wall hours × GPU count on a GPU, 0 on CPU; `training.cost` = GPU-hours ×
 *   the policy's `gpu_hour_price`, absent without a price.
 * @throws Error when the inputs do not make a valid lineage (a bug in the caller, not user input).
 */
export function trainingLineage(input: TrainingLineageInput): Lineage {
  const { runner, gpus } = input;
  const device = input.device ?? (gpus.length ? 'gpu' : 'cpu');
  const wallSeconds = Math.max(0, (input.finishedAt.getTime() - input.startedAt.getTime()) / 1000);
  const gpuHours = device === 'gpu' ? gpuHoursOf(wallSeconds, gpus.length) : 0;
  const cost = trainingCost(gpuHours, input.price);
  const environment = {
    ...input.reported,
    ...runner.lineage.environment,
    ...input.environment,
    ...gpuEnvironment(gpus, input.cuda),
  };
  const training: TrainingRun = {
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    wallSeconds,
    device,
    ...(gpus.length ? { gpus: gpus.map((g) => ({ ...g })) } : {}),
    ...(input.cuda ? { cuda: input.cuda } : {}),
    gpuHours,
    ...(cost ? { cost } : {}),
    ...(input.resumedFromEpoch !== undefined ? { resumedFromEpoch: input.resumedFromEpoch } : {}),
    ...(input.runAttempt !== undefined ? { runAttempt: input.runAttempt } : {}),
  };
  return lineageSchema.parse({
    commit: runner.commit,
    ...(runner.lineage.ref ? { ref: runner.lineage.ref } : {}),
    ...(runner.lineage.runUrl ? { runUrl: runner.lineage.runUrl } : {}),
    ...(input.data?.length ? { data: input.data } : {}),
    ...(input.profileSha256 ? { profileSha256: input.profileSha256 } : {}),
    ...(input.parameters ? { parameters: input.parameters } : {}),
    ...(input.seed !== undefined ? { seed: input.seed } : {}),
    ...(Object.keys(environment).length ? { environment } : {}),
    training,
  });
}

/** `lineage.json` as the train action writes it (2-space JSON, trailing newline). */
export function serializeLineage(lineage: Lineage): string {
  return `${JSON.stringify(lineage, null, 2)}\n`;
}

const RECORD_HINT = 'Pass the lineage.json the train action wrote (its `lineage-path` output), unedited';

/**
 * Reads a `lineage.json`; `file` names it in errors. Not JSON, or not a lineage under
 * `lineageSchema`, is a UserError naming the file, the line and the key (`training.gpus[0].name`).
 */
export function parseLineageRecord(text: string, file: string): Lineage {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`Not valid JSON (${(error as Error).message})`, { location: { file }, hint: RECORD_HINT });
  }
  const parsed = lineageSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  // JSON is YAML, so the YAML source gives each key's line and column.
  const problems = zodIssuesToProblems(parsed.error.issues, parseYamlSource(text, file), lineageSchema);
  throwProblems(problems.map((p) => ({ ...p, hint: p.hint ?? RECORD_HINT })));
}

/** What a registration was given besides the record: the runner's facts and the register inputs. */
export interface RegistrationLineageInput {
  /** The record read by `parseLineageRecord`, and the path it came from. */
  readonly record: Lineage;
  readonly file: string;
  /** What `registrationFromRunner` read for this registration. */
  readonly runner: Pick<RunnerRegistration, 'commit' | 'lineage'>;
  /** The register action's own `parameters`, `seed` and `data` inputs, when given. */
  readonly parameters?: Lineage['parameters'];
  readonly seed?: number;
  readonly data?: Lineage['data'];
}

/** The value with every mapping's keys sorted, so that key order never makes two values differ. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
        )
      : value;

/** Whether two lineage fields say the same; data files compare by path and sha256 (a size may be missing). */
function same(key: 'parameters' | 'seed' | 'data', a: unknown, b: unknown): boolean {
  if (key === 'data') {
    const files = (d: unknown) =>
      ((d ?? []) as { path: string; sha256: string }[]).map((f) => `${f.sha256}  ${f.path}`).sort();
    return JSON.stringify(files(a)) === JSON.stringify(files(b));
  }
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

/**
 * The lineage a registration stores when it is given a training record:
 * - the record's commit must be the commit being registered (the tag points there): a model trained
 *   from another commit is a UserError, never registered silently;
 * - the record's ref, run URL and environment stand (they describe the run that trained, which may be
 *   another job or runner than the one registering); the runner's fill only what the record lacks;
 * - `parameters`, `seed` and `data` given to the register step fill what the record lacks, and must
 *   equal what it already says.
 */
export function lineageForRegistration(input: RegistrationLineageInput): Lineage {
  const { record, file, runner } = input;
  if (record.commit !== runner.commit) {
    throw new UserError(
      `The model was trained from commit ${record.commit}, but this run registers commit ${runner.commit}`,
      {
        location: { file, key: 'commit' },
        hint: 'Register in the workflow run that trained the model (same commit), or train again at this commit',
      },
    );
  }
  const fill = <K extends 'parameters' | 'seed' | 'data'>(key: K, given: Lineage[K] | undefined): Lineage[K] => {
    if (given === undefined || record[key] === undefined) return given ?? record[key];
    if (!same(key, record[key], given)) {
      throw new UserError(`The ${key} input disagrees with the training record's ${key}`, {
        location: { file, key },
        hint: `Leave the ${key} input empty: the training record already says what the run used`,
      });
    }
    return record[key];
  };
  const parameters = fill('parameters', input.parameters);
  const seed = fill('seed', input.seed);
  const data = fill('data', input.data);
  const environment = record.environment ?? runner.lineage.environment;
  const ref = record.ref ?? runner.lineage.ref;
  const runUrl = record.runUrl ?? runner.lineage.runUrl;
  return {
    ...record,
    ...(ref ? { ref } : {}),
    ...(runUrl ? { runUrl } : {}),
    ...(parameters !== undefined ? { parameters } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(data !== undefined ? { data } : {}),
    ...(environment ? { environment } : {}),
  };
}
