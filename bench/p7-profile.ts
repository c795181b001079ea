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

/** Where a profile's time went: its busy (non-idle) time, and the `top` functions by self time. */
export interface Hotspots {
  /** Sampled time that was not `(idle)`, ms. */
  readonly busyMs: number;
  /** Markdown: function, file:line, self ms, share of the busy time. */
  readonly table: string;
}

/** The `top` functions by self time in the profile at `file` (idle time left out of the shares). */
export function hottestFunctions(file: string, top: number): Hotspots {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<string, number>();
  let busyMs = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    busyMs += ms;
    // tsx compiles each TypeScript file to one line, so for those only the file says anything.
    const line = frame.lineNumber > 0 ? `:${frame.lineNumber + 1}` : '';
    const where = frame.url ? `${shorten(frame.url)}${line}` : '';
    const key = `${frame.functionName || '(anonymous)'}\t${where}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
  });
  const rows = [...selfMs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => {
      const [name, where] = key.split('\t') as [string, string];
      return [name, where, ms.toFixed(0), `${((100 * ms) / busyMs).toFixed(1)}%`];
    });
  return { busyMs, table: markdownTable(['function', 'where', 'self ms', 'share of busy'], rows) };
}

function shorten(url: string): string {
  const path = url.startsWith('file://') ? new URL(url).pathname : url;
  const inRepo = relative(process.cwd(), path);
  return inRepo.startsWith('..') ? path : inRepo;
}
