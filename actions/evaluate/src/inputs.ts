/** The evaluate action's inputs, parsed once by one schema (see action.yml for their docs). */
import { z } from 'zod';
import { booleanInput, listInput, modelInput, reportPathInput, stageInput, tokenInput } from '../../common/inputs.js';

export const INPUT_NAMES = [
  'model',
  'candidate',
  'predictions',
  'data',
  'label',
  'task',
  'slices',
  'features',
  'classes',
  'stage',
  'policy',
  'fail-on-gate',
  'report-path',
  'check-name',
  'comment',
  'token',
] as const;

const shape = {
  model: modelInput,
  candidate: z.string().optional(),
  predictions: z.string().optional(),
  data: listInput.optional(),
  label: z.string({ error: 'expected the label column' }).min(1),
  task: z.enum(['binary', 'multiclass', 'regression'], { error: 'expected binary, multiclass or regression' }),
  slices: listInput.optional(),
  features: listInput.optional(),
  classes: listInput.optional(),
  stage: stageInput.default('production'),
  policy: z.string().optional(),
  'fail-on-gate': booleanInput.default(true),
  'report-path': reportPathInput('modelship-evaluation.json'),
  'check-name': z.string().min(1).max(100).default('modelship/evaluate'),
  comment: booleanInput.default(true),
  token: tokenInput,
} satisfies Record<(typeof INPUT_NAMES)[number], z.ZodType>;

/** Which inputs combine is checked after parsing, by shared/evaluate/sources.ts (the CLI's rule too). */
export const inputsSchema = z.object(shape).strict();

export type Inputs = z.infer<typeof inputsSchema>;
