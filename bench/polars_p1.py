"""The polars competitor of P1: the same checks as bench/duckdb-p1.mjs, bench/pandas_p1.py and
modelship, from the flat check list that bench/p1-checks.ts writes. Written the way a polars user
would: a lazy scan (pl.scan_csv / pl.scan_parquet) and ONE select of aggregate expressions, which
polars optimises as one query (projection pushdown, common subexpressions, all cores), with the
same counting rules (see FlatCheck in bench/p1-checks.ts).

Usage: python3 bench/polars_p1.py --data <file.csv|file.parquet> --checks <checks.json> --out <result.json>
Exit code 3 (with a message) when polars is missing: `python3 -m pip install polars`.
"""
import argparse
import json
import sys

try:
    import polars as pl
except ImportError as error:
    print(f"polars_p1: {error}. Install with: python3 -m pip install polars", file=sys.stderr)
    sys.exit(3)


def as_text(column: str, dtype: "pl.DataType") -> "pl.Expr":
    """The column as text (category checks compare text); a no-op for string columns."""
    return pl.col(column) if dtype == pl.String else pl.col(column).cast(pl.String)


def check_expr(kind: str, column: str, dtype: "pl.DataType", params: dict) -> "pl.Expr":
    """One aggregate expression counting the check's failures (see FlatCheck in bench/p1-checks.ts)."""
    c = pl.col(column)
    present = c.is_not_null()
    if kind == "expect_column_values_to_not_be_null":
        return c.null_count()
    if kind == "expect_column_values_to_be_of_type":
        kind_of = params["type"]
        if kind_of == "category" or (kind_of == "number" and dtype.is_numeric()):
            return pl.lit(0)
        if kind_of == "number":
            parsed = c.cast(pl.Float64, strict=False)
        elif dtype.is_temporal():
            return pl.lit(0)
        else:
            parsed = as_text(column, dtype).str.to_datetime(strict=False, time_zone="UTC")
        return (present & parsed.is_null()).sum()
    if kind == "expect_column_values_to_be_between":
        bad = pl.lit(False)
        if "min" in params:
            bad = bad | (c < params["min"])
        if "max" in params:
            bad = bad | (c > params["max"])
        # A comparison with null is null, and sum() skips nulls: only non-null values count.
        return bad.sum()
    if kind == "expect_column_values_to_be_in_set":
        allowed = [str(v) for v in params["values"]]
        return (present & ~as_text(column, dtype).is_in(allowed)).sum()
    if kind == "expect_column_values_to_match_regex":
        # Unanchored search (Rust's regex crate), like JS RegExp.test and RE2's regexp_matches.
        return (present & ~as_text(column, dtype).str.contains(params["regex"])).sum()
    if kind == "expect_column_value_lengths_to_be_between":
        lengths = as_text(column, dtype).str.len_chars()  # code points
        bad = pl.lit(False)
        if params.get("min") is not None:
            bad = bad | (lengths < params["min"])
        if params.get("max") is not None:
            bad = bad | (lengths > params["max"])
        return bad.sum()
    if kind == "expect_column_values_to_be_unique":
        # Second and later occurrences of a non-null value: count(c) - count(DISTINCT c).
        return c.count() - c.drop_nulls().n_unique()
    print(f"polars_p1: unsupported check {kind}", file=sys.stderr)
    sys.exit(2)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--checks", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    with open(args.checks, encoding="utf-8") as f:
        checks = json.load(f)

    # CSV: empty cells are nulls, as for the other engines (polars' default for every type).
    frame = pl.scan_parquet(args.data) if args.data.endswith(".parquet") else pl.scan_csv(args.data)
    schema = frame.collect_schema()

    counts = {}
    exprs = [pl.len().alias("__rows")]
    for check in checks:
        cid, kind, column, params = check["id"], check["kind"], check["column"], check["params"]
        if kind == "expect_table_row_count_to_be_between":
            exprs.append(pl.len().alias(cid))
        elif kind == "expect_table_columns_to_include":
            counts[cid] = sum(1 for c in params["columns"] if c not in schema)
        elif column in schema:
            exprs.append(check_expr(kind, column, schema[column], params).alias(cid))

    row = frame.select(exprs).collect().row(0, named=True)
    rows = int(row.pop("__rows"))
    for cid, value in row.items():
        counts[cid] = int(value)

    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"engine": "polars", "rows": rows, "counts": counts}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
