/**
 * The set of distinct texts behind `unique` on a text column, in bounded memory.
 *
 * Exact mode (up to EXACT_TEXT_LIMIT distinct values): the values' UTF-16 units sit in one typed
 * arena, found through an open-addressing table of entry indices; a hash match is confirmed by
 * comparing the text, so the answer is exact. About 30 bytes plus 2 per character for each value,
 * against about 100 for a JavaScript Set<string>.
 *
 * Hashed mode (beyond the limit): keeping every value in memory would not fit the 400 MB bar at 10M
 * distinct ids (the values alone are 100–200 MB, the table and offsets as much again), so the set
 * keeps a 40-bit fingerprint of each value's 64-bit hash in memory (FingerprintSet40, 5.3–10.7
 * bytes each) and writes the texts, with their whole hashes, to a temporary file (text-spill.ts). A value
 * whose fingerprint is new is new; a value whose fingerprint was seen is a *match*, answered MATCH:
 * a repeat unless two different texts share the fingerprint (about n²/2^41 times among n distinct
 * values: 45 at 10M). `resolve`, at the end, checks every match against the texts on disk and
 * returns the matches that were new values (collisions), so the count stays exact. The report's
 * `details` say which mode was used and how many matches were checked.
 *
 * Deferred entries (`deferMany`, `deferPacked`, then `settle`): until the first value that must be
 * answered at once, and while the entries fit the exact limits, values are only appended to the
 * arena with their hashes, and `settle` answers them all at the end with one sort by hash, where
 * probing the table value by value waited on a cache miss each (see `addMany`). The answers are the
 * ones `addMany` gives entry by entry; `unique` counts a deferred entry's first row late (unique-check.ts).
 *
 * Hand-written for the same reason as KeySet64 (see key-set.ts).
 */
import { FingerprintSet40 } from './key-set.js';
import { hashLo, hashText, type PackedTexts } from './packed-texts.js';
import { TextSpill, textOfUnits } from './text-spill.js';
import { zeroedTable } from '../zeroed-table.js';

/** `addMany`'s answers per entry: new to the set. */
export const DISTINCT_NEW = 1;
/** A repeat of an earlier value (texts compared). */
export const DISTINCT_REPEAT = 2;
/** Hashed mode: the hash was seen before; a repeat unless `resolve` lists it as a collision. */
export const DISTINCT_MATCH = 3;
type Answer = typeof DISTINCT_NEW | typeof DISTINCT_REPEAT | typeof DISTINCT_MATCH;

/** Distinct values kept exactly before switching to hashed mode (2^20, about 30–50 MB for short ids). */
export const EXACT_TEXT_LIMIT = 1 << 20;
/** UTF-16 units of text kept exactly before switching to hashed mode (2^24 units = 32 MB). */
export const EXACT_TEXT_UNITS = 1 << 24;

/** Fewer values than this are added one by one by `addMany` (sorting them would not pay). */
const SORTED_PROBE_MIN = 4096;
/** `addMany` sorts values by the top bits of their home slot: 2^16 buckets of 256 bytes of table at 2M slots. */
const SORT_BUCKET_BITS = 16;

/** How a `unique` check on text counted, for the result's details. */
export interface DistinctTextsMode {
  /**
   * `exact`: every value kept in memory and compared by its text. `hashed`: past the exact limit,
   * values found by a 40-bit fingerprint in memory, their texts kept on disk and every match checked
   * against them at the end (exact too).
   */
  mode: 'exact' | 'hashed';
  /** Distinct values kept in memory before switching to hashed mode. */
  exact_limit: number;
  /**
   * In hashed mode: rows counted as repeats once the set was hashed (values whose fingerprint had
   * been seen before), collisions included. The `unique` check counts them row by row, so the
   * number does not depend on how the rows were cut into batches (see unique-check.ts); `mode()`
   * leaves it out.
   */
  hash_matches?: number;
  /** In hashed mode: of those, the values that were new (a different text with the same fingerprint). */
  hash_collisions?: number;
}

