/**
 * Streams one flat Parquet column chunk page by page into column builders, so a row group is read
 * one batch at a time: memory holds the group's compressed bytes, one decoded page per column and
 * one batch, instead of every column of the group decoded into JavaScript arrays.
 *
 * Hand-written over hyparquet's page decoders (its `hyparquet/src/*` modules) because going through
 * `parquetRead` assembled each optional column into a boxed JavaScript array first, which measured
 * 6–7 s and ~900 MB for 1M rows × 20 columns in one row group. Nested columns still go through
 * `parquetRead` (see parquet-reader.ts).
 *
 * Data pages v1 (what DuckDB, pyarrow and Spark write) of the common kinds are decoded here
 * rather than by `readDataPage` (everything else still goes through it): definition levels and
 * dictionary indices with a faster RLE/bit-packed decoder into Int32Arrays (parquet-rle.ts)
 * instead of JavaScript arrays; dictionary-encoded pages keep their indices, decoded a fill at a
 * time right before they are looked up, and each file-dictionary entry is converted once (to a number, or to the batch's category code) instead
 * of once per row; PLAIN strings are interned straight from the page bytes like CSV cells,
 * instead of one Uint8Array view and one decoded string per row. For 1M rows × 20 columns this
 * took the P1 benchmark from 2.7 s and ~400 MB peak RSS to about 1.7 s and ~270 MB. A string that
 * is not valid UTF-8 is decoded with replacement characters, as hyparquet does.
 */
import type { ColumnChunk, Compressors, DataReader, DecodedArray, SchemaTree } from 'hyparquet';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { parquetHeader, readPage } from 'hyparquet/src/column.js';
import { DEFAULT_PARSERS, convert, convertWithDictionary } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel } from 'hyparquet/src/schema.js';
import { NULL } from './batch.js';
import { InvalidUtf8Error } from './byte-interner.js';
import { HybridDecoder, MAX_HYBRID_WIDTH, decodeHybrid } from './parquet-rle.js';
import { CategoryBuilder, NumberBuilder, type ColumnBuilder } from './column-builders.js';

/** The byte range of a column chunk in the file. */
export function columnChunkRange(chunk: ColumnChunk): { start: number; end: number } {
  const meta = chunk.meta_data;
  if (meta === undefined || chunk.file_path)
    throw new Error('parquet column chunk without metadata, or in another file');
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  return { start, end: start + Number(meta.total_compressed_size) };
}

const utf8 = new TextDecoder();

/** How the current page's values are held. */
const enum PageKind {
  /** Decoded by hyparquet into `values`. */
  Values,
  /** Dictionary indices in `indices`, into `dictionary`. */
  Indices,
  /** PLAIN BYTE_ARRAY: length-prefixed strings in `pageBytes` from `bytePos`. */
  Bytes,
}

/**
 * True when a v1 page's definition levels (length-prefixed RLE/bit-packed data at offset 0) open
 * with one RLE run of `max` covering all `rows`: no nulls, so no per-row levels are needed. Writers
 * encode a null-free page this way.
 */
function allPresent(bytes: Uint8Array, max: number, rows: number): boolean {
  if (bytes.length < 5) return false;
  let pos = 4;
  let header = 0;
  let shift = 0;
  for (;;) {
    if (pos >= bytes.length || shift > 28) return false;
    const b = bytes[pos++]!;
    header += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) break;
    shift += 7;
  }
  if (header % 2 !== 0 || header / 2 < rows) return false;
  // The run's value: ceil(width / 8) little-endian bytes; levels are small, so one or two bytes.
  const width = 32 - Math.clz32(max);
  let value = 0;
  for (let k = 0; k < (width + 7) >> 3; k++) value |= (bytes[pos + k] ?? 0) << (8 * k);
  return value === max;
}

/** Physical types whose PLAIN pages are fixed-width values. */
const FIXED_TYPES = new Set(['INT32', 'INT64', 'FLOAT', 'DOUBLE']);

