"""/mood, /journal and /progress: a mood a day, private notes, and a chart of the period."""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from datetime import date, datetime, timedelta

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler

from content import Content, Html
from core import progress as rules
from core import schedule
from core.chart import ChartData, ChartLabels, render_progress_chart
from core.chart import is_warm as chart_is_warm
from core.chart import warm_up as chart_warm_up
from handlers.common import (
    MENU_PREFIX,
    Button,
    Command,
    Feature,
    answer_query,
    answer_tap,
    edit_or_send,
    incoming_message,
    keyboard,
    remove_keyboard,
    reply,
    tapped,
    tapped_data,
    user_id,
)
from handlers.context import BotContext
from storage.models import MoodEntry

log = logging.getLogger(__name__)

# Callback data: "j:mood:<1-5>" logs today's mood, "j:notes" lists the journal,
# "j:del:<note id>" deletes one of the user's own notes (journal or unsent).
MOOD_PREFIX = "j:mood:"
NOTES_DATA = "j:notes"
DELETE_NOTE = "j:del:"
AWAITING_NOTE = "journal"
# "/journal" alone waits this long for the note; later text is not taken as one.
NOTE_WAIT = timedelta(minutes=30)
NOTE_LIMIT = 2000  # characters in one journal note
NOTES_SHOWN = 10
# After a period is completed, /progress shows it for this long (then recent moods again).
FINISHED_SHOWN = timedelta(days=7)
# Telegram allows 4096 characters a message; a margin keeps a split list safely under it.
MESSAGE_LIMIT = 4000
_COMMAND_WORD = re.compile(r"^/\S*\s*")


async def _today(context: BotContext, uid: int) -> tuple[date, str]:
    """The user's local date now, and their time zone (UTC until they set one)."""
    settings = await context.users.ensure_user(uid, context.clock.now())
    tz = settings.tz or "UTC"
    return schedule.local_date(context.clock.now(), tz), tz


def _button(context: BotContext, name: str, data: str | None = None) -> Button:
    """One of this feature's buttons; without data it runs the command of the same name."""
    return context.content.text(f"progress.buttons.{name}"), data or f"{MENU_PREFIX}{name}"


def _count(content: Content, kind: str, count: int) -> str:
    """The right form for a number in the user's language: "1 slip", "3 moods logged", and
    "no slips" where the content has words for none."""
    if count == 0 and content.has(f"progress.count.no_{kind}"):
        return content.text(f"progress.count.no_{kind}")
    return content.plural(f"progress.count.{kind}", count)


# /mood


def mood_keyboard(context: BotContext) -> InlineKeyboardMarkup:
    """Mood 1 to 5 in one row."""
    labels = context.content.texts("progress.mood.buttons")
    return keyboard([[(labels[mood - 1], f"{MOOD_PREFIX}{mood}") for mood in range(1, 6)]])


async def ask_mood(update: Update, context: BotContext) -> None:
    """Ask how the user feels today, showing today's answer if there is one."""
    uid = user_id(update)
    today, _ = await _today(context, uid)
    logged = await context.journal.mood_history(uid, today, today)
    if logged:
        text = context.content.text("progress.mood.question_again", mood=logged[0].mood)
    else:
        text = context.content.text("progress.mood.question")
    await reply(update, text, mood_keyboard(context))


async def save_mood(update: Update, context: BotContext) -> None:
    """A mood button: keep one mood for today (a later tap replaces it) and answer kindly."""
    mood = _mood_from(tapped(update).data)
    if mood is None:
        await answer_tap(context, update, context.content.text("common.button_expired"))
        return
    uid = user_id(update)
    today, _ = await _today(context, uid)
    earlier: list[MoodEntry] = await context.journal.mood_history(uid, today, today)
    await context.journal.record_mood(uid, today, mood, context.clock.now())
    await answer_tap(context, update)
    text = context.content.texts("progress.mood.saved")[mood - 1]
    if earlier and earlier[0].mood != mood:
        text = context.content.text("progress.mood.updated", mood=mood) + "\n\n" + text
    markup = keyboard([[_button(context, "progress")], [_button(context, "journal")]])
    await edit_or_send(update, text, markup)


def _mood_from(data: str | None) -> int | None:
    """1 to 5 from "j:mood:<n>", None for anything else (forged or from another version)."""
    value = (data or "").removeprefix(MOOD_PREFIX)
    return int(value) if value in {"1", "2", "3", "4", "5"} else None


# /journal


async def journal(update: Update, context: BotContext) -> None:
    """/journal <text> saves a note, /journal list shows notes, /journal unsent the unsent
    messages, /journal alone asks for one."""
    uid = user_id(update)
    await context.users.ensure_user(uid, context.clock.now())
    text = "" if update.callback_query else _after_command(incoming_message(update).text or "")
    if text.casefold() == "list":
        await show_notes(update, context)
    elif text.casefold() == "unsent":
        await show_notes(update, context, "unsent")
    elif not text:
        await context.users.set_awaiting(uid, AWAITING_NOTE, context.clock.now())
        limit = context.content.number(NOTE_LIMIT)
        await reply(update, context.content.text("progress.journal.ask", limit=limit))
    else:
        await _save_note(update, context, text, awaited=False)


