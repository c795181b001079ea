/**
 * What counts as a label, in one place, for every reader of a labelled holdout: `modelship
 * evaluate` (the ONNX pass and a predictions file) and `modelship explain`. They restated these
 * rules once and drifted (explain refused a binary `1.0` that evaluate took), so the rules, their
 * UserErrors and the mapping of multiclass labels onto the model's classes live here.
 *
 * The rules: a binary label is 0/1 or true/false in any case, and numeric text equal to 0 or 1
 * (`1.0`, `0.00`) counts too; any other value is refused, since which of two names is positive is
 * not ours to guess. A multiclass label is a class name. A regression label is a number. Every row
 * needs a label.
 */
import { INVALID, NULL, type Batch, type Column } from '../data/batch.js';
import { UserError, type Location } from '../errors.js';
import type { Labels, Task } from './predictions.js';

const BINARY_WORDS = new Map([
  ['0', 0],
  ['1', 1],
  ['false', 0],
  ['true', 1],
]);

/** A binary label's text as 0 or 1 (`0`/`1`, `true`/`false` in any case, `1.0`, `0.0`), else undefined. */
export function binaryLabel(text: string): 0 | 1 | undefined {
  const lower = text.trim().toLowerCase();
  const word = BINARY_WORDS.get(lower);
  if (word !== undefined) return word as 0 | 1;
  if (lower === '') return undefined;
  const n = Number(lower);
  return n === 0 ? 0 : n === 1 ? 1 : undefined;
}

/** Where a bad label sits: its location, and the row as a suffix for the message (` (row 7)`, or ``). */
export interface LabelPlace {
  readonly location: Location;
  readonly row: string;
}

/**
 * Reads row `i` of the label column by the task's rules: binary 0 or 1, regression the number,
 * multiclass the class name (map it with the classes the caller knows). A missing label, a binary
 * label that is not 0/1/true/false, or a regression label that is not a number is a UserError at
 * `place(i)`, which is only called for a bad row.
 */
export function readLabel(column: Column, i: number, task: Task, place: (i: number) => LabelPlace): number | string {
  if (column.type === 'category') {
    const code = column.codes[i]!;
    if (code < 0) throw emptyLabel(place(i));
    const text = column.dictionary[code]!;
    if (task === 'multiclass') return text;
    if (task === 'binary') return binaryLabel(text) ?? badBinary(text, place(i));
    const value = text.trim() === '' ? NaN : Number(text);
    return Number.isFinite(value) ? value : notANumber(text, place(i));
  }
  if (column.type === 'timestamp') {
    throw new UserError('the label column is a timestamp column', {
      location: place(i).location,
      hint: 'Name the column that holds the label with --label',
    });
  }
  const state = column.state[i]!;
  if (state === NULL) throw emptyLabel(place(i));
  if (state === INVALID) return notANumber(column.invalidText.get(i) ?? '', place(i));
  const value = column.values[i]!;
  if (task === 'regression') return value;
  if (task === 'multiclass') return String(value);
  return binaryLabel(String(value)) ?? badBinary(String(value), place(i));
}

function emptyLabel({ location, row }: LabelPlace): UserError {
  return new UserError(`the label is empty${row}`, {
    location,
    hint: 'Every row needs a label; drop unlabelled rows first',
  });
}

function badBinary(text: string, { location, row }: LabelPlace): never {
  throw new UserError(`binary label \`${text}\` is not 0/1 or true/false${row}`, {
    location,
    hint: 'Write the positive class as 1 (or true) and the negative as 0 (or false)',
  });
}

function notANumber(text: string, { location, row }: LabelPlace): never {
  throw new UserError(`label \`${text}\` is not a number${row}`, {
    location,
    hint: 'A regression label must be numeric',
  });
}

/**
 * Keeps the labels of a holdout's batches in row order, checked by `readLabel`, and hands them over
 * as `Labels` once the model's classes are known. Multiclass labels are kept as codes into the
 * class names seen, so a million rows hold one string per class.
 */
export class LabelCollector {
  private readonly values: number[] = [];
  private readonly codes: number[] = [];
  private readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  /** `key`: the label column's name, for the location of a bad label. */
  constructor(
    private readonly task: Task,
    private readonly key: string,
  ) {}

  /** Reads every row of `column`, the label column of `batch`. */
  add(batch: Batch, column: Column): void {
    const place = (i: number): LabelPlace => ({
      location: {
        file: batch.file,
        ...(batch.lines?.[i] !== undefined && { line: batch.lines[i] }),
        key: this.key,
      },
      row: ` (row ${batch.firstRow + i})`,
    });
    for (let i = 0; i < batch.length; i++) {
      const label = readLabel(column, i, this.task, place);
      if (typeof label === 'number') {
        this.values.push(label);
        continue;
      }
      let k = this.index.get(label);
      if (k === undefined) {
        k = this.names.length;
        this.names.push(label);
        this.index.set(label, k);
      }
      this.codes.push(k);
    }
  }

  /**
   * The labels: binary 0/1, regression values, multiclass indices into `classes` (the model's class
   * names in output order). A multiclass label that is not one of them is a UserError.
   */
  labels(classes: readonly string[] | undefined): Labels {
    if (this.task !== 'multiclass') return { task: this.task, label: Float64Array.from(this.values) };
    const names = classes ?? [];
    const position = new Map(names.map((c, j) => [c, j]));
    const map = this.names.map((text) => {
      const j = position.get(text);
      if (j === undefined) {
        throw new UserError(`label \`${text}\` is not one of the model's classes`, {
          location: { key: this.key },
          hint: `The model outputs probabilities for ${names.map((c) => `\`${c}\``).join(', ')}; pass the class names in output order (--classes) if they are not 0 … K-1`,
        });
      }
      return j;
    });
    return { task: 'multiclass', classes: names, label: Int32Array.from(this.codes, (k) => map[k]!) };
  }
}
