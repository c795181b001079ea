"""P2 contender: exact-mode drift with pandas + scipy, the same tests modelship runs by default.

Reads the reference and current CSV with pandas, then per column: numbers with more than 5 distinct
reference values get scipy.stats.ks_2samp (method auto) and wasserstein_distance / np.std(ref)
(floored at 0.001) as effect size; numbers with at most 5 distinct values and categories get
scipy.stats.chi2_contingency on the 2×k table of counts (union of values, sorted) with Cramér's V;
every column gets PSI over 10 reference-decile bins (right-closed, eps 1e-4, natural log) or over
the reference categories plus "other"; p-values are adjusted with Benjamini–Hochberg
(scipy.stats.false_discovery_control). Writes the per-column results and its own timings as JSON.

Usage: python3 bench/p2_scipy.py --reference R.csv --current C.csv --columns cols.json --out out.json
"""
import argparse
import json
import time

import numpy as np
import pandas as pd
from scipy import stats


def psi_from_counts(ref, cur):
    r = np.asarray(ref, dtype=float)
    c = np.asarray(cur, dtype=float)
    r = r / r.sum()
    c = c / c.sum()
    r[r == 0] = 1e-4
    c[c == 0] = 1e-4
    total = 0.0
    for a, b in zip(r, c):
        total += (b - a) * np.log(b / a)
    return float(total)


def decile_edges(s):
    # numpy's default linear quantile, which modelship's decileEdges equals to the bit.
    return [float(x) for x in np.quantile(s, np.arange(1, 10) / 10)]


def chi2(table, psi):
    if len(table[0]) == 1:
        return {"method": "chi2", "statistic": 0.0, "p_value": 1.0, "effect_size": 0.0, "psi": psi}
    res = stats.chi2_contingency(table)
    n = float(np.sum(table))
    return {"method": "chi2", "statistic": float(res.statistic), "p_value": float(res.pvalue),
            "effect_size": float(np.sqrt(res.statistic / n)), "psi": psi}


def numeric(ref, cur):
    rs = np.sort(ref)
    edges = decile_edges(rs)
    br = np.diff(np.concatenate(([0], np.searchsorted(rs, edges, side="right"), [len(rs)])))
    bc = np.diff(np.concatenate(([0], np.searchsorted(np.sort(cur), edges, side="right"), [len(cur)])))
    psi = psi_from_counts(br, bc)
    rc = pd.Series(ref).value_counts()
    if len(rc) > 5:
        ks = stats.ks_2samp(ref, cur)
        effect = stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)
        return {"method": "ks", "statistic": float(ks.statistic), "p_value": float(ks.pvalue),
                "effect_size": float(effect), "psi": psi}
    cc = pd.Series(cur).value_counts()
    values = sorted(set(rc.index) | set(cc.index))
    return chi2([[int(rc.get(v, 0)) for v in values], [int(cc.get(v, 0)) for v in values]], psi)


def categorical(ref, cur):
    rc = ref.value_counts()
    cc = cur.value_counts()
    union = sorted(set(rc.index) | set(cc.index))
    cats = sorted(rc.index)
    other = int(sum(c for v, c in cc.items() if v not in rc.index))
    psi = psi_from_counts([int(rc[v]) for v in cats] + [0], [int(cc.get(v, 0)) for v in cats] + [other])
    return chi2([[int(rc.get(v, 0)) for v in union], [int(cc.get(v, 0)) for v in union]], psi)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reference", required=True)
    ap.add_argument("--current", required=True)
    ap.add_argument("--columns", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    with open(args.columns) as f:
        columns = json.load(f)
    t0 = time.perf_counter()
    dtypes = {c["name"]: str for c in columns if c["kind"] == "categorical"}
    ref = pd.read_csv(args.reference, dtype=dtypes, keep_default_na=False, na_values=[""])
    cur = pd.read_csv(args.current, dtype=dtypes, keep_default_na=False, na_values=[""])
    t1 = time.perf_counter()
    out = []
    for c in columns:
        r = ref[c["name"]].dropna()
        k = cur[c["name"]].dropna()
        if c["kind"] == "numeric":
            res = numeric(r.to_numpy(dtype=float), k.to_numpy(dtype=float))
        else:
            res = categorical(r, k)
        res["column"] = c["name"]
        out.append(res)
    adjusted = stats.false_discovery_control([o["p_value"] for o in out], method="bh")
    for o, a in zip(out, adjusted):
        o["p_value_adjusted"] = float(a)
    t2 = time.perf_counter()
    with open(args.out, "w") as f:
        json.dump({"columns": out, "read_s": t1 - t0, "stats_s": t2 - t1}, f)


if __name__ == "__main__":
    main()
