"""A linear model over a message's character n-grams: the statistical layer of the safety net
(which may only ask) and the intent classifier. Trained by scripts/train_models.py on the
project's own data; the weights ship as a small .npz file beside the code that uses them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

NGRAM_SIZES = (3, 4, 5)


def features(text: str) -> set[str]:
    """Character 3- to 5-grams of normalised text (its spaces mark word edges), and its words."""
    grams = {text[i : i + n] for n in NGRAM_SIZES for i in range(len(text) - n + 1)}
    grams.update(f"w:{word}" for word in text.split())
    return grams


@dataclass(frozen=True)
class LinearModel:
    """Class scores are a bias plus the weights of the features present; softmax gives
    probabilities. `threshold` is the confidence below which the caller should not act."""

    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    weights: np.ndarray  # (features, classes), float32
    bias: np.ndarray  # (classes,)
    threshold: float

    def probabilities(self, text: str) -> dict[str, float]:
        """Each class's probability for normalised `text`."""
        vocabulary = self.vocabulary
        rows = [i for i in map(vocabulary.get, features(text)) if i is not None]
        scores = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        exp = np.exp(scores - scores.max())
        probs = exp / exp.sum()
        return dict(zip(self.classes, probs.tolist(), strict=True))

    def save(self, path: Path) -> None:
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        np.savez_compressed(
            path,
            classes=np.array(self.classes),
            vocabulary=np.array(names),
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
            threshold=np.array(self.threshold),
        )

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path) as data:
            names = data["vocabulary"].tolist()
            return cls(
                classes=tuple(data["classes"].tolist()),
                vocabulary={name: i for i, name in enumerate(names)},
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                threshold=float(data["threshold"]),
            )
