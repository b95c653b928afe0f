"""Train the statistical models on the project's own labelled data (never the held-out splits).

    .venv/bin/python scripts/train_models.py

The safety layer learns from the safety train and development splits and, as ordinary messages, the
intent training data. Writes three small files: core/safety/model.npz (the safety net's
"should I ask?" layer), core/intents/intents.npz and core/intents/ex_kinds.npz. Each is a
softmax regression over character n-grams (core/linear.py), fitted with Adam in NumPy, classes
weighted equally. Each threshold is chosen by five-fold cross-validation on the training data
alone. Deterministic: the same data gives the same files.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.intents.understand import EX_KIND_MODEL, INTENT_MODEL  # noqa: E402
from core.linear import LinearModel, features  # noqa: E402
from core.safety.model import CONCERN, MODEL_FILE  # noqa: E402
from core.safety.normalise import normalise  # noqa: E402

# Every safety split but the held-out one.
SAFETY_SPLITS = [ROOT / "datasets" / "safety" / name for name in ("train", "dev", "dev2", "dev3")]
INTENT_TRAIN = ROOT / "datasets" / "intents" / "train"
MIN_COUNT = 2
L2 = 1e-3
STEPS = 150
RATE = 0.05
FOLDS = 5
# The safety layer may ask at most this share of ordinary messages; an intent is acted on
# only where cross-validation got at least this share right.
MAX_ASK_RATE = 0.03
MIN_PRECISION = 0.90


def read_rows(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return rows


def vocabulary_of(texts: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for text in texts:
        for feature in features(text):
            counts[feature] = counts.get(feature, 0) + 1
    return {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= MIN_COUNT))}


@dataclass(frozen=True)
class Sparse:
    """A binary message-by-feature matrix as (message, feature) pairs, kept twice: by message
    for the forward pass and by feature for the gradient (NumPy has no sparse matrices)."""

    rows: np.ndarray
    cols: np.ndarray
    row_starts: np.ndarray
    by_col: np.ndarray
    col_starts: np.ndarray
    present: np.ndarray
    shape: tuple[int, int]

    @classmethod
    def of(cls, texts: list[str], vocabulary: dict[str, int]) -> Sparse:
        rows, cols = [], []
        for row, text in enumerate(texts):
            found = sorted({vocabulary[f] for f in features(text) if f in vocabulary})
            rows += [row] * len(found)
            cols += found
        r, c = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
        row_starts = np.searchsorted(r, np.arange(len(texts)))
        by_col = np.argsort(c, kind="stable")
        present, col_starts = np.unique(c[by_col], return_index=True)
        return cls(r, c, row_starts, by_col, col_starts, present, (len(texts), len(vocabulary)))

    def times(self, weights: np.ndarray) -> np.ndarray:
        """X @ W, for a message with no known feature a row of zeros."""
        out = np.zeros((self.shape[0], weights.shape[1]), dtype=np.float32)
        if len(self.cols):
            sums = np.add.reduceat(weights[self.cols], self.row_starts.clip(max=len(self.cols) - 1))
            nonempty = np.diff(np.append(self.row_starts, len(self.cols))) > 0
            out[nonempty] = sums[nonempty]
        return out

    def transposed_times(self, error: np.ndarray) -> np.ndarray:
        """X.T @ E."""
        out = np.zeros((self.shape[1], error.shape[1]), dtype=np.float32)
        if len(self.cols):
            out[self.present] = np.add.reduceat(error[self.rows[self.by_col]], self.col_starts)
        return out


def fit(x: Sparse, y: np.ndarray, classes: int) -> tuple[np.ndarray, np.ndarray]:
    """Softmax regression, classes weighted equally, Adam on the full batch."""
    target = np.eye(classes, dtype=np.float32)[y]
    counts = np.bincount(y, minlength=classes).astype(np.float32)
    sample = (1.0 / (classes * np.maximum(counts, 1.0)))[y][:, None]
    params = [
        np.zeros((x.shape[1], classes), dtype=np.float32),
        np.zeros(classes, dtype=np.float32),
    ]
    moments = [[np.zeros_like(p), np.zeros_like(p)] for p in params]
    for step in range(1, STEPS + 1):
        weights, bias = params
        scores = x.times(weights) + bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        error = (probs - target) * sample
        grads = [x.transposed_times(error) + L2 * weights, error.sum(axis=0)]
        for param, grad, (m, v) in zip(params, grads, moments, strict=True):
            m[:] = 0.9 * m + 0.1 * grad
            v[:] = 0.999 * v + 0.001 * grad * grad
            param -= RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return params[0], params[1]


def train(texts: list[str], y: np.ndarray, classes: tuple[str, ...]) -> LinearModel:
    vocabulary = vocabulary_of(texts)
    weights, bias = fit(Sparse.of(texts, vocabulary), y, len(classes))
    return LinearModel(classes, vocabulary, weights, bias, threshold=0.0)


def cross_validated(texts: list[str], y: np.ndarray, classes: tuple[str, ...]) -> np.ndarray:
    """Each message's class probabilities from a model that never saw it."""
    folds = np.arange(len(texts)) % FOLDS
    probs = np.zeros((len(texts), len(classes)))
    for fold in range(FOLDS):
        keep = folds != fold
        model = train([t for t, k in zip(texts, keep, strict=True) if k], y[keep], classes)
        for i in np.flatnonzero(~keep):
            found = model.probabilities(texts[i])
            probs[i] = [found[c] for c in classes]
    return probs


