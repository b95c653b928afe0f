"""What the emulated Telegram remembers: chats, their messages, and what the bot sent to them."""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Literal

OutputKind = Literal["message", "edit", "document", "photo"]


class Signal:
    """Wakes everyone waiting right now; a lock-free stand-in for asyncio.Condition.

    Senders call `wake()` on every change and waiters re-check their own condition, so the
    hot path costs one truth test when nobody waits.
    """

    __slots__ = ("_waiters",)

    def __init__(self) -> None:
        self._waiters: list[asyncio.Future[None]] = []

    def wake(self) -> None:
        """Release every current waiter."""
        if self._waiters:
            waiters, self._waiters = self._waiters, []
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(None)

    async def wait(self) -> None:
        """Until the next `wake()`; combine with asyncio.timeout for a deadline."""
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            await waiter
        finally:
            if waiter in self._waiters:  # cancelled or timed out before being woken
                self._waiters.remove(waiter)


@dataclass(frozen=True, slots=True)
class Output:
    """One thing the bot did to a chat that a user would see: a message, an edit or a file.

    `text` is the raw text as the bot sent it (for files, the caption) and `plain` the
    visible text after HTML parsing. For an edit, every field is the message's new state.
    """

    kind: OutputKind
    chat_id: int
    message_id: int
    text: str
    plain: str
    reply_markup: dict[str, Any] | None = None
    document: bytes | None = None
    filename: str | None = None
    parse_mode: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)

    @property
    def buttons(self) -> list[list[str]]:
        """Button labels, row by row (inline or reply keyboard)."""
        markup = self.reply_markup or {}
        rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
        return [[b["text"] if isinstance(b, dict) else b for b in row] for row in rows]

    @property
    def button_data(self) -> dict[str, str]:
        """Inline button label -> its callback_data, url or text to copy."""
        data: dict[str, str] = {}
        for row in (self.reply_markup or {}).get("inline_keyboard", []):
            for button in row:
                data[button["text"]] = button_value(button)
        return data


def button_value(button: dict[str, Any]) -> str:
    """What an inline button carries: callback_data, url, copy text, or its other payload."""
    for key, value in button.items():
        if key == "text":
            continue
        if key == "copy_text" and isinstance(value, dict):
            return str(value.get("text", ""))
        if isinstance(value, dict):
            return str(value.get("url", value.get("query", "")))
        return str(value)
    return ""


@dataclass(frozen=True, slots=True)
class CallbackAnswer:
    """The bot's answerCallbackQuery for a tap."""

    query_id: str
    text: str | None
    show_alert: bool
    url: str | None = None
    cache_time: int = 0


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """A file part of a multipart request (or a file the emulator already stores)."""

    filename: str
    body: bytes
    content_type: str = "application/octet-stream"


class Chat:
    """Everything about one chat: its messages, and the bot's output events in order."""

    __slots__ = (
        "bot_message_ids", "consumed", "current", "deleted", "errors", "id", "info",
        "known", "last_message_id", "messages", "outputs", "signal", "type",
    )  # fmt: skip

    def __init__(self, info: dict[str, Any]) -> None:
        self.id: int = info["id"]
        self.info = info  # the Chat object as it appears inside messages
        self.type: str = info["type"]
        self.known = False  # Telegram only lets a bot write where it has seen the chat
        self.last_message_id = 0
        self.messages: dict[int, dict[str, Any]] = {}
        self.bot_message_ids: list[int] = []
        self.outputs: list[Output] = []
        self.consumed = 0  # outputs handed to the test by next_message()
        self.current: dict[int, Output] = {}  # bot message id -> its latest state
        self.deleted: list[int] = []
        self.errors: deque[str] = deque(maxlen=10)  # recent rejected calls, for test messages
        self.signal = Signal()

    def next_message_id(self) -> int:
        """Message ids count up per chat, as in private chats and supergroups."""
        self.last_message_id += 1
        return self.last_message_id

    def add_output(self, output: Output) -> None:
        """Record a bot output and wake whoever waits for it."""
        self.outputs.append(output)
        self.current[output.message_id] = output
        self.signal.wake()

    @property
    def forbidden(self) -> str:
        """Telegram's 403 text when the bot may not write here."""
        if self.type == "private":
            return "Forbidden: bot was blocked by the user"
        return f"Forbidden: bot was kicked from the {self.type} chat"
