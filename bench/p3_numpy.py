"""P3 peer: the paired Poisson bootstrap of ROC AUC (candidate − champion) in vectorised numpy.

The way a careful Python user writes it: the labels and both models' scores are read once; each
model's rows are sorted once (stable argsort) and its tie groups found once; then the resamples
go in chunks: `rng.poisson(1, size=(chunk, n))` draws every row's count for `chunk` resamples at
once, the counts are gathered into each model's score order, and the weighted Mann–Whitney U
comes from per-tie-group sums (np.add.reduceat) and a cumulative sum of negative weight below each
group (ties count one half). AUC = U / (P·N); the interval is the 2.5th and 97.5th percentiles of
the paired differences. This is the metric modelship bootstraps on a 1M-row holdout (the primary,
see FULL_COMPARISON_BUDGET in shared/evaluate/evaluate.ts).

Input: a raw little-endian float64 file of 3 × n values (labels, candidate scores, champion
scores). Writes JSON: seconds for the resamples (sorting excluded), the delta's interval, and n.

Usage: python3 bench/p3_numpy.py --data scores.f64 --resamples 100 --seed 42 --out out.json
"""
import argparse
import json
import time

import numpy as np


def rank_plan(score, y):
    """Sort once: the order, labels in that order, and the start of each tie group."""
    order = np.argsort(score, kind="stable")
    s = score[order]
    starts = np.flatnonzero(np.r_[True, s[1:] != s[:-1]])
    return order, y[order], starts


def weighted_auc(w, plan):
    """ROC AUC of one model for each row of counts `w` (chunk × n, canonical row order)."""
    order, y_sorted, starts = plan
    ws = w[:, order]
    pos = ws * y_sorted
    neg = ws - pos
    gp = np.add.reduceat(pos, starts, axis=1)
    gn = np.add.reduceat(neg, starts, axis=1)
    neg_below = np.cumsum(gn, axis=1) - gn
    u = (gp * (neg_below + 0.5 * gn)).sum(axis=1)
    p = gp.sum(axis=1)
    n = gn.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return u / (p * n)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--resamples", type=int, default=100)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--chunk", type=int, default=10)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    raw = np.fromfile(args.data, dtype="<f8")
    n = raw.size // 3
    y, a, b = raw[:n], raw[n : 2 * n], raw[2 * n :]
    plan_a = rank_plan(a, y)
    plan_b = rank_plan(b, y)

    rng = np.random.default_rng(args.seed)
    deltas = []
    started = time.perf_counter()
    done = 0
    while done < args.resamples:
        chunk = min(args.chunk, args.resamples - done)
        w = rng.poisson(1, size=(chunk, n)).astype(np.float64)
        deltas.append(weighted_auc(w, plan_a) - weighted_auc(w, plan_b))
        done += chunk
    seconds = time.perf_counter() - started
    d = np.concatenate(deltas)
    d = d[np.isfinite(d)]
    lo, hi = np.quantile(d, [0.025, 0.975])
    with open(args.out, "w") as f:
        json.dump({"seconds": seconds, "resamples": int(args.resamples), "rows": int(n), "ci": [lo, hi]}, f)


if __name__ == "__main__":
    main()
