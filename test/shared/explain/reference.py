"""Permutation importance the way scikit-learn's permutation_importance computes it
(sklearn/inspection/_permutation_importance.py: X_permuted[:, col] = X_permuted[shuffling_idx, col],
importances = baseline_score - permuted_score, for a scorer where greater is better), but on the
permutations given in the input rather than drawn from a random_state, so both sides shuffle alike.

The models are the test's linear ONNX models (float64), evaluated here with numpy; the metrics are
scikit-learn's. Reads a JSON list of cases on stdin (one python start for the whole test file) and
writes one {"baseline": s, "importances": [[per repeat] per feature]} per case.
"""
import json
import sys

import numpy as np
from sklearn import metrics


def run(case):
    X = np.asarray(case["X"], dtype=np.float64)
    y = np.asarray(case["y"])
    W = np.asarray(case["weights"], dtype=np.float64)
    b = np.asarray(case["bias"], dtype=np.float64)
    kind = case["kind"]
    metric = case["metric"]

    def predict(x):
        z = x @ W + b
        if kind == "logistic":
            return 1.0 / (1.0 + np.exp(-z[:, 0]))
        if kind == "softmax":
            e = np.exp(z - z.max(axis=1, keepdims=True))
            return e / e.sum(axis=1, keepdims=True)
        return z[:, 0]

    def score(pred):
        """The metric as a scorer: greater is better (losses negated, as sklearn's neg_* scorers)."""
        if kind == "logistic":
            if metric == "roc_auc":
                return metrics.roc_auc_score(y, pred)
            if metric == "log_loss":
                return -metrics.log_loss(y, pred, labels=[0, 1])
            if metric == "accuracy":
                return metrics.accuracy_score(y, (pred > 0.5).astype(int))
        if kind == "softmax":
            k = pred.shape[1]
            if metric == "log_loss":
                return -metrics.log_loss(y, pred, labels=list(range(k)))
            if metric == "accuracy":
                return metrics.accuracy_score(y, pred.argmax(axis=1))
            if metric == "macro_f1":
                return metrics.f1_score(y, pred.argmax(axis=1), average="macro", labels=list(range(k)))
        if kind == "linear":
            if metric == "rmse":
                return -metrics.root_mean_squared_error(y, pred)
            if metric == "r2":
                return metrics.r2_score(y, pred)
        raise SystemExit(f"no reference for {metric} on {kind}")

    baseline = score(predict(X))
    importances = []
    for col, perms in enumerate(case["perms"]):
        row = []
        for shuffling_idx in perms:
            X_permuted = X.copy()
            X_permuted[:, col] = X_permuted[np.asarray(shuffling_idx), col]
            row.append(baseline - score(predict(X_permuted)))
        importances.append(row)
    return {"baseline": baseline, "importances": importances}


json.dump([run(case) for case in json.load(sys.stdin)], sys.stdout)
