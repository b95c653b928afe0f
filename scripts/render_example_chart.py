"""Draw the example /progress chart for the README: .venv/bin/python scripts/render_example_chart.py

A made-up 60-day period, 45 days in: moods that wobble but climb, a few days without an
answer, two slips, milestones, the longest run shaded. Writes docs/progress-example.png
(or the path given) and prints the caption the bot would send with it. Same input, same
picture.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from content import load_content  # noqa: E402
from core import progress as rules  # noqa: E402
from core.chart import ChartData, render_progress_chart  # noqa: E402
from core.telegram_html import html_to_plain  # noqa: E402
from handlers.progress import chart_labels  # noqa: E402

START = date(2026, 9, 1)
DAYS = 45  # today is the 45th day since the start
LENGTH = 60
SLIP_DAYS = (9, 22)  # the user reached out on these days


def example() -> tuple[ChartData, str, str]:
    """The chart data, the legend's longest-run text and the caption for the example period."""
    rng = random.Random(2026)
    today = START + timedelta(days=DAYS - 1)
    slips = [START + timedelta(days=n - 1) for n in SLIP_DAYS]
    moods = []
    for i in range(DAYS):
        if rng.random() < 0.12:
            continue  # some days nobody answers, and that is fine
        level = 1.8 + 2.6 * i / DAYS + rng.uniform(-0.9, 0.9)
        moods.append((START + timedelta(days=i), max(1, min(5, round(level)))))
    for slip in slips:  # a slip day tends to be a low one
        moods = [(d, 2 if d == slip else m) for d, m in moods]
    found = rules.runs(START, today, slips)
    best = rules.longest_run(START, today, slips)
    summary = rules.summarize(START, slips[-1], LENGTH, today, [m for _, m in moods], slips)
    content = load_content()
    longest = content.plural("progress.count.day", summary.longest_run)
    caption = content.text(
        "progress.caption",
        day=summary.day,
        total=summary.total,
        trend=content.text(f"progress.trend.{summary.trend.value}"),
        longest=longest,
        moods=content.plural("progress.count.mood", summary.moods_logged),
        slips=content.plural("progress.count.slip", summary.slips),
        next=content.text("progress.next_milestone", day=summary.next_milestone),
    )
    data = ChartData(
        *rules.chart_window(START, today),
        moods=moods,
        slips=rules.slip_counts(START, today, slips),
        milestones=rules.milestones_reached(found),
        longest_run=(best.start, best.end) if best else None,
    )
    return data, longest, caption


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "progress-example.png"
    data, longest, caption = example()
    labels = chart_labels(load_content(), longest)
    render_progress_chart(data, labels)  # warm up: the first call imports matplotlib
    began = time.perf_counter()
    png = render_progress_chart(data, labels)
    elapsed = time.perf_counter() - began
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(png)
    print(f"{target} ({len(png) // 1024} KB, drawn in {elapsed * 1000:.0f} ms)")
    print(html_to_plain(caption))


if __name__ == "__main__":
    main()
