/**
 * P7's load generator: one autocannon run (an npm load generator, not a hand-written one) from its
 * own process, so the client does not share an event loop with the harness or with the server it
 * measures. It reads its settings as one JSON argument, the request body from a file (binary bodies
 * travel byte for byte), and prints autocannon's figures as one JSON line on stdout.
 *
 *   node --import tsx bench/p7-load.ts '{"url": ..., "bodyFile": ..., "headers": {...}, "connections": 32, "seconds": 30}'
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

/** What the harness asks of one load run. */
export interface LoadSettings {
  readonly url: string;
  readonly bodyFile: string;
  readonly headers: Record<string, string>;
  readonly connections: number;
  readonly seconds: number;
}

/** What one load run measured (autocannon's result, the parts P7 reports and checks). */
export interface LoadResult {
  /** Mean requests per second (autocannon's per-second samples). */
  readonly requestsPerSecond: number;
  readonly total: number;
  readonly ok2xx: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  /** Latency percentiles in ms (autocannon records whole milliseconds). */
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
}

// autocannon ships no types; the slice of its API used here.
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}
type Autocannon = (options: {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Buffer;
  connections: number;
  duration: number;
}) => Promise<AutocannonResult>;

const settings = JSON.parse(process.argv[2] ?? '{}') as LoadSettings;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
const result = await autocannon({
  url: settings.url,
  method: 'POST',
  headers: settings.headers,
  body: readFileSync(settings.bodyFile),
  connections: settings.connections,
  duration: settings.seconds,
});
const out: LoadResult = {
  requestsPerSecond: result.requests.average,
  total: result.requests.total,
  ok2xx: result['2xx'],
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  p50: result.latency.p50,
  p99: result.latency.p99,
  mean: result.latency.average,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
