/**
 * The manifest (`modelship.json`), the registry's record of what a version is: every asset's sha256
 * and size, the ONNX signature, metrics, gates, the importances it relies on, lineage, the creator and the time. It is the anchor
 * that readers check the release against, so it is parsed strictly (unknown keys are refused) and
 * its JSON Schema (schemas/manifest.schema.json) is generated from this zod schema.
 */
import * as z from 'zod';
import { MODEL_NAME_PATTERN } from './names.js';

/**
 * The manifest schema version this code writes and reads. It changes only when a manifest valid under
 * the old schema would be refused (a field made required, a meaning changed); fields added as optional,
 * like the lineage's `training` block, keep it, so every registered version stays readable.
 */
export const MANIFEST_SCHEMA_VERSION = 1;

const sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe('sha256 as 64 lower-case hex digits.');
const commitSha = z
  .string()
  .regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/)
  .describe('A full commit SHA.');
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const actor = z
  .strictObject({
    id: z.number().int().positive().describe('Numeric GitHub user id (stable across renames).'),
    login: z.string().min(1).describe('Login at the time of registration.'),
  })
  .describe('A GitHub user.');

const tensor = z
  .strictObject({
    name: z.string().min(1),
    type: z.string().min(1).describe('Element type, e.g. `float32`, `int64`, `string`.'),
    shape: z
      .array(z.union([z.number().int().min(0), z.string(), z.null()]))
      .describe('Dimensions; a string or null is a symbolic (dynamic) dimension.'),
  })
  .describe('One input or output of the model.');

/** An asset record: name, size, sha256 and role. */
export const manifestAssetSchema = z
  .strictObject({
    name: z.string().min(1),
    size: z.number().int().min(0).describe('Bytes.'),
    sha256,
    role: z
      .enum(['model', 'profile', 'artifact'])
      .describe('`model`: the model file; `profile`: the reference profile.'),
    mediaType: z.string().optional(),
  })
  .describe('An asset of the release (every asset except modelship.json itself).');

/** A gate result. */
export const gateResultSchema = z
  .strictObject({
    name: z.string().min(1),
    passed: z.boolean(),
    metric: z.string().optional(),
    value: finite.optional(),
    threshold: finite.optional(),
    comparison: z.string().optional().describe('How value was compared with threshold, e.g. `>=`.'),
    detail: z.string().optional(),
  })
  .describe('One evaluation gate and its outcome.');

const nonNegative = z.number().min(0).refine(Number.isFinite, 'must be a finite number');
const percent = z.number().min(0).max(100);

/** One GPU of a training run: what it is and how hard it worked (everything but the name optional). */
export const trainingGpuSchema = z
  .strictObject({
    name: z.string().min(1).describe('As nvidia-smi names it, e.g. `NVIDIA H100 80GB HBM3` (a MIG slice included).'),
    uuid: z.string().min(1).optional().describe('`GPU-…` or `MIG-…` UUID.'),
    driver: z.string().min(1).optional().describe('NVIDIA driver version, e.g. `550.54.15`.'),
    memoryTotalMiB: nonNegative.optional().describe('Memory of the GPU, MiB.'),
    utilizationMean: percent.optional().describe('Mean utilisation over the run, percent.'),
    utilizationMax: percent.optional().describe('Highest utilisation sampled, percent.'),
    memoryPeakMiB: nonNegative.optional().describe('Most memory in use in any sample, MiB.'),
  })
  .describe('A GPU the model was trained on.');

/** What the training run itself cost and ran on (written by the train action). */
export const trainingRunSchema = z
  .strictObject({
    startedAt: z.iso.datetime({ offset: true }).describe('When the training command started (this attempt).'),
    finishedAt: z.iso.datetime({ offset: true }).describe('When it ended.'),
    wallSeconds: nonNegative.describe('Wall-clock seconds of the command in this attempt.'),
    device: z.enum(['gpu', 'cpu']).describe('Where it trained: `cpu` when no GPU was found and the policy allowed it.'),
    gpus: z.array(trainingGpuSchema).optional().describe('The GPUs visible to the command, one entry each.'),
    cuda: z.string().min(1).optional().describe("The CUDA version the driver supports (nvidia-smi's `CUDA Version`)."),
    gpuHours: nonNegative.describe('Wall hours × number of GPUs (0 on CPU).'),
    cost: z
      .strictObject({
        amount: nonNegative.describe('gpuHours × pricePerGpuHour.'),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .describe('ISO 4217 code, e.g. `USD`.'),
        pricePerGpuHour: nonNegative.describe("The policy's `training.gpu_hour_price`."),
      })
      .optional()
      .describe('Cost estimate, when the policy sets a price per GPU-hour.'),
    resumedFromEpoch: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe('The last epoch of the restored checkpoint, when the run resumed after a kill.'),
    runAttempt: z.number().int().min(1).optional().describe('`GITHUB_RUN_ATTEMPT` of the run that trained.'),
  })
  .refine((t) => Date.parse(t.finishedAt) >= Date.parse(t.startedAt), {
    error: 'finishedAt is before startedAt',
    path: ['finishedAt'],
  })
  .describe('The training run: time, hardware, GPU-hours and cost.');

