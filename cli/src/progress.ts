/**
 * A progress bar on stderr, drawn only when stderr is a TTY so logs and pipes stay clean.
 */
export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

const noProgress: Progress = { update() {}, done() {} };

/** A bar labelled `label`, redrawn at most every 100 ms. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return noProgress;
  let last = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const ratio = total > 0 ? Math.min(1, done / total) : 0;
      const full = Math.round(ratio * width);
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      stream.write(
        `\r${label} [${'█'.repeat(full)}${'░'.repeat(width - full)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${mb(done)}/${mb(total)} MB`,
      );
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