/** Distinct texts: exact up to EXACT_TEXT_LIMIT values, then by 40-bit fingerprint (see the file header). */
export class DistinctTexts {
  /** Distinct values added so far. */
  size = 0;
  /**
   * The entry (`d`) of the last `addMany` or `addPacked` call at which the set switched to hashed
   * mode, or -1 when that call did not switch it.
   */
  switchedAt = -1;
  // Exact mode. Slots are pairs (high hash half, entry + 1), so probing a slot is one memory access;
  // per entry: the low hash half and its text's place in the arena.
  private slots: Uint32Array | undefined = new Uint32Array(2048);
  private mask = 1023;
  private hashLow: Uint32Array | undefined = new Uint32Array(512);
  private offsets: Uint32Array | undefined = new Uint32Array(513);
  private arena: Uint16Array | undefined = new Uint16Array(4096);
  // Deferred entries: the first `deferred` entries of the arrays above, none of them in the table yet.
  private deferring = true;
  private deferred = 0;
  /** Per deferred entry, the high half of its hash (a table slot holds it once the entry is settled). */
  private deferredHi: Uint32Array | undefined = new Uint32Array(512);
  // Hashed mode.
  private hashed: FingerprintSet40 | undefined;
  private spill: TextSpill | undefined;
  /** Matches that `resolve` found to be new values. */
  private collisions = 0;
  /** `add`'s copy of its text as UTF-16 units. */
  private scratch = new Uint16Array(64);
  /**
   * `addMany`'s per-value work arrays, kept from call to call: allocating them per batch left the
   * 10M-row run's peak RSS several MB higher (freed buffers the allocator did not give back).
   */
  private probe = {
    his: new Uint32Array(0),
    ids: new Int32Array(0),
    order: new Int32Array(0),
    slotOf: new Int32Array(0),
  };
  private starts = new Int32Array(0);

  constructor(
    private readonly exactLimit = EXACT_TEXT_LIMIT,
    private readonly exactUnits = EXACT_TEXT_UNITS,
    /** `addMany` calls with fewer new values than this go one by one (tests lower it). */
    private readonly sortedMin = SORTED_PROBE_MIN,
    /** Where hashed mode's temporary files go. Default: the system's temporary folder. */
    private readonly spillParent?: string,
  ) {}

  /**
   * Adds `text`; returns true when it was not in the set yet (false: a repeat, or in hashed mode a
   * match that `resolve` may still find to be new).
   */
  add(text: string): boolean {
    return this.answer(text) === DISTINCT_NEW;
  }

  /** Adds `text`: DISTINCT_NEW, DISTINCT_REPEAT or (hashed mode) DISTINCT_MATCH. */
  answer(text: string): Answer {
    this.addingNow();
    const hi = hashText(text);
    const lo = hashLo;
    const n = text.length;
    if (this.hashed !== undefined) return this.addHash(hi, lo, text, 0, n);
    if (this.scratch.length < n) this.scratch = new Uint16Array(Math.max(n, this.scratch.length * 2));
    const scratch = this.scratch;
    for (let u = 0; u < n; u++) scratch[u] = text.charCodeAt(u);
    return this.insert(hi, lo, scratch, 0, n);
  }

  /**
   * Adds the entries `texts[d]` with `used[d] === 1`, in order of `d`, and sets `state[d]` to
   * DISTINCT_NEW, DISTINCT_REPEAT (an earlier entry of this call included) or, in hashed mode,
   * DISTINCT_MATCH: the answers `answer` would give entry by entry, and the same set afterwards.
   *
   * Faster for many new values at once: each value's home slot is a random place in a table of up
   * to 16 MB, so adding values one by one waits on a cache and TLB miss per value (most of the cost
   * of `unique` on an id column). Here the table is grown for all of them first, their texts are
   * staged in the arena in entry order (the strings are read where they lie, one after another),
   * then the values are probed in order of their home slot (a stable counting sort, so repeats
   * within the call still meet their first occurrence first), which walks the table front to back.
   * Small calls, hashed mode, and a call that would cross the exact limits go entry by entry.
   */
  addMany(texts: readonly string[], used: Uint8Array, state: Uint8Array): void {
    this.addingNow();
    const { count, units } = usedTexts(texts, used);
    this.switchedAt = -1;
    if (!this.sortable(count, units)) {
      const exact = this.hashed === undefined;
      for (let d = 0; d < texts.length; d++) {
        if (used[d] !== 1) continue;
        state[d] = this.answer(texts[d]!);
        if (exact && this.switchedAt < 0 && this.hashed !== undefined) this.switchedAt = d;
      }
      return;
    }
    const base = this.stage(count, units);
    const offsets = this.offsets!;
    const arena = this.arena!;
    const hashLow = this.hashLow!;
    const { his, ids } = this.probeBuffers(count);
    for (let d = 0, j = 0; d < texts.length; d++) {
      if (used[d] !== 1) continue;
      const text = texts[d]!;
      const hi = hashText(text);
      const entry = base + j;
      const start = offsets[entry]!;
      const n = text.length;
      for (let u = 0; u < n; u++) arena[start + u] = text.charCodeAt(u);
      offsets[entry + 1] = start + n;
      hashLow[entry] = hashLo;
      his[j] = hi;
      ids[j++] = d;
    }
    this.probeStaged(base, count, state);
  }

