"""The safety net's statistical layer: it may only ask ("check"), never alarm.

A linear model over character n-grams (core/linear.py) trained by scripts/train_models.py on
datasets/safety/train, never on the held-out split."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from core.linear import LinearModel

MODEL_FILE = Path(__file__).with_name("model.npz")
CONCERN = "concern"


@cache
def load_model(path: Path = MODEL_FILE) -> LinearModel | None:
    """The trained model, or None before one has been trained."""
    return LinearModel.load(path) if path.exists() else None


def concern(model: LinearModel, text: str) -> float:
    """How likely the model thinks normalised `text` signals crisis or danger."""
    return model.probabilities(text)[CONCERN]
