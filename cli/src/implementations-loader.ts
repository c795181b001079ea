/**
 * How a verb reaches its implementation: one dynamic import of cli/src/implementations.ts, which
 * holds every verb's modules. Registering the verbs (their flags and help) loads none of them, so
 * `--version` and `--help` stay light; running a verb loads them all, as ONE chunk, where webpack
 * (ncc) concatenates the modules. A dynamic import per module instead split them over about 60
 * chunks, and `modelship validate` on P1's 1M-row CSV took 1.75–1.81 s against 1.50–1.57 s for the
 * single bundle before (its profile put the checks' `onBatch` at twice the self time: calls across
 * chunks go through export getters, the likely cause); in one chunk, 1.59–1.64 s against
 * 1.56–1.61 s (docs/cli.md, Start-up).
 */
export const implementations = () => import('./implementations.js');
