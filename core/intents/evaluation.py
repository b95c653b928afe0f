"""How well free text is understood, per intent and per language: right, asked (unsure, with
the right reading among the two offered or not), and wrong (sure of the wrong intent)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.intents.understand import Guess


@dataclass(frozen=True)
class LabelledIntent:
    text: str
    lang: str
    intent: str


def read_intents(paths: Iterable[Path]) -> list[LabelledIntent]:
    """Every record of the JSONL files (a folder stands for all its *.jsonl files)."""
    found = []
    for path in paths:
        for file in sorted(path.glob("*.jsonl")) if path.is_dir() else [path]:
            for line in file.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    found.append(LabelledIntent(row["text"], row["lang"], row["intent"]))
    return found


@dataclass
class IntentTally:
    total: int = 0
    right: int = 0  # sure, and right
    asked_well: int = 0  # unsure, the right reading one of the two offered
    asked: int = 0  # unsure
    wrong: int = 0  # sure, and wrong

    def add(self, expected: str, guess: Guess) -> None:
        self.total += 1
        if guess.sure:
            self.right += guess.intent.value == expected
            self.wrong += guess.intent.value != expected
        else:
            self.asked += 1
            self.asked_well += expected in (guess.intent.value, guess.runner_up.value)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0

    @property
    def wrong_rate(self) -> float:
        return self.wrong / self.total if self.total else 0.0

    @property
    def reached(self) -> float:
        """Right at once, or one tap away (the right reading offered when asked)."""
        return (self.right + self.asked_well) / self.total if self.total else 1.0


@dataclass
class IntentReport:
    by_intent: dict[str, IntentTally] = field(default_factory=lambda: defaultdict(IntentTally))
    by_lang: dict[str, IntentTally] = field(default_factory=lambda: defaultdict(IntentTally))

    @property
    def macro_accuracy(self) -> float:
        tallies = list(self.by_intent.values())
        return sum(t.accuracy for t in tallies) / len(tallies) if tallies else 1.0


def evaluate_intents(
    records: Iterable[LabelledIntent], understand: Callable[[str], Guess]
) -> IntentReport:
    report = IntentReport()
    for record in records:
        guess = understand(record.text)
        report.by_intent[record.intent].add(record.intent, guess)
        report.by_lang[record.lang].add(record.intent, guess)
    return report


def format_intent_report(report: IntentReport) -> str:
    header = f"{'':18} {'n':>5} {'right':>7} {'asked':>7} {'wrong':>7} {'reached':>8}"
    lines = [header]

    def row(name: str, t: IntentTally) -> str:
        asked = t.asked / t.total if t.total else 0.0
        return (
            f"{name:18} {t.total:5d} {t.accuracy:7.3f} {asked:7.3f} {t.wrong_rate:7.3f}"
            f" {t.reached:8.3f}"
        )

    lines += [row(name, report.by_lang[name]) for name in sorted(report.by_lang)]
    lines.append("")
    lines += [row(name, report.by_intent[name]) for name in sorted(report.by_intent)]
    lines.append(
        f"\nmacro accuracy (sure and right, mean over intents): {report.macro_accuracy:.3f}"
    )
    return "\n".join(lines)