/** True for BYTE_ARRAY columns whose values hyparquet would decode as plain UTF-8 text. */
function isPlainText(element: SchemaTree['element']): boolean {
  const c = element.converted_type;
  const l = element.logical_type?.type;
  return (
    element.type === 'BYTE_ARRAY' &&
    (c === undefined || c === 'UTF8' || c === 'ENUM') &&
    (l === undefined || l === 'STRING' || l === 'ENUM')
  );
}

/** Reads the rows of one flat column chunk in order, a page at a time. */
export class ParquetColumnCursor {
  private readonly reader: DataReader;
  private readonly decoder: ColumnDecoder;
  private readonly maxDefinition: number;
  private readonly plainText: boolean;
  private readonly plainFixed: boolean;
  private dictionary: DecodedArray | undefined;
  /** Per dictionary entry, for number builders: the value, and 1 where it needs `pushValue`. */
  private dictNumbers: Float64Array | undefined;
  private dictSlow: Uint8Array | undefined;
  /** Per dictionary entry, its code in `translateFor`'s batch dictionary (-2: not looked up yet). */
  private translate: Int32Array | undefined;
  private translateFor: CategoryBuilder | undefined;
  private definitions: ArrayLike<number> | undefined;
  private kind = PageKind.Values;
  private values: DecodedArray = [];
  /**
   * Dictionary indices: the whole page's (when `streamed` is false), else the current fill's,
   * decoded by `stream` just before they are looked up (see HybridDecoder).
   */
  private indices = new Int32Array(0);
  private readonly stream = new HybridDecoder();
  private streamed = false;
  /** Definition levels of the current page (reused from page to page, like `indices`). */
  private levelBuffer = new Int32Array(0);
  private pageBytes: Buffer = Buffer.alloc(0);
  private bytePos = 0;
  private pageRows = 0;
  private pageRow = 0;
  private valueIndex = 0;

  constructor(
    /** The column chunk's bytes (a view into the row group's bytes). */
    bytes: Uint8Array,
    chunk: ColumnChunk,
    schemaPath: SchemaTree[],
    parsers: Partial<ColumnDecoder['parsers']>,
    compressors: Compressors,
    /** Decimal scale to round to, or 0. */
    private readonly scale: number,
  ) {
    const meta = chunk.meta_data!;
    this.reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
    const element = schemaPath[schemaPath.length - 1]!.element;
    this.decoder = {
      pathInSchema: meta.path_in_schema,
      type: meta.type,
      element,
      schemaPath,
      codec: meta.codec,
      parsers: { ...DEFAULT_PARSERS, ...parsers },
      compressors,
      utf8: true,
    };
    this.maxDefinition = getMaxDefinitionLevel(schemaPath);
    this.plainText = schemaPath.length === 2 && isPlainText(element);
    this.plainFixed = schemaPath.length === 2 && FIXED_TYPES.has(meta.type);
  }