async def journal_text(update: Update, context: BotContext) -> None:
    """The note the user was asked for with /journal alone."""
    text = (incoming_message(update).text or "").strip()
    if not text:
        limit = context.content.number(NOTE_LIMIT)
        await reply(update, context.content.text("progress.journal.ask", limit=limit))
        return
    await _save_note(update, context, text, awaited=True)


def _after_command(text: str) -> str:
    """What follows "/journal" (or "/journal@bot"), keeping the user's line breaks."""
    return _COMMAND_WORD.sub("", text, count=1).strip()


async def _save_note(update: Update, context: BotContext, text: str, *, awaited: bool) -> None:
    content = context.content
    if len(text) > NOTE_LIMIT:
        # Still waiting (if we were): the next message can be the shorter version.
        too_long = content.text(
            "progress.journal.too_long",
            length=content.number(len(text)),
            limit=content.number(NOTE_LIMIT),
        )
        await reply(update, too_long)
        return
    uid = user_id(update)
    await context.journal.add_note(uid, "journal", text, context.clock.now())
    if awaited:
        # After the note is safe: a crash in between may save a second note, never lose one.
        await context.users.set_awaiting(uid, None)
    answer = content.text("progress.journal.saved")
    markup = keyboard([[_button(context, "notes", NOTES_DATA)], [_button(context, "progress")]])
    await reply(update, answer, markup)


async def show_notes(update: Update, context: BotContext, kind: str = "journal") -> None:
    """The last ten notes of a kind, newest first, with local dates and a delete button each;
    split so no message is too long."""
    await answer_tap(context, update)
    pages = await notes_view(context, user_id(update), kind)
    for text, markup in pages:
        await reply(update, text, markup)


async def notes_view(
    context: BotContext, uid: int, kind: str
) -> list[tuple[str, InlineKeyboardMarkup | None]]:
    """The messages that list the notes; the last one carries the numbered delete buttons."""
    _, tz = await _today(context, uid)
    content = context.content
    notes = await context.journal.recent_notes(uid, kind, NOTES_SHOWN + 1)
    if not notes:
        return [(content.text(f"progress.journal.{kind}_empty"), None)]
    blocks = [content.text(f"progress.journal.{kind}_header")]
    for n, note in enumerate(notes[:NOTES_SHOWN], start=1):
        when = _when(content, note.created_at, tz)
        blocks.append(content.text("progress.journal.entry", n=n, when=when, text=note.text))
    if len(notes) > NOTES_SHOWN:
        blocks.append(content.text("progress.journal.more", count=NOTES_SHOWN))
    buttons = [
        (content.text("progress.buttons.delete_note", n=n), f"{DELETE_NOTE}{note.note_id}")
        for n, note in enumerate(notes[:NOTES_SHOWN], start=1)
    ]
    markup = keyboard([buttons[i : i + 5] for i in range(0, len(buttons), 5)])
    pages = rules.pack(blocks, MESSAGE_LIMIT, measure=rules.visible_length)
    return [(page, markup if i == len(pages) - 1 else None) for i, page in enumerate(pages)]


async def delete_note(update: Update, context: BotContext) -> None:
    """🗑 under a list of notes: that note is gone for good, and the list shows the rest."""
    query, content = tapped(update), context.content
    uid = user_id(update)
    try:
        note_id = int(tapped_data(update).removeprefix(DELETE_NOTE))
    except ValueError:
        note_id = 0
    kind = await context.journal.delete_note(uid, note_id)
    if kind is None:
        await answer_query(context, query, content.text("progress.journal.already_deleted"))
        return
    await answer_query(context, query, content.text("progress.journal.deleted"))
    pages = await notes_view(context, uid, kind)
    if len(pages) == 1:
        await edit_or_send(update, *pages[0])
        return
    await remove_keyboard(update)
    for text, markup in pages:
        await reply(update, text, markup)


def _when(content: Content, instant: datetime, tz: str) -> str:
    """The instant on the user's wall clock, like "Mon, 23 Nov 2026, 20:15"."""
    return content.stamp(instant.astimezone(schedule.zone(tz)))


# /progress


