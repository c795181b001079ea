/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and tells where the time went: self time per function
 * (name, file and line), as a Markdown table. P7 prints it for the model server and for the bare
 * peer when run with `--cpu-prof`, so a gap between them points at code, not at a guess.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { markdownTable } from './measure.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The `top` functions by self time in the profile at `file`, as a Markdown table. */
export function hottestFunctions(file: string, top: number): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const frame = byId.get(id)!.callFrame;
    const where = frame.url ? `${shorten(frame.url)}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'}\t${where}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
  });
  const rows = [...selfMs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => {
      const [name, where] = key.split('\t') as [string, string];
      return [name, where, ms.toFixed(0), `${((100 * ms) / totalMs).toFixed(1)}%`];
    });
  return markdownTable(['function', 'where', 'self ms', 'share'], rows);
}

function shorten(url: string): string {
  const path = url.startsWith('file://') ? new URL(url).pathname : url;
  const inRepo = relative(process.cwd(), path);
  return inRepo.startsWith('..') ? path : inRepo;
}
