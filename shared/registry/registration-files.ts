/**
 * Reads what a registration is made of from files a training job leaves behind (the model file,
 * metrics.json, profile.json, a signature, parameters, data files to hash or a `sha256sum` list),
 * with a located UserError for every mistake, so the register action and the CLI stay thin and
 * report bad files the same way.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readUserBytes } from '../read-user-file.js';
import { basename, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import * as z from 'zod';
import { UserError } from '../errors.js';
import { parseProfile } from '../profile/index.js';
import type { GateResult, Lineage, ModelSignature } from './manifest.js';
import type { ModelFile } from './register.js';

/** Where the pieces of a registration are; paths are relative to `cwd`. */
export interface RegistrationFileInputs {
  readonly cwd: string;
  /** The model file (its base name becomes the asset name, e.g. `model.onnx`). */
  readonly modelFile: string;
  /** A JSON file of metrics: `{"auc": 0.91}`; nested objects become dotted names (`test.auc`). */
  readonly metrics?: string;
  /** A reference profile made by `modelship profile` (stored as profile.json). */
  readonly profile?: string;
  /** The ONNX signature as JSON (`{"inputs": [...], "outputs": [...]}`) or the path of a JSON file. */
  readonly signature?: string;
  /** Training parameters as a JSON object or the path of a JSON file. */
  readonly parameters?: string;
  /**
   * The evaluation gate as the evaluate action's `gate` output gives it (`{"passed": bool, "checks":
   * [{"name", "threshold", "value", "passed", "message"}]}`), inline or as a file path.
   */
  readonly gate?: string;
  /** Data files (paths or globs) to hash into the lineage. */
  readonly data?: readonly string[];
  /** Digests of data files that are not on this machine, in `sha256sum` format (`<hex>  <path>` per line). */
  readonly dataDigests?: string;
}

/** The registration parts read from those files. */
export interface RegistrationFiles {
  readonly files: ModelFile[];
  readonly profile?: Uint8Array;
  readonly metrics?: Record<string, number>;
  readonly signature?: ModelSignature;
  readonly parameters?: Lineage['parameters'];
  readonly data?: NonNullable<Lineage['data']>;
  readonly gates?: GateResult[];
}

const evaluationGateSchema = z.object({
  passed: z.boolean(),
  checks: z.array(
    z.object({
      name: z.string().min(1),
      passed: z.boolean(),
      value: z.number().nullable().optional(),
      threshold: z.number().nullable().optional(),
      message: z.string().optional(),
    }),
  ),
});

/** The evaluate action's gate as the manifest's gate results (one per check). */
function gateResults(value: Record<string, unknown>, where: string): GateResult[] {
  const parsed = evaluationGateSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(`Not an evaluation gate: ${issue.message}`, {
      location: { key: `gate.${issue.path.join('.')}`, ...(where.trimStart().startsWith('{') ? {} : { file: where }) },
      hint: "Pass the evaluate action's `gate` output (`${{ steps.evaluate.outputs.gate }}`)",
    });
  }
  return parsed.data.checks.map((c) => ({
    name: c.name,
    passed: c.passed,
    ...(typeof c.value === 'number' && Number.isFinite(c.value) ? { value: c.value } : {}),
    ...(typeof c.threshold === 'number' && Number.isFinite(c.threshold) ? { threshold: c.threshold } : {}),
    ...(c.message ? { detail: c.message } : {}),
  }));
}

function parseJson(text: string, where: { file?: string; key: string }): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`Not valid JSON (${(error as Error).message})`, {
      location: where.file ? { file: where.file } : { key: where.key },
      hint: 'Pass a JSON object or the path of a JSON file',
    });
  }
}

/** A JSON object given inline (starting with `{`) or as the path of a file (relative to `cwd`); `key` names the input in errors. */
export async function jsonObject(cwd: string, value: string, key: string): Promise<Record<string, unknown>> {
  const inline = value.trimStart().startsWith('{');
  const file = inline ? undefined : value;
  const text = inline ? value : new TextDecoder().decode(await readUserBytes(value, cwd, `${key} file`));
  const parsed = parseJson(text, { file, key });
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new UserError('Expected a JSON object', { location: file ? { file } : { key }, hint: `Fix the ${key}` });
  }
  return parsed as Record<string, unknown>;
}

