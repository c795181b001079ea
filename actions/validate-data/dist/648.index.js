export const id = 648;
export const ids = [648];
export const modules = {

/***/ 1648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parquetColumns: () => (/* binding */ parquetColumns),
  readParquetBatches: () => (/* binding */ readParquetBatches)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 8 modules
var read = __webpack_require__(7992);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var src = __webpack_require__(138);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/data/column-names.ts
var column_names = __webpack_require__(6788);
// EXTERNAL MODULE: ./shared/data/column-builders.ts
var column_builders = __webpack_require__(2902);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(6167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(9234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 3 modules
var datapage = __webpack_require__(3969);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var schema = __webpack_require__(8286);
;// CONCATENATED MODULE: ./shared/data/parquet-column-cursor.ts





/** The byte range of a column chunk in the file. */
function columnChunkRange(chunk) {
    const meta = chunk.meta_data;
    if (meta === undefined || chunk.file_path)
        throw new Error('parquet column chunk without metadata, or in another file');
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    return { start, end: start + Number(meta.total_compressed_size) };
}
/** Reads the rows of one flat column chunk in order, a page at a time. */
class ParquetColumnCursor {
    scale;
    reader;
    decoder;
    maxDefinition;
    dictionary;
    definitions;
    values = [];
    pageRows = 0;
    pageRow = 0;
    valueIndex = 0;
    constructor(bytes, chunk, schemaPath, parsers, compressors, 
    /** Decimal scale to round to, or 0. */
    scale) {
        this.scale = scale;
        const meta = chunk.meta_data;
        this.reader = { view: new DataView(bytes), offset: 0 };
        this.decoder = {
            pathInSchema: meta.path_in_schema,
            type: meta.type,
            element: schemaPath[schemaPath.length - 1].element,
            schemaPath,
            codec: meta.codec,
            parsers: { ...convert/* DEFAULT_PARSERS */.Rc, ...parsers },
            compressors,
            utf8: true,
        };
        this.maxDefinition = (0,schema/* getMaxDefinitionLevel */.mM)(schemaPath);
    }
    /** Loads the next data page; false at the end of the chunk. */
    nextPage() {
        const reader = this.reader;
        while (reader.offset < reader.view.byteLength - 1) {
            const header = (0,column/* parquetHeader */.wK)(reader);
            if (header.type === 'DICTIONARY_PAGE') {
                const { data } = (0,column/* readPage */.SP)(reader, header, this.decoder, undefined, undefined, 0);
                if (data)
                    this.dictionary = (0,convert/* convert */.C6)(data, this.decoder);
                continue;
            }
            const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size);
            reader.offset += header.compressed_page_size;
            let page;
            let encoding;
            if (header.type === 'DATA_PAGE' && header.data_page_header) {
                const decompressed = (0,datapage/* decompressPage */.tC)(bytes, Number(header.uncompressed_page_size), this.decoder.codec, this.decoder.compressors);
                page = (0,datapage/* readDataPage */.kS)(decompressed, header.data_page_header, this.decoder);
                encoding = header.data_page_header.encoding;
                this.pageRows = header.data_page_header.num_values;
            }
            else if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) {
                page = (0,datapage/* readDataPageV2 */.uD)(bytes, header, this.decoder);
                encoding = header.data_page_header_v2.encoding;
                this.pageRows = header.data_page_header_v2.num_rows;
            }
            else
                continue; // index pages and the like
            this.values = (0,convert/* convertWithDictionary */.Km)(page.dataPage, this.dictionary, encoding, this.decoder);
            this.definitions = page.definitionLevels && page.definitionLevels.length > 0 ? page.definitionLevels : undefined;
            this.pageRow = 0;
            this.valueIndex = 0;
            if (this.pageRows > 0)
                return true;
        }
        return false;
    }
    /** Writes the next `count` rows into `builder` at rows `at..at+count)`. */
    fill(builder, at, count) {
        const fast = builder instanceof column_builders/* NumberBuilder */.dd ? builder.values : undefined;
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
                let value = values[vi++];
                if (scale > 0 && typeof value === 'number')
                    value = Number(value.toFixed(scale));
                if (fast !== undefined &&
                    typeof value === 'number' &&
                    value === value &&
                    value !== Infinity &&
                    value !== -Infinity)
                    fast[row] = value;
                else if (fast !== undefined && typeof value === 'bigint')
                    fast[row] = Number(value);
                else
                    builder.pushValue(value, row);
            }
            this.pageRow = pageRow;
            this.valueIndex = vi;
        }
    }
}

