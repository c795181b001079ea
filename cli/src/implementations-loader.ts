/**
 * How a verb reaches its implementation: one dynamic import of cli/src/implementations.ts, which
 * holds every verb's modules. Registering the verbs (their flags and help) loads none of them, so
 * `--version` and `--help` stay light; running a verb loads them all, as ONE chunk: bundled into one
 * chunk, webpack (ncc) concatenates the modules and their hot loops call each other directly. A
 * dynamic import per module instead split them into many chunks, whose calls across chunks go
 * through export getters: `modelship validate` on P1's 1M-row CSV measured 1.75–1.81 s that way
 * against 1.50–1.57 s in one chunk (docs/cli.md, Start-up).
 */
export const implementations = () => import('./implementations.js');
