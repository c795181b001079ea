/**
 * The one channel from a training script to the train action: lines it prints on stdout. Printing
 * is the one thing every language does without a library, so the format is a line prefix plus
 * `key=value` pairs (docs/train.md):
 *
 *   modelship:metric epoch=3 step=120 loss=0.3125 val_auc=0.8123
 *   modelship:env python=3.11.7 torch=2.5.1 cuda=12.4
 *
 * `epoch` and `step` are reserved; every other key is a metric. The prefix avoids `::` on purpose:
 * the Actions runner reads `::name::` lines as workflow commands. A training script's output is
 * untrusted text of any length, so parsing never throws: a malformed line of ours is a warning with
 * its line number and the run goes on. The history the lines build is kept in the checkpoint
 * directory's bookkeeping file, so a resumed run still shows its whole loss chart.
 */
import * as z from 'zod';
import { parseNumberText } from '../data/parse-number.js';

/** The prefix of a metric line. */
export const METRIC_LINE_PREFIX = 'modelship:metric';

/** The prefix of a line on which the script reports its runtime versions. */
export const ENV_LINE_PREFIX = 'modelship:env';

/** What a metric name (and an env key) may look like: an identifier, plus `.`, `/` and `-` after the first character. */
export const METRIC_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_./-]*$/;

/** The longest metric name or env key accepted, so a runaway line cannot grow the summary. */
export const METRIC_NAME_MAX = 100;

/** The longest env value accepted (a version string; a path would be a mistake). */
export const ENV_VALUE_MAX = 200;

/** The most points kept per metric series; past it the series is thinned by half (first and last kept). */
export const SERIES_POINTS_MAX = 10_000;

/** The keys that position an event instead of naming a metric. */
const RESERVED_KEYS = new Set(['epoch', 'step']);

/** One metric value the script reported. */
export interface MetricEvent {
  name: string;
  value: number;
  step?: number;
  epoch?: number;
}

/** A line of ours that could not be read; `line` is 1-based in the command's stdout. */
export interface TrainOutputWarning {
  line: number;
  message: string;
}

/** What one line of the command's output turned out to be. */
export type TrainOutputLine =
  | { kind: 'metrics'; events: MetricEvent[] }
  | { kind: 'env'; env: Record<string, string> }
  | { kind: 'warning'; warning: TrainOutputWarning }
  | { kind: 'other' };

/**
 * Reads one line of the command's stdout (a trailing `\r` and surrounding blanks are ignored).
 * Lines without one of the two prefixes are `other` and pass through untouched. A metric line is
 * all-or-nothing: one bad pair makes the whole line a warning, so an event is never filed under a
 * wrong epoch or step. Never throws, whatever the input.
 */
export function parseTrainOutputLine(line: string, lineNumber: number): TrainOutputLine {
  const text = line.trim();
  const prefix = text.startsWith(METRIC_LINE_PREFIX)
    ? METRIC_LINE_PREFIX
    : text.startsWith(ENV_LINE_PREFIX)
      ? ENV_LINE_PREFIX
      : undefined;
  if (prefix === undefined) return OTHER;
  const rest = text.slice(prefix.length);
  // `modelship:metrics=1` or `modelship:environment` are some other tool's words, not ours.
  if (rest !== '' && !/^\s/.test(rest)) return OTHER;
  const tokens = rest.split(/\s+/).filter((token) => token !== '');
  const problem = prefix === METRIC_LINE_PREFIX ? readMetricTokens(tokens) : readEnvTokens(tokens);
  if (typeof problem === 'string') {
    return { kind: 'warning', warning: { line: lineNumber, message: `${prefix} line ${lineNumber}: ${problem}` } };
  }
  return problem;
}

const OTHER: TrainOutputLine = Object.freeze({ kind: 'other' });

function readMetricTokens(tokens: string[]): TrainOutputLine | string {
  const metrics = new Map<string, number>();
  let step: number | undefined;
  let epoch: number | undefined;
  for (const token of tokens) {
    const pair = splitPair(token);
    if (typeof pair === 'string') return pair;
    const [key, raw] = pair;
    if (RESERVED_KEYS.has(key)) {
      if (!/^\d{1,15}$/.test(raw)) return `${key} must be a non-negative integer, got ${quote(raw)}`;
      if ((key === 'epoch' ? epoch : step) !== undefined) return `${key} appears twice`;
      if (key === 'epoch') epoch = Number(raw);
      else step = Number(raw);
      continue;
    }
    const value = parseNumberText(raw);
    if (Number.isNaN(value)) return `${quote(key)} must be a finite number, got ${quote(raw)}`;
    if (metrics.has(key)) return `${quote(key)} appears twice`;
    metrics.set(key, value);
  }
  if (metrics.size === 0) return 'no metric on the line; print at least one name=value besides epoch and step';
  const events: MetricEvent[] = [];
  for (const [name, value] of metrics) events.push(positioned({ name, value }, step, epoch));
  return { kind: 'metrics', events };
}