// EXTERNAL MODULE: ./shared/data/file-errors.ts
var file_errors = __webpack_require__(9289);
// EXTERNAL MODULE: ./shared/data/null-values.ts
var null_values = __webpack_require__(4153);
;// CONCATENATED MODULE: ./shared/data/parquet-reader.ts
/**
 * Parquet reader over hyparquet (+ hyparquet-compressors for ZSTD, Brotli, LZ4, gzip). Reads one row
 * group at a time, so memory is bounded by the row-group size: flat schemas stream each column
 * chunk page by page into one batch at a time (parquet-column-cursor.ts); schemas with nested
 * columns let hyparquet assemble the whole group, then cut it into batches.
 *
 * Types come from the file's schema, not from sampling: integers, floats and decimals → number;
 * DATE, TIMESTAMP (any unit) and INT96 → timestamp (epoch ms, sub-millisecond digits truncated);
 * strings, booleans (`true`/`false`), enums, UUIDs and anything else → category, nested values as
 * JSON text. Parquet has real nulls, so null tokens do not apply to Parquet strings.
 */









/** Timestamps as epoch milliseconds instead of Date objects. */
const parsers = {
    timestampFromMilliseconds: (v) => Number(v),
    timestampFromMicroseconds: (v) => Number(v / 1000n),
    timestampFromNanoseconds: (v) => Number(v / 1000000n),
    dateFromDays: (days) => days * 86_400_000,
};
const NO_NULL_TOKENS = new null_values/* NullMatcher */.O([]);
async function openParquet(source) {
    let handle;
    try {
        handle = await (0,promises_.open)(source.path, 'r');
    }
    catch (error) {
        throw (0,file_errors/* toFileError */.G)(error, source.display);
    }
    const { size } = await handle.stat();
    const file = {
        byteLength: size,
        async slice(start, end) {
            const stop = Math.min(end ?? size, size);
            const buffer = new Uint8Array(Math.max(0, stop - start));
            let done = 0;
            while (done < buffer.length) {
                const { bytesRead } = await handle.read(buffer, done, buffer.length - done, start + done);
                if (bytesRead === 0)
                    break;
                done += bytesRead;
            }
            return buffer.buffer;
        },
    };
    try {
        const metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(file, { parsers });
        return { file, metadata, close: () => handle.close() };
    }
    catch (error) {
        await handle.close();
        throw notParquet(source, error);
    }
}
function notParquet(source, error) {
    if ((0,errors/* isUserError */.iU)(error) || (error instanceof Error && typeof error.code === 'string'))
        return (0,file_errors/* toFileError */.G)(error, source.display);
    const detail = error instanceof Error ? error.message : String(error);
    return new errors/* UserError */.yo(`not a readable Parquet file (${detail})`, {
        location: { file: source.display },
        hint: 'The file may be truncated or not Parquet; re-export it, or set the format if the extension is wrong',
        cause: error,
    });
}
/** The modelship type of a top-level Parquet field. */
function parquetColumnType(node) {
    const e = node.element;
    if (node.children.length > 0)
        return 'category';
    const logical = e.logical_type?.type;
    if (logical === 'DATE' ||
        logical === 'TIMESTAMP' ||
        e.converted_type === 'DATE' ||
        e.converted_type === 'TIMESTAMP_MILLIS' ||
        e.converted_type === 'TIMESTAMP_MICROS' ||
        e.type === 'INT96') {
        return 'timestamp';
    }
    if (logical === 'DECIMAL' || e.converted_type === 'DECIMAL')
        return 'number';
    // Times of day (TIME) are plain numbers in their unit.
    if (e.type === 'INT32' || e.type === 'INT64' || e.type === 'FLOAT' || e.type === 'DOUBLE' || logical === 'FLOAT16')
        return 'number';
    return 'category';
}
/** Reads a Parquet file's column names and types from its footer. */
async function parquetColumns(source) {
    const pq = await openParquet(source);
    try {
        const columns = (0,src_metadata/* parquetSchema */.YR)(pq.metadata).children.map((node) => ({
            name: node.element.name,
            type: parquetColumnType(node),
        }));
        (0,column_names/* checkHeaderNames */.Y)(columns.map((c) => c.name), source.display);
        return columns;
    }
    finally {
        await pq.close();
    }
}
/** Streams a Parquet file as batches that follow `ctx.schema`, one row group at a time. */
async function* readParquetBatches(source, ctx) {
    const pq = await openParquet(source);
    try {
        const tree = (0,src_metadata/* parquetSchema */.YR)(pq.metadata);
        const nodes = tree.children;
        const names = nodes.map((node) => node.element.name);
        const map = (0,column_names/* mapToSchema */.p)(names, ctx.schema, source.display);
        // hyparquet scales decimals by multiplying by 10^-scale, which can leave 99.99000000000001;
        // rounding to the declared scale gives the decimal the file holds, as a correctly rounded double.
        const scales = nodes.map((node) => {
            const e = node.element;
            const decimal = e.logical_type?.type === 'DECIMAL' || e.converted_type === 'DECIMAL';
            return decimal && e.scale !== undefined && e.scale > 0 && e.scale <= 100 ? e.scale : 0;
        });
        const flat = nodes.every((node) => node.children.length === 0 && node.element.repetition_type !== 'REPEATED');
        const read = flat
            ? readFlatGroups(pq, source, ctx, tree, map, scales)
            : readAssembledGroups(pq, source, ctx, names, map, scales);
        try {
            yield* read;
        }
        catch (error) {
            throw notParquet(source, error);
        }
    }
    finally {
        await pq.close();
    }
}
/** Flat schemas: one page cursor per column, one batch at a time. */
async function* readFlatGroups(pq, source, ctx, tree, map, scales) {
    const { schema, batchSize } = ctx;
    let firstRow = ctx.firstRow;
    for (const group of pq.metadata.row_groups) {
        const groupRows = Number(group.num_rows);
        const cursors = [];
        for (const chunk of group.columns) {
            const path = chunk.meta_data?.path_in_schema ?? [];
            const position = tree.children.findIndex((node) => node.element.name === path[0]);
            if (position < 0 || path.length !== 1)
                throw new Error(`parquet column chunk ${path.join('.')} not in the schema`);
            const { start, end } = columnChunkRange(chunk);
            const bytes = await pq.file.slice(start, end);
            const cursor = new ParquetColumnCursor(bytes, chunk, [tree, tree.children[position]], parsers, src/* compressors */.Vm, scales[position]);
            cursors.push({ cursor, column: map[position] });
        }
        for (let at = 0; at < groupRows; at += batchSize) {
            const length = Math.min(batchSize, groupRows - at);
            const builders = schema.columns.map((c) => (0,column_builders/* createColumnBuilder */.IG)(c.name, c.type, length, NO_NULL_TOKENS));
            for (const { cursor, column } of cursors)
                cursor.fill(builders[column], 0, length);
            yield { length, columns: (0,column_builders/* finishColumns */.FQ)(builders), file: source.display, firstRow };
            firstRow += length;
        }
    }
}
/** Nested schemas: hyparquet assembles each row group, then it is cut into batches. */
async function* readAssembledGroups(pq, source, ctx, names, map, scales) {
    const { schema, batchSize } = ctx;
    let firstRow = ctx.firstRow;
    let groupStart = 0;
    for (const group of pq.metadata.row_groups) {
        const groupRows = Number(group.num_rows);
        const groupEnd = groupStart + groupRows;
        const batchCount = Math.ceil(groupRows / batchSize);
        const builders = [];
        for (let b = 0; b < batchCount; b++) {
            builders.push(schema.columns.map((c) => (0,column_builders/* createColumnBuilder */.IG)(c.name, c.type, Math.min(batchSize, groupRows - b * batchSize), NO_NULL_TOKENS)));
        }
        const start = groupStart;
        await (0,read/* parquetRead */.bA)({
            file: pq.file,
            metadata: pq.metadata,
            rowStart: groupStart,
            rowEnd: groupEnd,
            columns: names,
            compressors: src/* compressors */.Vm,
            parsers,
            onChunk: ({ columnName, columnData, rowStart }) => {
                const position = names.indexOf(columnName);
                const c = map[position];
                const scale = scales[position];
                for (let k = 0; k < columnData.length; k++) {
                    const row = rowStart + k - start;
                    if (row < 0 || row >= groupRows)
                        continue;
                    const b = Math.floor(row / batchSize);
                    let value = columnData[k];
                    if (scale > 0 && typeof value === 'number')
                        value = Number(value.toFixed(scale));
                    builders[b][c].pushValue(value, row - b * batchSize);
                }
            },
        });
        for (let b = 0; b < batchCount; b++) {
            const length = Math.min(batchSize, groupRows - b * batchSize);
            yield { length, columns: (0,column_builders/* finishColumns */.FQ)(builders[b]), file: source.display, firstRow };
            builders[b] = [];
            firstRow += length;
        }
        groupStart = groupEnd;
    }
}


/***/ })

};
