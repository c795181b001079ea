/**
 * The prediction log's promises on disk: rows sampled at the given rate, files rotated by size,
 * only finished files carry the `.jsonl` name, and a file cut off mid-line by a crash is repaired on
 * the next start so a reader (shared/data's JSON Lines reader) never meets a half line.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDataset } from '../../shared/data/index.js';
import { PredictionLog } from '../../serving/prediction-log.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'modelship-predlog-'));
  dirs.push(dir);
  return dir;
}
const logs: PredictionLog[] = [];
afterEach(() => {
  for (const log of logs.splice(0)) log.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const row = (i: number) => ({
  timestamp: new Date(0).toISOString(),
  model: 'churn',
  model_version: '1',
  request_id: null,
  x: i,
  probability: i / 10,
});

async function readRows(glob: string): Promise<number> {
  const dataset = await openDataset(glob);
  let rows = 0;
  for await (const batch of dataset.batches()) rows += batch.length;
  return rows;
}

describe('prediction log', () => {
  it('samples at the rate it is given', async () => {
    let i = 0;
    const draws = [0.05, 0.5, 0.09, 0.95];
    const log = await PredictionLog.open({ dir: tempDir(), sampleRate: 0.1, random: () => draws[i++ % 4]! });
    logs.push(log);
    expect([log.sampled(), log.sampled(), log.sampled(), log.sampled()]).toEqual([true, false, true, false]);
    const off = await PredictionLog.open({ dir: tempDir(), sampleRate: 0 });
    logs.push(off);
    expect(off.sampled()).toBe(false);
  });

  it('rotates by size, and only finished files are named .jsonl', async () => {
    const dir = tempDir();
    const log = await PredictionLog.open({ dir, sampleRate: 1, maxBytes: 1000 });
    logs.push(log);
    for (let i = 0; i < 40; i++) log.write([row(i)]);
    const names = readdirSync(dir).sort();
    expect(names.filter((n) => n.endsWith('.jsonl')).length).toBeGreaterThanOrEqual(3);
    expect(names.filter((n) => n.endsWith('.partial')).length).toBeLessThanOrEqual(1);
    log.close();
    expect(readdirSync(dir).every((n) => n.endsWith('.jsonl'))).toBe(true);
    expect(await readRows(join(dir, '*.jsonl'))).toBe(40);
  });

  it('rotates by age: a write after max age starts a new file', async () => {
    const dir = tempDir();
    let now = Date.parse('2026-12-06T08:00:00Z');
    const log = await PredictionLog.open({ dir, sampleRate: 1, maxAgeMs: 60_000, now: () => new Date(now) });
    logs.push(log);
    log.write([row(1)]);
    now += 30_000;
    log.write([row(2)]);
    now += 31_000;
    log.write([row(3)]);
    log.close();
    expect(log.finished).toHaveLength(2);
    expect(await readRows(join(dir, '*.jsonl'))).toBe(3);
  });

  it('repairs a file a crash cut off mid-line, so a reader sees every complete row', async () => {
    const dir = tempDir();
    const lines = [row(1), row(2), row(3)].map((r) => JSON.stringify(r)).join('\n');
    writeFileSync(join(dir, 'predictions-crashed.jsonl.partial'), `${lines}\n{"timestamp":"2026-`);
    writeFileSync(join(dir, 'predictions-empty.jsonl.partial'), '{"timest');
    const log = await PredictionLog.open({ dir, sampleRate: 1 });
    logs.push(log);
    expect(readdirSync(dir).sort()).toEqual(['predictions-crashed.jsonl']);
    expect(readFileSync(join(dir, 'predictions-crashed.jsonl'), 'utf8')).toBe(`${lines}\n`);
    expect(await readRows(join(dir, '*.jsonl'))).toBe(3);
  });
});
