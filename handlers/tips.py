"""Quick help at any moment: /boundaries, /say, /reply, /why, /walkaway and /selfcare.

Every button carries what it shows in its callback_data (`t:b:<tip index>`, `t:b:all`,
`t:r:<message kind>`, `t:r:menu`), so a tip message still works after a restart, and a forged
or out-of-range tap only answers "expired". What each message shows after an edit is stored
(tip_messages), so a tap that would change nothing is answered without an edit.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from telegram import CopyTextButton, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from content import Content, Html
from core import decision
from core.decision import Outcome
from core.quickhelp import (
    MessageKind,
    TipPage,
    outcome_from_code,
    reply_tones,
    tip_page,
    variant_key,
)
from handlers.common import (
    MENU_PREFIX,
    Button,
    Command,
    Feature,
    answer_tap,
    edit_or_send,
    keyboard,
    reply,
    user_id,
)
from handlers.context import BotContext
from handlers.period_common import no_contact_day

PREFIX = "t:"
TIP_DATA = "t:b:{index}"
ALL_TIPS_DATA = "t:b:all"
KIND_DATA = "t:r:{kind}"
KINDS_DATA = "t:r:menu"

# Where a reader of each page may want to go next (shown only for registered commands).
RELATED: dict[str, tuple[str, ...]] = {
    "boundaries": ("say", "walkaway"),
    "say": ("reply", "why"),
    "why": ("say", "decide"),
    "walkaway": ("say", "nocontact", "selfcare"),
    "selfcare": ("nocontact", "boundaries"),
    # After the guide heard they were frightened or hurt: help, not lines to send them.
    "safety": ("crisis", "nocontact", "selfcare"),
}

Rendered = tuple[str, InlineKeyboardMarkup]
Row = list[Button | InlineKeyboardButton]


def _related_rows(content: Content, page: str, available: Collection[str]) -> list[Row]:
    """Buttons into related commands, two a row; a command not registered is left out."""
    buttons: Row = [
        (content.text(f"common.buttons.{name}"), f"{MENU_PREFIX}{name}")
        for name in RELATED[page]
        if name in available
    ]
    return [buttons[i : i + 2] for i in range(0, len(buttons), 2)]


def _copy_button(content: Content, name: str, line: str) -> InlineKeyboardButton:
    """One tap puts `line` on the user's clipboard."""
    label = content.text("tips.copy_button", name=name)
    return InlineKeyboardButton(label, copy_text=CopyTextButton(line))


def tip_count(content: Content) -> int:
    return len(content.texts("tips.boundaries.tips"))


def boundary_tip(content: Content, page: TipPage) -> Rendered:
    """One tip, with Previous / Next only where there is somewhere to go, and All tips."""
    tip = content.texts("tips.boundaries.tips")[page.index]
    text = content.text("tips.boundaries.tip", number=page.number, total=page.count, tip=tip)
    labels = content.table("tips.boundaries.buttons")
    moves: Row = []
    if page.has_previous:
        moves.append((labels["previous"], TIP_DATA.format(index=page.index - 1)))
    if page.has_next:
        moves.append((labels["next"], TIP_DATA.format(index=page.index + 1)))
    rows = [moves] if moves else []
    rows.append([(labels["all"], ALL_TIPS_DATA)])
    return text, keyboard(rows)


def all_tips(content: Content, available: Collection[str]) -> Rendered:
    """Every boundary tip on one short screen."""
    labels = content.table("tips.boundaries.buttons")
    rows: list[Row] = [[(labels["one_by_one"], TIP_DATA.format(index=0))]]
    rows += _related_rows(content, "boundaries", available)
    return content.text("tips.boundaries.all"), keyboard(rows)


def say_lines(content: Content, outcome: Outcome | None, available: Collection[str]) -> Rendered:
    """Ready-to-send lines for the user's latest outcome, each with its own copy button."""
    variant = variant_key(outcome)
    names = content.table("tips.say.names")
    lines: dict[str, str] = content.table(f"tips.say.lines.{variant}")
    items = [
        content.text("tips.say.item", name=names[key], line=line) for key, line in lines.items()
    ]
    text = "\n".join(
        [
            content.text("tips.say.title"),
            content.text(f"tips.say.intro.{variant}"),
            "",
            "\n\n".join(items),
            "",
            content.text("tips.say.outro"),
        ]
    )
    rows: list[Row] = [[_copy_button(content, names[key], line)] for key, line in lines.items()]
    rows += _related_rows(content, "say", available)
    return text, keyboard(rows)