async def show_progress(update: Update, context: BotContext) -> None:
    """A chart of the current period (or of one just completed, or of recent moods), or a
    summary when there is too little."""
    uid = user_id(update)
    today, _ = await _today(context, uid)
    period = await context.periods.active_period(uid)
    finished = False
    if period is None:
        # Right after "You made it", the period just completed is the one to look back on.
        since = context.clock.now() - FINISHED_SHOWN
        period = await context.periods.completed_period_since(uid, since)
        finished = period is not None
    if period is None:
        await _recent_moods(update, context, today)
        return
    content = context.content
    through = rules.period_through(period.run_start_date, period.length_days, today)
    moods = await context.journal.mood_history(uid, period.start_date, through)
    slips = await context.periods.slips_in_period(period.period_id)
    summary = rules.summarize(
        period.start_date,
        period.run_start_date,
        period.length_days,
        today,
        [entry.mood for entry in moods],
        slips,
    )
    longest = _count(content, "day", summary.longest_run)
    slips_text = _count(content, "slip", summary.slips)
    if len(moods) < 2:
        if finished:
            key = "progress.few_moods_finished"
        else:
            key = "progress.few_moods_one" if moods else "progress.few_moods_none"
        text = content.text(
            key, day=summary.day, total=summary.total, longest=longest, slips=slips_text
        )
        await reply(update, text, keyboard([[_button(context, "mood")]]))
        return
    found = rules.runs(period.start_date, through, slips)
    best = rules.longest_run(period.start_date, through, slips)
    data = ChartData(
        *rules.chart_window(period.start_date, through),
        moods=[(entry.local_date, entry.mood) for entry in moods],
        average=_average(moods),
        slips=rules.slip_counts(period.start_date, through, slips),
        milestones=rules.milestones_to_mark(
            rules.milestones_reached(found), rules.MAX_MILESTONE_MARKS
        ),
        longest_run=(best.start, best.end) if best else None,
    )
    next_text: str = Html("")
    if summary.next_milestone and not finished:
        next_text = content.text("progress.next_milestone", day=summary.next_milestone)
    caption = content.text(
        "progress.caption_finished" if finished else "progress.caption",
        day=summary.day,
        total=summary.total,
        trend=content.text(f"progress.trend.{summary.trend.value}"),
        longest=longest,
        moods=_count(content, "mood", summary.moods_logged),
        slips=slips_text,
        next=next_text,
    )
    await _send_chart(update, context, data, caption, longest)


async def _recent_moods(update: Update, context: BotContext, today: date) -> None:
    """No period running: the last 30 days of moods if there are two, otherwise a pointer."""
    content = context.content
    uid = user_id(update)
    moods = await context.journal.mood_history(uid, rules.recent_window_start(today), today)
    if len(moods) < 2:
        rows = [[_button(context, "mood")]]
        if "nocontact" in context.bot_data["commands"]:
            rows.append([_button(context, "nocontact")])
        await reply(update, content.text("progress.no_period"), keyboard(rows))
        return
    data = ChartData(
        *rules.chart_window(rules.recent_window_start(today), today),
        moods=[(entry.local_date, entry.mood) for entry in moods],
        average=_average(moods),
    )
    trend = rules.mood_trend([entry.mood for entry in moods])
    caption = content.plural(
        "progress.caption_recent",
        rules.RECENT_DAYS,
        trend=content.text(f"progress.trend.{trend.value}"),
    )
    await _send_chart(update, context, data, caption, longest=None)


def _average(moods: list[MoodEntry]) -> list[tuple[date, float]]:
    if len(moods) < rules.AVERAGE_FROM:
        return []
    return rules.rolling_mean([(m.local_date, m.mood) for m in moods], rules.AVERAGE_DAYS)


def chart_labels(content: Content, longest: str | None) -> ChartLabels:
    """The chart's words from content/progress.toml (plain text)."""
    chart = content.table("progress.chart")
    return ChartLabels(
        title=chart["title"],
        mood_ticks=chart["mood_ticks"],
        mood=chart["mood"],
        average=chart["average"],
        slip=chart["slip"],
        slips_counted=chart["slips_counted"],
        milestone=chart["milestone"],
        longest_run=chart["longest_run"].format(days=longest or ""),
        empty=chart["empty"],
        day=content.day,
    )


async def _send_chart(
    update: Update, context: BotContext, data: ChartData, caption: str, longest: str | None
) -> None:
    """Draw in a worker thread (never on the event loop) and send as a photo; never stored."""
    labels = chart_labels(context.content, longest)
    try:
        png = await asyncio.to_thread(render_progress_chart, data, labels)
    except Exception:
        log.exception("progress chart could not be drawn")
        await reply(update, context.content.text("progress.rendering_failed"))
        return
    markup = keyboard([[_button(context, "mood")], [_button(context, "journal")]])
    chat = update.effective_chat
    assert chat is not None
    await context.bot.send_photo(
        chat.id, photo=png, caption=caption, reply_markup=markup, filename="progress.png"
    )


async def warm_up_chart(app: Application) -> None:
    """Load matplotlib in the background at start-up: the first /progress is then quick too."""
    # A daemon thread, not a task: start-up does not wait for it and shutdown does not either.
    if chart_is_warm():
        return
    threading.Thread(target=chart_warm_up, name="chart-warm-up", daemon=True).start()


def feature() -> Feature:
    """/mood, /journal and /progress, the mood buttons and the journal's awaited note."""
    return Feature(
        commands=[
            Command("mood", ask_mood),
            Command("journal", journal),
            Command("progress", show_progress),
        ],
        handlers=[
            CallbackQueryHandler(save_mood, pattern=f"^{MOOD_PREFIX}"),
            CallbackQueryHandler(show_notes, pattern=f"^{NOTES_DATA}$"),
            CallbackQueryHandler(delete_note, pattern=f"^{DELETE_NOTE}"),
        ],
        text_inputs={AWAITING_NOTE: journal_text},
        wait_limits={AWAITING_NOTE: NOTE_WAIT},
        on_startup=warm_up_chart,
    )
