"""The /progress picture: data in, PNG bytes out. No Telegram, no database, no clock.

Drawn with matplotlib's Agg renderer on a `matplotlib.figure.Figure` of its own (never
pyplot, whose global state is not safe across threads), so callers can run it in a worker
thread. Colours are chosen for a dark card that also reads well in Telegram's light theme.
"""

from __future__ import annotations

import io
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

WIDTH_IN, HEIGHT_IN, DPI = 10.0, 6.25, 120  # 1200 x 750 px: sharp on a phone, small to send
BACKGROUND = "#111827"
PANEL = "#1f2937"
GRID = "#374151"
TEXT = "#e5e7eb"
MUTED = "#9ca3af"
MOOD = "#60a5fa"
SLIP = "#f87171"
MILESTONE = "#fbbf24"
LONGEST = "#34d399"
AVERAGE = "#c4b5fd"
# Over this many moods the daily points get small and faint under a smoothed line.
MANY_POINTS = 60
# Up to this many slips get a dashed line across the chart; beyond, only a mark at the foot.
SLIP_LINES_UP_TO = 20
PALETTE_COLOURS = 128
# Above this many milestones the numbers next to the stars would overlap; stars stay.
MAX_MILESTONE_NUMBERS = 12

# matplotlib keeps shared caches (fonts, text layout) that it does not promise to guard;
# one chart at a time costs ~0.1 s of queueing at worst and rules out rare corruption.
_RENDER_LOCK = threading.Lock()
# matplotlib counts days from 1970-01-01 (its default epoch).
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


@dataclass(frozen=True)
class ChartLabels:
    """Every word drawn on the chart (plain text, from content/progress.toml)."""

    title: str
    mood_ticks: Sequence[str]  # five labels, for moods 1 to 5
    mood: str
    average: str
    slip: str
    slips_counted: str  # the slip entry when a day shows a count (×2)
    milestone: str
    longest_run: str  # the legend entry, e.g. "longest run: 12 days"
    empty: str  # shown across an empty chart
    day: Callable[[date], str] = lambda day: f"{day.day} {day:%b}"  # a tick: "23 Nov", "23 нояб."


@dataclass(frozen=True)
class ChartData:
    """What to draw, all dates already local to the user."""

    first_day: date
    last_day: date
    moods: Sequence[tuple[date, int]] = ()
    average: Sequence[tuple[date, float]] = ()  # a smoothed line over long histories
    slips: Sequence[tuple[date, int]] = ()  # (day, how many slips that day)
    milestones: Sequence[tuple[date, int]] = ()
    longest_run: tuple[date, date] | None = None  # both ends included


def render_progress_chart(data: ChartData, labels: ChartLabels) -> bytes:
    """A PNG of mood by day, slips, milestones and the longest run shaded."""
    with _RENDER_LOCK:
        return _render(data, labels)


def warm_up() -> None:
    """Import matplotlib and load its fonts now, so the first chart is not the slow one."""
    from matplotlib import font_manager
    from matplotlib.backends import backend_agg  # noqa: F401
    from matplotlib.figure import Figure  # noqa: F401

    font_manager.findfont(font_manager.FontProperties())


def is_warm() -> bool:
    """Whether matplotlib is imported already (warming up again would do nothing)."""
    return "matplotlib.figure" in sys.modules


def _x(day: date) -> float:
    """A local date as matplotlib's day number (the chart has no time of day)."""
    return float(day.toordinal() - _EPOCH_ORDINAL)