def _sos_rows(content: Content, available: Collection[str]) -> list[Row]:
    if "sos" not in available:
        return []
    return [[(content.text("tips.reply.sos_button"), f"{MENU_PREFIX}sos")]]


def reply_kinds(content: Content, available: Collection[str]) -> Rendered:
    """The first step of /reply: what kind of message did they send?"""
    kinds = content.table("tips.reply.kinds")
    rows: list[Row] = [
        [(kinds[kind.value], KIND_DATA.format(kind=kind.value))] for kind in MessageKind
    ]
    rows += _sos_rows(content, available)
    return content.text("tips.reply.ask"), keyboard(rows)


def reply_answers(
    content: Content, kind: MessageKind, outcome: Outcome | None, available: Collection[str]
) -> Rendered:
    """Two or three replies that fit the message and the latest outcome, each copyable."""
    tone_names = content.table("tips.reply.tones")
    replies = content.table(f"tips.reply.replies.{kind.value}")
    tones = reply_tones(outcome)
    items = [
        content.text("tips.reply.item", tone=tone_names[tone.value], line=replies[tone.value])
        for tone in tones
    ]
    text = content.text(
        "tips.reply.answers",
        kind=content.table("tips.reply.kinds")[kind.value],
        fits=content.text(f"tips.reply.fits.{variant_key(outcome)}"),
        replies=Html("\n\n".join(items)),
    )
    rows: list[Row] = [
        [_copy_button(content, tone_names[tone.value], replies[tone.value])] for tone in tones
    ]
    rows.append([(content.text("tips.reply.back_button"), KINDS_DATA)])
    rows += _sos_rows(content, available)
    return text, keyboard(rows)


def page(content: Content, name: str, available: Collection[str]) -> Rendered:
    """A one-screen page (/why, /walkaway, /selfcare, and /say or /reply after the guide heard
    the ex frightened or hurt them) with buttons to related commands."""
    return content.text(f"tips.{name}.text"), keyboard(_related_rows(content, name, available))


def _available(context: BotContext) -> Collection[str]:
    return context.bot_data["commands"].keys()


@dataclass(frozen=True)
class LatestResult:
    """The user's latest guide outcome, and whether they said the ex frightened or hurt them."""

    outcome: Outcome | None
    safety_first: bool


async def _latest_result(context: BotContext, update: Update) -> LatestResult:
    settings = await context.users.user_settings(user_id(update))
    danger = settings is not None and settings.danger_noted
    record = await context.guide.latest_outcome(user_id(update))
    if record is None:
        return LatestResult(None, danger)
    run = await context.guide.guide_run(record.run_id)
    try:
        answers = decision.answers_from_codes(run.answers) if run else {}
    except ValueError:  # a code this version no longer knows: no answers to go by
        answers = {}
    return LatestResult(
        outcome_from_code(record.outcome),
        decision.is_safety_concern(answers, danger_reported=danger),
    )


async def boundaries(update: Update, context: BotContext) -> None:
    """Show the first boundary tip, with a way to the next one and to the full list."""
    content = context.content
    first = tip_page(0, tip_count(content))
    assert first is not None  # content validation guarantees at least one tip
    await reply(update, *boundary_tip(content, first))


async def say(update: Update, context: BotContext) -> None:
    """Offer ready-to-send lines for when the ex says they miss the friendship."""
    latest = await _latest_result(context, update)
    if latest.safety_first:
        await reply(update, *page(context.content, "safety", _available(context)))
        return
    await acknowledge_no_contact(update, context)
    await reply(update, *say_lines(context.content, latest.outcome, _available(context)))


