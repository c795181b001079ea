/**
 * The DuckDB competitor of P1 (the engine "limit"): computes every check of the flat check list
 * (written by bench/p1-checks.ts) in ONE aggregate query over read_csv / read_parquet, and writes the
 * counts as JSON. Plain JavaScript, run as its own `node` process, so that tsx adds no start-up time
 * and its peak RSS is measured apart from the harness.
 *
 * Usage: node bench/duckdb-p1.mjs --data <file.csv|file.parquet> --checks <checks.json> --out <result.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || i + 1 >= process.argv.length) {
    console.error(`usage: node bench/duckdb-p1.mjs --data <file> --checks <checks.json> --out <result.json>`);
    process.exit(2);
  }
  return process.argv[i + 1];
}

const data = arg('data');
const checks = JSON.parse(readFileSync(arg('checks'), 'utf8'));
const out = arg('out');

const ident = (name) => `"${name.replaceAll('"', '""')}"`;
const literal = (text) => `'${String(text).replaceAll("'", "''")}'`;
const source = data.endsWith('.parquet') ? `read_parquet(${literal(data)})` : `read_csv(${literal(data)})`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();

// The schema (a sniff of the first rows for CSV, the footer for Parquet) decides required columns.
const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
const types = new Map(described.getRowObjectsJS().map((r) => [String(r.column_name), String(r.column_type)]));

const TYPE_CASTS = { number: 'DOUBLE', timestamp: 'TIMESTAMP' };
const counts = {};
const selects = [];
for (const check of checks) {
  const { id, kind, column, params } = check;
  if (kind === 'expect_table_columns_to_include') {
    counts[id] = params.columns.filter((c) => !types.has(c)).length;
    continue;
  }
  if (column !== null && !types.has(column)) continue;
  const c = column === null ? '' : ident(column);
  const text = column !== null && types.get(column) !== 'VARCHAR' ? `CAST(${c} AS VARCHAR)` : c;
  let expr;
  switch (kind) {
    case 'expect_table_row_count_to_be_between':
      expr = 'count(*)';
      break;
    case 'expect_column_values_to_be_of_type':
      expr =
        params.type === 'category'
          ? '0'
          : `count(*) FILTER (WHERE ${c} IS NOT NULL AND TRY_CAST(${c} AS ${TYPE_CASTS[params.type]}) IS NULL)`;
      break;
    case 'expect_column_values_to_not_be_null':
      expr = `count(*) FILTER (WHERE ${c} IS NULL)`;
      break;
    case 'expect_column_values_to_be_between': {
      const parts = [];
      if (params.min !== undefined) parts.push(`${c} < ${Number(params.min)}`);
      if (params.max !== undefined) parts.push(`${c} > ${Number(params.max)}`);
      expr = `count(*) FILTER (WHERE ${parts.join(' OR ')})`;
      break;
    }
    case 'expect_column_values_to_be_in_set':
      expr = `count(*) FILTER (WHERE ${c} IS NOT NULL AND ${text} NOT IN (${params.values.map(literal).join(', ')}))`;
      break;
    case 'expect_column_values_to_match_regex':
      expr = `count(*) FILTER (WHERE ${c} IS NOT NULL AND NOT regexp_matches(${text}, ${literal(params.regex)}))`;
      break;
    case 'expect_column_value_lengths_to_be_between': {
      const parts = [];
      if (params.min !== undefined) parts.push(`length(${text}) < ${Number(params.min)}`);
      if (params.max !== undefined) parts.push(`length(${text}) > ${Number(params.max)}`);
      expr = `count(*) FILTER (WHERE ${parts.join(' OR ')})`;
      break;
    }
    case 'expect_column_values_to_be_unique':
      expr = `count(${c}) - count(DISTINCT ${c})`;
      break;
    default:
      console.error(`duckdb-p1: unsupported check ${kind}`);
      process.exit(2);
  }
  selects.push(`${expr} AS ${ident(id)}`);
}

const sql = `SELECT count(*) AS "__rows", ${selects.join(',\n  ')}\nFROM ${source}`;
if (process.env.BENCH_SHOW_SQL) console.error(sql);
const reader = await connection.runAndReadAll(sql);
const row = reader.getRowObjectsJS()[0];
for (const [key, v] of Object.entries(row)) if (key !== '__rows') counts[key] = Number(v);
writeFileSync(out, JSON.stringify({ engine: 'duckdb', rows: Number(row.__rows), counts }, null, 2) + '\n');
connection.closeSync();
instance.closeSync();
