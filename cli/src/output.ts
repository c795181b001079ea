/** Writes a command's result to `--output` or stdout. */
import { writeUserFile } from '../../shared/write-user-file.js';

/** Writes `text` to `file` (creating folders) or, without a file, to stdout. */
export async function emit(text: string, file: string | undefined): Promise<void> {
  if (file === undefined) {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  // A folder, a full disk or a read-only place is a UserError naming --output (shared/write-user-file.ts).
  await writeUserFile(file, text.endsWith('\n') ? text : `${text}\n`, process.cwd(), '--output');
}
