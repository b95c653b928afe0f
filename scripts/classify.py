"""The safety net from the command line: messages in (one per line), assessments out (JSON).

scripts/classify < messages.txt          one JSON object per line: level, kind, lang, reasons
scripts/classify --eval FILE [FILE ...]  recall and false alarms per language and kind
scripts/classify --eval FILE --errors    the same, then every miss and false alarm
scripts/classify --eval FILE --rules-only  the rules without the statistical layer
scripts/classify --index                 after editing rules: store their prefixes again
scripts/classify --intents [--eval FILE] what free text is about, or its accuracy report
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import intents
from core.intents.evaluation import evaluate_intents, format_intent_report, read_intents
from core.safety import assess, load
from core.safety.evaluation import evaluate, format_report, read_labelled
from core.safety.recognizer import write_prefix_cache
from core.safety.rules import load_recognizers


def classify_lines() -> None:
    """One assessment per line of standard input, flushed as it goes."""
    for line in sys.stdin:
        result = assess(line.rstrip("\n"))
        out = {
            "level": result.level.value,
            "kind": result.kind.value,
            "lang": result.lang,
            "reasons": list(result.reasons),
        }
        print(json.dumps(out, ensure_ascii=False), flush=True)


def show_errors(report) -> None:  # type: ignore[no-untyped-def]
    print("\nmissed (crisis or danger answered with nothing):")
    for record, _ in report.misses:
        print(f"  [{record.lang} {record.kind}] {record.text}")
    print("\nfalse alarms (ordinary messages answered with crisis or danger help):")
    for record, result in report.false_alarms:
        print(f"  [{record.lang} {record.topic}] {record.text}  <- {', '.join(result.reasons)}")


def classify_intents(files: list[Path] | None) -> int:
    """Intents of standard input's lines, or the accuracy report on labelled files."""
    intents.load()
    if files:
        report = evaluate_intents(read_intents(files), intents.understand)
        print("right: sure and right; asked: unsure (the bot asks); wrong: sure and wrong;")
        print("reached: right at once or one tap away (the right reading among those offered)\n")
        print(format_intent_report(report))
        return 0
    for line in sys.stdin:
        guess = intents.understand(line.rstrip("\n"))
        out = {
            "intent": guess.intent.value,
            "sure": guess.sure,
            "confidence": round(guess.confidence, 3),
            "runner_up": guess.runner_up.value,
            "ex_kind": guess.ex_kind.value if guess.ex_kind else None,
        }
        print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--eval", nargs="+", type=Path, metavar="FILE", help="labelled JSONL files or folders"
    )
    parser.add_argument(
        "--errors", action="store_true", help="with --eval: list every miss and false alarm"
    )
    parser.add_argument(
        "--rules-only", action="store_true", help="with --eval: the rules alone, no model"
    )
    parser.add_argument(
        "--index", action="store_true", help="store every rule's prefixes (fast start-up)"
    )
    parser.add_argument(
        "--intents", action="store_true", help="classify what free text is about instead"
    )
    args = parser.parse_args()
    sys.stdin.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
    sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    if args.index:
        print(f"{write_prefix_cache(load_recognizers())} rules indexed")
        return 0
    if args.intents:
        return classify_intents(args.eval)
    load()
    if not args.eval:
        classify_lines()
        return 0
    report = evaluate(read_labelled(args.eval), partial(assess, ask_model=not args.rules_only))
    print(
        "recall: crisis or danger answered (help or a gentle question); alarm: answered with help;"
    )
    print(
        "right: the right help (crisis or danger); f.alarm: ordinary messages answered with help;"
    )
    print("asked: ordinary messages answered with a gentle question\n")
    print(format_report(report))
    if args.errors:
        show_errors(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
