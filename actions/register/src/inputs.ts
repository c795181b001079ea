/** The register action's inputs, parsed once by one schema (see action.yml for their docs). */
import { z } from 'zod';
import { listInput, modelInput, tokenInput } from '../../common/inputs.js';

export const INPUT_NAMES = [
  'model',
  'model-file',
  'metrics',
  'profile',
  'signature',
  'lineage',
  'parameters',
  'gate',
  'importance',
  'seed',
  'data',
  'data-digests',
  'token',
] as const;

const shape = {
  model: modelInput,
  'model-file': z.string(),
  metrics: z.string().optional(),
  profile: z.string().optional(),
  signature: z.string().optional(),
  lineage: z.string().optional(),
  parameters: z.string().optional(),
  gate: z.string().optional(),
  importance: z.string().optional(),
  seed: z
    .string()
    .regex(/^-?\d+$/, 'expected an integer')
    .transform((v) => Number.parseInt(v, 10))
    .pipe(z.number().int().safe('expected an integer that fits in a double'))
    .optional(),
  data: listInput.optional(),
  'data-digests': z.string().optional(),
  token: tokenInput,
} satisfies Record<(typeof INPUT_NAMES)[number], z.ZodType>;

export const inputsSchema = z.object(shape).strict();

export type Inputs = z.infer<typeof inputsSchema>;