function readEnvTokens(tokens: string[]): TrainOutputLine | string {
  const env: Record<string, string> = {};
  for (const token of tokens) {
    const pair = splitPair(token);
    if (typeof pair === 'string') return pair;
    const [key, value] = pair;
    if (value.length > ENV_VALUE_MAX) return `the value of ${quote(key)} is longer than ${ENV_VALUE_MAX} characters`;
    if (Object.hasOwn(env, key)) return `${quote(key)} appears twice`;
    env[key] = value;
  }
  if (Object.keys(env).length === 0) return 'nothing on the line; print name=version pairs, e.g. python=3.11.7';
  return { kind: 'env', env };
}

function splitPair(token: string): [string, string] | string {
  const eq = token.indexOf('=');
  if (eq < 0) return `${quote(token)} is not a name=value pair`;
  const key = token.slice(0, eq);
  const value = token.slice(eq + 1);
  if (key.length > METRIC_NAME_MAX) return `the name ${quote(key)} is longer than ${METRIC_NAME_MAX} characters`;
  if (!METRIC_NAME_PATTERN.test(key)) {
    return `${quote(key)} is not a valid name (a letter or _, then letters, digits, _ . / -)`;
  }
  if (value === '') return `${quote(key)} has no value`;
  return [key, value];
}

/** Quotes a piece of the script's text for a warning, clipped so one huge token cannot flood the log. */
function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}

function positioned(event: MetricEvent, step: number | undefined, epoch: number | undefined): MetricEvent {
  if (step !== undefined) event.step = step;
  if (epoch !== undefined) event.epoch = epoch;
  return event;
}

/**
 * Writes events as one metric line, the inverse of {@link parseTrainOutputLine} for events that
 * share their step and epoch. For tests, docs and the TypeScript trainer.
 */
export function formatMetricLine(
  values: Record<string, number>,
  position: { step?: number; epoch?: number } = {},
): string {
  const parts = [METRIC_LINE_PREFIX];
  if (position.epoch !== undefined) parts.push(`epoch=${position.epoch}`);
  if (position.step !== undefined) parts.push(`step=${position.step}`);
  for (const [name, value] of Object.entries(values)) parts.push(`${name}=${value}`);
  return parts.join(' ');
}

/** One point of a metric's series: where it was reported and its value. `seq` orders events of any kind. */
export interface MetricPoint {
  seq: number;
  value: number;
  step?: number;
  epoch?: number;
}

/** The newest value of one metric and where it was reported. */
export type LatestMetric = MetricEvent;

const pointSchema = z.tuple([
  z.number().int().nonnegative(),
  z.number().refine(Number.isFinite),
  z.number().int().nonnegative().nullable(),
  z.number().int().nonnegative().nullable(),
]);

const historySchema = z.object({
  v: z.literal(1),
  seq: z.number().int().nonnegative(),
  epoch: z.number().int().nonnegative().nullable(),
  env: z.record(z.string(), z.string()),
  series: z.record(z.string().regex(METRIC_NAME_PATTERN), z.array(pointSchema)),
});

/** The serialised history: compact tuples `[seq, value, step|null, epoch|null]` per metric. */
export type MetricHistoryJson = z.infer<typeof historySchema>;

/**
 * Everything the metric lines said so far: every metric's series (for the chart), its newest value
 * (for the table and `metrics.json`), the newest epoch (for "resumed from epoch N") and the
 * runtime versions from `modelship:env` lines. Survives a resume through {@link toJSON} and
 * {@link MetricHistory.fromJSON}. Series are bounded at {@link SERIES_POINTS_MAX} points by thinning,
 * so a script that logs every step cannot exhaust memory; the newest value is always kept.
 */
export class MetricHistory {
  private readonly points = new Map<string, MetricPoint[]>();
  private readonly newest = new Map<string, LatestMetric>();
  private readonly versions: Record<string, string> = {};
  private nextSeq = 0;
  private lastEpoch: number | undefined;

  /** Adds the events of one metric line, in order. */
  add(events: readonly MetricEvent[]): void {
    for (const event of events) {
      const point: MetricPoint = { seq: this.nextSeq++, value: event.value };
      if (event.step !== undefined) point.step = event.step;
      if (event.epoch !== undefined) point.epoch = event.epoch;
      this.push(event.name, point);
    }
  }

