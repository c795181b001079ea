/** The promote action's inputs, parsed once by one schema (see action.yml for their docs). */
import { z } from 'zod';

export const INPUT_NAMES = ['token', 'app-id', 'lock-wait-seconds'] as const;

const whole = (what: string) =>
  z
    .string()
    .regex(/^\d+$/, `expected ${what}`)
    .transform((v) => Number.parseInt(v, 10));

export const inputsSchema = z
  .object({
    token: z.string({ error: 'expected a token (the default is `${{ github.token }}`)' }).min(1),
    'app-id': whole('a numeric App id').default(15368),
    'lock-wait-seconds': whole('a whole number of seconds').default(20),
  })
  .strict();

export type Inputs = z.infer<typeof inputsSchema>;
