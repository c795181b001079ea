/** The deploy action's inputs, parsed once by one schema (see action.yml for their docs). */
import { z } from 'zod';
import { booleanInput, tokenInput } from '../../common/inputs.js';
import { DURATION_PATTERN, parseDuration } from '../../../shared/config/duration.js';

export const INPUT_NAMES = [
  'token',
  'server-url',
  'admin-token',
  'wait-timeout',
  'kubectl',
  'namespace',
  'storage-uri',
  'dry-run',
] as const;

const shape = {
  token: tokenInput,
  'server-url': z
    .string()
    .regex(/^https?:\/\/\S+$/, 'expected an http(s) URL such as https://models.example.com')
    .optional(),
  'admin-token': z.string().optional(),
  'wait-timeout': z
    .string()
    .regex(new RegExp(DURATION_PATTERN), 'expected a duration like 90s, 30m or 2h')
    .transform((v) => parseDuration(v)!)
    .default(30 * 60_000),
  kubectl: z.string().min(1).default('kubectl'),
  namespace: z
    .string()
    .regex(/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, 'expected a Kubernetes namespace name')
    .optional(),
  'storage-uri': z.string().min(1).default('{asset_url}'),
  'dry-run': booleanInput.default(false),
} satisfies Record<(typeof INPUT_NAMES)[number], z.ZodType>;

export const inputsSchema = z.object(shape).strict();

export type Inputs = z.infer<typeof inputsSchema>;
