/** Writes a command's result to `--output` or stdout. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Writes `text` to `file` (creating folders) or, without a file, to stdout. */
export async function emit(text: string, file: string | undefined): Promise<void> {
  if (file === undefined) {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  const path = resolve(file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text.endsWith('\n') ? text : `${text}\n`);
}
