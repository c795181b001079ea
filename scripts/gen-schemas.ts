/**
 * Generates the JSON Schemas that editors use for completion (`# yaml-language-server: $schema=`)
 * (and the registry manifest, modelship.json) from the zod schemas in shared/config and
 * shared/registry, so the two never drift apart.
 *   npx tsx scripts/gen-schemas.ts          writes schemas/*.schema.json
 *   npx tsx scripts/gen-schemas.ts --check  fails (exit 1) when a committed file is out of date
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { expectationsJsonSchema } from '../shared/config/expectations.js';
import { manifestJsonSchema } from '../shared/registry/manifest.js';
import { policyJsonSchema } from '../shared/config/policy.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Each generated file and its content. */
const targets: { path: string; content: () => Record<string, unknown> }[] = [
  { path: 'schemas/expectations.schema.json', content: expectationsJsonSchema },
  { path: 'schemas/manifest.schema.json', content: manifestJsonSchema },
  { path: 'schemas/policy.schema.json', content: policyJsonSchema },
];

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const target of targets) {
    const file = resolve(root, target.path);
    // Formatted as prettier would, so `prettier --check .` and this check agree.
    const options = (await resolveConfig(file)) ?? {};
    const text = await format(JSON.stringify(target.content()), { ...options, filepath: file });
    const current = await readFile(file, 'utf8').catch(() => undefined);
    if (current === text) continue;
    if (check) {
      console.error(`${target.path} is out of date; run: npx tsx scripts/gen-schemas.ts`);
      stale += 1;
    } else {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
      console.log(`wrote ${target.path}`);
    }
  }
  return stale ? 1 : 0;
}

process.exitCode = await main();