def save(model: LinearModel, threshold: float, path: Path) -> None:
    final = LinearModel(
        model.classes, model.vocabulary, model.weights, model.bias, round(threshold, 4)
    )
    final.save(path)
    size = path.stat().st_size
    print(f"  wrote {path.relative_to(ROOT)}: {len(model.vocabulary):,} features, {size:,} bytes")


def safety_model() -> None:
    # The intent data holds no crisis or danger (its writers left those out): more ordinary
    # messages teach the layer what not to ask about.
    rows = [row for split in SAFETY_SPLITS for row in read_rows(split)]
    ordinary = [r["text"] for r in read_rows(INTENT_TRAIN)]
    texts = [normalise(r["text"]).read for r in rows] + [normalise(t).read for t in ordinary]
    y = np.array([int(r["level"] in ("crisis", "danger")) for r in rows] + [0] * len(ordinary))
    classes = ("none", CONCERN)
    print(f"safety: {len(rows)} messages, {int(y.sum())} crisis or danger")
    concern = cross_validated(texts, y, classes)[:, 1]
    negatives = np.sort(concern[y == 0])
    allowed = int(MAX_ASK_RATE * len(negatives))
    threshold = max(0.5, float(negatives[-(allowed + 1)]) + 1e-4)
    print(
        f"  cross-validated: asks {np.mean(concern[y == 1] >= threshold):.3f} of crisis or danger,"
        f" {np.mean(concern[y == 0] >= threshold):.3f} of the rest, at {threshold:.3f}"
    )
    save(train(texts, y, classes), threshold, MODEL_FILE)


def precise_threshold(probs: np.ndarray, y: np.ndarray) -> float:
    """The lowest confidence at which the cross-validated guesses are right often enough."""
    confidence = probs.max(axis=1)
    right = probs.argmax(axis=1) == y
    for threshold in np.arange(0.2, 0.95, 0.01):
        sure = confidence >= threshold
        if sure.any() and right[sure].mean() >= MIN_PRECISION:
            print(
                f"  cross-validated at {threshold:.2f}: sure of {sure.mean():.3f},"
                f" right on {right[sure].mean():.3f} of those"
            )
            return float(threshold)
    return 0.95


def labelled_model(
    rows: list[dict], field: str, classes: tuple[str, ...], path: Path, pick: Callable[[dict], bool]
) -> None:
    chosen = [r for r in rows if pick(r)]
    texts = [normalise(r["text"]).read for r in chosen]
    y = np.array([classes.index(r[field]) for r in chosen])
    print(f"{path.stem}: {len(chosen)} messages, {len(classes)} classes")
    threshold = precise_threshold(cross_validated(texts, y, classes), y)
    save(train(texts, y, classes), threshold, path)


def main() -> int:
    from core.intents import ExKind, Intent

    safety_model()
    rows = read_rows(INTENT_TRAIN)
    labelled_model(rows, "intent", tuple(i.value for i in Intent), INTENT_MODEL, lambda r: True)
    labelled_model(
        rows,
        "ex_kind",
        tuple(k.value for k in ExKind),
        EX_KIND_MODEL,
        lambda r: bool(r.get("ex_kind")),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
