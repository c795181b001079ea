/**
 * JSON Lines reader: one JSON object per line; its keys are the columns.
 *
 * Values: numbers → number, strings → text (parsed by the column's type, null tokens apply),
 * booleans → category `true`/`false`, null or a missing key → null. Nested objects and arrays are
 * kept as their JSON text (a category, or an INVALID cell in a number/timestamp column), so nothing
 * is dropped. A key that was not in the sampled rows of the first file is a UserError naming the
 * line, because its values would otherwise be silently lost. A cell nested deeper than `MAX_NESTING`
 * is a UserError at its line (its JSON text could not be written back). Lines are split on bytes; each line is
 * decoded as strict UTF-8 and parsed with JSON.parse (one object per row is unavoidable here).
 */
import { UserError } from '../errors.js';
import type { Batch } from './batch.js';
import { createColumnBuilder, finishColumns, type ColumnBuilder } from './column-builders.js';
import { CarryJoiner, readChunks } from './read-chunks.js';
import type { FileSample, SourceFile, StreamContext } from './source-file.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Parses one line into an object; undefined for a blank line. */
function parseLine(
  buf: Buffer,
  start: number,
  end: number,
  file: string,
  line: number,
): Record<string, unknown> | undefined {
  if (end > start && buf[end - 1] === 13) end--;
  let k = start;
  while (k < end && (buf[k] === 32 || buf[k] === 9)) k++;
  if (k === end) return undefined;
  let text: string;
  try {
    text = decoder.decode(buf.subarray(start, end));
  } catch {
    throw new UserError('line is not valid UTF-8', { location: { file, line }, hint: 'Save the file as UTF-8' });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`invalid JSON (${(error as Error).message})`, {
      location: { file, line },
      hint: 'Each line of a JSON Lines file must be one complete JSON object',
    });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError('line is not a JSON object', {
      location: { file, line },
      hint: 'Each line must be an object such as {"a": 1, "b": "x"}',
    });
  }
  const object = value as Record<string, unknown>;
  for (const key in object) {
    const cell = object[key];
    if (cell !== null && typeof cell === 'object' && nestedDeeperThan(cell, MAX_NESTING)) {
      throw new UserError(`the value of \`${key}\` is nested more than ${MAX_NESTING} levels deep`, {
        location: { file, line, key },
        hint: `Nested values are kept as JSON text; flatten this one (at most ${MAX_NESTING} levels of [ ] and { }) or drop the key`,
      });
    }
  }
  return object;
}

/**
 * Deepest nesting of arrays and objects a cell may have. Nested cells are kept as their JSON text,
 * and JSON.stringify recurses, so a line nested 20,000 levels deep would end in a stack overflow.
 */
export const MAX_NESTING = 100;

/** True when `root` nests arrays/objects more than `limit` levels deep (iterative: no recursion). */
function nestedDeeperThan(root: object, limit: number): boolean {
  const stack: [object, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (const child of Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child as object, depth + 1]);
    }
  }
  return false;
}

/** Yields [object, line] for each non-blank line; stops when the consumer stops. */
async function* objects(
  source: SourceFile,
  chunks: AsyncIterable<Buffer>,
): AsyncGenerator<[Record<string, unknown>, number]> {
  let carry: Buffer | undefined;
  const joiner = new CarryJoiner();
  let line = 1;
  let first = true;
  for await (const chunk of chunks) {
    let buf: Buffer;
    if (carry !== undefined) {
      // A long line: gather at least as many new bytes as are carried, so joining stays linear.
      const joined = joiner.join(carry, chunk);
      if (joined === undefined) continue;
      buf = joined;
    } else buf = chunk;
    let pos = 0;
    if (first) {
      if (buf.length < 3) {
        carry = buf;
        continue;
      }
      first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
    }
    for (;;) {
      const nl = buf.indexOf(10, pos);
      if (nl < 0) break;
      const value = parseLine(buf, pos, nl, source.display, line);
      if (value !== undefined) yield [value, line];
      line++;
      pos = nl + 1;
    }
    carry = pos < buf.length ? buf.subarray(pos) : undefined;
  }
  if (joiner.hasPending) carry = joiner.rest(carry);
  if (carry !== undefined) {
    let pos = 0;
    if (first && carry[0] === 0xef && carry[1] === 0xbb && carry[2] === 0xbf) pos = 3;
    // The file may end without a final newline, or (tiny files) hold several lines here.
    for (;;) {
      const nl = carry.indexOf(10, pos);
      const end = nl < 0 ? carry.length : nl;
      const value = parseLine(carry, pos, end, source.display, line);
      if (value !== undefined) yield [value, line];
      if (nl < 0) break;
      line++;
      pos = nl + 1;
    }
  }
}

