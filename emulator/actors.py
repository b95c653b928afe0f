"""The test's side of the conversation: users and groups that send updates and read replies."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from emulator.state import CallbackAnswer, Chat, Output, Signal

if TYPE_CHECKING:
    from emulator.server import BotApiEmulator


class ChatView:
    """The bot's output to one chat, as a test reads it."""

    def __init__(self, emu: BotApiEmulator, chat: Chat) -> None:
        self._emu = emu
        self.chat = chat

    @property
    def chat_id(self) -> int:
        return self.chat.id

    @property
    def messages(self) -> list[Output]:
        """Every bot output event for this chat, in order (a copy)."""
        return list(self.chat.outputs)

    @property
    def last_message(self) -> Output | None:
        """Current state (edits applied) of the newest bot message still in the chat."""
        chat = self.chat
        for message_id in reversed(chat.bot_message_ids):
            if message_id in chat.messages:
                return chat.current[message_id]
        return None

    @property
    def deleted(self) -> list[int]:
        """Ids of messages the bot deleted here, in order."""
        return list(self.chat.deleted)

    async def next_message(self, timeout: float = 5.0) -> Output:
        """The oldest bot output the test has not consumed yet, waiting up to `timeout`."""
        chat = self.chat
        try:
            async with asyncio.timeout(timeout):
                while chat.consumed >= len(chat.outputs):
                    await chat.signal.wait()
        except TimeoutError:
            raise TimeoutError(self._nothing_new(timeout)) from None
        output = chat.outputs[chat.consumed]
        chat.consumed += 1
        return output

    def drain(self) -> None:
        """Mark everything received so far as consumed."""
        self.chat.consumed = len(self.chat.outputs)

    def _nothing_new(self, timeout: float) -> str:
        chat = self.chat
        seen = [f"{o.kind} #{o.message_id}: {o.plain[:60]!r}" for o in chat.outputs[-3:]]
        lines = [f"no new bot output in chat {chat.id} within {timeout} s"]
        lines.append(f"last outputs (all consumed): {seen}" if seen else "the bot never wrote here")
        if chat.errors:
            lines.append(f"rejected calls for this chat: {list(chat.errors)}")
        if self._emu.pending_updates:
            lines.append(f"{self._emu.pending_updates} update(s) not yet acknowledged by the bot")
        return "; ".join(lines)


class EmulatedUser(ChatView):
    """A Telegram user; their private chat with the bot has the same id as the user."""

    def __init__(self, emu: BotApiEmulator, chat: Chat, info: dict[str, Any]) -> None:
        super().__init__(emu, chat)
        self.id: int = info["id"]
        self.info = info  # the User object as it appears in updates
        self.callback_answers: list[CallbackAnswer] = []
        self._answers_consumed = 0
        self._answer_signal = Signal()

    async def send(self, text: str) -> dict[str, Any]:
        """A text message; a leading /command gets its bot_command entity. Returns the Message."""
        return self._emu._user_message(self.chat, self, self._emu._text_content(text))

    async def forward(self, text: str, sender_name: str = "Alex") -> dict[str, Any]:
        """A text forwarded from someone else's chat (their privacy settings hide the account,
        so Telegram sends a hidden_user origin)."""
        origin = {"type": "hidden_user", "sender_user_name": sender_name, "date": self._emu._now()}
        content = {**self._emu._text_content(text), "forward_origin": origin}
        return self._emu._user_message(self.chat, self, content)

    async def send_sticker(self, emoji: str = "🙂") -> dict[str, Any]:
        return self._emu._user_message(self.chat, self, self._emu._media("sticker", emoji=emoji))

    async def send_photo(self, caption: str | None = None) -> dict[str, Any]:
        return self._emu._user_message(self.chat, self, self._emu._media("photo", caption=caption))

    async def send_voice(self, duration: int = 3) -> dict[str, Any]:
        return self._emu._user_message(
            self.chat, self, self._emu._media("voice", duration=duration)
        )

    async def send_document(
        self, filename: str = "notes.txt", caption: str | None = None
    ) -> dict[str, Any]:
        content = self._emu._media("document", filename=filename, caption=caption)
        return self._emu._user_message(self.chat, self, content)

    async def send_location(
        self, latitude: float = 52.52, longitude: float = 13.405
    ) -> dict[str, Any]:
        content = {"location": {"latitude": latitude, "longitude": longitude}}
        return self._emu._user_message(self.chat, self, content)

    async def send_contact(
        self, phone_number: str = "+15550100", first_name: str = "Sam"
    ) -> dict[str, Any]:
        content = {"contact": {"phone_number": phone_number, "first_name": first_name}}
        return self._emu._user_message(self.chat, self, content)

    async def edit(self, message_id: int, text: str) -> dict[str, Any]:
        """Edit this user's own earlier message; queues an edited_message update."""
        return self._emu._user_edit(self.chat, self, message_id, text)

    async def tap(self, label: str, message_id: int | None = None) -> str:
        """Tap the callback button labelled `label` (exact match, else a unique substring).

        Looks at `message_id`, or at the newest bot message with a matching button. Returns
        the callback query id; raises LookupError listing the labels if nothing matches.
        """
        return self._emu._tap(self, self.chat, label=label, message_id=message_id)

    async def tap_data(self, data: str, message_id: int | None = None) -> str:
        """Send arbitrary callback_data from a bot message (newest by default), like a forger."""
        return self._emu._tap(self, self.chat, data=data, message_id=message_id)

    async def next_callback_answer(self, timeout: float = 5.0) -> CallbackAnswer:
        """The oldest answerCallbackQuery for this user's taps not consumed yet."""
        try:
            async with asyncio.timeout(timeout):
                while self._answers_consumed >= len(self.callback_answers):
                    await self._answer_signal.wait()
        except TimeoutError:
            raise TimeoutError(
                f"no answerCallbackQuery for user {self.id} within {timeout} s "
                f"({len(self.callback_answers)} answer(s) seen, all consumed)"
            ) from None
        answer = self.callback_answers[self._answers_consumed]
        self._answers_consumed += 1
        return answer

    def _add_answer(self, answer: CallbackAnswer) -> None:
        self.callback_answers.append(answer)
        self._answer_signal.wake()


class EmulatedGroup(ChatView):
    """A group or supergroup the bot is a member of; members are EmulatedUsers."""

    @property
    def title(self) -> str:
        return self.chat.info["title"]

    async def send(self, user: EmulatedUser, text: str) -> dict[str, Any]:
        """A text message from `user` in this group."""
        return self._emu._user_message(self.chat, user, self._emu._text_content(text))

    async def tap(self, user: EmulatedUser, label: str, message_id: int | None = None) -> str:
        """`user` taps a callback button on a bot message in this group (see EmulatedUser.tap)."""
        return self._emu._tap(user, self.chat, label=label, message_id=message_id)

    async def tap_data(self, user: EmulatedUser, data: str, message_id: int | None = None) -> str:
        return self._emu._tap(user, self.chat, data=data, message_id=message_id)