  /** Loads the next data page; false at the end of the chunk. */
  private nextPage(): boolean {
    const reader = this.reader;
    while (reader.offset < reader.view.byteLength - 1) {
      const header = parquetHeader(reader);
      if (header.type === 'DICTIONARY_PAGE') {
        const { data } = readPage(reader, header, this.decoder, undefined, undefined, 0);
        if (data) this.setDictionary(convert(data, this.decoder));
        continue;
      }
      const bytes = new Uint8Array(
        reader.view.buffer,
        reader.view.byteOffset + reader.offset,
        header.compressed_page_size,
      );
      reader.offset += header.compressed_page_size;
      let page;
      let encoding;
      if (header.type === 'DATA_PAGE' && header.data_page_header) {
        const daph = header.data_page_header;
        const decompressed = decompressPage(
          bytes,
          Number(header.uncompressed_page_size),
          this.decoder.codec,
          this.decoder.compressors,
        );
        this.pageRows = daph.num_values;
        this.pageRow = 0;
        this.valueIndex = 0;
        const dictionaryPage = this.dictionary !== undefined && daph.encoding.endsWith('_DICTIONARY');
        if (dictionaryPage || (daph.encoding === 'PLAIN' && (this.plainText || this.plainFixed))) {
          this.loadPage(decompressed, daph.num_values, dictionaryPage);
          if (this.pageRows > 0) return true;
          continue;
        }
        page = readDataPage(decompressed, daph, this.decoder);
        encoding = daph.encoding;
      } else if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) {
        page = readDataPageV2(bytes, header, this.decoder);
        encoding = header.data_page_header_v2.encoding;
        this.pageRows = header.data_page_header_v2.num_rows;
      } else continue; // index pages and the like
      this.kind = PageKind.Values;
      this.values = convertWithDictionary(page.dataPage, this.dictionary, encoding, this.decoder);
      this.definitions = page.definitionLevels && page.definitionLevels.length > 0 ? page.definitionLevels : undefined;
      this.pageRow = 0;
      this.valueIndex = 0;
      if (this.pageRows > 0) return true;
    }
    return false;
  }

  private setDictionary(dictionary: DecodedArray): void {
    this.dictionary = dictionary;
    this.dictNumbers = undefined;
    this.dictSlow = undefined;
    this.translate = undefined;
    this.translateFor = undefined;
  }

  /**
   * A data page v1 of a flat column: definition levels, then dictionary indices, PLAIN strings or
   * PLAIN fixed-width values.
   */
  private loadPage(bytes: Uint8Array, rows: number, dictionaryPage: boolean): void {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const reader: DataReader = { view, offset: 0 };
    let present = rows;
    this.definitions = undefined;
    const max = this.maxDefinition;
    if (max > 0 && allPresent(bytes, max, rows)) reader.offset = 4 + view.getUint32(0, true);
    else if (max > 0) {
      const width = 32 - Math.clz32(max);
      if (this.levelBuffer.length < rows) this.levelBuffer = new Int32Array(rows);
      const levels = this.levelBuffer;
      if (width <= MAX_HYBRID_WIDTH) {
        const length = view.getUint32(0, true);
        decodeHybrid(bytes, 4, Math.min(4 + length, bytes.length), width, levels, rows);
        reader.offset = 4 + length;
      } else readRleBitPackedHybrid(reader, width, levels.subarray(0, rows));
      present = 0;
      for (let k = 0; k < rows; k++) if (levels[k] === max) present++;
      if (present < rows) this.definitions = levels;
    }
    if (dictionaryPage) {
      const width = view.getUint8(reader.offset++);
      this.streamed = width > 0 && width <= MAX_HYBRID_WIDTH;
      if (this.streamed) this.stream.reset(bytes, reader.offset, bytes.length, width);
      else {
        // The previous page's indices are consumed by now (a page is loaded only when the last one
        // ran out), so the buffer is reused: no allocation and zeroing per page.
        if (this.indices.length < present) this.indices = new Int32Array(present);
        const indices = this.indices;
        if (width > 0)
          readRleBitPackedHybrid(reader, width, indices.subarray(0, present), view.byteLength - reader.offset);
        else indices.fill(0, 0, present);
      }
      this.kind = PageKind.Indices;
    } else if (this.plainText) {
      this.pageBytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      this.bytePos = reader.offset;
      this.kind = PageKind.Bytes;
    } else {
      // Fixed-width PLAIN values: hyparquet's own reader and conversion, only the levels are ours.
      const { type, element } = this.decoder;
      this.values = convert(readPlain(reader, type, present, element.type_length), this.decoder);
      this.kind = PageKind.Values;
    }
  }

  /** Writes the next `count` rows into `builder` at rows `at..at+count)`. */
  fill(builder: ColumnBuilder, at: number, count: number): void {
    let row = at;
    const end = at + count;
    while (row < end) {
      if (this.pageRow >= this.pageRows && !this.nextPage())
        throw new Error('parquet column chunk ended before the row group did');
      const take = Math.min(end - row, this.pageRows - this.pageRow);
      if (this.kind === PageKind.Indices) this.fillIndices(builder, row, take);
      else if (this.kind === PageKind.Bytes) this.fillBytes(builder, row, take);
      else this.fillValues(builder, row, take);
      row += take;
    }
  }

  private fillValues(builder: ColumnBuilder, row: number, take: number): void {
    const fast = builder instanceof NumberBuilder ? builder.values : undefined;
    const scale = this.scale;
    const definitions = this.definitions;
    const values = this.values;
    const max = this.maxDefinition;
    let pageRow = this.pageRow;
    let vi = this.valueIndex;
    if (
      fast !== undefined &&
      scale === 0 &&
      (values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array)
    ) {
      // PLAIN numbers (hyparquet reads them as a typed array): one typed loop, no type test per row.
      const state = (builder as NumberBuilder).state;
      for (let k = 0; k < take; k++, row++, pageRow++) {
        if (definitions !== undefined && definitions[pageRow] !== max) {
          state[row] = NULL;
          continue;
        }
        const value = values[vi++]!;
        if (value - value === 0) fast[row] = value;
        else builder.pushValue(value, row); // NaN is null, ±Infinity invalid, as pushValue says
      }
      this.pageRow = pageRow;
      this.valueIndex = vi;
      return;
    }
    for (let k = 0; k < take; k++, row++, pageRow++) {
      if (definitions !== undefined && definitions[pageRow] !== max) {
        builder.pushValue(null, row);
        continue;
      }
      let value: unknown = values[vi++];
      if (scale > 0 && typeof value === 'number') value = Number(value.toFixed(scale));
      if (
        fast !== undefined &&
        typeof value === 'number' &&
        value === value &&
        value !== Infinity &&
        value !== -Infinity
      )
        fast[row] = value;
      else if (fast !== undefined && typeof value === 'bigint') fast[row] = Number(value);
      else builder.pushValue(value, row);
    }
    this.pageRow = pageRow;
    this.valueIndex = vi;
  }

  /** A dictionary entry as `fillValues` would see it (decimals rounded to their scale). */
  private entry(index: number): unknown {
    const value: unknown = this.dictionary![index];
    return this.scale > 0 && typeof value === 'number' ? Number(value.toFixed(this.scale)) : value;
  }

  private fillIndices(builder: ColumnBuilder, row: number, take: number): void {
    const definitions = this.definitions;
    const max = this.maxDefinition;
    const size = this.dictionary!.length;
    let pageRow = this.pageRow;
    let vi = this.valueIndex;
    if (this.streamed) {
      // Decode the indices of this fill's present rows only, into the start of the buffer.
      let present = take;
      if (definitions !== undefined) {
        present = 0;
        for (let k = pageRow; k < pageRow + take; k++) if (definitions[k] === max) present++;
      }
      if (this.indices.length < present) this.indices = new Int32Array(Math.max(present, 2 * this.indices.length));
      this.stream.read(this.indices, 0, present);
      vi = 0;
    }
    const indices = this.indices;
    // One row loop per builder type on purpose: each writes its typed array directly, with no call
    // or type test per row (this is the per-cell path of every dictionary-encoded Parquet column).
    if (builder instanceof NumberBuilder) {
      if (this.dictNumbers === undefined) {
        // Each entry once: finite numbers and bigints go straight in, anything else through pushValue.
        const numbers = new Float64Array(size);
        const slow = new Uint8Array(size);
        for (let d = 0; d < size; d++) {
          const value = this.entry(d);
          if (typeof value === 'number' && Number.isFinite(value)) numbers[d] = value;
          else if (typeof value === 'bigint') numbers[d] = Number(value);
          else slow[d] = 1;
        }
        this.dictNumbers = numbers;
        this.dictSlow = slow;
      }
      const numbers = this.dictNumbers;
      const slow = this.dictSlow!;
      const out = builder.values;
      // An index past the dictionary reads `slow[d]` as undefined, so it takes the slow branch,
      // which checks the range: the common row costs no bounds test.
      if (definitions === undefined) {
        for (let k = 0; k < take; k++, row++) {
          const d = indices[vi++]!;
          if (slow[d] === 0) out[row] = numbers[d]!;
          else this.pushEntry(builder, d, size, row);
        }
        pageRow += take;
      } else {
        const state = builder.state;
        for (let k = 0; k < take; k++, row++, pageRow++) {
          if (definitions[pageRow] !== max) {
            state[row] = NULL;
            continue;
          }
          const d = indices[vi++]!;
          if (slow[d] === 0) out[row] = numbers[d]!;
          else this.pushEntry(builder, d, size, row);
        }
      }
    } else if (builder instanceof CategoryBuilder) {
      if (this.translateFor !== builder || this.translate === undefined) {
        this.translate = new Int32Array(size).fill(-2);
        this.translateFor = builder;
      }
      const translate = this.translate;
      const codes = builder.codes;
      // As above: an index past the dictionary reads undefined and takes the checked branch.
      for (let k = 0; k < take; k++, row++, pageRow++) {
        if (definitions !== undefined && definitions[pageRow] !== max) {
          codes[row] = -1;
          continue;
        }
        const d = indices[vi++]!;
        let code = translate[d]!;
        if (!(code >= -1)) {
          if (!(d >= 0 && d < size)) throw new Error(`parquet dictionary index ${d} out of range`);
          translate[d] = code = builder.codeOf(this.entry(d));
        }
        codes[row] = code;
      }
    } else {
      for (let k = 0; k < take; k++, row++, pageRow++) {
        if (definitions !== undefined && definitions[pageRow] !== max) {
          builder.pushValue(null, row);
          continue;
        }
        const d = indices[vi++]!;
        if (d >= size) throw new Error(`parquet dictionary index ${d} out of range`);
        builder.pushValue(this.entry(d), row);
      }
    }
    this.pageRow = pageRow;
    this.valueIndex = vi;
  }

  /** A number dictionary entry that is not a finite number, or an index past the dictionary. */
  private pushEntry(builder: NumberBuilder, d: number, size: number, row: number): void {
    if (!(d >= 0 && d < size)) throw new Error(`parquet dictionary index ${d} out of range`);
    builder.pushValue(this.entry(d), row);
  }

  private fillBytes(builder: ColumnBuilder, row: number, take: number): void {
    const definitions = this.definitions;
    const max = this.maxDefinition;
    const buf = this.pageBytes;
    const category = builder instanceof CategoryBuilder ? builder : undefined;
    let pageRow = this.pageRow;
    let pos = this.bytePos;
    for (let k = 0; k < take; k++, row++, pageRow++) {
      if (definitions !== undefined && definitions[pageRow] !== max) {
        builder.pushValue(null, row);
        continue;
      }
      if (pos + 4 > buf.length) throw new Error('parquet page ends inside a value');
      const length = (buf[pos]! | (buf[pos + 1]! << 8) | (buf[pos + 2]! << 16) | (buf[pos + 3]! << 24)) >>> 0;
      const start = pos + 4;
      pos = start + length;
      if (pos > buf.length) throw new Error('parquet page ends inside a value');
      if (category === undefined) builder.pushValue(utf8.decode(buf.subarray(start, pos)), row);
      else {
        try {
          // Like a CSV cell: interned by its bytes; the empty string is null, as pushValue('') makes it.
          category.pushBytes(buf, start, pos, row);
        } catch (error) {
          if (!(error instanceof InvalidUtf8Error)) throw error;
          category.pushText(utf8.decode(buf.subarray(start, pos)), row);
        }
      }
    }
    this.pageRow = pageRow;
    this.bytePos = pos;
  }
}
