"""Small pieces every feature uses: the command table entry, keyboards, safe replies."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import Application, BaseHandler

from content import Content
from core import parsing
from core.intents import is_skip_word
from core.waits import wait_is_open
from handlers.context import BotContext, Services
from storage.models import DueJob, UserSettings

T = TypeVar("T")
Callback = Callable[[Update, BotContext], Coroutine[Any, Any, object]]
Rendered = tuple[str, InlineKeyboardMarkup | None]
# Features render their own one-off messages (kind -> renderer); None means "skip it".
OneOffRenderer = Callable[[DueJob, Services], Awaitable[Rendered | None]]

# Callback data of the "go to this command" buttons, e.g. "m:decide".
MENU_PREFIX = "m:"


@dataclass(frozen=True)
class Command:
    """One slash command: registered, listed in /help and in Telegram's menu from one place."""

    name: str
    callback: Callback
    in_menu: bool = True


@dataclass(frozen=True)
class Feature:
    """What one feature module plugs into the bot."""

    commands: Sequence[Command] = ()
    handlers: Sequence[BaseHandler] = ()
    # Free-text answers the feature waits for, keyed by the users.awaiting value it sets.
    text_inputs: dict[str, Callback] = field(default_factory=dict)
    # How long each of those waits lasts; a wait not listed lasts until its flow ends.
    wait_limits: dict[str, timedelta] = field(default_factory=dict)
    # Ask the awaited question again, keyed like text_inputs (used after a crisis reply
    # the user says was a false alarm, so they land back where they were).
    reprompts: dict[str, Callback] = field(default_factory=dict)
    # Awaiting values whose answers are button taps: typed text there only gets a reminder,
    # so after a false alarm nothing typed is let past the crisis check.
    button_flows: frozenset[str] = frozenset()
    # One-off messages from the due queue this feature renders, keyed by job kind.
    due_messages: dict[str, OneOffRenderer] = field(default_factory=dict)
    # Run once after storage is open (for example to start a repeating job).
    on_startup: Callable[[Application], Awaitable[None]] | None = None


Button = tuple[str, str]  # (label, callback_data)


def open_wait(context: BotContext, settings: UserSettings | None) -> str | None:
    """The typed answer the bot still waits for, or None (none asked, or asked too long ago)."""
    if settings is None or settings.awaiting is None:
        return None
    limit = context.bot_data.get("wait_limits", {}).get(settings.awaiting)
    if not wait_is_open(settings.awaiting_since, context.clock.now(), limit):
        return None
    return settings.awaiting


def _button(spec: Button | InlineKeyboardButton) -> InlineKeyboardButton:
    if isinstance(spec, InlineKeyboardButton):
        return spec
    label, data = spec
    return InlineKeyboardButton(label, callback_data=data)


def keyboard(rows: Sequence[Sequence[Button | InlineKeyboardButton]]) -> InlineKeyboardMarkup:
    """An inline keyboard from rows of (label, callback_data) pairs or ready buttons."""
    return InlineKeyboardMarkup([[_button(spec) for spec in row] for row in rows])


def menu_button(content: Content, name: str) -> Button:
    """A button that does what the command /name does (labels from common.buttons)."""
    return content.text(f"common.buttons.{name}"), f"{MENU_PREFIX}{name}"


async def reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> Message:
    """Send a new message into the chat the update came from (command or button tap)."""
    message = incoming_message(update)
    return await message.get_bot().send_message(message.chat_id, text, reply_markup=markup)


# The taps answered lately (a tap is answered once: Telegram refuses a second answer), so
# the error handler knows whether the feature already stopped the spinner.
ANSWERED_KEY = "answered_taps"
_ANSWERED_KEPT = 4096


async def answer_query(context: BotContext, query: CallbackQuery, text: str | None = None) -> None:
    """Stop the spinner on a tapped button, with an optional short notice."""
    await query.answer(text)
    answered: OrderedDict[str, None] = context.bot_data.setdefault(ANSWERED_KEY, OrderedDict())
    answered[query.id] = None
    if len(answered) > _ANSWERED_KEPT:
        answered.popitem(last=False)


def was_answered(context: BotContext, query: CallbackQuery) -> bool:
    return query.id in context.bot_data.get(ANSWERED_KEY, ())


async def answer_tap(context: BotContext, update: Update, text: str | None = None) -> None:
    """Stop the spinner on a tapped button (safe to call for non-callback updates)."""
    if update.callback_query:
        await answer_query(context, update.callback_query, text)


async def edit_or_send(
    update: Update, text: str, markup: InlineKeyboardMarkup | None = None
) -> Message | bool:
    """Edit the tapped message in place when it changes, otherwise send a new one."""
    query = update.callback_query
    if query and query.message and isinstance(query.message, Message):
        current = query.message
        same_text = current.text_html == text if current.text else False
        same_markup = (current.reply_markup or None) == (markup or None)
        if same_text and same_markup:
            return current  # Telegram would answer "message is not modified"
        return await query.edit_message_text(text, reply_markup=markup)
    return await reply(update, text, markup)


def tapped(update: Update) -> CallbackQuery:
    """The button tap behind the update (for handlers that only run on taps)."""
    assert update.callback_query is not None
    return update.callback_query


def tapped_data(update: Update) -> str:
    """The tapped button's callback data (this bot only ever sends string data)."""
    data = tapped(update).data
    assert isinstance(data, str)
    return data


def incoming_message(update: Update) -> Message:
    """The message the update carries or was tapped under (for handlers that only run on those)."""
    assert update.effective_message is not None
    return update.effective_message


def user_id(update: Update) -> int:
    """The id of the person who sent the update (private chats only reach features)."""
    assert update.effective_user is not None
    return update.effective_user.id


def own_tap(update: Update, prefix: str) -> bool:
    """True for a tap on a button whose data starts with `prefix`; False for a command, or for
    a menu button (m:<command>) that basics.open_menu_item has already answered."""
    query = update.callback_query
    return query is not None and (query.data or "").startswith(prefix)


async def remove_keyboard(update: Update) -> None:
    """Take the buttons off the tapped message (if it still has any)."""
    query = update.callback_query
    if query and isinstance(query.message, Message) and query.message.reply_markup:
        await query.edit_message_reply_markup(None)


def command_arg(context: BotContext) -> str:
    """What the user typed after the command ("" for none, or for a menu button)."""
    return " ".join(context.args or []).strip()


async def parse_or_explain(
    update: Update, context: BotContext, parse: Callable[[str], T], arg: str
) -> T | None:
    """`parse(arg)`; None after telling the user why their input was not understood."""
    try:
        return parse(arg)
    except parsing.InputError as error:
        await reply(update, context.content.text(error.key, **error.values))
        return None


def is_skip(context: BotContext, text: str) -> bool:
    """Whether typed text at a prompt for free text means "skip", in the user's language or
    in English (people mix them)."""
    english = context.services.locales.content(None).texts("talk.skip_words")
    return is_skip_word(text, [*context.content.texts("talk.skip_words"), *english])