  /** Records the runtime versions a `modelship:env` line reported (a later line wins per key). */
  addEnv(env: Readonly<Record<string, string>>): void {
    Object.assign(this.versions, env);
  }

  /** Feeds one parsed line; returns its warning, if it was one, for the adapter to log. */
  accept(parsed: TrainOutputLine): TrainOutputWarning | undefined {
    if (parsed.kind === 'metrics') this.add(parsed.events);
    else if (parsed.kind === 'env') this.addEnv(parsed.env);
    else if (parsed.kind === 'warning') return parsed.warning;
    return undefined;
  }

  /** The newest epoch any event reported (the highest seen), or undefined when none carried one. */
  get epoch(): number | undefined {
    return this.lastEpoch;
  }

  /** The metric names in the order they first appeared. */
  get names(): string[] {
    return [...this.points.keys()];
  }

  /** True when no metric has been reported. */
  get empty(): boolean {
    return this.points.size === 0;
  }

  /** The runtime versions the script reported (`python`, `torch`, …). */
  get env(): Readonly<Record<string, string>> {
    return { ...this.versions };
  }

  /** The newest value of every metric, in first-appearance order. */
  latest(): LatestMetric[] {
    return [...this.newest.values()].map((metric) => ({ ...metric }));
  }

  /** The final values as `metrics.json` holds them: a flat `{name: number}`. */
  finalValues(): Record<string, number> {
    const values: Record<string, number> = {};
    for (const [name, metric] of this.newest) values[name] = metric.value;
    return values;
  }

  /** One metric's points in report order (empty for an unknown name). */
  series(name: string): readonly MetricPoint[] {
    return this.points.get(name) ?? [];
  }

  /** The history as plain JSON data, for `.modelship-train.json`. */
  toJSON(): MetricHistoryJson {
    const series: Record<string, [number, number, number | null, number | null][]> = {};
    for (const [name, points] of this.points) {
      series[name] = points.map((p) => [p.seq, p.value, p.step ?? null, p.epoch ?? null]);
    }
    return { v: 1, seq: this.nextSeq, epoch: this.lastEpoch ?? null, env: { ...this.versions }, series };
  }

  /**
   * Reads a saved history back. A file that is not JSON or not a history (truncated by a kill,
   * written by another version) gives an empty history and a warning naming `file`, never a throw:
   * a lost chart must not stop the training it describes.
   */
  static fromJSON(text: string, file: string): { history: MetricHistory; warning?: string } {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { history: new MetricHistory(), warning: `${file}: not valid JSON; starting the metric history afresh` };
    }
    const parsed = historySchema.safeParse(data);
    if (!parsed.success) {
      return {
        history: new MetricHistory(),
        warning: `${file}: not a metric history this version can read; starting the metric history afresh`,
      };
    }
    const history = new MetricHistory();
    const saved = parsed.data;
    for (const [name, tuples] of Object.entries(saved.series)) {
      for (const [seq, value, step, epoch] of tuples) {
        const point: MetricPoint = { seq, value };
        if (step !== null) point.step = step;
        if (epoch !== null) point.epoch = epoch;
        history.push(name, point);
      }
    }
    history.nextSeq = Math.max(history.nextSeq, saved.seq);
    if (saved.epoch !== null) history.lastEpoch = Math.max(history.lastEpoch ?? 0, saved.epoch);
    history.addEnv(saved.env);
    return { history };
  }

  private push(name: string, point: MetricPoint): void {
    let points = this.points.get(name);
    if (points === undefined) {
      points = [];
      this.points.set(name, points);
    }
    points.push(point);
    if (points.length > SERIES_POINTS_MAX) this.points.set(name, thin(points));
    this.nextSeq = Math.max(this.nextSeq, point.seq + 1);
    if (point.epoch !== undefined) this.lastEpoch = Math.max(this.lastEpoch ?? 0, point.epoch);
    const latest: LatestMetric = { name, value: point.value };
    if (point.step !== undefined) latest.step = point.step;
    if (point.epoch !== undefined) latest.epoch = point.epoch;
    // Points arrive in report order (a saved series is stored in that order), so the last one wins.
    this.newest.set(name, latest);
  }
}

/** Every other point, keeping the first and the last, so the shape of a long series survives. */
function thin(points: MetricPoint[]): MetricPoint[] {
  const kept = points.filter((_, i) => i % 2 === 0);
  const last = points.at(-1)!;
  if (kept.at(-1) !== last) kept.push(last);
  return kept;
}