  /**
   * `addMany` for texts packed where they were parsed (`packTexts`, on a worker thread): the hashes
   * come with them, so this thread only probes and copies units. Same answers as `addMany` on the
   * texts `unpackText(packed, d)`.
   */
  addPacked(packed: PackedTexts, used: Uint8Array, state: Uint8Array): void {
    this.addingNow();
    const { his: entryHis, los, offsets: from, units: source } = packed;
    const entries = los.length;
    const { count, units } = usedPacked(packed, used);
    this.switchedAt = -1;
    if (!this.sortable(count, units)) {
      const exact = this.hashed === undefined;
      for (let d = 0; d < entries; d++) {
        if (used[d] !== 1) continue;
        state[d] = this.insert(entryHis[d]!, los[d]!, source, from[d]!, from[d + 1]! - from[d]!);
        if (exact && this.switchedAt < 0 && this.hashed !== undefined) this.switchedAt = d;
      }
      return;
    }
    const base = this.stage(count, units);
    const offsets = this.offsets!;
    const arena = this.arena!;
    const hashLow = this.hashLow!;
    const { his, ids } = this.probeBuffers(count);
    for (let d = 0, j = 0; d < entries; d++) {
      if (used[d] !== 1) continue;
      const entry = base + j;
      const start = offsets[entry]!;
      const at = from[d]!;
      const n = from[d + 1]! - at;
      for (let u = 0; u < n; u++) arena[start + u] = source[at + u]!;
      offsets[entry + 1] = start + n;
      hashLow[entry] = los[d]!;
      his[j] = entryHis[d]!;
      ids[j++] = d;
    }
    this.probeStaged(base, count, state);
  }

  /**
   * Defers the entries `texts[d]` with `used[d] === 1`, in order of `d`: appends them with their
   * hashes, to be answered by `settle`. False, and nothing done, once values were answered at once
   * (`answer`, `addMany`, `addPacked` or `settle`), or when the deferred entries would pass the exact
   * limits; the caller then settles and adds them at once.
   */
  deferMany(texts: readonly string[], used: Uint8Array): boolean {
    const { count, units } = usedTexts(texts, used);
    const base = this.deferred;
    if (!this.deferrable(count, units)) return false;
    const { offsets, arena, hashLow, his } = this.deferredArrays(count, units);
    for (let d = 0, entry = base; d < texts.length; d++) {
      if (used[d] !== 1) continue;
      const text = texts[d]!;
      his[entry] = hashText(text);
      hashLow[entry] = hashLo;
      const start = offsets[entry]!;
      const n = text.length;
      for (let u = 0; u < n; u++) arena[start + u] = text.charCodeAt(u);
      offsets[++entry] = start + n;
    }
    this.deferred = base + count;
    return true;
  }

  /** `deferMany` for texts packed on a worker thread (see `addPacked`). */
  deferPacked(packed: PackedTexts, used: Uint8Array): boolean {
    const { his: entryHis, los, offsets: from, units: source } = packed;
    const entries = los.length;
    const { count, units } = usedPacked(packed, used);
    const base = this.deferred;
    if (!this.deferrable(count, units)) return false;
    const { offsets, arena, hashLow, his } = this.deferredArrays(count, units);
    for (let d = 0, entry = base; d < entries; d++) {
      if (used[d] !== 1) continue;
      his[entry] = entryHis[d]!;
      hashLow[entry] = los[d]!;
      const start = offsets[entry]!;
      const at = from[d]!;
      const n = from[d + 1]! - at;
      for (let u = 0; u < n; u++) arena[start + u] = source[at + u]!;
      offsets[++entry] = start + n;
    }
    this.deferred = base + count;
    return true;
  }

