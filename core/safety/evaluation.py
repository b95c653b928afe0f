"""Recall and false alarms of the safety net on labelled messages, per language and kind."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.safety.assess import Assessment, Level

POSITIVE_LEVELS = frozenset({"crisis", "danger"})


@dataclass(frozen=True)
class Labelled:
    """One message of the project's own data, with what a person would see in it."""

    text: str
    lang: str
    level: str
    kind: str
    topic: str = ""

    @property
    def positive(self) -> bool:
        return self.level in POSITIVE_LEVELS


def read_labelled(paths: Iterable[Path]) -> list[Labelled]:
    """Every record of the JSONL files (a folder stands for all its *.jsonl files)."""
    records = []
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            for line in file.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    records.append(
                        Labelled(
                            row["text"],
                            row["lang"],
                            row["level"],
                            row["kind"],
                            row.get("topic", ""),
                        )
                    )
    return records


@dataclass
class Tally:
    """Counts for one language or kind."""

    positives: int = 0
    heard: int = 0
    alarmed: int = 0
    right_help: int = 0
    negatives: int = 0
    false_alarms: int = 0
    asked: int = 0

    def add(self, record: Labelled, result: Assessment) -> None:
        if record.positive:
            self.positives += 1
            self.heard += result.level is not Level.NONE
            self.alarmed += result.alarm
            self.right_help += result.level.value == record.level
        else:
            self.negatives += 1
            self.false_alarms += result.alarm
            self.asked += result.level is Level.CHECK

    @property
    def recall(self) -> float:
        """Share of people in crisis or danger who get an answer (help or a gentle question)."""
        return self.heard / self.positives if self.positives else 1.0

    @property
    def alarm_recall(self) -> float:
        return self.alarmed / self.positives if self.positives else 1.0

    @property
    def right_help_rate(self) -> float:
        return self.right_help / self.positives if self.positives else 1.0

    @property
    def false_alarm_rate(self) -> float:
        """Share of ordinary messages answered with crisis or danger help."""
        return self.false_alarms / self.negatives if self.negatives else 0.0

    @property
    def ask_rate(self) -> float:
        return self.asked / self.negatives if self.negatives else 0.0


@dataclass
class Report:
    """Tallies by language and by kind, and the records each side got wrong."""

    by_lang: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    total: Tally = field(default_factory=Tally)
    misses: list[tuple[Labelled, Assessment]] = field(default_factory=list)
    false_alarms: list[tuple[Labelled, Assessment]] = field(default_factory=list)


def evaluate(records: Iterable[Labelled], assess: Callable[[str], Assessment]) -> Report:
    """Run `assess` over every record and count what it got right."""
    report = Report()
    for record in records:
        result = assess(record.text)
        for tally in (
            report.by_lang[record.lang],
            report.by_kind[record.kind or record.topic],
            report.total,
        ):
            tally.add(record, result)
        if record.positive and result.level is Level.NONE:
            report.misses.append((record, result))
        if not record.positive and result.alarm:
            report.false_alarms.append((record, result))
    return report


def format_report(report: Report) -> str:
    """The report as a plain-text table."""
    header = (
        f"{'':14} {'pos':>5} {'recall':>7} {'alarm':>7} {'right':>7}"
        f" {'neg':>5} {'f.alarm':>8} {'asked':>7}"
    )
    lines = [header]

    def row(name: str, t: Tally) -> str:
        return (
            f"{name:14} {t.positives:5d} {t.recall:7.3f} {t.alarm_recall:7.3f}"
            f" {t.right_help_rate:7.3f} {t.negatives:5d} {t.false_alarm_rate:8.3f}"
            f" {t.ask_rate:7.3f}"
        )

    lines += [row(lang, report.by_lang[lang]) for lang in sorted(report.by_lang)]
    lines.append(row("all", report.total))
    lines.append("")
    lines += [row(kind, report.by_kind[kind]) for kind in sorted(report.by_kind)]
    return "\n".join(lines)
