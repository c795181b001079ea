/**
 * Asks `nvidia-smi` (found on PATH, as the NVIDIA driver installs it) one question and returns its
 * text; the parsing is shared/train's. A missing binary, a driver error or a hang is an answer too
 * ("no GPU here", with the reason), never a crash: the caller decides whether that fails the run.
 */
import { execFile } from 'node:child_process';

/** What one `nvidia-smi` call gave. */
export type NvidiaSmiAnswer =
  | { readonly ok: true; readonly stdout: string }
  /** `missing`: no binary on PATH (no driver); otherwise it ran and failed, as `reason` says. */
  | { readonly ok: false; readonly missing: boolean; readonly reason: string };

/** How long one call may take (a wedged driver can hang nvidia-smi). */
const NVIDIA_SMI_TIMEOUT_MS = 10_000;

/** Runs `nvidia-smi <args>` and returns its stdout, or why it gave none. */
export function nvidiaSmi(args: readonly string[]): Promise<NvidiaSmiAnswer> {
  return new Promise((resolve) => {
    execFile(
      'nvidia-smi',
      [...args],
      { timeout: NVIDIA_SMI_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout: `${stdout}` });
        const code = (error as NodeJS.ErrnoException).code;
        const reason =
          code === 'ENOENT'
            ? 'no `nvidia-smi` on PATH'
            : error.killed
              ? `\`nvidia-smi\` did not answer within ${NVIDIA_SMI_TIMEOUT_MS / 1000} s`
              : `\`nvidia-smi ${args.join(' ')}\` failed (exit ${String(error.code)}): ${`${stderr}${stdout}`.trim().split('\n')[0] ?? ''}`;
        resolve({ ok: false, missing: code === 'ENOENT', reason });
      },
    );
  });
}
