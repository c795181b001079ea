/**
 * The texts behind `unique`'s hashed mode, kept on disk so that the answer stays exact.
 *
 * Past EXACT_TEXT_LIMIT distinct values, DistinctTexts (distinct-texts.ts) keeps only a 40-bit
 * fingerprint of each value's 64-bit hash in memory: holding 10M ids exactly would not fit the
 * 400 MB bar. A value whose fingerprint is new is new; a value whose fingerprint was seen is a
 * *match*, a repeat unless two different texts share it. So every text is written here as it
 * arrives, with its whole 64-bit hash: the first text of each fingerprint to one file, every match
 * (with its ordinal) to another. At the end, `resolve` reads back the matches and, for their hashes
 * only, the first texts, and replays the matches in order: a match is a repeat when its text was
 * seen before with that hash, else it is a new value (a collision: another text with the same
 * hash, or only the same fingerprint) and is counted as seen from then on. Matches are rare in a column meant to be unique, so this is one sequential
 * write of every text and, at the end, a read of what the matches need.
 *
 * Both files are split into PARTITIONS by the hash, so `resolve` holds one partition's matches (and
 * their first texts) in memory at a time. The files live in a fresh folder under the system's
 * temporary folder (TMPDIR), and are unlinked as soon as they are open where the system allows it
 * (POSIX): the data then lives only as long as the open descriptors, and nothing is left behind
 * when the process stops early. Elsewhere they are removed by `resolve` or `close`.
 *
 * Record: high and low hash halves, the ordinal (matches; 0 for first texts) and the length in
 * UTF-16 units, each a uint32, then the units, padded to four bytes; in the machine's byte order
 * (the file never leaves the process), so a record is written with two typed-array copies.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.js';

/** Partitions of each file, by the high hash bits: resolve holds 1/64 of the matches at a time. */
const PARTITION_BITS = 6;
const PARTITIONS = 1 << PARTITION_BITS;
/** Write buffer per partition file (64 partitions × 2 files × 16 KB = 2 MB at most). */
const WRITE_BUFFER = 16 * 1024;
/** Read buffer of `resolve`. */
const READ_BUFFER = 1 << 20;
const HEADER = 16;

/** Bytes of the record of a text of `n` UTF-16 units: the header, the units, padding to 4 bytes. */
const recordBytes = (n: number) => HEADER + ((2 * n + 3) & ~3);

/** The string of UTF-16 `units` (in pieces: `fromCharCode` takes its units as arguments). */
export function textOfUnits(units: Uint16Array): string {
  let text = '';
  for (let at = 0; at < units.length; at += 4096) text += String.fromCharCode(...units.subarray(at, at + 4096));
  return text;
}

/** One text read back from a spill file. */
interface SpilledText {
  /** The high half of the text's hash. */
  readonly hi: number;
  readonly key: string;
  readonly ordinal: number;
  readonly text: string;
}

/** The error for a temporary file that cannot be written or read (a full disk, a missing TMPDIR). */
function spillError(dir: string, error: unknown): UserError {
  const reason = error instanceof Error ? error.message : String(error);
  return new UserError(
    `\`unique\` keeps the texts of a column with over a million distinct values in a temporary file, and it could not use ${dir}: ${reason}`,
    {
      hint: 'Free disk space there, or point TMPDIR at a folder with room (16 bytes plus 2 per character for each distinct value)',
      cause: error,
    },
  );
}

/** An append-only file of records, buffered, read back in order. */
class SpillFile {
  private fd: number | undefined;
  /** The file's path while it still has a name (not unlinked). */
  private path: string | undefined;
  private buffer = new Uint8Array(WRITE_BUFFER);
  private words = new Uint32Array(this.buffer.buffer);
  private units = new Uint16Array(this.buffer.buffer);
  /** Bytes in the buffer (a multiple of 4). */
  private used = 0;
  private size = 0;
  /** Records appended. */
  records = 0;

  constructor(
    private readonly folder: () => string,
    private readonly name: string,
  ) {}

  /** Appends the record of the text `source[at..at+n)` (a string's or an array's UTF-16 units) with hash (hi, lo). */
  append(hi: number, lo: number, ordinal: number, source: Uint16Array | string, at: number, n: number): void {
    const need = recordBytes(n);
    if (this.used + need > this.buffer.length) {
      this.flush();
      if (need > this.buffer.length) {
        this.buffer = new Uint8Array(need);
        this.words = new Uint32Array(this.buffer.buffer);
        this.units = new Uint16Array(this.buffer.buffer);
      }
    }
    const w = this.used >>> 2;
    const words = this.words;
    words[w] = hi;
    words[w + 1] = lo;
    words[w + 2] = ordinal;
    words[w + 3] = n;
    // Short texts (ids) unit by unit: a subarray per text would be an object per value.
    const units = this.units;
    const to = (this.used + HEADER) >>> 1;
    if (typeof source === 'string') for (let k = 0; k < n; k++) units[to + k] = source.charCodeAt(at + k);
    else if (n <= 64) for (let k = 0; k < n; k++) units[to + k] = source[at + k]!;
    else units.set(source.subarray(at, at + n), to);
    this.used += need;
    this.records++;
  }

  private flush(): void {
    if (this.used === 0) return;
    const dir = this.folder();
    try {
      if (this.fd === undefined) {
        const path = join(dir, this.name);
        this.fd = openSync(path, 'w+');
        this.path = path;
        try {
          unlinkSync(path);
          this.path = undefined;
        } catch {
          // Windows keeps an open file's name: removed in close().
        }
      }
      for (let done = 0; done < this.used;) {
        done += writeSync(this.fd, this.buffer, done, this.used - done, this.size + done);
      }
    } catch (error) {
      throw spillError(dir, error);
    }
    this.size += this.used;
    this.used = 0;
  }

