#!/usr/bin/env python3
"""Train the churn example's PyTorch model: the real training command the `train` action runs.

Why this file exists: it is the example a team copies when it brings its own PyTorch training to
modelship. It shows everything the action relies on from a script, in one place:

- it reads what the action gives it: MODELSHIP_DATA (the training CSV, then the holdout),
  MODELSHIP_PARAMS (a JSON object), MODELSHIP_SEED, MODELSHIP_MODEL_PATH and
  MODELSHIP_CHECKPOINT_DIR (every one of them can also be given as a flag, to run it by hand);
- it is seeded and deterministic: python `random`, numpy and torch are seeded,
  `torch.use_deterministic_algorithms(True)` and `torch.backends.cudnn.benchmark = False`;
- it checkpoints after EACH epoch (model, optimiser, every RNG state, the shuffling generator and
  the epoch), atomically (a temporary file, then a rename), and resumes from the newest checkpoint,
  so a run killed after epoch k and started again ends with exactly the metrics of a run that was
  never killed (on the same machine, CPU);
- it prints one `modelship:metric` line per epoch and one `modelship:env` line (the format the
  action parses, see shared/train/metric-lines.ts), flushed at once so the action sees them live;
- it exports ONNX with one input per feature column, named after the column (`[N, 1]` float32:
  the way modelship feeds a model, see shared/onnx/signature.ts) and one output, `probability`
  (`[N, 1]`, P(churned)); the standardisation is inside the model, so it takes the raw columns.
  The export is checked with onnx.checker.

What stays non-deterministic: bit-for-bit results are promised for the same machine, device,
thread count and library versions. They are not promised across PyTorch releases, across CPU
types (a different SIMD path sums in a different order), between CPU and GPU, or across GPU
models. On a GPU, determinism also needs CUBLAS_WORKSPACE_CONFIG=:4096:8 before CUDA starts (the
action sets it; this script sets it when it is missing).

Run `python3 examples/churn/train.py --help` for the flags.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import os
import platform
import random
import re
import signal
import sys
import time
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, NoReturn, Sequence, cast

# cuBLAS reads this when CUDA starts; it must be set before torch touches the GPU. The action sets
# it; a run by hand gets the same value here.
os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

LABEL = "churned"
# The churn data's numeric columns without nulls. `support_calls` is numeric too, but it has
# missing values and modelship's scorer refuses a missing feature by default; add it through the
# `features` parameter when the holdout has no nulls (the model imputes NaN itself either way).
DEFAULT_FEATURES = (
    "age",
    "tenure_months",
    "monthly_charges",
    "total_charges",
    "num_products",
    "late_payments",
    "avg_session_minutes",
    "data_usage_gb",
)
OUTPUT_NAME = "probability"
CHECKPOINT_PATTERN = re.compile(r"^epoch-(\d{6})\.pt$")
# A checkpoint's temporary file (see write_atomically), left behind only by a hard kill mid-write.
PARTIAL_PATTERN = re.compile(r"^\.epoch-\d{6}\.pt\.tmp-\d+$")
CHECKPOINTS_KEPT = 2
HOLDOUT_SHARE = 0.2


class UserError(Exception):
    """Bad input: the message says what was wrong, where, and what to do. Exit code 2."""


def fail(message: str) -> NoReturn:
    raise UserError(message)


@dataclass(frozen=True)
class Params:
    """Training parameters: the defaults, then MODELSHIP_PARAMS / --params, then the flags."""

    features: tuple[str, ...] = DEFAULT_FEATURES
    epochs: int = 20
    lr: float = 0.01
    hidden: tuple[int, ...] = (32, 16)
    batch_size: int = 256
    dropout: float = 0.1
    weight_decay: float = 0.0


@dataclass(frozen=True)
class Config:
    """Everything a run needs, resolved from the environment and the flags."""

    train: Path
    holdout: Path | None
    model_path: Path
    checkpoint_dir: Path | None
    seed: int
    device: str
    label: str
    threads: int
    params: Params = field(default_factory=Params)


def parse_params(text: str, source: str) -> dict[str, Any]:
    try:
        raw = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as error:
        fail(f"{source} is not valid JSON ({error.msg} at character {error.pos}); give a JSON object, e.g. "
             '{"epochs": 20, "lr": 0.01}')
    if not isinstance(raw, dict):
        fail(f"{source} must be a JSON object, got {type(raw).__name__}")
    return raw


def positive_int(value: Any, key: str, source: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        fail(f"{source}: `{key}` must be a positive integer, got {json.dumps(value)}")
    return value


def finite_number(value: Any, key: str, source: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= float(value) <= high:
        fail(f"{source}: `{key}` must be a number from {low} to {high}, got {json.dumps(value)}")
    return float(value)


def resolve_params(raw: dict[str, Any], source: str) -> Params:
    """Validates a parameters object against `Params`; unknown keys are an error (a typo would be silent)."""
    known = set(Params.__dataclass_fields__)
    unknown = sorted(set(raw) - known)
    if unknown:
        fail(f"{source}: unknown parameter {', '.join(f'`{k}`' for k in unknown)}; known: {', '.join(sorted(known))}")
    values: dict[str, Any] = {}
    if "features" in raw:
        features = raw["features"]
        if (not isinstance(features, list) or not features
                or not all(isinstance(f, str) and f for f in features)):
            fail(f"{source}: `features` must be a non-empty list of column names, got {json.dumps(features)}")
        if len(set(features)) != len(features):
            fail(f"{source}: `features` lists a column twice: {json.dumps(features)}")
        values["features"] = tuple(features)
    if "epochs" in raw:
        values["epochs"] = positive_int(raw["epochs"], "epochs", source)
    if "lr" in raw:
        values["lr"] = finite_number(raw["lr"], "lr", source, 1e-9, 10.0)
    if "hidden" in raw:
        hidden = raw["hidden"]
        layers = hidden if isinstance(hidden, list) else [hidden]
        values["hidden"] = tuple(positive_int(h, "hidden", source) for h in layers)
    if "batch_size" in raw:
        values["batch_size"] = positive_int(raw["batch_size"], "batch_size", source)
    if "dropout" in raw:
        values["dropout"] = finite_number(raw["dropout"], "dropout", source, 0.0, 0.9)
    if "weight_decay" in raw:
        values["weight_decay"] = finite_number(raw["weight_decay"], "weight_decay", source, 0.0, 1.0)
    return Params(**values)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="train.py",
        description="Train the churn MLP with PyTorch, checkpoint each epoch, resume, and export ONNX. "
        "Every option defaults to the variable the modelship train action sets.",
        epilog="Parameters (MODELSHIP_PARAMS or --params, a JSON object): features (list of numeric columns), "
        "epochs, lr, hidden (int or list of layer widths), batch_size, dropout, weight_decay. "
        "Exit codes: 0 trained and exported, 2 bad input, 1 anything else.",
    )
    parser.add_argument("--train", type=Path, help="training CSV (default: the first line of MODELSHIP_DATA)")
    parser.add_argument("--holdout", type=Path,
                        help="holdout CSV for val_loss and val_auc (default: the second line of MODELSHIP_DATA; "
                        f"without one, a seeded {HOLDOUT_SHARE * 100:.0f}%% of the training rows)")
    parser.add_argument("--model-path", type=Path, help="where to write the ONNX model (default: MODELSHIP_MODEL_PATH)")
    parser.add_argument("--checkpoint-dir", type=Path,
                        help="where to save a checkpoint after each epoch and resume from (default: "
                        "MODELSHIP_CHECKPOINT_DIR; none: no checkpoints)")
    parser.add_argument("--seed", type=int, help="random seed (default: MODELSHIP_SEED, else 42)")
    parser.add_argument("--params", help="training parameters as a JSON object (default: MODELSHIP_PARAMS)")
    parser.add_argument("--epochs", type=int, help="number of epochs (overrides the parameters)")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda"), default="auto",
                        help="auto: cuda when available, else cpu (default: auto)")
    parser.add_argument("--label", default=LABEL, help=f"the 0/1 label column (default: {LABEL})")
    parser.add_argument("--threads", type=int, default=1,
                        help="CPU threads for torch (default: 1: the model is small, threads only contend on a "
                        "busy runner, and a fixed count keeps results equal on runners with more cores)")
    return parser


def resolve_config(args: argparse.Namespace, env: dict[str, str]) -> Config:
    data = [line.strip() for line in env.get("MODELSHIP_DATA", "").splitlines() if line.strip()]
    train = args.train or (Path(data[0]) if data else None)
    if train is None:
        fail("no training data: pass --train or set MODELSHIP_DATA (the training CSV, then the holdout, one per line)")
    holdout = args.holdout or (Path(data[1]) if len(data) > 1 else None)
    if len(data) > 2 and args.train is None:
        fail(f"MODELSHIP_DATA lists {len(data)} files; this script reads two: the training CSV, then the holdout")
    model_path = args.model_path or (Path(env["MODELSHIP_MODEL_PATH"]) if env.get("MODELSHIP_MODEL_PATH") else None)
    if model_path is None:
        fail("no model path: pass --model-path or set MODELSHIP_MODEL_PATH")
    checkpoint_dir = args.checkpoint_dir or (
        Path(env["MODELSHIP_CHECKPOINT_DIR"]) if env.get("MODELSHIP_CHECKPOINT_DIR") else None)
    seed = args.seed
    if seed is None:
        text = env.get("MODELSHIP_SEED", "42")
        if not re.fullmatch(r"\d{1,10}", text.strip()):
            fail(f"MODELSHIP_SEED must be a non-negative integer, got {text!r}")
        seed = int(text)
    if args.params is not None:
        params = resolve_params(parse_params(args.params, "--params"), "--params")
    else:
        params = resolve_params(parse_params(env.get("MODELSHIP_PARAMS", ""), "MODELSHIP_PARAMS"), "MODELSHIP_PARAMS")
    if args.epochs is not None:
        params = Params(**{**asdict(params), "epochs": positive_int(args.epochs, "epochs", "--epochs")})
    device = args.device
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    elif device == "cuda" and not torch.cuda.is_available():
        fail("--device cuda was asked for, but torch sees no CUDA device "
             f"(torch {torch.__version__}, built with CUDA {torch.version.cuda or 'none'}); "
             "install a CUDA build of torch on a GPU runner, or use --device cpu")
    return Config(train=train, holdout=holdout, model_path=model_path.absolute(),
                  checkpoint_dir=checkpoint_dir.absolute() if checkpoint_dir else None,
                  seed=seed, device=device, label=args.label,
                  threads=positive_int(args.threads, "threads", "--threads"), params=params)


def seed_everything(seed: int) -> None:
    """Seeds python, numpy and torch (CPU and every GPU) and asks torch for deterministic kernels."""
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True)
    torch.backends.cudnn.benchmark = False
    torch.backends.cudnn.deterministic = True


def read_table(path: Path, features: Sequence[str], label: str) -> tuple[np.ndarray, np.ndarray]:
    """The feature columns (float64, NaN for an empty cell) and the 0/1 label of a CSV file."""
    if not path.is_file():
        fail(f"{path}: no such file; check the data paths (MODELSHIP_DATA, --train, --holdout)")
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None:
            fail(f"{path}: the file is empty; it needs a header line and rows")
        missing = [c for c in (*features, label) if c not in header]
        if missing:
            fail(f"{path}: no column {', '.join(f'`{c}`' for c in missing)}; its columns are {', '.join(header)}. "
                 "Name existing numeric columns in the `features` parameter")
        index = [header.index(c) for c in features]
        at = header.index(label)
        rows: list[list[float]] = []
        labels: list[float] = []
        for line, cells in enumerate(reader, start=2):
            if len(cells) != len(header):
                fail(f"{path}:{line}: {len(cells)} cells, the header has {len(header)}")
            row: list[float] = []
            for column, i in zip(features, index):
                cell = cells[i].strip()
                try:
                    row.append(float(cell) if cell else math.nan)
                except ValueError:
                    fail(f"{path}:{line}: feature `{column}` holds {cell!r}, which is not a number; "
                         "name numeric columns only in `features`")
            if cells[at].strip() not in ("0", "1"):
                fail(f"{path}:{line}: label `{label}` holds {cells[at]!r}; it must be 0 or 1")
            rows.append(row)
            labels.append(float(cells[at]))
    if not rows:
        fail(f"{path}: no rows after the header")
    return np.asarray(rows, dtype=np.float64), np.asarray(labels, dtype=np.float64)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class ChurnMLP(nn.Module):
    """Imputes NaN with the training mean, standardises, then an MLP; returns logits `[N, 1]`."""

    mean: torch.Tensor
    std: torch.Tensor

    def __init__(self, mean: torch.Tensor, std: torch.Tensor, hidden: Sequence[int], dropout: float) -> None:
        super().__init__()
        self.register_buffer("mean", mean)
        self.register_buffer("std", std)
        layers: list[nn.Module] = []
        width = mean.shape[0]
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(dropout)]
            width = size
        layers.append(nn.Linear(width, 1))
        self.layers = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = torch.where(torch.isnan(x), self.mean, x)
        logits: torch.Tensor = self.layers((x - self.mean) / self.std)
        return logits


class ColumnInputs(nn.Module):
    """The exported form: one `[N, 1]` input per feature column, the churn probability out."""

    def __init__(self, core: ChurnMLP) -> None:
        super().__init__()
        self.core = core

    def forward(self, *columns: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(self.core(torch.cat(columns, dim=1)))


def roc_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """ROC AUC by the Mann-Whitney statistic with mid-ranks for ties (scikit-learn's value)."""
    scores = scores.astype(np.float64)
    _, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    mid_ranks = np.cumsum(counts) - (counts - 1) / 2.0
    ranks = mid_ranks[inverse]
    positives = float(labels.sum())
    negatives = float(labels.shape[0]) - positives
    if positives == 0 or negatives == 0:
        return math.nan
    return float((ranks[labels == 1].sum() - positives * (positives + 1) / 2.0) / (positives * negatives))


def metric_value(value: float) -> str:
    """The shortest text that reads back as the same double, so equal runs print equal lines."""
    return repr(float(value))


@dataclass
class State:
    """Where training stands: the last finished epoch and the optimiser steps taken so far."""

    epoch: int
    step: int


def fingerprint(config: Config, train_digest: str, holdout_digest: str | None) -> dict[str, Any]:
    """What must be equal for a checkpoint to continue this run (the epoch count may grow)."""
    params = asdict(config.params)
    params.pop("epochs")
    return {"params": params, "seed": config.seed, "label": config.label, "train_sha256": train_digest,
            "holdout_sha256": holdout_digest}


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Writes through `write(tmp_path)` then renames over `path`: a reader sees the old or the new file, whole."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        write(tmp)
        with tmp.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def save_checkpoint(directory: Path, state: State, model: nn.Module, optimizer: torch.optim.Optimizer,
                    shuffle: torch.Generator, key: dict[str, Any]) -> None:
    numpy_state = cast(tuple[Any, ...], np.random.get_state(legacy=True))
    python_state = random.getstate()
    payload = {
        "format": 1,
        "key": key,
        "epoch": state.epoch,
        "step": state.step,
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        "rng": {
            "torch": torch.get_rng_state(),
            "cuda": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else [],
            "shuffle": shuffle.get_state(),
            # Plain lists, so torch.load's safe (weights_only) unpickler reads them back.
            "numpy": [numpy_state[0], numpy_state[1].tolist(), *numpy_state[2:]],
            "python": [python_state[0], list(python_state[1]), python_state[2]],
        },
    }
    target = directory / f"epoch-{state.epoch:06d}.pt"
    write_atomically(target, lambda tmp: torch.save(payload, tmp))
    for old in checkpoint_files(directory)[CHECKPOINTS_KEPT:]:
        old.unlink(missing_ok=True)


def checkpoint_files(directory: Path) -> list[Path]:
    """This script's checkpoints, newest first (other files, e.g. the action's bookkeeping, are left alone)."""
    if not directory.is_dir():
        return []
    found = [p for p in directory.iterdir() if CHECKPOINT_PATTERN.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def restore_checkpoint(directory: Path, model: nn.Module, optimizer: torch.optim.Optimizer,
                       shuffle: torch.Generator, key: dict[str, Any], device: str) -> State | None:
    """Restores the newest readable checkpoint made with the same parameters and data; None when there is none."""
    for partial in directory.iterdir():
        if PARTIAL_PATTERN.match(partial.name):
            partial.unlink(missing_ok=True)
    for path in checkpoint_files(directory):
        try:
            payload = torch.load(path, map_location="cpu", weights_only=True)
        except Exception as error:  # a damaged file: say so and try the one before it
            print(f"train.py: cannot read checkpoint {path} ({error}); trying an older one", file=sys.stderr)
            continue
        if payload.get("key") != key:
            print(f"train.py: checkpoint {path} was made with other parameters, seed or data; removing this "
                  "script's checkpoints and starting from scratch", file=sys.stderr)
            for stale in checkpoint_files(directory):
                stale.unlink(missing_ok=True)
            return None
        model.load_state_dict(payload["model"])
        model.to(device)
        optimizer.load_state_dict(payload["optimizer"])
        rng = payload["rng"]
        torch.set_rng_state(rng["torch"])
        if torch.cuda.is_available() and rng["cuda"]:
            torch.cuda.set_rng_state_all(rng["cuda"])
        shuffle.set_state(rng["shuffle"])
        numpy_state = rng["numpy"]
        np.random.set_state((numpy_state[0], np.asarray(numpy_state[1], dtype=np.uint32), *numpy_state[2:]))
        python_state = rng["python"]
        random.setstate((python_state[0], tuple(python_state[1]), python_state[2]))
        return State(epoch=int(payload["epoch"]), step=int(payload["step"]))
    return None


def export_onnx(model: ChurnMLP, features: Sequence[str], path: Path, seed: int) -> None:
    """Exports the model with one input per column and checks the file with onnx.checker."""
    import onnx  # imported here: only the export needs it

    wrapper = ColumnInputs(model).to("cpu").eval()
    example = tuple(torch.zeros(2, 1) for _ in features)
    axes = {name: {0: "N"} for name in (*features, OUTPUT_NAME)}
    path.parent.mkdir(parents=True, exist_ok=True)

    def write(tmp: Path) -> None:
        # The TorchScript exporter (dynamo=False) needs nothing beyond torch and onnx; the dynamo
        # exporter would add onnxscript, which this small graph does not need.
        # Its deprecation warning says the default changed, which is known; the rest still shows.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*legacy TorchScript-based ONNX export",
                                    category=DeprecationWarning)
            torch.onnx.export(wrapper, example, str(tmp), dynamo=False, input_names=list(features),
                              output_names=[OUTPUT_NAME], dynamic_axes=axes, opset_version=17)
        exported = onnx.load(str(tmp))
        for key, value in (("modelship.feature_columns", ",".join(features)), ("modelship.seed", str(seed)),
                           ("modelship.trainer", "examples/churn/train.py")):
            entry = exported.metadata_props.add()
            entry.key, entry.value = key, value
        onnx.checker.check_model(exported, full_check=True)
        onnx.save(exported, str(tmp))

    write_atomically(path, write)


def environment_line(device: str) -> str:
    import onnx

    cuda = torch.version.cuda or "none"
    parts = [f"python={platform.python_version()}", f"torch={torch.__version__}", f"cuda={cuda}",
             f"numpy={np.__version__}", f"onnx={onnx.__version__}", f"device={device}"]
    if device == "cuda":
        parts.append(f"gpu={torch.cuda.get_device_name(0).replace(' ', '_')}")
    return "modelship:env " + " ".join(parts)


def train(config: Config) -> None:
    params = config.params
    seed_everything(config.seed)
    torch.set_num_threads(config.threads)
    print(environment_line(config.device), flush=True)

    x_train, y_train = read_table(config.train, params.features, config.label)
    if config.holdout is not None:
        x_val, y_val = read_table(config.holdout, params.features, config.label)
    else:
        split = np.random.default_rng(config.seed).permutation(len(y_train))
        cut = max(1, int(len(split) * HOLDOUT_SHARE))
        x_val, y_val, x_train, y_train = (x_train[split[:cut]], y_train[split[:cut]],
                                          x_train[split[cut:]], y_train[split[cut:]])
    key = fingerprint(config, file_digest(config.train),
                      file_digest(config.holdout) if config.holdout is not None else None)

    mean = np.nanmean(x_train, axis=0)
    if np.isnan(mean).any():
        empty = [f for f, m in zip(params.features, mean) if math.isnan(m)]
        fail(f"{config.train}: feature {', '.join(empty)} has no values at all; drop it from `features`")
    std = np.nanstd(x_train, axis=0)
    std[std == 0] = 1.0
    device = torch.device(config.device)
    model = ChurnMLP(torch.tensor(mean, dtype=torch.float32), torch.tensor(std, dtype=torch.float32),
                     params.hidden, params.dropout).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=params.lr, weight_decay=params.weight_decay)
    loss_fn = nn.BCEWithLogitsLoss()
    # The data-loader order comes from its own generator, saved in every checkpoint.
    shuffle = torch.Generator().manual_seed(config.seed)

    # Float32 as the ONNX model will be fed (float64 CSV values rounded once, like modelship does).
    xt = torch.tensor(x_train, dtype=torch.float32, device=device)
    yt = torch.tensor(y_train, dtype=torch.float32, device=device).unsqueeze(1)
    xv = torch.tensor(x_val, dtype=torch.float32, device=device)
    yv = torch.tensor(y_val, dtype=torch.float32, device=device).unsqueeze(1)

    state = State(epoch=0, step=0)
    if config.checkpoint_dir is not None:
        config.checkpoint_dir.mkdir(parents=True, exist_ok=True)
        restored = restore_checkpoint(config.checkpoint_dir, model, optimizer, shuffle, key, config.device)
        if restored is not None:
            state = restored
            print(f"train.py: resuming after epoch {state.epoch} (step {state.step}) from {config.checkpoint_dir}",
                  file=sys.stderr, flush=True)

    n = xt.shape[0]
    for epoch in range(state.epoch + 1, params.epochs + 1):
        started = time.monotonic()
        model.train()
        order = torch.randperm(n, generator=shuffle).to(device)
        total = 0.0
        for start in range(0, n, params.batch_size):
            batch = order[start:start + params.batch_size]
            optimizer.zero_grad(set_to_none=True)
            loss = loss_fn(model(xt[batch]), yt[batch])
            loss.backward()
            optimizer.step()
            total += float(loss.item()) * int(batch.shape[0])
            state.step += 1
        state.epoch = epoch
        model.eval()
        with torch.no_grad():
            logits = model(xv)
            val_loss = float(loss_fn(logits, yv).item())
            # The AUC of what the ONNX model outputs: float32 probabilities, ties as they fall.
            val_auc = roc_auc(y_val, torch.sigmoid(logits).squeeze(1).cpu().numpy())
        # Checkpoint first, then report: an epoch the action has seen is always on disk.
        if config.checkpoint_dir is not None:
            save_checkpoint(config.checkpoint_dir, state, model, optimizer, shuffle, key)
        print(f"modelship:metric epoch={epoch} step={state.step} loss={metric_value(total / n)} "
              f"val_loss={metric_value(val_loss)} val_auc={metric_value(val_auc)}", flush=True)
        print(f"train.py: epoch {epoch}/{params.epochs} took {time.monotonic() - started:.2f} s", file=sys.stderr,
              flush=True)

    model.eval()
    export_onnx(model, params.features, config.model_path, config.seed)
    print(f"train.py: wrote {config.model_path} (inputs {', '.join(params.features)}; output {OUTPUT_NAME})",
          file=sys.stderr, flush=True)


def stop_on_sigterm() -> None:
    """SIGTERM (the action forwards it on a timeout or a cancel) exits through SystemExit, so a
    checkpoint being written is either renamed into place or its temporary file removed; the last
    finished epoch's checkpoint is already on disk."""
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    stop_on_sigterm()
    try:
        train(resolve_config(args, dict(os.environ)))
    except UserError as error:
        print(f"train.py: error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
