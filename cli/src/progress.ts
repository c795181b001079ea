/**
 * Progress on the CLI's long work (reading and profiling a dataset, scoring a holdout, evaluate's
 * bootstrap resamples), as a bar on
 * stderr that is drawn only when stderr is a terminal: pipes, files and CI logs get nothing, so
 * stdout stays the report and a job log stays clean (quality bar E4).
 *
 * The bar is cli-progress's, not hand-drawn: it clips the line to the terminal's width (a wrapped
 * line breaks every `\r` redraw), throttles redraws, estimates the time left from a moving window,
 * and prints log lines above the bar instead of through it (its multi-bar `log`). It is the most
 * used terminal progress bar for Node, with one small dependency. listr2, the other candidate, is a
 * task-list runner: it would still leave the bar itself to us. Options below never change the
 * terminal's state (no hidden cursor, no disabled line wrapping), so a Ctrl-C mid-bar leaves the
 * terminal as it was.
 */
import cliProgress from 'cli-progress';

/** Progress of one piece of work, measured in bytes read. */
export interface Progress {
  /** Reports `done` of `total` bytes read (the dataset reader's `onProgress`). */
  update(done: number, total: number): void;
  /** Prints a line to stderr; on a terminal, above the bar, which is redrawn below it. */
  log(line: string): void;
  /** Removes the bar. Call it in a `finally`: the bar's redraw timer keeps the process alive. */
  done(): void;
}

/** How a bar is drawn; every field is optional. */
export interface ProgressOptions {
  /** Where to draw (default stderr); nothing is drawn unless it is a TTY. */
  stream?: NodeJS.WriteStream;
  /**
   * What the bar says once every byte is read while the work goes on (evaluate's metrics), so a
   * long tail does not sit at 100% looking finished.
   */
  then?: string;
  /** What `done` and `total` count: bytes (the default, shown in MB) or a plural noun (`resamples`). */
  unit?: string;
}

interface Payload {
  label: string;
  then: string | undefined;
  unit: string | undefined;
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Redraws at most every 100 ms (10 per second). */
const REDRAW_MS = 100;

/** One line: `label [███░░░] 42% 12.0/28.5 MB, 3s, 4s left`, or `then …` once all is read. */
const formatLine: cliProgress.GenericFormatter = (options, params, payload: Payload) => {
  // No clock here: the work after the reading (evaluate's metrics) holds the event loop and calls
  // nothing, so a clock would stop at its first value and look like a hang.
  if (payload.then !== undefined && params.value >= params.total) return `${payload.then} …`;
  const bar = cliProgress.Format.BarFormat(params.progress, options);
  const percent = String(Math.floor(params.progress * 100)).padStart(3);
  const seconds = Math.round((Date.now() - params.startTime) / 1000);
  const elapsed = cliProgress.Format.TimeFormat(seconds, options, 1);
  const eta = params.eta as number | string;
  const left = typeof eta === 'number' && eta > 0 ? `, ${cliProgress.Format.TimeFormat(eta, options, 5)} left` : '';
  const amount =
    payload.unit === undefined
      ? `${megabytes(params.value)}/${megabytes(params.total)} MB`
      : `${params.value}/${params.total} ${payload.unit}`;
  return `${payload.label} [${bar}] ${percent}% ${amount}, ${elapsed}${left}`;
};

/** The bar being drawn now, if any: log lines from anywhere in the CLI go above it (see `printLine`). */
let active: Progress | undefined;

/** Prints `line` on stderr: above the progress bar when one is drawn, else as a plain line. */
export function printLine(line: string): void {
  if (active) active.log(line);
  else process.stderr.write(`${line}\n`);
}

/** A bar labelled `label` (what is being done: `profiling`, `scoring`), or a silent one off a TTY. */
export function progressBar(label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (!stream.isTTY) {
    return { update() {}, log: (line) => void stream.write(`${line}\n`), done() {} };
  }
  const bars = new cliProgress.MultiBar({
    stream,
    format: formatLine,
    barsize: 24, // the longest line, evaluate's bootstrap with its time left, then fits 80 columns
    barCompleteChar: '█',
    barIncompleteChar: '░',
    fps: 1000 / REDRAW_MS,
    etaBuffer: 50,
    clearOnComplete: true,
    hideCursor: false,
    linewrap: true,
    forceRedraw: true,
    gracefulExit: false,
  });
  const payload: Payload = { label, then: options.then, unit: options.unit };
  let bar: cliProgress.SingleBar | undefined;
  let drawn = false;
  let lastDraw = 0;
  bars.on('update-post', () => (lastDraw = Date.now()));
  const progress: Progress = {
    update(done, total) {
      if (bar === undefined) {
        bar = bars.create(total, done, payload);
        bars.update(); // draw now, not at the first tick: a short run still shows what it did
      } else {
        bar.setTotal(total);
        bar.update(done);
        // Work that holds the event loop (evaluate's bootstrap) starves the redraw timer: draw here.
        if (Date.now() - lastDraw >= REDRAW_MS) bars.update();
      }
      drawn = true;
      active = progress;
    },
    log(line) {
      bars.log(`${line}\n`);
      bars.update();
      drawn = true;
    },
    done() {
      // Stopping a bar that never drew would still write cursor movements; a bar that did is cleared.
      if (drawn) bars.stop();
      drawn = false;
      if (active === progress) active = undefined;
    },
  };
  return progress;
}