/**
 * Reads the keys (in order of first appearance) and values of the first `limit` objects of a file.
 * `chunks` replaces the file's bytes (tests use it to split the input at every byte).
 */
export async function sampleJsonl(
  source: SourceFile,
  limit: number,
  chunks?: AsyncIterable<Buffer>,
): Promise<FileSample> {
  const index = new Map<string, number>();
  const values: unknown[][] = [];
  let rows = 0;
  if (limit > 0) {
    for await (const [object] of objects(source, chunks ?? readChunks(source.path, source.display, source.gzip))) {
      for (const key of Object.keys(object)) {
        let c = index.get(key);
        if (c === undefined) {
          c = index.size;
          index.set(key, c);
          values.push(new Array<unknown>(rows).fill(null));
        }
      }
      for (const [key, c] of index) values[c]!.push(object[key] ?? null);
      if (++rows >= limit) break;
    }
  }
  if (rows === 0) {
    throw new UserError('no JSON objects in the file, so its columns are unknown', {
      location: { file: source.display },
      hint: 'The first file of a JSON Lines dataset must hold at least one object; remove the file or add rows',
    });
  }
  return { names: [...index.keys()], values };
}

/** Streams a JSON Lines file as batches that follow `ctx.schema`. `chunks` replaces the file's bytes (tests). */
export async function* readJsonlBatches(
  source: SourceFile,
  ctx: StreamContext,
  chunks?: AsyncIterable<Buffer>,
): AsyncGenerator<Batch> {
  const { schema, batchSize, nulls } = ctx;
  const index = new Map(schema.columns.map((c, i) => [c.name, i]));
  let builders: ColumnBuilder[] = [];
  let lines = new Uint32Array(0);
  let length = 0;
  let firstRow = ctx.firstRow;
  const reset = () => {
    builders = schema.columns.map((c) => createColumnBuilder(c.name, c.type, batchSize, nulls));
    lines = new Uint32Array(batchSize);
    length = 0;
  };
  const take = (): Batch => {
    const batch: Batch = { length, columns: finishColumns(builders), file: source.display, firstRow, lines };
    firstRow += length;
    reset();
    return batch;
  };
  if (source.size === 0) {
    throw new UserError('empty file (0 bytes)', {
      location: { file: source.display },
      hint: 'Remove the file or add rows',
    });
  }
  reset();
  const width = schema.columns.length;
  const seen = new Uint8Array(width);
  for await (const [object, line] of objects(
    source,
    chunks ?? readChunks(source.path, source.display, source.gzip, ctx.onBytes),
  )) {
    seen.fill(0);
    for (const key in object) {
      const c = index.get(key);
      if (c === undefined) {
        throw new UserError(`key \`${key}\` is not a column of the dataset`, {
          location: { file: source.display, line, key },
          hint: 'Columns are fixed by the keys in the first rows of the first file; add the key there (it may be null) or remove it here',
        });
      }
      builders[c]!.pushValue(object[key], length);
      seen[c] = 1;
    }
    for (let c = 0; c < width; c++) if (seen[c] === 0) builders[c]!.pushValue(null, length);
    lines[length] = line;
    if (++length === batchSize) yield take();
  }
  if (length > 0) yield take();
}