def _render(data: ChartData, labels: ChartLabels) -> bytes:
    # Imported here so the bot starts without paying for matplotlib until the first chart,
    # and that first import happens in the worker thread, off the event loop.
    from matplotlib import dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import FuncFormatter
    from PIL import Image

    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor=BACKGROUND)
    fig.subplots_adjust(left=0.16, right=0.96, top=0.86, bottom=0.22)
    ax = fig.add_subplot()
    ax.set_facecolor(PANEL)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(GRID)
    ax.tick_params(colors=TEXT, labelsize=15, length=0, pad=8)
    ax.grid(axis="y", color=GRID, linewidth=1)
    ax.set_axisbelow(True)

    first, last = _x(data.first_day), _x(max(data.last_day, data.first_day))
    ax.set_xlim(first - 0.7, last + 0.7)
    ax.set_ylim(0.4, 6.0)
    ax.set_yticks([1, 2, 3, 4, 5], list(labels.mood_ticks))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=6, interval_multiples=True)
    ax.xaxis.set_major_locator(locator)
    # Tick dates in the user's language (matplotlib's own formats would be English).
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: labels.day(mdates.num2date(x).date())))
    fig.suptitle(labels.title, color=TEXT, fontsize=22, fontweight="bold", y=0.955)

    legend: list[Line2D | Patch] = []
    many = len(data.moods) > MANY_POINTS
    if data.moods:
        points = sorted(data.moods)
        xs = [_x(day) for day, _ in points]
        ys = [mood for _, mood in points]
        ax.plot(
            xs, ys, color=MOOD, linewidth=1.2 if many else 3, alpha=0.55 if many else 1,
            marker="o", markersize=4 if many else 9, markerfacecolor=MOOD,
            markeredgecolor=BACKGROUND, markeredgewidth=0.8 if many else 1.5, zorder=5,
        )  # fmt: skip
        legend.append(
            Line2D([], [], color=MOOD, linewidth=3, marker="o", markersize=9, label=labels.mood)
        )
    else:
        ax.text(
            0.5, 0.5, labels.empty, transform=ax.transAxes, ha="center", va="center",
            color=MUTED, fontsize=18,
        )  # fmt: skip
    if data.average:
        ax.plot(
            [_x(day) for day, _ in data.average], [value for _, value in data.average],
            color=AVERAGE, linewidth=4, zorder=6,
        )  # fmt: skip
        legend.append(Line2D([], [], color=AVERAGE, linewidth=4, label=labels.average))

    if data.longest_run:
        start, end = data.longest_run
        ax.axvspan(_x(start) - 0.5, _x(end) + 0.5, color=LONGEST, alpha=0.18, linewidth=0)
        legend.append(Patch(color=LONGEST, alpha=0.4, label=labels.longest_run))

    if data.slips:
        slips = [_x(day) for day, _ in data.slips]
        if len(slips) <= SLIP_LINES_UP_TO:
            ax.vlines(slips, 0.4, 5.45, colors=SLIP, linewidth=2, linestyles="--", alpha=0.8)
        ax.scatter(slips, [0.62] * len(slips), marker="X", s=110, color=SLIP, zorder=6,
                   edgecolors=PANEL, linewidths=0.8)  # fmt: skip
        for day, count in data.slips:
            if count > 1:  # one marker per day, so the count says how many
                ax.annotate(
                    f"×{count}", (_x(day), 0.62), xytext=(9, 0), textcoords="offset points",
                    color=SLIP, fontsize=13, fontweight="bold", va="center", zorder=7,
                )  # fmt: skip
        counted = any(count > 1 for _, count in data.slips)
        label = labels.slips_counted if counted else labels.slip
        legend.append(
            Line2D([], [], color=SLIP, marker="X", markersize=11, linestyle="--", label=label)
        )

    if data.milestones:
        stars = [_x(day) for day, _ in data.milestones]
        ax.scatter(stars, [5.72] * len(stars), marker="*", s=280, color=MILESTONE, zorder=4)
        if len(data.milestones) <= MAX_MILESTONE_NUMBERS:
            for day, number in data.milestones:
                ax.annotate(
                    str(number), (_x(day), 5.72), xytext=(9, -1), textcoords="offset points",
                    color=MILESTONE, fontsize=13, fontweight="bold", va="center",
                )  # fmt: skip
        legend.append(
            Line2D([], [], color=MILESTONE, marker="*", markersize=17, linestyle="",
                   label=labels.milestone)
        )  # fmt: skip

    if legend:
        fig.legend(
            handles=legend, loc="lower center", ncol=2 if len(legend) == 4 else min(len(legend), 3),
            frameon=False,
            fontsize=14, labelcolor=TEXT, bbox_to_anchor=(0.5, 0.0), handlelength=1.8,
            columnspacing=1.6,
        )  # fmt: skip

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    width, height = canvas.get_width_height()
    image = Image.frombuffer("RGBA", (width, height), canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    # A flat chart needs few colours: a palette PNG is a third of the bytes and encodes
    # three times faster than full colour (about 25 ms instead of 70 for 1200 x 750).
    palette = image.convert("RGB").quantize(PALETTE_COLOURS, method=Image.Quantize.FASTOCTREE)
    out = io.BytesIO()
    palette.save(out, format="png")
    return out.getvalue()
