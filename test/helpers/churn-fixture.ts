/** A small churn dataset in a temporary folder, shared by the end-to-end tests. */
import { cpSync, mkdtempSync } from 'node:fs';
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
