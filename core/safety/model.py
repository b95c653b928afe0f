"""The statistical layer: a character n-gram logistic model that may only ask, never alarm.

Trained by scripts/train_safety_model.py on datasets/safety/train (never on the held-out
split); its weights are a small JSON file beside this module, read once."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("model.json")
NGRAM_SIZES = (3, 4, 5)


def features(text: str) -> set[str]:
    """Character 3- to 5-grams of the normalised text (spaces included), and its words."""
    grams = {text[i : i + n] for n in NGRAM_SIZES for i in range(len(text) - n + 1)}
    grams.update(f"w:{word}" for word in text.split())
    return grams


@dataclass(frozen=True)
class LinearModel:
    """Weights by feature, a bias, and the probability at which the bot asks."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, text: str) -> float:
        """How likely the model thinks `text` (normalised) signals crisis or danger."""
        weights = self.weights
        score = self.bias + sum(weights.get(feature, 0.0) for feature in features(text))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def to_json(self) -> str:
        body = {"bias": self.bias, "threshold": self.threshold, "weights": self.weights}
        return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_pairs(
        cls, pairs: Iterable[tuple[str, float]], bias: float, threshold: float
    ) -> LinearModel:
        return cls(dict(pairs), bias, threshold)


@cache
def load_model(path: Path = MODEL_FILE) -> LinearModel | None:
    """The trained model, or None before one has been trained."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return LinearModel(data["weights"], data["bias"], data["threshold"])