  /**
   * Answers the deferred entries: the ones that repeat an earlier entry's text (what `addMany` would
   * have answered DISTINCT_REPEAT), ascending, and the texts of the first `exampleTexts` of them;
   * every other entry was new. Ends deferral; `moreToAdd` false leaves no table for later adds
   * (compacting the entries and building the table cost passes that a last call does not need).
   */
  settle(exampleTexts: number, moreToAdd: boolean): { repeats: Int32Array; texts: string[] } {
    const n = this.deferred;
    this.deferring = false;
    this.deferred = 0;
    const his = this.deferredHi!;
    this.deferredHi = undefined;
    const offsets = this.offsets!;
    const arena = this.arena!;
    const lo = this.hashLow!;
    // Entries by hash, in entry order among equal hashes: an entry repeats the earliest entry of its
    // run with the same text. Different texts share a high half about n²/2^33 times (116 at 1M).
    const { order, sorted } = sortedByHash(his, n);
    const repeated = new Uint8Array(n);
    let count = 0;
    for (let k = 0; k < n;) {
      const hi = sorted[k]!;
      let end = k + 1;
      while (end < n && sorted[end] === hi) end++;
      if (end - k > 1) count += markRepeats(order, k, end, lo, arena, offsets, repeated);
      k = end;
    }
    const repeats = new Int32Array(count);
    const texts: string[] = [];
    for (let entry = 0, r = 0; r < count; entry++) {
      if (repeated[entry] === 0) continue;
      repeats[r++] = entry;
      if (texts.length < exampleTexts) texts.push(textOfUnits(arena.subarray(offsets[entry], offsets[entry + 1])));
    }
    this.size = n - count;
    if (!moreToAdd) {
      this.slots = undefined;
      return { repeats, texts };
    }
    if (count > 0) {
      // Keep the first of each text, in entry order (the repeats' units are overwritten).
      let kept = repeats[0]!;
      for (let entry = kept; entry < n; entry++) {
        if (repeated[entry] === 1) continue;
        const from = offsets[entry]!;
        const length = offsets[entry + 1]! - from;
        const to = offsets[kept]!;
        for (let u = 0; u < length; u++) arena[to + u] = arena[from + u]!;
        offsets[kept + 1] = to + length;
        lo[kept] = lo[entry]!;
        his[kept] = his[entry]!;
        kept++;
      }
    }
    const size = this.size;
    let slotCount = this.mask + 1;
    while (size * 2 > slotCount) slotCount *= 2;
    const slots = zeroedTable(Uint32Array, slotCount * 2);
    const mask = slotCount - 1;
    for (let entry = 0; entry < size; entry++) place(slots, mask, his[entry]!, entry + 1);
    this.slots = slots;
    this.mask = mask;
    return { repeats, texts };
  }

  /** Before a value is answered at once: ends deferral, which must hold no entry. */
  private addingNow(): void {
    if (this.deferring) {
      if (this.deferred > 0) throw new Error('DistinctTexts: settle() the deferred entries before adding at once');
      this.deferring = false;
      this.deferredHi = undefined;
    }
    if (this.slots === undefined && this.hashed === undefined)
      throw new Error('DistinctTexts: settled as the last call; no value can be added after it');
  }

  /** True when `count` more entries of `units` units can be deferred. */
  private deferrable(count: number, units: number): boolean {
    return (
      this.deferring &&
      this.deferred + count <= this.exactLimit &&
      this.offsets![this.deferred]! + units <= this.exactUnits
    );
  }

  /** The entry arrays, grown for `count` more deferred entries of `units` units. */
  private deferredArrays(count: number, units: number) {
    const entries = this.deferred + count;
    this.reserve(entries, this.offsets![this.deferred]! + units);
    if (this.deferredHi!.length < entries) {
      this.deferredHi = grown(this.deferredHi!, Math.max(entries, this.deferredHi!.length * 2), Uint32Array);
    }
    return { offsets: this.offsets!, arena: this.arena!, hashLow: this.hashLow!, his: this.deferredHi! };
  }

  /** The probe buffers, with room for `count` values. */
  private probeBuffers(count: number): DistinctTexts['probe'] {
    if (this.probe.his.length < count) {
      const size = Math.max(count, this.probe.his.length * 2);
      this.probe = {
        his: new Uint32Array(size),
        ids: new Int32Array(size),
        order: new Int32Array(size),
        slotOf: new Int32Array(size),
      };
    }
    return this.probe;
  }

