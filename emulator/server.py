"""BotApiEmulator: a strict stand-in for api.telegram.org, served by tornado on 127.0.0.1.

The real python-telegram-bot Application talks to it over HTTP (point `base_url` at
`emu.base_url`), while the test plays the users: it queues updates (`emu.user(1).send(...)`)
and reads what the bot sent (`await user.next_message()`). It also injects faults: blocked
users, flood control, HTTP outages and a server that goes away.

Everything runs in the caller's event loop. Waiting is event-driven (no sleeps), and a
sendMessage costs a few dict operations plus the HTML check, so benchmarks can push 100,000
messages through it.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from collections import Counter, deque
from collections.abc import Callable
from datetime import datetime
from http import HTTPStatus
from types import TracebackType
from typing import Any

from tornado.httpserver import HTTPServer
from tornado.iostream import StreamClosedError
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

from core.telegram_html import utf16_length
from emulator.actors import EmulatedGroup, EmulatedUser
from emulator.errors import ApiError, too_many_requests
from emulator.methods import METHODS, SEND_METHODS, Call
from emulator.params import Params
from emulator.state import Chat, Output, Signal, UploadedFile

DEFAULT_TOKEN = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz123"
BOT_FIRST_NAME = "Friend or Ex"
BOT_USERNAME = "friend_or_ex_bot"
CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
CONFLICT_WEBHOOK_SET = "Conflict: terminated by setWebhook request"
_NOT_FOUND = {"ok": False, "error_code": 404, "description": "Not Found"}
_UNAUTHORIZED = {"ok": False, "error_code": 401, "description": "Unauthorized"}
# A leading command as Telegram marks it: /name or /name@botname, not followed by a word
# character, "/", "<", ">" or "@" (TDLib's match_bot_commands).
_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>@])")
_CALLBACK_ID_BASE = 4_000_000_000_000_000  # query ids look like Telegram's long numbers


class BotApiEmulator:
    """A fake Telegram Bot API server with a test-facing Python API; see the module docs."""

    def __init__(
        self, token: str = DEFAULT_TOKEN, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.token = token
        bot_id = token.partition(":")[0]
        self.bot_id = int(bot_id) if bot_id.isdigit() else 1
        self.bot_user: dict[str, Any] = {
            "id": self.bot_id, "is_bot": True, "first_name": BOT_FIRST_NAME,
            "username": BOT_USERNAME,
        }  # fmt: skip
        self._clock = clock

        # HTTP side
        self.host = "127.0.0.1"
        self.port = 0
        self._server: HTTPServer | None = None
        self._serving = False
        self._inflight = 0
        self._idle = Signal()
        self._app = Application(
            [
                (r"/bot([^/]*)/([^/]+)", _ApiHandler, {"emu": self}),
                (r".*", _FallbackHandler, {"emu": self}),
            ],
            log_function=lambda handler: None,  # no access log: it would dominate benchmarks
        )

        # Telegram's side
        self._chats: dict[int, Chat] = {}
        self._users: dict[int, EmulatedUser] = {}
        self._groups: dict[int, EmulatedGroup] = {}
        self._updates: deque[dict[str, Any]] = deque()  # queued, not yet acknowledged
        self._next_update_id = 1
        self._handed_out = 0  # highest update_id any getUpdates has returned
        self._updates_signal = Signal()
        self._fetched_signal = Signal()
        self._poll_generation = 0
        self._waiting_polls = 0
        self._poll_started = Signal()
        self._open_queries: dict[str, EmulatedUser] = {}
        self._files: dict[str, UploadedFile] = {}
        self._file_numbers = itertools.count(1)
        self._query_numbers = itertools.count(1)
        self._command_sets: dict[tuple[str, str], list[dict[str, str]]] = {}
        self._webhook_url = ""
        self._webhook_secret = ""
        self._blocked: set[int] = set()
        self._sent: Counter[int] = Counter()

        # faults
        self._outage: int | None = None
        self._flood: tuple[int, int] | None = None
        self._flood_calls = 0
        self._holds: dict[int, asyncio.Event] = {}
        self.latency = 0.0  # seconds every method call but getUpdates takes, as a slow API
        self.sends_on_hold = 0  # sends waiting on a hold right now
        self.held = Signal()  # woken whenever that number changes
        self.overall_rate_limit: int | None = None
        self.per_chat_rate_limit: int | None = None
        self._overall_window: deque[float] = deque()
        self._chat_windows: dict[int, deque[float]] = {}

        # what tests inspect
        self.requests: Counter[str] = Counter()
        self.record_calls = True
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.unknown_methods: list[str] = []
        self.errors: deque[tuple[str, int, str]] = deque(maxlen=1000)
        self.output_listeners: list[Callable[[Output], None]] = []

    # --- lifecycle -----------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Listen on host:port (0 picks a free port; see `port` and `base_url`)."""
        if self._server is not None:
            raise RuntimeError("the emulator is already running")
        self.host = host
        self._listen(port)

    async def stop(self) -> None:
        """Answer pending long polls with [], close every connection, stop listening."""
        if self._server is not None:
            await self._shut_down()

    async def go_offline(self) -> None:
        """Like a network failure: connections drop and new ones are refused."""
        if self._server is None:
            raise RuntimeError("the emulator is not running")
        await self._shut_down()

    async def go_online(self) -> None:
        """Listen again on the same port after go_offline()."""
        if self._server is None:
            self._listen(self.port)

    async def __aenter__(self) -> BotApiEmulator:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """What to give PTB as base_url; it appends the token and the method name."""
        host = "127.0.0.1" if self.host in ("", "0.0.0.0") else self.host
        if ":" in host:
            host = f"[{host}]"  # an IPv6 address
        return f"http://{host}:{self.port}/bot"

    def _listen(self, port: int) -> None:
        sockets = bind_sockets(port, address=self.host)
        server = HTTPServer(self._app)
        server.add_sockets(sockets)
        self.port = sockets[0].getsockname()[1]
        self._server = server
        self._serving = True

    async def _shut_down(self) -> None:
        server, self._server = self._server, None
        assert server is not None
        self._serving = False
        self._updates_signal.wake()  # long polls see _serving is off and answer []
        server.stop()
        try:
            async with asyncio.timeout(2.0):
                while self._inflight:
                    await self._idle.wait()
        except TimeoutError:
            pass  # a stuck client must not stop the emulator from stopping
        await server.close_all_connections()

    # --- the test's handles --------------------------------------------------------------

    def user(
        self,
        user_id: int,
        first_name: str | None = None,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str = "en",
    ) -> EmulatedUser:
        """The user with this id (created on first use); their private chat has the same id."""
        if user_id in self._users:
            return self._users[user_id]
        if user_id <= 0:
            raise ValueError("user ids are positive")
        names = {"first_name": first_name or f"User{user_id}"}
        if last_name:
            names["last_name"] = last_name
        if username:
            names["username"] = username
        info = {"id": user_id, "is_bot": False, **names, "language_code": language_code}
        chat = self._chats[user_id] = Chat({"id": user_id, "type": "private", **names})
        user = self._users[user_id] = EmulatedUser(self, chat, info)
        return user

    def group(self, chat_id: int, title: str = "Group") -> EmulatedGroup:
        """A group (a supergroup if the id starts with -100), created on first use."""
        if chat_id in self._groups:
            return self._groups[chat_id]
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        kind = "supergroup" if str(chat_id).startswith("-100") else "group"
        chat = self._chats[chat_id] = Chat({"id": chat_id, "type": kind, "title": title})
        group = self._groups[chat_id] = EmulatedGroup(self, chat)
        return group

    async def channel_post(self, chat_id: int, text: str, title: str = "Channel") -> dict[str, Any]:
        """A post in a channel the bot administers; queues a channel_post update."""
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = Chat({"id": chat_id, "type": "channel", "title": title})
        message = {
            "message_id": chat.next_message_id(), "sender_chat": chat.info, "chat": chat.info,
            "date": self._now(), **self._text_content(text),
        }  # fmt: skip
        chat.messages[message["message_id"]] = message
        chat.known = True
        self._queue("channel_post", message)
        return message

    def outputs(self, chat_id: int) -> list[Output]:
        """Every bot output event for a chat, in order (empty for unknown chats)."""
        chat = self._chats.get(chat_id)
        return list(chat.outputs) if chat is not None else []

    # --- faults --------------------------------------------------------------------------

    def block(self, chat_id: int) -> None:
        """The user blocks the bot (or a group kicks it): writes there answer 403."""
        self._blocked.add(chat_id)

    def unblock(self, chat_id: int) -> None:
        self._blocked.discard(chat_id)

    def flood(self, retry_after: int | None = 2, every: int = 1) -> None:
        """Every `every`-th send-type call answers 429 retry_after; flood(None) turns it off.

        retry_after must be a whole number of seconds of at least 1: PTB ignores 0.
        """
        if retry_after is None:
            self._flood = None
            return
        if retry_after < 1 or every < 1:
            raise ValueError("retry_after and every must be at least 1")
        self._flood, self._flood_calls = (int(retry_after), every), 0

    def hold(self, chat_id: int) -> Callable[[], None]:
        """The next send to this chat stays in flight (as over a stalled network) until the
        returned function is called, and is then handled as usual; later sends pass."""
        gate = self._holds.setdefault(chat_id, asyncio.Event())

        def release() -> None:
            gate.set()
            if self._holds.get(chat_id) is gate:
                del self._holds[chat_id]

        return release

    def outage(self, status: int | None = 502) -> None:
        """Every request answers this HTTP status (e.g. 502 Bad Gateway); outage(None) ends it."""
        self._outage = status

    # --- observation ---------------------------------------------------------------------

    @property
    def commands(self) -> list[dict[str, str]]:
        """The command menu set for the default scope and language."""
        return self.commands_for()

    def commands_for(
        self, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, str]]:
        key = json.dumps(scope or {"type": "default"}, sort_keys=True), language_code
        return list(self._command_sets.get(key, []))

    def sent_to(self, chat_id: int) -> int:
        """How many sendMessage/sendDocument/sendPhoto calls for this chat were accepted."""
        return self._sent[chat_id]

    @property
    def pending_updates(self) -> int:
        """Updates queued but not yet acknowledged by a getUpdates offset."""
        return len(self._updates)

    @property
    def last_update_id(self) -> int:
        """The id of the newest update queued so far (0 if none)."""
        return self._next_update_id - 1

    def update_ids(self) -> set[int]:
        """Ids of every update queued so far (they count up from 1)."""
        return set(range(1, self._next_update_id))

    @property
    def webhook_url(self) -> str:
        """The URL the bot registered with setWebhook ("" when it polls)."""
        return self._webhook_url

    @property
    def webhook_secret(self) -> str:
        """The secret_token of that setWebhook ("" if none): what Telegram sends with every
        update in X-Telegram-Bot-Api-Secret-Token."""
        return self._webhook_secret

    async def wait_for_webhook_updates(self) -> None:
        """Until a webhook is set and at least one update is queued for it."""
        while not (self._webhook_url and self._updates):
            await self._updates_signal.wait()

    def take_updates(self) -> list[dict[str, Any]]:
        """Take every queued update off the queue, oldest first, as Telegram does to push them
        to a webhook (see emulator.webhook.WebhookPusher): they are no longer pending, and
        the bot acknowledges each by answering its POST, not by a getUpdates offset."""
        updates = list(self._updates)
        self._updates.clear()
        if updates:
            self._handed_out = max(self._handed_out, updates[-1]["update_id"])
            self._fetched_signal.wake()
        return updates

    @property
    def polling(self) -> bool:
        """Whether a getUpdates long poll is waiting right now."""
        return self._waiting_polls > 0

    async def wait_until_polling(self, timeout: float = 5.0) -> None:
        """Until some getUpdates is waiting for updates (the bot is idle and listening)."""
        try:
            async with asyncio.timeout(timeout):
                while not self._waiting_polls:
                    await self._poll_started.wait()
        except TimeoutError:
            raise TimeoutError(f"no getUpdates long poll within {timeout} s") from None

    async def wait_until_fetched(self, timeout: float = 5.0) -> None:
        """Until getUpdates has handed out every queued update."""
        try:
            async with asyncio.timeout(timeout):
                while self._updates and self._updates[-1]["update_id"] > self._handed_out:
                    await self._fetched_signal.wait()
        except TimeoutError:
            unfetched = sum(u["update_id"] > self._handed_out for u in self._updates)
            raise TimeoutError(
                f"{unfetched} update(s) not fetched by getUpdates within {timeout} s"
            ) from None

    # --- serving requests ----------------------------------------------------------------

    async def _serve(self, handler: RequestHandler, call: Call | None) -> None:
        self._inflight += 1
        try:
            status, payload = await self._respond(call)
            handler.set_status(status)
            handler.set_header("Content-Type", "application/json")
            await handler.finish(json.dumps(payload, separators=(",", ":")))
        except StreamClosedError:
            pass  # the client hung up (e.g. a cancelled long poll): nobody to answer
        finally:
            self._inflight -= 1
            if not self._inflight:
                self._idle.wake()

    async def _respond(self, call: Call | None) -> tuple[int, dict[str, Any]]:
        entry = METHODS.get(call.method.lower()) if call is not None else None
        if call is not None and call.token == self.token:
            # Counted before any fault answers: a bot hammering a broken server must show.
            self.requests[entry[0] if entry else call.method] += 1
        if self._outage is not None:
            description = _status_phrase(self._outage)
            return self._outage, {
                "ok": False,
                "error_code": self._outage,
                "description": description,
            }
        if call is None:
            return 404, _NOT_FOUND
        if call.token != self.token:
            return 401, _UNAUTHORIZED
        if entry is None:
            self.unknown_methods.append(call.method)
            return 404, _NOT_FOUND
        name, method = entry
        if self.latency and name != "getUpdates":
            await asyncio.sleep(self.latency)
        try:
            call.params = Params.from_request(call.request)
            if self.record_calls:
                self.calls.append((name, call.params.as_dict()))
            if name in SEND_METHODS:
                gate = self._holds.pop(call.params.integer("chat_id") or 0, None)
                if gate is not None:
                    self.sends_on_hold += 1
                    self.held.wake()
                    try:
                        await gate.wait()
                    finally:
                        self.sends_on_hold -= 1
                        self.held.wake()
                self._admit(call.params)
            result = await method(self, call)
        except ApiError as error:
            self._note_error(name, call.params, error)
            return error.code, error.payload()
        return 200, {"ok": True, "result": result}

    def _admit(self, params: Params) -> None:
        """Flood control and the optional rate limits; raises a 429 when a call is over."""
        if self._flood is not None:
            retry_after, every = self._flood
            self._flood_calls += 1
            if self._flood_calls % every == 0:
                raise too_many_requests(retry_after)
        if self.overall_rate_limit is None and self.per_chat_rate_limit is None:
            return
        now = time.monotonic()
        windows = []
        chat_id = params.integer("chat_id")
        if self.per_chat_rate_limit is not None and chat_id is not None:
            window = self._chat_windows.setdefault(chat_id, deque())
            _check_window(window, now, self.per_chat_rate_limit)
            windows.append(window)
        if self.overall_rate_limit is not None:
            _check_window(self._overall_window, now, self.overall_rate_limit)
            windows.append(self._overall_window)
        for window in windows:  # only an admitted call uses up its slots
            window.append(now)

    def _note_error(self, method: str, params: Params, error: ApiError) -> None:
        self.errors.append((method, error.code, error.description))
        chat = self._chats.get(params.integer("chat_id") or 0)
        if chat is not None:
            chat.errors.append(f"{method}: {error.description}")

    async def _long_poll(
        self, call: Call, offset: int, limit: int, timeout: float
    ) -> list[dict[str, Any]]:
        """getUpdates: drop what `offset` acknowledges, then wait up to `timeout` for more."""
        self._acknowledge(offset)
        self._poll_generation += 1
        generation = self._poll_generation
        self._updates_signal.wake()  # an older poll still waiting ends in a 409, as on Telegram
        if not self._updates and timeout > 0:
            self._waiting_polls += 1
            self._poll_started.wake()
            try:
                async with asyncio.timeout(timeout):
                    while not self._updates and self._serving and not call.closed:
                        await self._updates_signal.wait()
                        if generation != self._poll_generation:
                            raise ApiError(409, CONFLICT_POLL)
                        if self._webhook_url:
                            raise ApiError(409, CONFLICT_WEBHOOK_SET)
            except TimeoutError:
                pass
            finally:
                self._waiting_polls -= 1
        if not self._serving or call.closed:
            return []
        batch = list(itertools.islice(self._updates, limit))
        if batch and batch[-1]["update_id"] > self._handed_out:
            self._handed_out = batch[-1]["update_id"]
            self._fetched_signal.wake()
        return batch

    def _acknowledge(self, offset: int) -> None:
        updates = self._updates
        if offset > 0:
            while updates and updates[0]["update_id"] < offset:
                updates.popleft()
        elif offset < 0:  # keep only the last -offset updates
            while len(updates) > -offset:
                updates.popleft()

    def _drop_updates(self) -> None:
        self._updates.clear()
        self._fetched_signal.wake()

    # --- building messages and updates ---------------------------------------------------

    def _now(self) -> int:
        return int(self._clock().timestamp() if self._clock is not None else time.time())

    def _queue(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        update = {"update_id": self._next_update_id, kind: payload}
        self._next_update_id += 1
        self._updates.append(update)
        self._updates_signal.wake()
        return update

    def _text_content(self, text: str) -> dict[str, Any]:
        content: dict[str, Any] = {"text": text}
        command = _COMMAND.match(text)
        if command is not None:
            length = utf16_length(command.group())
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return content

    def _media(
        self,
        kind: str,
        *,
        caption: str | None = None,
        emoji: str = "🙂",
        duration: int = 3,
        filename: str = "notes.txt",
    ) -> dict[str, Any]:
        """Content of a non-text user message, with fresh file ids."""
        number = next(self._file_numbers)
        ids = {"file_id": f"emu-{kind}-{number}", "file_unique_id": f"emu{number}"}
        media: Any
        if kind == "sticker":
            media = {
                **ids, "type": "regular", "width": 512, "height": 512,
                "is_animated": False, "is_video": False, "emoji": emoji,
            }  # fmt: skip
        elif kind == "photo":
            media = [{**ids, "width": 90, "height": 90}, {**ids, "width": 800, "height": 600}]
        elif kind == "voice":
            media = {**ids, "duration": duration, "mime_type": "audio/ogg"}
        else:
            media = {**ids, "file_name": filename, "mime_type": "application/octet-stream"}
        content: dict[str, Any] = {kind: media}
        if caption:
            content["caption"] = caption
        return content

    def _user_message(
        self, chat: Chat, user: EmulatedUser, content: dict[str, Any]
    ) -> dict[str, Any]:
        message = {
            "message_id": chat.next_message_id(), "from": user.info, "chat": chat.info,
            "date": self._now(), **content,
        }  # fmt: skip
        chat.messages[message["message_id"]] = message
        chat.known = True
        self._queue("message", message)
        return message

    def _user_edit(
        self, chat: Chat, user: EmulatedUser, message_id: int, text: str
    ) -> dict[str, Any]:
        message = chat.messages.get(message_id)
        if message is None or message.get("from", {}).get("id") != user.id:
            raise LookupError(f"user {user.id} has no message {message_id} in chat {chat.id}")
        if "text" not in message:
            raise LookupError(f"message {message_id} has no text to edit")
        updated = {k: v for k, v in message.items() if k != "entities"}
        updated.update(self._text_content(text), edit_date=self._now())
        chat.messages[message_id] = updated
        self._queue("edited_message", updated)
        return updated

    def _tap(
        self,
        user: EmulatedUser,
        chat: Chat,
        *,
        label: str | None = None,
        data: str | None = None,
        message_id: int | None = None,
    ) -> str:
        """Queue a callback_query from `user`; returns the query id."""
        if label is not None:
            message, data = self._find_button(chat, label, message_id)
        else:
            message = self._bot_message_to_tap(chat, message_id)
        query_id = str(_CALLBACK_ID_BASE + next(self._query_numbers))
        self._open_queries[query_id] = user
        query = {
            "id": query_id, "from": user.info, "message": message,
            "chat_instance": str(abs(chat.id) * 1000 + self.bot_id % 1000), "data": data,
        }  # fmt: skip
        self._queue("callback_query", query)
        return query_id

    def _bot_message_to_tap(self, chat: Chat, message_id: int | None) -> dict[str, Any]:
        if message_id is None:
            for candidate in reversed(chat.bot_message_ids):
                if candidate in chat.messages:
                    return chat.messages[candidate]
            raise LookupError(f"the bot has no message in chat {chat.id} to tap on")
        message = chat.messages.get(message_id)
        if message is None or message.get("from", {}).get("id") != self.bot_id:
            raise LookupError(f"no bot message {message_id} in chat {chat.id}")
        return message

    def _find_button(
        self, chat: Chat, label: str, message_id: int | None
    ) -> tuple[dict[str, Any], str]:
        """The message and callback_data of the button to tap (see EmulatedUser.tap)."""
        if message_id is not None:
            candidates: Any = [self._bot_message_to_tap(chat, message_id)]
        else:
            candidates = (
                chat.messages[i] for i in reversed(chat.bot_message_ids) if i in chat.messages
            )
        newest_labels: list[str] | None = None
        for message in candidates:
            rows = message.get("reply_markup", {}).get("inline_keyboard", [])
            buttons = [button for row in rows for button in row]
            if not buttons:
                continue
            labels = [button["text"] for button in buttons]
            newest_labels = labels if newest_labels is None else newest_labels
            matches = [b for b in buttons if b["text"] == label] or [
                b for b in buttons if label in b["text"]
            ]
            if not matches:
                continue
            if len(matches) > 1:
                raise LookupError(
                    f"{label!r} matches several buttons on message {message['message_id']}: "
                    f"{[b['text'] for b in matches]}"
                )
            if "callback_data" not in matches[0]:
                raise LookupError(f"button {matches[0]['text']!r} is not a callback button")
            return message, matches[0]["callback_data"]
        where = f"message {message_id}" if message_id is not None else f"chat {chat.id}"
        raise LookupError(
            f"no button labelled {label!r} in {where}; newest buttons: {newest_labels or 'none'}"
        )

    def _bot_message(self, chat: Chat, content: dict[str, Any]) -> dict[str, Any]:
        message = {
            "message_id": chat.next_message_id(), "from": self.bot_user, "chat": chat.info,
            "date": self._now(), **content,
        }  # fmt: skip
        chat.messages[message["message_id"]] = message
        chat.bot_message_ids.append(message["message_id"])
        return message

    def _replace_message(self, chat: Chat, message: dict[str, Any]) -> None:
        chat.messages[message["message_id"]] = message

    def _output(self, output: Output) -> None:
        self._chats[output.chat_id].add_output(output)
        for listener in self.output_listeners:
            listener(output)

    def _store_file(self, file: UploadedFile) -> tuple[str, str]:
        number = next(self._file_numbers)
        file_id = f"emu-file-{number}"
        self._files[file_id] = file
        return file_id, f"emu{number}"


def _check_window(window: deque[float], now: float, limit: int) -> None:
    """Sliding one-second window: forget older calls, refuse if `limit` are left."""
    while window and window[0] <= now - 1.0:
        window.popleft()
    if len(window) >= limit:
        raise too_many_requests(1)


def _status_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


class _ApiHandler(RequestHandler):
    """/bot<token>/<method>: every Bot API call."""

    def initialize(self, emu: BotApiEmulator) -> None:
        self.emu = emu
        self.call: Call | None = None

    def compute_etag(self) -> None:
        return None  # API answers are never cached; skip hashing every body

    async def post(self, token: str, method: str) -> None:
        self.call = Call(token, method, self.request)
        await self.emu._serve(self, self.call)

    get = post

    def on_connection_close(self) -> None:
        if self.call is not None:
            self.call.closed = True
            self.emu._updates_signal.wake()  # a long poll for a gone client stops waiting


class _FallbackHandler(RequestHandler):
    """Any other path: Telegram's 404 (or the outage status)."""

    def initialize(self, emu: BotApiEmulator) -> None:
        self.emu = emu

    def compute_etag(self) -> None:
        return None

    async def post(self) -> None:
        await self.emu._serve(self, None)

    get = post
