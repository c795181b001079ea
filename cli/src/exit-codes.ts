/** The CLI's documented exit codes (see docs/cli.md). */
export const EXIT = {
  /** Success: every check passed. */
  ok: 0,
  /** A gate or check failed. */
  failed: 1,
  /** A usage, config or data error: nothing was judged. */
  usage: 2,
  /** An internal error (a bug in modelship). */
  internal: 3,
} as const;
