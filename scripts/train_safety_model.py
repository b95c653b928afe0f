"""Train the safety net's statistical layer on datasets/safety/train (never the held-out split).

    .venv/bin/python scripts/train_safety_model.py      writes core/safety/model.json

A logistic regression over character n-grams (core/safety/model.py), fitted with plain
gradient descent in NumPy. The threshold at which it asks is chosen by five-fold
cross-validation on the training data: the lowest probability that asks no more than
3 % of ordinary messages. Deterministic: the same data gives the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.safety.evaluation import read_labelled  # noqa: E402
from core.safety.model import MODEL_FILE, LinearModel, features  # noqa: E402
from core.safety.normalise import normalise  # noqa: E402

TRAIN = ROOT / "datasets" / "safety" / "train"
MIN_COUNT = 2
L2 = 1e-3
STEPS = 400
RATE = 0.5
FOLDS = 5
MAX_ASK_RATE = 0.03
MIN_WEIGHT = 0.005


def design(texts: list[str], vocabulary: dict[str, int]) -> np.ndarray:
    matrix = np.zeros((len(texts), len(vocabulary)), dtype=np.float32)
    for row, text in enumerate(texts):
        for feature in features(text):
            column = vocabulary.get(feature)
            if column is not None:
                matrix[row, column] = 1.0
    return matrix


def build_vocabulary(texts: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for text in texts:
        for feature in features(text):
            counts[feature] = counts.get(feature, 0) + 1
    kept = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    return {feature: i for i, feature in enumerate(kept)}


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    weights = np.zeros(x.shape[1], dtype=np.float64)
    bias = 0.0
    # Balanced: each class weighs as much as the other, whatever their counts.
    sample = np.where(y == 1, 0.5 / max(1, y.sum()), 0.5 / max(1, (1 - y).sum()))
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ weights + bias)))
        error = (p - y) * sample
        weights -= RATE * (x.T @ error + L2 * weights) * 10
        bias -= RATE * error.sum() * 10
    return weights, bias


def predict(x: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(x @ weights + bias)))


def choose_threshold(texts: list[str], y: np.ndarray) -> float:
    order = np.arange(len(texts)) % FOLDS
    scores = np.zeros(len(texts))
    for fold in range(FOLDS):
        train, test = order != fold, order == fold
        vocabulary = build_vocabulary([t for t, keep in zip(texts, train, strict=True) if keep])
        weights, bias = fit(
            design([t for t, k in zip(texts, train, strict=True) if k], vocabulary), y[train]
        )
        scores[test] = predict(
            design([t for t, k in zip(texts, test, strict=True) if k], vocabulary), weights, bias
        )
    negatives = np.sort(scores[y == 0])
    allowed = int(MAX_ASK_RATE * len(negatives))
    threshold = float(negatives[-(allowed + 1)]) + 1e-6 if len(negatives) > allowed else 0.5
    positives = scores[y == 1]
    print(
        f"cross-validated: asks {np.mean(positives >= threshold):.3f} of positives,"
        f" {np.mean(scores[y == 0] >= threshold):.3f} of negatives at {threshold:.3f}"
    )
    return max(threshold, 0.5)


def main() -> int:
    records = read_labelled([TRAIN])
    texts = [normalise(r.text).read for r in records]
    y = np.array([1.0 if r.positive else 0.0 for r in records])
    print(f"{len(records)} training messages, {int(y.sum())} crisis or danger")
    threshold = choose_threshold(texts, y)
    vocabulary = build_vocabulary(texts)
    weights, bias = fit(design(texts, vocabulary), y)
    pairs = [
        (f, round(float(w), 4))
        for f, w in zip(vocabulary, weights, strict=True)
        if abs(w) >= MIN_WEIGHT
    ]
    model = LinearModel.from_pairs(sorted(pairs), round(bias, 4), round(threshold, 4))
    MODEL_FILE.write_text(model.to_json() + "\n", encoding="utf-8")
    print(
        f"wrote {MODEL_FILE.relative_to(ROOT)}: {len(pairs)} weights, {MODEL_FILE.stat().st_size} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
