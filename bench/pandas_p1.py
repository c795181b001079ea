"""The pandas competitor of P1: the same checks as bench/duckdb-p1.mjs and modelship, from the flat
check list that bench/p1-checks.ts writes, over pd.read_csv / pd.read_parquet (pyarrow). Written the
way a pandas user would (whole-frame reads, vectorized Series operations), with the same counting
rules (see FlatCheck in bench/p1-checks.ts).

Usage: python3 bench/pandas_p1.py --data <file.csv|file.parquet> --checks <checks.json> --out <result.json>
Exit code 3 (with a message) when pandas or pyarrow is missing: `pip install pandas pyarrow`.
"""
import argparse
import json
import sys

try:
    import pandas as pd
    import pyarrow  # noqa: F401  (pd.read_parquet's engine)
except ImportError as error:
    print(f"pandas_p1: {error}. Install with: pip install pandas pyarrow", file=sys.stderr)
    sys.exit(3)


def as_text(values: "pd.Series") -> "pd.Series":
    """The values as text (category checks compare text); a no-op for string columns."""
    return values if pd.api.types.is_string_dtype(values) else values.astype(str)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--checks", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    with open(args.checks, encoding="utf-8") as f:
        checks = json.load(f)

    if args.data.endswith(".parquet"):
        df = pd.read_parquet(args.data, engine="pyarrow")
    else:
        df = pd.read_csv(args.data)

    counts = {}
    for check in checks:
        cid, kind, column, params = check["id"], check["kind"], check["column"], check["params"]
        if kind == "expect_table_row_count_to_be_between":
            counts[cid] = len(df)
            continue
        if kind == "expect_table_columns_to_include":
            counts[cid] = sum(1 for c in params["columns"] if c not in df.columns)
            continue
        if column not in df.columns:
            continue
        s = df[column]
        if kind == "expect_column_values_to_not_be_null":
            counts[cid] = int(s.isna().sum())
            continue
        values = s.dropna()
        if kind == "expect_column_values_to_be_of_type":
            if params["type"] == "category" or (params["type"] == "number" and pd.api.types.is_numeric_dtype(s)):
                counts[cid] = 0
            elif params["type"] == "number":
                counts[cid] = int(pd.to_numeric(values, errors="coerce").isna().sum())
            else:
                counts[cid] = int(pd.to_datetime(values, errors="coerce", utc=True).isna().sum())
        elif kind == "expect_column_values_to_be_between":
            bad = pd.Series(False, index=values.index)
            if "min" in params:
                bad |= values < params["min"]
            if "max" in params:
                bad |= values > params["max"]
            counts[cid] = int(bad.sum())
        elif kind == "expect_column_values_to_be_in_set":
            counts[cid] = int((~as_text(values).isin([str(v) for v in params["values"]])).sum())
        elif kind == "expect_column_values_to_match_regex":
            counts[cid] = int((~as_text(values).str.contains(params["regex"], regex=True)).sum())
        elif kind == "expect_column_value_lengths_to_be_between":
            lengths = as_text(values).str.len()
            bad = pd.Series(False, index=values.index)
            if params.get("min") is not None:
                bad |= lengths < params["min"]
            if params.get("max") is not None:
                bad |= lengths > params["max"]
            counts[cid] = int(bad.sum())
        elif kind == "expect_column_values_to_be_unique":
            counts[cid] = int(values.duplicated().sum())
        else:
            print(f"pandas_p1: unsupported check {kind}", file=sys.stderr)
            sys.exit(2)

    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"engine": "pandas", "rows": len(df), "counts": counts}, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
