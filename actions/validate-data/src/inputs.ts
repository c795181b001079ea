/** The validate-data action's inputs, parsed once by one schema (see action.yml for their docs). */
import { z } from 'zod';
import { countInput, listInput, reportPathInput } from '../../common/inputs.js';

export const INPUT_NAMES = [
  'data',
  'expectations',
  'reference-profile',
  'fail-on',
  'report-path',
  'max-annotations',
  'workers',
] as const;

const shape = {
  data: listInput.pipe(z.array(z.string()).min(1, 'expected at least one glob')),
  expectations: z.string(),
  'reference-profile': z.string().optional(),
  'fail-on': z.enum(['error', 'warn', 'never']).default('error'),
  'report-path': reportPathInput('modelship-validation.json'),
  'max-annotations': countInput.default(10),
  workers: countInput.pipe(z.number().min(1, 'expected 1 or more worker threads')).optional(),
} satisfies Record<(typeof INPUT_NAMES)[number], z.ZodType>;

export const inputsSchema = z.object(shape).strict();

export type Inputs = z.infer<typeof inputsSchema>;
