/** The train action's inputs, parsed once by one schema (see action.yml for their docs). */
import { z } from 'zod';
import { booleanInput, listInput, modelInput, tokenInput } from '../../common/inputs.js';

/** The names of the action's inputs, as action.yml declares them. */
export const INPUT_NAMES = [
  'command',
  'working-directory',
  'model',
  'model-path',
  'data',
  'holdout',
  'label',
  'parameters',
  'seed',
  'require-gpu',
  'timeout-minutes',
  'checkpoint-dir',
  'checkpoint-key',
  'progress-interval',
  'policy',
  'token',
] as const;

/** A positive decimal number of minutes (`0.5` is thirty seconds). */
const minutesInput = z
  .string()
  .regex(/^\d+(\.\d+)?$/, 'expected a positive number of minutes, e.g. `340` or `0.5`')
  .transform(Number)
  .pipe(z.number().positive('expected more than 0 minutes'));

const shape = {
  command: z.string({ error: 'expected the training command, e.g. `python train.py`' }).min(1),
  'working-directory': z.string().default('.'),
  model: modelInput,
  'model-path': z.string().default('model.onnx'),
  data: listInput.optional(),
  holdout: z.string().optional(),
  label: z.string().optional(),
  parameters: z.string().optional(),
  seed: z
    .string()
    .regex(/^\d+$/, 'expected a non-negative integer')
    .transform((v) => Number.parseInt(v, 10))
    .pipe(
      z
        .number()
        .int()
        .max(2 ** 32 - 1, 'expected a seed below 2^32 (PYTHONHASHSEED and NumPy take 32 bits)'),
    )
    .default(0),
  'require-gpu': booleanInput.default(true),
  'timeout-minutes': minutesInput.default(340),
  'checkpoint-dir': z.string().default('.modelship/checkpoints'),
  'checkpoint-key': z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'expected 1–64 letters, digits, `.`, `_` or `-`')
    .optional(),
  'progress-interval': z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'expected a number of seconds')
    .transform(Number)
    .pipe(z.number().min(1, 'expected at least 1 second'))
    .default(30),
  policy: z.string().optional(),
  token: tokenInput,
} satisfies Record<(typeof INPUT_NAMES)[number], z.ZodType>;

/** The one schema every input is parsed by (unknown inputs are refused). */
export const inputsSchema = z.object(shape).strict();

/** The parsed inputs. */
export type Inputs = z.infer<typeof inputsSchema>;