/** Flattens `{"test": {"auc": 0.9}}` to `{"test.auc": 0.9}`; anything but finite numbers is refused. */
function flattenMetrics(value: Record<string, unknown>, file: string, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, v] of Object.entries(value)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof v === 'number' && Number.isFinite(v)) out[key] = v;
    else if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      Object.assign(out, flattenMetrics(v as Record<string, unknown>, file, key));
    } else {
      throw new UserError(`Metric "${key}" is ${JSON.stringify(v)}, not a finite number`, {
        location: { file, key },
        hint: 'Metrics are numbers; keep other values in parameters',
      });
    }
  }
  return out;
}

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** sha256 and size of every file the paths or globs match (relative to `cwd`, sorted per pattern); a pattern matching nothing is a UserError. */
export async function hashData(cwd: string, patterns: readonly string[]): Promise<NonNullable<Lineage['data']>> {
  const out: NonNullable<Lineage['data']> = [];
  for (const pattern of patterns) {
    const matches = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
    if (matches.length === 0) {
      throw new UserError(`No data file matches "${pattern}"`, {
        location: { key: 'data' },
        hint: `Check the path or glob; it is resolved against ${cwd}`,
      });
    }
    for (const match of matches) {
      const path = resolve(cwd, match);
      out.push({ path: relative(cwd, path), sha256: await sha256OfFile(path), size: (await stat(path)).size });
    }
  }
  return out;
}

/** Parses `sha256sum` output: `<64 hex>  <path>` (or `<hex> *<path>`) per line; blank and `#` lines skipped. */
export function parseDigestList(text: string, source = 'data-digests'): NonNullable<Lineage['data']> {
  const out: NonNullable<Lineage['data']> = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const match = /^\s*(?:sha256:)?([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line);
    if (!match) {
      throw new UserError(`Line ${index + 1} is not "<sha256>  <path>"`, {
        location: { key: source, line: index + 1 },
        hint: 'Use the output of `sha256sum <files>`',
      });
    }
    out.push({ path: match[2]!, sha256: match[1]!.toLowerCase() });
  });
  return out;
}

/** Reads every part of a registration that lives in files. */
export async function readRegistrationFiles(inputs: RegistrationFileInputs): Promise<RegistrationFiles> {
  const { cwd } = inputs;
  const model = await readUserBytes(inputs.modelFile, cwd, 'model file');
  let profile: Uint8Array | undefined;
  if (inputs.profile) {
    profile = await readUserBytes(inputs.profile, cwd, 'profile');
    parseProfile(new TextDecoder().decode(profile), inputs.profile); // a located UserError when it is not a profile
  }
  const metrics = inputs.metrics
    ? flattenMetrics(await jsonObject(cwd, inputs.metrics, 'metrics'), inputs.metrics)
    : undefined;
  const signature = inputs.signature
    ? ((await jsonObject(cwd, inputs.signature, 'signature')) as unknown as ModelSignature)
    : undefined;
  // JSON.parse only ever yields JSON values.
  const parameters = inputs.parameters
    ? ((await jsonObject(cwd, inputs.parameters, 'parameters')) as Lineage['parameters'])
    : undefined;
  const gates = inputs.gate ? gateResults(await jsonObject(cwd, inputs.gate, 'gate'), inputs.gate) : undefined;
  const data = [
    ...(inputs.data?.length ? await hashData(cwd, inputs.data) : []),
    ...(inputs.dataDigests ? parseDigestList(inputs.dataDigests) : []),
  ];
  return {
    files: [{ name: basename(inputs.modelFile), data: model, role: 'model' }],
    ...(profile ? { profile } : {}),
    ...(metrics ? { metrics } : {}),
    ...(signature ? { signature } : {}),
    ...(parameters ? { parameters } : {}),
    ...(data.length ? { data } : {}),
    ...(gates ? { gates } : {}),
  };
}
