/** A small churn dataset in a temporary folder, shared by the end-to-end tests. */
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateChurn } from '../../examples/churn/generate.js';

export const repoRoot = join(import.meta.dirname, '..', '..');

/** Writes a small churn dataset plus the example expectations file into a fresh folder. */
export function churnWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelship-churn-'));
  generateChurn(join(dir, 'data'), { trainRows: 3000, holdoutRows: 1000, weeks: 2, rowsPerWeek: 1500, driftWeek: 2 });
  cpSync(join(repoRoot, 'examples', 'churn', 'churn.expectations.yml'), join(dir, 'churn.expectations.yml'));
  return dir;
}

let exampleData: string | undefined;

/**
 * A file of the churn example as `npm run demo` sees it. `data/…` paths come from the example's
 * generator with its default options, written once per test process into a temporary folder:
 * `examples/churn/data/` is ignored by git, so a clean clone does not have it.
 */
export function churnExample(path: string): string {
  if (path.startsWith('data/')) {
    exampleData ??= mkdtempSync(join(tmpdir(), 'modelship-churn-example-'));
    if (!existsSync(join(exampleData, 'train.csv'))) generateChurn(exampleData);
    return readFileSync(join(exampleData, path.slice('data/'.length)), 'utf8');
  }
  return readFileSync(join(repoRoot, 'examples', 'churn', path), 'utf8');
}