  /**
   * Every record, in the order appended; with `highHalves`, only the records whose high hash half
   * is in it (the others are skipped by their header, with no string made of them).
   */
  *read(highHalves?: ReadonlySet<number>): Generator<SpilledText> {
    this.flush();
    if (this.fd === undefined) return;
    let chunk = new Uint8Array(READ_BUFFER);
    let filled = 0;
    let position = 0;
    for (;;) {
      if (position < this.size && filled < chunk.length) {
        let got: number;
        try {
          got = readSync(this.fd, chunk, filled, Math.min(chunk.length - filled, this.size - position), position);
        } catch (error) {
          throw spillError(this.folder(), error);
        }
        filled += got;
        position += got;
      }
      const words = new Uint32Array(chunk.buffer, 0, filled >>> 2);
      const units = new Uint16Array(chunk.buffer, 0, filled >>> 1);
      let o = 0;
      while (o + HEADER <= filled) {
        const w = o >>> 2;
        const n = words[w + 3]!;
        if (o + recordBytes(n) > filled) break;
        if (highHalves !== undefined && !highHalves.has(words[w]!)) {
          o += recordBytes(n);
          continue;
        }
        yield {
          hi: words[w]!,
          key: `${words[w]!}:${words[w + 1]!}`,
          ordinal: words[w + 2]!,
          text: textOfUnits(units.subarray((o + HEADER) >>> 1, ((o + HEADER) >>> 1) + n)),
        };
        o += recordBytes(n);
      }
      if (position >= this.size) {
        if (o === filled) return;
        throw spillError(this.folder(), new Error(`${this.name} ends inside a record`));
      }
      // Keep the partial record; a record larger than the buffer gets a buffer of its own size.
      const rest = chunk.subarray(o, filled);
      const next = o === 0 && filled === chunk.length ? new Uint8Array(chunk.length * 2) : chunk;
      next.set(rest);
      chunk = next;
      filled = rest.length;
    }
  }

  /** Closes the file and removes it if it still has a name. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.path !== undefined) rmSync(this.path, { force: true });
    this.path = undefined;
  }
}

/** The spilled texts of one DistinctTexts in hashed mode (see the file comment). */
export class TextSpill {
  private dir: string | undefined;
  private readonly firsts: SpillFile[];
  private readonly matches: SpillFile[];
  /** Matches spilled so far: the next match's ordinal. */
  matchCount = 0;

  constructor(private readonly parent: string = tmpdir()) {
    const folder = () => this.folder();
    this.firsts = Array.from({ length: PARTITIONS }, (_, p) => new SpillFile(folder, `first-${p}`));
    this.matches = Array.from({ length: PARTITIONS }, (_, p) => new SpillFile(folder, `match-${p}`));
  }

  private folder(): string {
    if (this.dir === undefined) {
      try {
        this.dir = mkdtempSync(join(this.parent, 'modelship-unique-'));
      } catch (error) {
        throw spillError(this.parent, error);
      }
    }
    return this.dir;
  }

  /** Writes the first text seen with hash (hi, lo): `source[at..at+n)`, UTF-16 units. */
  addFirst(hi: number, lo: number, source: Uint16Array | string, at: number, n: number): void {
    this.firsts[hi >>> (32 - PARTITION_BITS)]!.append(hi, lo, 0, source, at, n);
  }

  /** Writes a text whose hash (hi, lo) was seen before; returns its ordinal (0, 1, 2, … in order). */
  addMatch(hi: number, lo: number, source: Uint16Array | string, at: number, n: number): number {
    const ordinal = this.matchCount++;
    this.matches[hi >>> (32 - PARTITION_BITS)]!.append(hi, lo, ordinal, source, at, n);
    return ordinal;
  }

  /**
   * Replays every match against the texts seen before it with the same hash, and returns the
   * ordinals (ascending) of the matches that were new values, not repeats. Removes the files.
   */
  resolve(): number[] {
    const collisions: number[] = [];
    try {
      for (let p = 0; p < PARTITIONS; p++) {
        if (this.matches[p]!.records === 0) continue;
        const byHash = new Map<string, { seen: Set<string>; matches: SpilledText[] }>();
        const highHalves = new Set<number>();
        for (const match of this.matches[p]!.read()) {
          let group = byHash.get(match.key);
          if (group === undefined) byHash.set(match.key, (group = { seen: new Set(), matches: [] }));
          group.matches.push(match);
          highHalves.add(match.hi);
        }
        // Only the first texts that may share a match's hash become strings: a partition holds about
        // 1/64 of the distinct values (156,000 at 10M), and making strings of them all cost about
        // 125 ms a partition (10M distinct ids, 15 repeats in 15 partitions: resolve took 1.85–2.03 s,
        // against 0.12–0.16 s with the filter).
        for (const first of this.firsts[p]!.read(highHalves)) byHash.get(first.key)?.seen.add(first.text);
        for (const { seen, matches } of byHash.values()) {
          for (const match of matches) {
            if (seen.has(match.text)) continue;
            seen.add(match.text);
            collisions.push(match.ordinal);
          }
        }
      }
    } finally {
      this.close();
    }
    return collisions.sort((a, b) => a - b);
  }

  /** Closes and removes the files (without resolving). */
  close(): void {
    for (const file of [...this.firsts, ...this.matches]) file.close();
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
