/**
 * Where the policy file lives, on its own: the CLI's help texts name it, and importing policy.ts
 * (zod, YAML and every section's normalizer) just to print `--help` would slow every verb's start.
 */

/** Where the policy lives in a repository (on the default branch). */
export const POLICY_PATH = '.github/modelship.yml';
