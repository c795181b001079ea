/**
 * Streams one flat Parquet column chunk page by page into column builders, so a row group is read
 * one batch at a time: memory holds the group's compressed bytes, one decoded page per column and
 * one batch, instead of every column of the group decoded into JavaScript arrays.
 *
 * Hand-written over hyparquet's page decoders (its `hyparquet/src/*` modules) because going through
 * `parquetRead` assembled each optional column into a boxed JavaScript array first, which measured
 * 6–7 s and ~900 MB for 1M rows × 20 columns in one row group. Nested columns still go through
 * `parquetRead` (see parquet-reader.ts).
 */
import type { ColumnChunk, Compressors, DataReader, DecodedArray, SchemaTree } from 'hyparquet';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { parquetHeader, readPage } from 'hyparquet/src/column.js';
import { DEFAULT_PARSERS, convert, convertWithDictionary } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { getMaxDefinitionLevel } from 'hyparquet/src/schema.js';
import { NumberBuilder, type ColumnBuilder } from './column-builders.js';

/** The byte range of a column chunk in the file. */
export function columnChunkRange(chunk: ColumnChunk): { start: number; end: number } {
  const meta = chunk.meta_data;
  if (meta === undefined || chunk.file_path)
    throw new Error('parquet column chunk without metadata, or in another file');
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  return { start, end: start + Number(meta.total_compressed_size) };
}

/** Reads the rows of one flat column chunk in order, a page at a time. */
export class ParquetColumnCursor {
  private readonly reader: DataReader;
  private readonly decoder: ColumnDecoder;
  private readonly maxDefinition: number;
  private dictionary: DecodedArray | undefined;
  private definitions: ArrayLike<number> | undefined;
  private values: DecodedArray = [];
  private pageRows = 0;
  private pageRow = 0;
  private valueIndex = 0;

  constructor(
    bytes: ArrayBuffer,
    chunk: ColumnChunk,
    schemaPath: SchemaTree[],
    parsers: Partial<ColumnDecoder['parsers']>,
    compressors: Compressors,
    /** Decimal scale to round to, or 0. */
    private readonly scale: number,
  ) {
    const meta = chunk.meta_data!;
    this.reader = { view: new DataView(bytes), offset: 0 };
    this.decoder = {
      pathInSchema: meta.path_in_schema,
      type: meta.type,
      element: schemaPath[schemaPath.length - 1]!.element,
      schemaPath,
      codec: meta.codec,
      parsers: { ...DEFAULT_PARSERS, ...parsers },
      compressors,
      utf8: true,
    };
    this.maxDefinition = getMaxDefinitionLevel(schemaPath);
  }

  /** Loads the next data page; false at the end of the chunk. */
  private nextPage(): boolean {
    const reader = this.reader;
    while (reader.offset < reader.view.byteLength - 1) {
      const header = parquetHeader(reader);
      if (header.type === 'DICTIONARY_PAGE') {
        const { data } = readPage(reader, header, this.decoder, undefined, undefined, 0);
        if (data) this.dictionary = convert(data, this.decoder);
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
        const decompressed = decompressPage(
          bytes,
          Number(header.uncompressed_page_size),
          this.decoder.codec,
          this.decoder.compressors,
        );
        page = readDataPage(decompressed, header.data_page_header, this.decoder);
        encoding = header.data_page_header.encoding;
        this.pageRows = header.data_page_header.num_values;
      } else if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) {
        page = readDataPageV2(bytes, header, this.decoder);
        encoding = header.data_page_header_v2.encoding;
        this.pageRows = header.data_page_header_v2.num_rows;
      } else continue; // index pages and the like
      this.values = convertWithDictionary(page.dataPage, this.dictionary, encoding, this.decoder);
      this.definitions = page.definitionLevels && page.definitionLevels.length > 0 ? page.definitionLevels : undefined;
      this.pageRow = 0;
      this.valueIndex = 0;
      if (this.pageRows > 0) return true;
    }
    return false;
  }

  /** Writes the next `count` rows into `builder` at rows `at..at+count)`. */
  fill(builder: ColumnBuilder, at: number, count: number): void {
    const fast = builder instanceof NumberBuilder ? builder.values : undefined;
    const scale = this.scale;
    let row = at;
    const end = at + count;
    while (row < end) {
      if (this.pageRow >= this.pageRows && !this.nextPage())
        throw new Error('parquet column chunk ended before the row group did');
      const take = Math.min(end - row, this.pageRows - this.pageRow);
      const definitions = this.definitions;
      const values = this.values;
      const max = this.maxDefinition;
      let pageRow = this.pageRow;
      let vi = this.valueIndex;
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
  }
}
