/**
 * The drift report file as the drift-report action writes it: pretty JSON and its sha256, taken of
 * the exact bytes written, so `sha256sum` of the file matches the digest the drift issue and the
 * retraining dispatch carry.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sha256Hex } from '../registry/digest.js';
import type { DriftReport } from './report.js';

/** Writes `report` to `path` (creating folders) and returns the sha256 (hex) of the bytes written. */
export async function writeDriftReportFile(report: DriftReport, path: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return sha256Hex(bytes);
}
