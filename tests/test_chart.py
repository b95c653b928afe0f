"""The /progress chart (core/chart.py): valid PNGs of a sensible size (speed: scripts/bench.py)."""

from __future__ import annotations

import random
import struct
import threading
import zlib
from datetime import date, timedelta

import pytest

from content import load_content
from core import progress as rules
from core.chart import ChartData, is_warm, render_progress_chart, warm_up
from handlers.progress import chart_labels

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
START = date(2026, 1, 5)
LABELS = chart_labels(load_content(), "12 days")


def period_chart(days: int, slip_days: list[int], mood_every: int = 1, seed: int = 7) -> ChartData:
    """A period of `days` days with slips on those day numbers and a mood every n days."""
    rng = random.Random(seed)
    today = START + timedelta(days=days - 1)
    slips = [START + timedelta(days=n - 1) for n in slip_days]
    moods = [
        (START + timedelta(days=i), max(1, min(5, round(2 + 2.5 * i / days + rng.uniform(-1, 1)))))
        for i in range(0, days, mood_every)
    ]
    found = rules.runs(START, today, slips)
    best = rules.longest_run(START, today, slips)
    return ChartData(
        *rules.chart_window(START, today),
        moods=moods,
        average=rules.rolling_mean(moods, 7) if len(moods) >= rules.AVERAGE_FROM else [],
        slips=rules.slip_counts(START, today, slips),
        milestones=rules.milestones_to_mark(
            rules.milestones_reached(found), rules.MAX_MILESTONE_MARKS
        ),
        longest_run=(best.start, best.end) if best else None,
    )


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, after checking the signature and chunk CRC."""
    assert png[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", png[8:16])
    assert kind == b"IHDR" and length == 13
    body = png[16 : 16 + length]
    (crc,) = struct.unpack(">I", png[16 + length : 20 + length])
    assert zlib.crc32(kind + body) == crc
    assert png.endswith(b"IEND\xaeB`\x82")
    width, height = struct.unpack(">II", body[:8])
    return width, height


def assert_sensible_png(png: bytes) -> None:
    width, height = png_size(png)
    assert 800 <= width <= 2000 and 500 <= height <= 1500
    assert 10_000 < len(png) < 400_000  # something was drawn; still quick to send


CASES = {
    "empty": ChartData(START, START),
    "one mood": ChartData(*rules.chart_window(START, START), moods=[(START, 3)]),
    "short": period_chart(5, []),
    "short with a slip": period_chart(12, [6]),
    "two slips on one day": period_chart(12, [6, 6, 9]),
    "a month, some days missing": period_chart(30, [9, 20], mood_every=3),
    "365 days": period_chart(365, [40, 200]),
    "slip heavy": period_chart(365, list(range(2, 366, 3))),
    "every day a slip": period_chart(60, list(range(2, 61))),
}


@pytest.mark.parametrize("name", list(CASES))
def test_chart_is_a_valid_png_of_sensible_size(name):
    assert_sensible_png(render_progress_chart(CASES[name], LABELS))


def test_chart_is_the_same_for_the_same_data():
    data = period_chart(20, [8])
    assert render_progress_chart(data, LABELS) == render_progress_chart(data, LABELS)


def test_chart_differs_when_the_data_does():
    assert render_progress_chart(period_chart(20, [8]), LABELS) != render_progress_chart(
        period_chart(20, []), LABELS
    )


def test_charts_drawn_from_threads_at_once_are_all_valid():
    results: list[bytes] = []
    data = period_chart(30, [10])

    def draw() -> None:
        results.append(render_progress_chart(data, LABELS))

    threads = [threading.Thread(target=draw) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 4 and len(set(results)) == 1
    assert_sensible_png(results[0])


def test_warm_up_loads_matplotlib_ahead_of_the_first_chart():
    warm_up()
    assert is_warm()


def test_two_slips_on_one_day_draw_differently_from_one():
    assert render_progress_chart(period_chart(12, [6, 6]), LABELS) != render_progress_chart(
        period_chart(12, [6]), LABELS
    )
