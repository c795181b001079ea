/** The setup-modelship action's inputs, parsed once by one schema (see action.yml for their docs). */
import { z } from 'zod';

export const INPUT_NAMES = ['node'] as const;

export const inputsSchema = z
  .object({
    node: z.enum(['runner', 'path'], { error: 'expected `runner` or `path`' }).default('runner'),
  })
  .strict();

export type Inputs = z.infer<typeof inputsSchema>;