  /** True when `count` new values of `units` units in all can take the sorted path of `addMany`. */
  private sortable(count: number, units: number): boolean {
    return (
      this.hashed === undefined &&
      count >= this.sortedMin &&
      this.size + count <= this.exactLimit &&
      this.offsets![this.size]! + units <= this.exactUnits
    );
  }

  /** Grows the table and arrays for `count` more entries of `units` units; returns the first new entry. */
  private stage(count: number, units: number): number {
    while ((this.size + count) * 2 > this.mask + 1) this.growSlots();
    this.reserve(this.size + count, this.offsets![this.size]! + units);
    return this.size;
  }

  /**
   * The second half of `addMany`: entries `base + j` (j < count) hold staged values (hash high half
   * in the probe buffers' `his[j]`, from entry `ids[j]` of the call); probes them in home-slot
   * order, answers in `state[ids[j]]`, and drops the repeats' staged texts.
   */
  private probeStaged(base: number, count: number, state: Uint8Array): void {
    const { his, ids, order, slotOf } = this.probeBuffers(count);
    const mask = this.mask;
    const shift = Math.max(0, 32 - Math.clz32(mask) - SORT_BUCKET_BITS);
    const buckets = (mask >>> shift) + 2;
    if (this.starts.length < buckets) this.starts = new Int32Array(buckets);
    const starts = this.starts;
    starts.fill(0, 0, buckets);
    for (let j = 0; j < count; j++) starts[((his[j]! & mask) >>> shift) + 1]!++;
    for (let b = 1; b < buckets; b++) starts[b]! += starts[b - 1]!;
    for (let j = 0; j < count; j++) order[starts[(his[j]! & mask) >>> shift]!++] = j;
    const slots = this.slots!;
    const offsets = this.offsets!;
    const arena = this.arena!;
    const hashLow = this.hashLow!;
    let dropped = 0;
    for (let k = 0; k < count; k++) {
      const j = order[k]!;
      const hi = his[j]!;
      const entry = base + j;
      const at = offsets[entry]!;
      const n = offsets[entry + 1]! - at;
      let slot = hi & mask;
      let repeat = false;
      for (;;) {
        const other = slots[(slot << 1) + 1]! - 1;
        if (other < 0) break;
        if (slots[slot << 1] === hi) {
          const start = offsets[other]!;
          if (offsets[other + 1]! - start === n) {
            let u = 0;
            while (u < n && arena[start + u] === arena[at + u]) u++;
            if (u === n) {
              repeat = true;
              break;
            }
          }
        }
        slot = (slot + 1) & mask;
      }
      if (repeat) {
        state[ids[j]!] = 2;
        slotOf[j] = -1;
        dropped++;
        continue;
      }
      slots[slot << 1] = hi;
      slots[(slot << 1) + 1] = entry + 1;
      slotOf[j] = slot;
      state[ids[j]!] = 1;
    }
    // Repeats are rare in a column meant to be unique: close their gaps, renumbering the entries
    // after them.
    if (dropped > 0) {
      let kept = base;
      for (let j = 0; j < count; j++) {
        if (slotOf[j] === -1) continue;
        const from = offsets[base + j]!;
        const n = offsets[base + j + 1]! - from;
        const to = offsets[kept]!;
        if (kept !== base + j) {
          arena.copyWithin(to, from, from + n);
          hashLow[kept] = hashLow[base + j]!;
          slots[(slotOf[j]! << 1) + 1] = kept + 1;
        }
        offsets[kept + 1] = to + n;
        kept++;
      }
    }
    this.size = base + count - dropped;
  }

  /** Hashed mode: adds the hash (hi, lo) and writes the text `source[at..at+n)` to the spill. */
  private addHash(hi: number, lo: number, source: Uint16Array | string, at: number, n: number): Answer {
    if (this.hashed!.add(hi, lo)) {
      this.spill!.addFirst(hi, lo, source, at, n);
      this.size++;
      return DISTINCT_NEW;
    }
    this.spill!.addMatch(hi, lo, source, at, n);
    return DISTINCT_MATCH;
  }