/** Lineage: where the version came from. */
export const lineageSchema = z
  .strictObject({
    commit: commitSha.describe('The commit the model was trained from (the tag points here).'),
    ref: z.string().optional().describe('The branch or tag, e.g. `refs/heads/main`.'),
    runUrl: z.url().optional().describe('The workflow run that produced the model.'),
    data: z
      .array(z.strictObject({ path: z.string().min(1), sha256, size: z.number().int().min(0).optional() }))
      .optional()
      .describe('sha256 of each training data file.'),
    profileSha256: sha256
      .optional()
      .describe('sha256 of the training data profile (profile.json when registered with one).'),
    parameters: z.record(z.string(), z.json()).optional().describe('Training parameters.'),
    seed: z.number().int().optional(),
    environment: z
      .record(z.string(), z.string())
      .optional()
      .describe(
        'OS, CPU, Node, GPU, driver, CUDA and the versions the training script reported, e.g. `{"gpu": "NVIDIA H100", "torch": "2.5.1"}`.',
      ),
    training: trainingRunSchema.optional().describe('Set when the train action trained the model.'),
  })
  .describe('Where the version came from.');

/** One feature's permutation importance, as the manifest keeps it. */
export const featureImportanceSchema = z
  .strictObject({
    feature: z.string().min(1),
    mean: finite.describe('Mean over the repeats of the metric’s drop when the feature is shuffled (positive: used).'),
    std: finite.describe('Standard deviation over the repeats.'),
    ci_low: finite.nullable().describe('Lower end of the interval (null with one repeat).'),
    ci_high: finite.nullable().describe('Upper end of the interval (null with one repeat).'),
    share: z.number().min(0).max(1).describe('Share of the model’s positive importance mass (0-1).'),
  })
  .describe('One feature’s permutation importance.');

/** What the version relies on: its permutation importance on the evaluation holdout (shared/explain). */
export const importanceSchema = z
  .strictObject({
    metric: z.string().min(1).describe('The metric whose drop is measured, e.g. `roc_auc`.'),
    baseline: finite.describe('The metric on the unpermuted rows.'),
    rows: z.number().int().min(1).describe('Rows the importance was computed on.'),
    repeats: z.number().int().min(1).describe('Permutations per feature.'),
    seed: z.number().int().min(0),
    confidence: z.number().gt(0).lt(1).describe('Confidence of the intervals (Student t over the repeats).'),
    features: z.array(featureImportanceSchema).describe('Every feature, the most important first.'),
  })
  .describe('Permutation importance of the version (what it relies on).');

/** The manifest schema. */
export const manifestSchema = z
  .strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(MANIFEST_SCHEMA_VERSION),
    model: z.string().regex(MODEL_NAME_PATTERN),
    version: z.number().int().min(1),
    tag: z.string().describe('`<model>/v<version>`.'),
    createdAt: z.iso.datetime({ offset: true }),
    creator: actor,
    assets: z.array(manifestAssetSchema).min(1),
    signature: z
      .strictObject({ inputs: z.array(tensor), outputs: z.array(tensor) })
      .optional()
      .describe('The ONNX input and output signature.'),
    metrics: z.record(z.string(), finite).optional(),
    champion: z
      .strictObject({ version: z.number().int().min(1), metrics: z.record(z.string(), finite) })
      .optional()
      .describe('The champion the metrics were compared with.'),
    gates: z.array(gateResultSchema).optional(),
    importance: importanceSchema
      .optional()
      .describe('What the version relies on, from the evaluation (absent in older manifests).'),
    lineage: lineageSchema,
    candidate: z
      .strictObject({ pr: z.number().int().positive(), headSha: commitSha })
      .optional()
      .describe('Set when registered from a pull request workflow.'),
  })
  .describe('modelship.json: the manifest of a model version in the registry.');

/** A manifest. */
export type Manifest = z.infer<typeof manifestSchema>;
/** One asset record of a manifest. */
export type ManifestAsset = z.infer<typeof manifestAssetSchema>;
/** A gate result. */
export type GateResult = z.infer<typeof gateResultSchema>;
/** The importance block of a manifest. */
export type ManifestImportance = z.infer<typeof importanceSchema>;
/** Lineage of a version. */
export type Lineage = z.infer<typeof lineageSchema>;
/** The training run recorded in a lineage. */
export type TrainingRun = z.infer<typeof trainingRunSchema>;
/** One GPU of a training run. */
export type TrainingGpu = z.infer<typeof trainingGpuSchema>;
/** The ONNX signature. */
export type ModelSignature = NonNullable<Manifest['signature']>;

/** Serializes a manifest as the bytes of `modelship.json` (2-space JSON, trailing newline). */
export function serializeManifest(manifest: Manifest): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
}

/** Parses `modelship.json` bytes; a list of problems (empty when valid) and the manifest when valid. */
export function parseManifest(bytes: Uint8Array): { manifest?: Manifest; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    return { problems: [`modelship.json is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const result = manifestSchema.safeParse(value);
  if (result.success) return { manifest: result.data, problems: [] };
  return {
    problems: result.error.issues.map((issue) => `modelship.json (${issue.path.join('.') || '$'}): ${issue.message}`),
  };
}

/** The JSON Schema of the manifest (draft-7), for schemas/manifest.schema.json. */
export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(manifestSchema, { target: 'draft-7' }) as Record<string, unknown>;
  return { ...schema, title: 'modelship manifest (modelship.json)' };
}
