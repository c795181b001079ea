/** The evaluate action's inputs, parsed once by one schema (see action.yml for their docs). */
import { z } from 'zod';
import { booleanInput, listInput } from '../../common/inputs.js';
import { MODEL_NAME_PATTERN, STAGE_NAME_PATTERN } from '../../../shared/registry/names.js';

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
  model: z.string().regex(MODEL_NAME_PATTERN, {
    error: 'expected a model name: 1–40 lower-case letters, digits and `-`, starting with a letter',
  }),
  candidate: z.string().optional(),
  predictions: z.string().optional(),
  data: listInput.optional(),
  label: z.string({ error: 'expected the label column' }).min(1),
  task: z.enum(['binary', 'multiclass', 'regression'], { error: 'expected binary, multiclass or regression' }),
  slices: listInput.optional(),
  features: listInput.optional(),
  classes: listInput.optional(),
  stage: z
    .string()
    .regex(STAGE_NAME_PATTERN, {
      error: 'expected a stage name: 1–30 lower-case letters, digits and `-`, starting with a letter',
    })
    .default('production'),
  policy: z.string().optional(),
  'fail-on-gate': booleanInput.default(true),
  'report-path': z.string().default('modelship-evaluation.json'),
  'check-name': z.string().min(1).max(100).default('modelship/evaluate'),
  comment: booleanInput.default(true),
  token: z.string({ error: 'expected a token (the default is `${{ github.token }}`)' }).min(1),
} satisfies Record<(typeof INPUT_NAMES)[number], z.ZodType>;

export const inputsSchema = z
  .object(shape)
  .strict()
  .refine((i) => (i.candidate === undefined) !== (i.predictions === undefined), {
    path: ['candidate'],
    message: 'expected exactly one of `candidate` (an ONNX model) and `predictions` (a file of labels and scores)',
  })
  .refine((i) => i.candidate === undefined || (i.data !== undefined && i.data.length > 0), {
    path: ['data'],
    message: 'expected the holdout files to score `candidate` on',
  });

export type Inputs = z.infer<typeof inputsSchema>;