  /**
   * Adds the text `units[at..at+n)` whose hash is (hi, lo). Compares texts on a hash match (exact
   * mode), and switches to hashed mode when storing it would pass the limits.
   */
  private insert(hi: number, lo: number, units: Uint16Array, at: number, n: number): Answer {
    if (this.hashed !== undefined) return this.addHash(hi, lo, units, at, n);
    const slots = this.slots!;
    const mask = this.mask;
    let offsets = this.offsets!;
    let arena = this.arena!;
    let slot = hi & mask;
    for (;;) {
      const entry = slots[(slot << 1) + 1]! - 1;
      if (entry < 0) break;
      if (slots[slot << 1] === hi) {
        const start = offsets[entry]!;
        if (offsets[entry + 1]! - start === n) {
          let k = 0;
          while (k < n && arena[start + k] === units[at + k]) k++;
          if (k === n) return DISTINCT_REPEAT;
        }
      }
      slot = (slot + 1) & mask;
    }
    const entry = this.size;
    if (entry >= this.exactLimit || offsets[entry]! + n > this.exactUnits) {
      this.toHashed();
      return this.addHash(hi, lo, units, at, n);
    }
    this.reserve(entry + 1, offsets[entry]! + n);
    offsets = this.offsets!;
    arena = this.arena!;
    const start = offsets[entry]!;
    for (let k = 0; k < n; k++) arena[start + k] = units[at + k]!;
    offsets[entry + 1] = start + n;
    this.hashLow![entry] = lo;
    slots[slot << 1] = hi;
    slots[(slot << 1) + 1] = entry + 1;
    this.size++;
    if (this.size * 2 > mask + 1) this.growSlots();
    return DISTINCT_NEW;
  }

  /** Grows the entry arrays to hold `entries` entries and the arena to hold `units` units. */
  private reserve(entries: number, units: number): void {
    if (entries + 1 > this.offsets!.length) {
      let size = this.hashLow!.length;
      while (size + 1 < entries + 1) size *= 2;
      this.hashLow = grown(this.hashLow!, size, Uint32Array);
      this.offsets = grown(this.offsets!, size + 1, Uint32Array);
    }
    if (units > this.arena!.length) {
      this.arena = grown(this.arena!, Math.max(this.arena!.length * 2, units), Uint16Array);
    }
  }

  /**
   * Hashed mode: checks every DISTINCT_MATCH answered so far against the texts on disk and returns
   * the ordinals (0 for the first match answered, ascending) of those that were new values, which
   * `size` then counts; removes the temporary files. Exact mode: nothing to check. Call once, after
   * the last add.
   */
  resolve(): number[] {
    if (this.spill === undefined) return [];
    const collisions = this.spill.resolve();
    this.collisions += collisions.length;
    this.size += collisions.length;
    return collisions;
  }

  /** Matches answered so far (the next DISTINCT_MATCH's ordinal). */
  get matches(): number {
    return this.spill?.matchCount ?? 0;
  }

  /** True once the set keeps fingerprints (hashed mode). */
  get isHashed(): boolean {
    return this.hashed !== undefined;
  }

  /** Removes hashed mode's temporary files without resolving (when the check is abandoned). */
  close(): void {
    this.spill?.close();
  }

  /** Which mode counted (after `resolve` in hashed mode). */
  mode(): DistinctTextsMode {
    if (this.hashed === undefined) return { mode: 'exact', exact_limit: this.exactLimit };
    return { mode: 'hashed', exact_limit: this.exactLimit, hash_collisions: this.collisions };
  }

