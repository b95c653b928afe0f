"""Your data is yours: /mydata sends all of it as a file, /forget deletes all of it."""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.ext import CallbackQueryHandler

from handlers.common import (
    Command,
    Feature,
    answer_tap,
    edit_or_send,
    incoming_message,
    keyboard,
    reply,
    tapped_data,
    user_id,
)
from handlers.context import BotContext
from handlers.decide import readable_run
from storage.sql import iso

log = logging.getLogger(__name__)

# "p:forget:<unix seconds the question was asked>": an old or forged confirmation expires.
FORGET_DATA = "p:forget:{asked}"
FORGET_PATTERN = r"^p:forget:"
KEEP_DATA = "p:keep"
CONFIRMATION_VALID = timedelta(hours=1)

# Table -> the name its rows get in the /mydata file; a table not listed keeps its own name.
SECTION_NAMES = {
    "users": "settings",
    "guide_runs": "decision_guide",
    "guide_answers": "answers",
    "periods": "no_contact_periods",
    "slips": "slips",
    "checkins": "checkins_sent",
    "moods": "moods",
    "notes": "notes",
    "due_jobs": "scheduled_messages",
}


def readable_export(
    tables: dict[str, Any], about: str, exported_at: str, user: int
) -> dict[str, Any]:
    """The storage export with friendly section names; the settings row is an object."""

    def rename(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            {SECTION_NAMES.get(k, k) if isinstance(v, list) else k: v for k, v in row.items()}
            for row in rows
        ]

    document: dict[str, Any] = {"about": about, "exported_at": exported_at, "user_id": user}
    for table, rows in tables.items():
        section = SECTION_NAMES.get(table, table)
        document[section] = rename(rows)
    settings = document.get("settings")
    if isinstance(settings, list):
        document["settings"] = settings[0] if settings else None
    return document


async def send_my_data(update: Update, context: BotContext) -> None:
    """/mydata: everything stored about the user, as a JSON document."""
    uid = user_id(update)
    content = context.content
    if not await context.users.user_is_known(uid):
        await reply(update, content.text("safety.mydata_nothing"))
        return
    tables = await context.users.export_user(uid)
    if "guide_runs" in tables:
        tables["guide_runs"] = [readable_run(content, run) for run in tables["guide_runs"]]
    document = readable_export(
        tables, content.text("safety.mydata_about"), iso(context.clock.now()), uid
    )
    body = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    message = incoming_message(update)
    await context.bot.send_document(
        message.chat_id,
        document=body,
        filename=content.text("safety.mydata_filename"),
        caption=content.text("safety.mydata_caption"),
    )


async def ask_forget(update: Update, context: BotContext) -> None:
    """/forget: ask once, with a button, before deleting anything."""
    uid = user_id(update)
    content = context.content
    if not await context.users.user_is_known(uid):
        await reply(update, content.text("safety.forget_nothing"))
        return
    asked = int(context.clock.now().timestamp())
    buttons = keyboard(
        [
            [(content.text("safety.forget_yes_button"), FORGET_DATA.format(asked=asked))],
            [(content.text("safety.forget_no_button"), KEEP_DATA)],
        ]
    )
    # Deleting what the bot stores leaves the chat itself: say so before they decide.
    text = "\n\n".join([content.text("safety.forget_confirm"), content.text("common.chat_privacy")])
    await reply(update, text, buttons)


async def confirm_forget(update: Update, context: BotContext) -> None:
    """The user confirmed: delete every row about them, which also cancels every check-in."""
    content = context.content
    uid = user_id(update)
    raw = tapped_data(update).removeprefix("p:forget:")
    now = context.clock.now()
    asked = int(raw) if raw.isdigit() else None
    fresh = asked is not None and 0 <= now.timestamp() - asked <= CONFIRMATION_VALID.total_seconds()
    if not fresh:
        await answer_tap(context, update, content.text("safety.forget_expired"))
        return
    if not await context.users.user_is_known(uid):
        await answer_tap(context, update)
        await edit_or_send(update, content.text("safety.forget_nothing"))
        return
    deleted = await context.users.forget_user(uid)
    log.info("deleted a user's data on request (%d rows)", deleted)
    await answer_tap(context, update)
    await edit_or_send(update, content.text("safety.forgotten"))


async def keep_data(update: Update, context: BotContext) -> None:
    """The user changed their mind: nothing is deleted."""
    await answer_tap(context, update)
    await edit_or_send(update, context.content.text("safety.forget_kept"))


def feature() -> Feature:
    """/mydata and /forget with its confirmation buttons."""
    return Feature(
        commands=[Command("mydata", send_my_data), Command("forget", ask_forget)],
        handlers=[
            CallbackQueryHandler(confirm_forget, pattern=FORGET_PATTERN),
            CallbackQueryHandler(keep_data, pattern=f"^{KEEP_DATA}$"),
        ],
    )
