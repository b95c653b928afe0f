"""For rule writers: the rules alone on a labelled file, with every miss and false alarm."""

from __future__ import annotations

import sys
from pathlib import Path

from core.safety.assess import Assessment, Level, _signals
from core.safety.evaluation import evaluate, format_report, read_labelled
from core.safety.normalise import normalise
from core.safety.recognizer import Kind


def rules_only(text: str) -> Assessment:
    signals = _signals(normalise(text))
    alarms = [s for s in signals if not s.ask]
    if alarms:
        danger = all(s.kind is Kind.DANGER for s in alarms)
        return Assessment(
            Level.DANGER if danger else Level.CRISIS,
            alarms[0].kind,
            None,
            tuple(s.reason for s in alarms),
        )
    if signals:
        return Assessment(Level.CHECK, signals[0].kind, None, tuple(s.reason for s in signals))
    return Assessment(Level.NONE, Kind.NONE, None)


if __name__ == "__main__":
    report = evaluate(read_labelled(Path(p) for p in sys.argv[1:]), rules_only)
    print(format_report(report))
    print("\nMISSES")
    for record, _ in report.misses:
        print(f"  [{record.lang} {record.kind}] {record.text}")
    print("\nFALSE ALARMS")
    for record, result in report.false_alarms:
        print(f"  [{record.lang} {record.topic}] {record.text}  <- {', '.join(result.reasons)}")
