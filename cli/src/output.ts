/** Where a command's words go: its result to `--output` or stdout, its log lines to stderr. */
import type { Logger } from '../../shared/logger.js';
import { writeUserFile } from '../../shared/write-user-file.js';
import { printLine } from './progress.js';

/**
 * The core's Logger for a verb: warnings and errors on stderr (so stdout stays the report), and
 * progress lines too when `progress` is set.
 */
export function stderrLogger(progress: boolean): Logger {
  return {
    debug: () => {},
    info: progress ? (m) => printLine(m) : () => {},
    warn: (m) => printLine(`modelship: warning: ${m}`),
    error: (m) => printLine(`modelship: ${m}`),
  };
}

/**
 * Writes `text` to stdout or, given a file, to that file (creating folders), then says so in one
 * line on stderr (`Wrote the profile to profile.json.`), so a run with `--output` is never silent
 * and stdout stays free for pipes. `what` names the result in that line.
 */
export async function emit(text: string, file: string | undefined, what = 'the report'): Promise<void> {
  if (file === undefined) {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  // A folder, a full disk or a read-only place is a UserError naming --output (shared/write-user-file.ts).
  await writeUserFile(file, text.endsWith('\n') ? text : `${text}\n`, process.cwd(), '--output');
  printLine(`Wrote ${what} to ${file}.`);
}

/** The report formats every reporting verb takes (`--format`). */
export type ReportFormat = 'json' | 'markdown' | 'text';

/** A report in the `--format` asked for: JSON as it is, or the verb's Markdown or plain-text rendering. */
export function formatReport<R>(
  report: R,
  format: ReportFormat,
  render: { readonly markdown: (report: R) => string; readonly text: (report: R) => string },
): string {
  return format === 'json' ? JSON.stringify(report, null, 2) : render[format](report);
}