async def ask_message_kind(update: Update, context: BotContext) -> None:
    """Start /reply: ask what kind of message the ex sent."""
    if (await _latest_result(context, update)).safety_first:
        await reply(update, *page(context.content, "safety", _available(context)))
        return
    await acknowledge_no_contact(update, context)
    await reply(update, *reply_kinds(context.content, _available(context)))


async def acknowledge_no_contact(update: Update, context: BotContext) -> None:
    """During no contact, the day count first: answering is optional and undoes nothing."""
    day = await no_contact_day(context, user_id(update))
    if day is not None:
        await reply(update, context.content.text("talk.ex_wrote_during", day=day))


async def show_replies(update: Update, context: BotContext, kind: MessageKind | None) -> None:
    """/reply's help for a message already read: the replies for its kind, else the kinds."""
    code = kind.value if kind is not None else "menu"
    rendered = await _render_tap(KIND_DATA.format(kind=code), update, context)
    if rendered is not None:
        await reply(update, *rendered)


async def why(update: Update, context: BotContext) -> None:
    """Why an ex might miss the friendship, and whether that means feelings."""
    await reply(update, *page(context.content, "why", _available(context)))


async def walkaway(update: Update, context: BotContext) -> None:
    """Signs it is healthier to walk away."""
    await reply(update, *page(context.content, "walkaway", _available(context)))


async def selfcare(update: Update, context: BotContext) -> None:
    """Ways to put yourself first, each with one small thing to do today."""
    await reply(update, *page(context.content, "selfcare", _available(context)))


def _index(code: str) -> int | None:
    return int(code) if code.isdecimal() and code.isascii() and len(code) <= 3 else None


async def _render_tap(data: str, update: Update, context: BotContext) -> Rendered | None:
    """What a tip button shows, or None for data that is stale, forged or out of range."""
    content = context.content
    parts = data.split(":")
    if len(parts) != 3:
        return None
    _, section, code = parts
    if section == "b":
        if code == "all":
            return all_tips(content, _available(context))
        index = _index(code)
        tip = tip_page(index, tip_count(content)) if index is not None else None
        return boundary_tip(content, tip) if tip else None
    if section == "r":
        kinds = {kind.value: kind for kind in MessageKind}
        if code != "menu" and code not in kinds:
            return None
        latest = await _latest_result(context, update)
        if latest.safety_first:
            return page(content, "safety", _available(context))
        if code == "menu":
            return reply_kinds(content, _available(context))
        return reply_answers(content, kinds[code], latest.outcome, _available(context))
    return None


def _digest(rendered: Rendered) -> str:
    """What a message shows (text and buttons), in a few bytes, to tell whether it changes."""
    text, markup = rendered
    body = json.dumps([text, markup.to_dict()], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(body.encode()).hexdigest()[:32]


async def on_tap(update: Update, context: BotContext) -> None:
    """A tip or reply button: show what it asks for in place, or say it has expired."""
    query = update.callback_query
    assert query is not None
    rendered = await _render_tap(query.data or "", update, context)
    if rendered is None:
        await answer_tap(context, update, context.content.text("common.button_expired"))
        return
    await answer_tap(context, update)
    if not isinstance(query.message, Message):
        await reply(update, *rendered)
        return
    # The message in the tap can be older than the bot's last edit (a quick second tap, or
    # one sent while the bot restarted), so what the message shows is taken from storage.
    uid, message_id = user_id(update), query.message.message_id
    changed = await context.users.record_tip_view(
        uid, message_id, _digest(rendered), context.clock.now()
    )
    if not changed:
        return  # it already shows this: an edit would be "message is not modified"
    try:
        await edit_or_send(update, *rendered)
    except BadRequest:
        await context.users.forget_tip_view(uid, message_id)
        raise


def commands() -> Iterable[Command]:
    return [
        Command("boundaries", boundaries),
        Command("say", say),
        Command("reply", ask_message_kind),
        Command("why", why),
        Command("walkaway", walkaway),
        Command("selfcare", selfcare),
    ]


def feature() -> Feature:
    """The quick-help commands and their buttons (callback data `t:`)."""
    return Feature(
        commands=list(commands()),
        handlers=[CallbackQueryHandler(on_tap, pattern=f"^{PREFIX}")],
    )
