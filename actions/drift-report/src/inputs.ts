/** The drift-report action's inputs, parsed once by one schema (see action.yml for their docs). */
import { z } from 'zod';
import { booleanInput, listInput, modelInput, reportPathInput, stageInput, tokenInput } from '../../common/inputs.js';
import { DRIFT_METHODS } from '../../../shared/config/policy-schema.js';

export const INPUT_NAMES = [
  'model',
  'stage',
  'current',
  'reference',
  'policy',
  'method',
  'columns',
  'prediction-column',
  'time-column',
  'from',
  'to',
  'issue',
  'default-branch',
  'fail-on-drift',
  'report-path',
  'token',
] as const;

/** `fail-on-drift`: a severity, `never`, or a boolean (`true` = warn, `false` = never). */
const failOn = z
  .enum(['never', 'warn', 'alert', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE'], {
    error: 'expected never, warn, alert, true (= warn) or false (= never)',
  })
  .transform((v): 'never' | 'warn' | 'alert' => {
    const lower = v.toLowerCase();
    return lower === 'true' ? 'warn' : lower === 'false' ? 'never' : (lower as 'never' | 'warn' | 'alert');
  });

const shape = {
  model: modelInput,
  stage: stageInput.optional(),
  current: listInput.pipe(z.array(z.string()).min(1, 'expected at least one file or glob')),
  reference: listInput.optional(),
  policy: z.string().optional(),
  method: z.enum(DRIFT_METHODS, { error: `expected one of ${DRIFT_METHODS.join(', ')}` }).default('auto'),
  columns: listInput.optional(),
  'prediction-column': z.string().optional(),
  'time-column': z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  issue: booleanInput.default(true),
  'default-branch': z.string().optional(),
  'fail-on-drift': failOn.default('never'),
  'report-path': reportPathInput('modelship-drift.json'),
  token: tokenInput,
} satisfies Record<(typeof INPUT_NAMES)[number], z.ZodType>;

/** Which inputs combine (`from`/`to` need `time-column`) is checked by shared/drift (the CLI's rule too). */
export const inputsSchema = z.object(shape).strict();

export type Inputs = z.infer<typeof inputsSchema>;
