/**
 * P3's measuring process: bench/p3.ts's `runP3` bundles this file with esbuild (the library and the
 * pool's worker entry beside it) and runs it with plain `node`, the options as one JSON argument, so
 * that P3 measures the library as the bundled CLI runs it (see bench/p3.ts for why not in the bench's
 * tsx process). Prints P3's tables; exits 1 when P3 could not run fairly.
 */
import * as lib from './p3-library.js';
import { measureP3 } from './p3.js';

const { rows, rounds, resamples, benchDir } = JSON.parse(process.argv[2] ?? '{}') as {
  rows: number;
  rounds: number;
  resamples?: number;
  benchDir: string;
};
const ok = await measureP3(
  { rows, rounds, ...(resamples !== undefined && { resamples }), log: (m) => console.error(m) },
  { lib, bundled: true, benchDir },
);
process.exitCode = ok ? 0 : 1;