  private growSlots(): void {
    const old = this.slots!;
    const slots = zeroedTable(Uint32Array, old.length * 2);
    const mask = old.length - 1; // twice the old slot count, minus one
    for (let k = 0; k < old.length; k += 2) {
      const entry = old[k + 1]!;
      if (entry === 0) continue;
      place(slots, mask, old[k]!, entry);
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** Moves every stored value's fingerprint into a FingerprintSet40 and its text to the spill, and drops the arena. */
  private toHashed(): void {
    const set = new FingerprintSet40();
    const spill = new TextSpill(this.spillParent);
    const slots = this.slots!;
    const lo = this.hashLow!;
    const offsets = this.offsets!;
    const arena = this.arena!;
    for (let k = 0; k < slots.length; k += 2) {
      const entry = slots[k + 1]!;
      if (entry === 0) continue;
      const hi = slots[k]!;
      // Two exact texts can share a fingerprint: both go to the spill, the set keeps it once.
      set.add(hi, lo[entry - 1]!);
      const start = offsets[entry - 1]!;
      spill.addFirst(hi, lo[entry - 1]!, arena, start, offsets[entry]! - start);
    }
    this.hashed = set;
    this.spill = spill;
    this.probe = {
      his: new Uint32Array(0),
      ids: new Int32Array(0),
      order: new Int32Array(0),
      slotOf: new Int32Array(0),
    };
    this.starts = new Int32Array(0);
    this.slots = undefined;
    this.hashLow = undefined;
    this.offsets = undefined;
    this.arena = undefined;
  }
}

function grown<T extends Uint32Array | Uint16Array>(array: T, size: number, Type: new (size: number) => T): T {
  const next = new Type(size);
  next.set(array);
  return next;
}

/**
 * Indices 0..n-1 ordered by `his[i]`, ascending, equal keys in index order (`order`), and the keys in
 * that order (`sorted`, so that runs of equal keys are found in one sequential pass): a stable LSD
 * radix sort of 16 bits a pass (two passes over n values, against a cache miss per value for table
 * probes).
 */
function sortedByHash(his: Uint32Array, n: number): { order: Int32Array; sorted: Uint32Array } {
  const first = new Int32Array(n);
  const order = new Int32Array(n);
  const sorted = new Uint32Array(n);
  const starts = new Int32Array(65537);
  for (let i = 0; i < n; i++) starts[(his[i]! & 0xffff) + 1]!++;
  for (let b = 1; b <= 65536; b++) starts[b]! += starts[b - 1]!;
  for (let i = 0; i < n; i++) first[starts[his[i]! & 0xffff]!++] = i;
  starts.fill(0);
  for (let i = 0; i < n; i++) starts[(his[i]! >>> 16) + 1]!++;
  for (let b = 1; b <= 65536; b++) starts[b]! += starts[b - 1]!;
  for (let k = 0; k < n; k++) {
    const i = first[k]!;
    const hi = his[i]!;
    const at = starts[hi >>> 16]!++;
    order[at] = i;
    sorted[at] = hi;
  }
  return { order, sorted };
}

/**
 * Marks, in `repeated`, the entries `order[from..to)` (one high hash half, in entry order) that
 * repeat an earlier entry of the run with the same low half and text; returns how many.
 */
function markRepeats(
  order: Int32Array,
  from: number,
  to: number,
  lo: Uint32Array,
  arena: Uint16Array,
  offsets: Uint32Array,
  repeated: Uint8Array,
): number {
  let count = 0;
  for (let j = from + 1; j < to; j++) {
    const entry = order[j]!;
    for (let k = from; k < j; k++) {
      const first = order[k]!;
      if (repeated[first] === 0 && lo[first] === lo[entry] && sameText(arena, offsets, first, entry)) {
        repeated[entry] = 1;
        count++;
        break;
      }
    }
  }
  return count;
}

/** True when entries `a` and `b` of the arena hold the same units. */
function sameText(arena: Uint16Array, offsets: Uint32Array, a: number, b: number): boolean {
  const at = offsets[a]!;
  const bt = offsets[b]!;
  const n = offsets[a + 1]! - at;
  if (offsets[b + 1]! - bt !== n) return false;
  let u = 0;
  while (u < n && arena[at + u] === arena[bt + u]) u++;
  return u === n;
}

/** How many of `texts` `used` marks, and their UTF-16 units in all. */
function usedTexts(texts: readonly string[], used: Uint8Array): { count: number; units: number } {
  let count = 0;
  let units = 0;
  for (let d = 0; d < texts.length; d++) {
    if (used[d] === 1) {
      count++;
      units += texts[d]!.length;
    }
  }
  return { count, units };
}

/** `usedTexts` for packed texts. */
function usedPacked(packed: PackedTexts, used: Uint8Array): { count: number; units: number } {
  const from = packed.offsets;
  let count = 0;
  let units = 0;
  for (let d = 0; d < packed.los.length; d++) {
    if (used[d] === 1) {
      count++;
      units += from[d + 1]! - from[d]!;
    }
  }
  return { count, units };
}

/** Puts `hi` and `value` (an entry + 1) in the first free slot from hi's home slot on, in a table being filled (no key is there twice). */
function place(slots: Uint32Array, mask: number, hi: number, value: number): void {
  let slot = hi & mask;
  while (slots[(slot << 1) + 1] !== 0) slot = (slot + 1) & mask;
  slots[slot << 1] = hi;
  slots[(slot << 1) + 1] = value;
}
