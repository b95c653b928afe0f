"""The Telegram Bot API emulator: its HTTP API and its test-facing handles.

Checked through raw HTTP (exact status codes and bodies) and through a real telegram.Bot
(PTB's exceptions). Waiting is always on events with short timeouts, never on sleeps.
"""

from __future__ import annotations

import asyncio
import json
import signal
import sys
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
)
from tornado.http1connection import HTTP1Connection
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application as TornadoApplication
from tornado.web import RequestHandler

from emulator import BotApiEmulator, EmulatedUser, Output, WebhookPusher
from emulator.webhook import SECRET_HEADER

TOKEN = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz123"
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x02\x00\x00\x00\x03"
    b"\x08\x02\x00\x00\x00\x00\x00\x00\x00"
)
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


@pytest.fixture
async def emu() -> AsyncIterator[BotApiEmulator]:
    emulator = BotApiEmulator(token=TOKEN, clock=lambda: NOW)
    await emulator.start()
    yield emulator
    await emulator.stop()


@pytest.fixture
async def http(emu: BotApiEmulator) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"{emu.base_url}{TOKEN}/", timeout=5) as client:
        yield client


@pytest.fixture
async def bot(emu: BotApiEmulator) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=emu.base_url) as ptb_bot:
        yield ptb_bot


async def call(http: httpx.AsyncClient, method: str, **params: Any) -> tuple[int, dict]:
    """POST a form the way PTB encodes it: objects JSON-encoded, everything else as text."""
    data = {
        k: json.dumps(v) if isinstance(v, dict | list | bool) else str(v) for k, v in params.items()
    }
    response = await http.post(method, data=data)
    return response.status_code, response.json()


async def ok(http: httpx.AsyncClient, method: str, **params: Any) -> Any:
    status, body = await call(http, method, **params)
    assert (status, body["ok"]) == (200, True), body
    return body["result"]


async def rejected(http: httpx.AsyncClient, method: str, **params: Any) -> tuple[int, str]:
    status, body = await call(http, method, **params)
    assert body["ok"] is False and body["error_code"] == status, body
    return status, body["description"]


async def known_user(emu: BotApiEmulator, user_id: int = 1001) -> EmulatedUser:
    """A user who has written to the bot, so the bot may write back."""
    user = emu.user(user_id, first_name="Alice")
    await user.send("hi")
    return user


def keyboard(*rows: list[tuple[str, str]]) -> dict:
    return {"inline_keyboard": [[{"text": t, "callback_data": d} for t, d in row] for row in rows]}


T = TypeVar("T")


def present(value: T | None) -> T:
    """The value of an optional field the test expects to be set (failing if it is not)."""
    assert value is not None
    return value


# --- transport: tokens, methods, encodings ------------------------------------------------


async def test_get_me_describes_the_bot(http: httpx.AsyncClient) -> None:
    me = await ok(http, "getMe")
    assert me["id"] == 123456 and me["is_bot"] is True
    assert (me["first_name"], me["username"]) == ("Friend or Ex", "friend_or_ex_bot")
    assert {"can_join_groups", "can_read_all_group_messages", "supports_inline_queries"} <= set(me)


async def test_wrong_token_is_unauthorized(emu: BotApiEmulator) -> None:
    async with httpx.AsyncClient() as client:
        response = await client.post(f"{emu.base_url}123:wrong/getMe")
    assert response.status_code == 401
    assert response.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}


async def test_unknown_method_is_404_and_recorded(
    emu: BotApiEmulator, http: httpx.AsyncClient
) -> None:
    status, body = await call(http, "sendPoll", chat_id=1, question="?")
    assert status == 404
    assert body == {"ok": False, "error_code": 404, "description": "Not Found"}
    assert emu.unknown_methods == ["sendPoll"] and emu.requests["sendPoll"] == 1
    async with httpx.AsyncClient() as client:
        response = await client.get(f"http://127.0.0.1:{emu.port}/somewhere/else")
    assert response.status_code == 404 and response.json()["description"] == "Not Found"


async def test_method_names_are_case_insensitive(emu: BotApiEmulator, http) -> None:
    await ok(http, "getme")
    assert emu.requests["getMe"] == 1


async def test_json_body_and_query_string_are_accepted(emu: BotApiEmulator, http) -> None:
    await known_user(emu)
    response = await http.post(
        "sendMessage", json={"chat_id": 1001, "text": "json", "reply_markup": keyboard()}
    )
    assert response.json()["result"]["text"] == "json"
    response = await http.get("sendMessage", params={"chat_id": "1001", "text": "query"})
    assert response.json()["result"]["text"] == "query"
    assert [c[1]["text"] for c in emu.calls if c[0] == "sendMessage"] == ["json", "query"]


async def test_record_calls_can_be_switched_off(emu: BotApiEmulator, http) -> None:
    emu.record_calls = False
    await ok(http, "getMe")
    assert emu.calls == [] and emu.requests["getMe"] == 1


# --- sendMessage rules --------------------------------------------------------------------


async def test_send_message_returns_a_full_message(emu: BotApiEmulator, http) -> None:
    await known_user(emu)
    sent = await ok(
        http,
        "sendMessage",
        chat_id=1001,
        text="<b>Hi</b> Alice",
        parse_mode="HTML",
        reply_markup=keyboard([("Yes", "y")]),
    )
    assert sent["chat"] == {"id": 1001, "type": "private", "first_name": "Alice"}
    assert sent["from"]["username"] == "friend_or_ex_bot" and sent["date"] == int(NOW.timestamp())
    assert sent["text"] == "Hi Alice"
    assert sent["entities"] == [{"offset": 0, "length": 2, "type": "bold"}]
    assert sent["reply_markup"] == keyboard([("Yes", "y")])
    assert emu.sent_to(1001) == 1 and emu.sent_to(999) == 0


async def test_unknown_chat_is_not_found(emu: BotApiEmulator, http) -> None:
    emu.user(1002)  # exists, but has never written to the bot
    for chat_id in (1002, 424242, "@somechannel"):
        assert await rejected(http, "sendMessage", chat_id=chat_id, text="x") == (
            400,
            "Bad Request: chat not found",
        )
    assert await rejected(http, "sendMessage", text="x") == (400, "Bad Request: chat_id is empty")


@pytest.mark.parametrize("text", ["", "   \n ", "<b></b>", "<i> </i>"])
async def test_empty_text_is_refused(emu: BotApiEmulator, http, text: str) -> None:
    await known_user(emu)
    assert await rejected(http, "sendMessage", chat_id=1001, text=text, parse_mode="HTML") == (
        400,
        "Bad Request: message text is empty",
    )


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("a" * 4096, True),
        ("a" * 4097, False),
        ("😀" * 2048, True),  # 4096 UTF-16 code units
        ("😀" * 2049, False),
        ("é" * 4096, True),  # 8192 bytes, but 4096 characters
        ("<b>" + "a" * 4096 + "</b>", True),  # tags do not count
        ("&amp;" * 4096, True),
        ("&amp;" * 4097, False),
    ],
)
async def test_length_is_counted_on_visible_utf16(
    emu: BotApiEmulator, http, text: str, accepted: bool
) -> None:
    await known_user(emu)
    status, body = await call(http, "sendMessage", chat_id=1001, text=text, parse_mode="HTML")
    if accepted:
        assert status == 200, body
    else:
        assert (status, body["description"]) == (400, "Bad Request: message is too long")


async def test_html_errors_only_with_html_parse_mode(emu: BotApiEmulator, http) -> None:
    await known_user(emu)
    text = "Hello world <foo> & more"
    assert await rejected(http, "sendMessage", chat_id=1001, text=text, parse_mode="HTML") == (
        400,
        'Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 12',
    )
    plain = await ok(http, "sendMessage", chat_id=1001, text=text)
    assert plain["text"] == text and "entities" not in plain
    assert await rejected(http, "sendMessage", chat_id=1001, text="x", parse_mode="BBCode") == (
        400,
        "Bad Request: unsupported parse_mode",
    )


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        (keyboard([("Too long", "é" * 33)]), "BUTTON_DATA_INVALID"),
        (
            keyboard([("Empty", "")]),
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        ),
        (
            {"inline_keyboard": [[{"text": "Bare"}]]},
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        ),
        (
            {"inline_keyboard": [[{"text": "Two", "callback_data": "a", "url": "https://a.b"}]]},
            "can't parse inline keyboard button: "
            "InlineKeyboardButton must have exactly one optional field",
        ),
        (
            {"inline_keyboard": [[{"callback_data": "a"}]]},
            "can't parse inline keyboard button: Can't find field \"text\"",
        ),
        ({"inline_keyboard": [[{"text": "Web", "url": "not a url"}]]}, "BUTTON_URL_INVALID"),
        (
            {"inline_keyboard": [{"text": "x", "callback_data": "x"}]},
            'Field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
        ),
        (
            {"inline_keyboard": [[{"text": str(i), "callback_data": "x"}] for i in range(101)]},
            "reply markup is too long",
        ),
    ],
)
async def test_bad_keyboards_are_refused(emu: BotApiEmulator, http, markup, reason) -> None:
    await known_user(emu)
    assert await rejected(http, "sendMessage", chat_id=1001, text="x", reply_markup=markup) == (
        400,
        f"Bad Request: {reason}",
    )


async def test_good_keyboards_are_accepted(emu: BotApiEmulator, http) -> None:
    await known_user(emu)
    markup = {
        "inline_keyboard": [
            [{"text": "Max", "callback_data": "é" * 32}],
            [{"text": "Site", "url": "https://example.com"}],
            [{"text": "Copy", "copy_text": {"text": "code 123"}}],
        ]
    }
    await ok(http, "sendMessage", chat_id=1001, text="x", reply_markup=markup)
    out = (await emu.user(1001).next_message()).button_data
    assert out == {"Max": "é" * 32, "Site": "https://example.com", "Copy": "code 123"}
    _, body = await call(http, "sendMessage", chat_id=1001, text="x", reply_markup="{nope")
    assert body["description"] == "Bad Request: can't parse reply keyboard markup JSON object"


async def test_reply_to_a_missing_message_is_refused(emu: BotApiEmulator, http) -> None:
    alice = await known_user(emu)
    first = await alice.send("question")
    reply = await ok(
        http,
        "sendMessage",
        chat_id=1001,
        text="answer",
        reply_parameters={"message_id": first["message_id"]},
    )
    assert reply["reply_to_message"]["text"] == "question"
    assert await rejected(
        http, "sendMessage", chat_id=1001, text="x", reply_parameters={"message_id": 999}
    ) == (400, "Bad Request: message to be replied not found")


# --- edits, deletes, callback answers, actions, commands ----------------------------------


async def test_edit_text_rules(emu: BotApiEmulator, http) -> None:
    alice = await known_user(emu)
    markup = keyboard([("Yes", "y")])
    sent = await ok(
        http, "sendMessage", chat_id=1001, text="<b>Q</b>", parse_mode="HTML", reply_markup=markup
    )
    mid = sent["message_id"]
    same = {"chat_id": 1001, "message_id": mid, "text": "<b>Q</b>", "parse_mode": "HTML"}
    assert await rejected(http, "editMessageText", **same, reply_markup=markup) == (
        400,
        NOT_MODIFIED,
    )
    # Formatting counts as content, and dropping the keyboard is a change.
    await ok(http, "editMessageText", **{**same, "text": "<i>Q</i>"}, reply_markup=markup)
    edited = await ok(http, "editMessageText", **{**same, "text": "<i>Q</i>"})
    assert "reply_markup" not in edited and edited["edit_date"] == int(NOW.timestamp())
    last = alice.last_message
    assert last is not None and last.buttons == [] and last.plain == "Q"
    assert await rejected(http, "editMessageText", chat_id=1001, message_id=999, text="x") == (
        400,
        "Bad Request: message to edit not found",
    )
    users_own = 1  # "hi" from known_user
    assert await rejected(
        http, "editMessageText", chat_id=1001, message_id=users_own, text="x"
    ) == (400, "Bad Request: message can't be edited")


async def test_edit_reply_markup_rules(emu: BotApiEmulator, http) -> None:
    alice = await known_user(emu)
    sent = await ok(
        http, "sendMessage", chat_id=1001, text="Q", reply_markup=keyboard([("A", "a")])
    )
    mid = sent["message_id"]
    assert await rejected(
        http,
        "editMessageReplyMarkup",
        chat_id=1001,
        message_id=mid,
        reply_markup=keyboard([("A", "a")]),
    ) == (400, NOT_MODIFIED)
    await ok(http, "editMessageReplyMarkup", chat_id=1001, message_id=mid)
    assert await rejected(http, "editMessageReplyMarkup", chat_id=1001, message_id=mid) == (
        400,
        NOT_MODIFIED,
    )
    kinds = [(o.kind, o.plain, o.buttons) for o in alice.messages]
    assert kinds == [("message", "Q", [["A"]]), ("edit", "Q", [])]


async def test_edit_text_of_a_document_is_refused(emu: BotApiEmulator, http) -> None:
    await known_user(emu)
    response = await http.post(
        "sendDocument", data={"chat_id": "1001"}, files={"document": ("a.txt", b"data")}
    )
    mid = response.json()["result"]["message_id"]
    assert await rejected(http, "editMessageText", chat_id=1001, message_id=mid, text="x") == (
        400,
        "Bad Request: there is no text in the message to edit",
    )


async def test_delete_message(emu: BotApiEmulator, http) -> None:
    alice = await known_user(emu)
    first = await ok(http, "sendMessage", chat_id=1001, text="first")
    second = await ok(http, "sendMessage", chat_id=1001, text="second")
    assert await ok(http, "deleteMessage", chat_id=1001, message_id=second["message_id"]) is True
    last = alice.last_message
    assert last is not None and last.message_id == first["message_id"]
    assert await rejected(http, "deleteMessage", chat_id=1001, message_id=second["message_id"]) == (
        400,
        "Bad Request: message to delete not found",
    )


async def test_answer_callback_query_rules(emu: BotApiEmulator, http) -> None:
    alice = await known_user(emu)
    await ok(http, "sendMessage", chat_id=1001, text="Q", reply_markup=keyboard([("Yes", "y")]))
    query_id = await alice.tap("Yes")
    assert await rejected(
        http, "answerCallbackQuery", callback_query_id=query_id, text="x" * 201
    ) == (400, "Bad Request: MESSAGE_TOO_LONG")
    await ok(
        http, "answerCallbackQuery", callback_query_id=query_id, text="x" * 200, show_alert=True
    )
    answer = await alice.next_callback_answer(timeout=30)
    assert (answer.query_id, answer.text, answer.show_alert) == (query_id, "x" * 200, True)
    too_old = "Bad Request: query is too old and response timeout expired or query ID is invalid"
    for invalid in (query_id, "123"):  # already answered; never issued
        assert await rejected(http, "answerCallbackQuery", callback_query_id=invalid) == (
            400,
            too_old,
        )


async def test_send_chat_action(emu: BotApiEmulator, http) -> None:
    await known_user(emu)
    assert await ok(http, "sendChatAction", chat_id=1001, action="typing") is True
    assert await rejected(http, "sendChatAction", chat_id=1001, action="dancing") == (
        400,
        "Bad Request: wrong parameter action in request",
    )


async def test_commands_are_stored(emu: BotApiEmulator, http) -> None:
    commands = [
        {"command": "start", "description": "Begin"},
        {"command": "help", "description": "?"},
    ]
    await ok(http, "setMyCommands", commands=commands)
    assert emu.commands == commands
    assert await ok(http, "getMyCommands") == commands
    scope = {"type": "all_private_chats"}
    await ok(http, "setMyCommands", commands=commands[:1], scope=scope)
    assert emu.commands_for(scope) == commands[:1] and emu.commands == commands
    await ok(http, "deleteMyCommands")
    assert emu.commands == [] and await ok(http, "getMyCommands") == []
    assert await rejected(
        http, "setMyCommands", commands=[{"command": "Bad-Name", "description": "x"}]
    ) == (400, "Bad Request: BOT_COMMAND_INVALID")


# --- files --------------------------------------------------------------------------------


async def test_send_document_stores_bytes_and_filename(emu: BotApiEmulator, http) -> None:
    alice = await known_user(emu)
    response = await http.post(
        "sendDocument",
        data={"chat_id": "1001", "caption": "<b>Your</b> data", "parse_mode": "HTML"},
        files={"document": ("export.json", b'{"a": 1}', "application/json")},
    )
    result = response.json()["result"]
    assert result["document"]["file_name"] == "export.json" and result["caption"] == "Your data"
    out = await alice.next_message()
    assert (out.kind, out.document, out.filename, out.plain) == (
        "document",
        b'{"a": 1}',
        "export.json",
        "Your data",
    )
    again = await ok(http, "sendDocument", chat_id=1001, document=result["document"]["file_id"])
    assert again["document"]["file_name"] == "export.json"
    assert (await alice.next_message()).document == b'{"a": 1}'
    assert emu.sent_to(1001) == 2
    assert await rejected(http, "sendDocument", chat_id=1001) == (
        400,
        "Bad Request: there is no document in the request",
    )
    assert await rejected(http, "sendDocument", chat_id=1001, document="no-such-id") == (
        400,
        "Bad Request: wrong file identifier/HTTP URL specified",
    )


async def test_send_photo_needs_an_image(emu: BotApiEmulator, http) -> None:
    alice = await known_user(emu)
    response = await http.post(
        "sendPhoto", data={"chat_id": "1001"}, files={"photo": ("chart.png", PNG)}
    )
    photo = response.json()["result"]["photo"]
    assert (photo[-1]["width"], photo[-1]["height"]) == (2, 3)
    out = await alice.next_message()
    assert (out.kind, out.document, out.filename) == ("photo", PNG, "chart.png")
    response = await http.post(
        "sendPhoto", data={"chat_id": "1001"}, files={"photo": ("chart.png", b"not an image")}
    )
    assert response.json()["description"] == "Bad Request: IMAGE_PROCESS_FAILED"


# --- through a real telegram.Bot ----------------------------------------------------------


async def test_ptb_bot_decodes_messages(emu: BotApiEmulator, bot: Bot) -> None:
    await known_user(emu)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="y")]])
    message = await bot.send_message(
        1001, "<i>Hi</i>", parse_mode=ParseMode.HTML, reply_markup=markup
    )
    assert message.text == "Hi" and message.text_html == "<i>Hi</i>"
    assert message.date == NOW and message.reply_markup == markup
    edited = await bot.edit_message_text("Bye", chat_id=1001, message_id=message.message_id)
    assert isinstance(edited, Message)  # True would mean an inline message was edited
    assert edited.text == "Bye" and edited.edit_date == NOW
    document = await bot.send_document(1001, b"bytes", filename="f.txt", caption="file")
    assert document.document is not None and document.document.file_name == "f.txt"
    assert document.caption == "file"
    photo = await bot.send_photo(1001, PNG)
    assert photo.photo[-1].width == 2


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_ptb_bot_raises_telegram_errors(emu: BotApiEmulator, bot: Bot) -> None:
    await known_user(emu)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities: unsupported start tag"):
        await bot.send_message(1001, "<foo>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(5, "x")
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(
            1001,
            "x",
            reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton("x", callback_data="x" * 65)]]
            ),
        )
    emu.block(1001)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(1001, "x")
    emu.flood(retry_after=3)
    with pytest.raises(RetryAfter, match="Retry in 3 seconds"):
        await bot.send_message(1001, "x")
    emu.outage(502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.get_me()


async def test_ptb_bot_decodes_every_update_kind(emu: BotApiEmulator, bot: Bot) -> None:
    alice = await known_user(emu)
    await bot.send_message(
        1001,
        "Q",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="y")]]),
    )
    await alice.edit(1, "hi again")
    for send in (
        alice.send_sticker,
        alice.send_photo,
        alice.send_voice,
        alice.send_document,
        alice.send_location,
        alice.send_contact,
    ):
        await send()
    await alice.tap("Yes")
    await emu.group(-100123, title="Friends").send(alice, "/start@friend_or_ex_bot now")
    await emu.channel_post(-100777, "news")
    updates = await bot.get_updates(timeout=0)
    assert len(updates) == emu.last_update_id == 11
    assert present(updates[0].message).text == "hi"
    assert present(updates[1].edited_message).text == "hi again"
    sticker, photo, voice, document, location, contact = (
        present(update.message) for update in updates[2:8]
    )
    assert sticker.sticker and photo.photo and voice.voice
    assert document.document and location.location and contact.contact
    query = present(updates[8].callback_query)
    assert query.data == "y" and query.from_user.id == 1001
    assert isinstance(query.message, Message) and query.message.text == "Q"
    group_message = present(updates[9].message)
    assert group_message.chat.type == "supergroup" and group_message.chat.title == "Friends"
    assert group_message.entities[0].type == "bot_command"
    assert present(updates[10].channel_post).text == "news"


# --- getUpdates ---------------------------------------------------------------------------


async def test_long_poll_is_woken_by_a_new_update(emu: BotApiEmulator, http) -> None:
    alice = emu.user(1001)
    # An hour's long poll: only being woken by the update ends it within the hang timeout.
    poll = asyncio.create_task(http.post("getUpdates", data={"timeout": "3600"}, timeout=None))
    await emu.wait_until_polling()
    await alice.send("/start")
    body = (await asyncio.wait_for(poll, 60)).json()
    (update,) = body["result"]
    assert update["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]


async def test_long_poll_times_out_empty(http) -> None:
    started = time.monotonic()
    assert await ok(http, "getUpdates", timeout=0.2) == []
    assert time.monotonic() - started >= 0.2


async def test_offset_acknowledges_and_limit_caps(emu: BotApiEmulator, http) -> None:
    alice = emu.user(1001)
    for text in ("one", "two", "three"):
        await alice.send(text)
    assert emu.pending_updates == 3
    assert [u["update_id"] for u in await ok(http, "getUpdates", limit=2)] == [1, 2]
    assert emu.pending_updates == 3  # handed out, but not yet acknowledged
    assert [u["update_id"] for u in await ok(http, "getUpdates", offset=2)] == [2, 3]
    assert emu.pending_updates == 2
    assert await ok(http, "getUpdates", offset=4) == [] and emu.pending_updates == 0
    await alice.send("four")
    await alice.send("five")
    assert [u["message"]["text"] for u in await ok(http, "getUpdates", offset=-1)] == ["five"]


async def test_wait_until_fetched(emu: BotApiEmulator, http) -> None:
    await emu.user(1001).send("x")
    with pytest.raises(TimeoutError, match="1 update"):
        await emu.wait_until_fetched(timeout=0.05)
    waiter = asyncio.create_task(emu.wait_until_fetched(timeout=30))
    await ok(http, "getUpdates")
    await waiter
    assert emu.update_ids() == {1}


async def test_stop_ends_pending_long_polls(emu: BotApiEmulator, http) -> None:
    poll = asyncio.create_task(call(http, "getUpdates", timeout=5))
    await emu.wait_until_polling()
    await emu.stop()
    assert await poll == (200, {"ok": True, "result": []})


async def test_a_second_poller_conflicts(emu: BotApiEmulator, http) -> None:
    first = asyncio.create_task(call(http, "getUpdates", timeout=5))
    await emu.wait_until_polling()
    async with httpx.AsyncClient(base_url=http.base_url) as other:
        second = asyncio.create_task(call(other, "getUpdates", timeout=5))
        status, body = await first
        assert status == 409 and body["description"].startswith(
            "Conflict: terminated by other getUpdates request"
        )
        await emu.user(1001).send("x")
        assert len((await second)[1]["result"]) == 1


async def test_webhooks(emu: BotApiEmulator, http) -> None:
    await emu.user(1001).send("x")
    await ok(http, "setWebhook", url="https://example.com/hook")
    assert (await ok(http, "getWebhookInfo"))["url"] == "https://example.com/hook"
    status, description = await rejected(http, "getUpdates")
    assert status == 409 and "webhook is active" in description
    await ok(http, "deleteWebhook", drop_pending_updates=True)
    assert emu.pending_updates == 0 and await ok(http, "getUpdates") == []


class _Receiver(RequestHandler):
    """A webhook server's handler: notes each update and answers `status`."""

    def initialize(self, seen: list[tuple[int, dict[str, Any], str | None]], status: int) -> None:
        self.seen, self.status = seen, status

    def post(self) -> None:
        connection = self.request.connection
        assert isinstance(connection, HTTP1Connection)
        port = connection.stream.socket.getsockname()[1]
        update = json.loads(self.request.body)
        self.seen.append((port, update, self.request.headers.get(SECRET_HEADER)))
        self.set_status(self.status)


def receiver(seen: list, status: int) -> tuple[HTTPServer, str]:
    """A webhook server on a free port answering `status`; its server and hook URL."""
    sockets = bind_sockets(0, address="127.0.0.1")
    server = HTTPServer(
        TornadoApplication([(r"/hook", _Receiver, {"seen": seen, "status": status})])
    )
    server.add_sockets(sockets)
    return server, f"http://127.0.0.1:{sockets[0].getsockname()[1]}/hook"


async def test_webhook_pusher_takes_turns_fails_over_and_keeps_each_chat_in_order(
    emu: BotApiEmulator, http
) -> None:
    seen: list[tuple[int, dict[str, Any], str | None]] = []
    first, first_url = receiver(seen, 200)
    second, second_url = receiver(seen, 200)
    refusing, refusing_url = receiver(seen, 403)
    gone, gone_url = receiver([], 200)
    gone.stop()  # nothing listens there any more: connections are refused
    alice, bob = emu.user(1001), emu.user(1002)
    urls = [first_url, gone_url, refusing_url, second_url]
    try:
        async with WebhookPusher(emu, urls, retry_delay=0.01) as pusher:
            await alice.send("before the webhook")
            await asyncio.sleep(0.1)
            assert not seen and emu.pending_updates == 1, "pushed while the bot polls"
            await ok(http, "setWebhook", url="https://example.org/hook", secret_token="s3cret")
            for n in range(5):
                await alice.send(f"alice {n}")
                await bob.send(f"bob {n}")
            for update_id in emu.update_ids():
                await pusher.wait_until_delivered(update_id)
            assert pusher.in_flight == 0
    finally:
        for server in (first, second, refusing):
            server.stop()

    refused_port = urlsplit(refusing_url).port
    accepted = [(port, update) for port, update, _ in seen if port != refused_port]
    assert sorted(u["update_id"] for _, u in accepted) == sorted(emu.update_ids())  # once each
    assert {secret for _, _, secret in seen} == {"s3cret"}
    assert emu.pending_updates == 0
    for user in (alice, bob):
        ids = [u["update_id"] for _, u in accepted if u["message"]["from"]["id"] == user.id]
        assert ids == sorted(ids), f"user {user.id}'s updates arrived out of order: {ids}"
    by_url = {url: len(pusher.delivered_to(url)) for url in urls}
    assert by_url[first_url] and by_url[second_url], by_url  # both live replicas take turns
    assert by_url[gone_url] == by_url[refusing_url] == 0
    failed = {url: problem for _, url, problem in pusher.failures}
    assert failed[refusing_url] == "HTTP 403" and failed[gone_url] == "ConnectError"


# --- the test-facing handles --------------------------------------------------------------


async def test_users_and_commands(emu: BotApiEmulator) -> None:
    alice = emu.user(1001, first_name="Alice")
    assert emu.user(1001) is alice
    message = await alice.send("/help@friend_or_ex_bot please")
    assert message["entities"] == [{"type": "bot_command", "offset": 0, "length": 22}]
    assert message["from"]["first_name"] == "Alice" and message["date"] == int(NOW.timestamp())
    for text in ("hello /start", "/", "/start/x"):
        assert "entities" not in await alice.send(text)


async def test_tap_prefers_exact_labels_and_reports_choices(emu: BotApiEmulator, http) -> None:
    alice = await known_user(emu)
    old = await ok(
        http, "sendMessage", chat_id=1001, text="old", reply_markup=keyboard([("Maybe", "m")])
    )
    await ok(
        http,
        "sendMessage",
        chat_id=1001,
        text="new",
        reply_markup=keyboard([("Yes, please", "yp"), ("Yes", "y"), ("No", "n")]),
    )
    await ok(http, "sendMessage", chat_id=1001, text="no buttons")

    async def tapped(*args: Any, **kwargs: Any) -> dict:
        await alice.tap(*args, **kwargs)
        (update,) = await ok(http, "getUpdates", offset=emu.last_update_id)
        return update["callback_query"]

    assert (await tapped("Yes"))["data"] == "y"
    assert (await tapped("please"))["data"] == "yp"
    assert (await tapped("Maybe"))["message"]["text"] == "old"
    assert (await tapped("Maybe", message_id=old["message_id"]))["data"] == "m"
    with pytest.raises(LookupError, match=r"'Yes, please', 'Yes', 'No'"):
        await alice.tap("Cancel")
    with pytest.raises(LookupError, match="several"):
        await alice.tap("e")
    await alice.tap_data("g:1:2:3")
    (update,) = await ok(http, "getUpdates", offset=emu.last_update_id)
    assert update["callback_query"]["data"] == "g:1:2:3"
    assert update["callback_query"]["message"]["text"] == "no buttons"


async def test_tap_refuses_url_buttons_and_removed_keyboards(emu: BotApiEmulator, http) -> None:
    alice = await known_user(emu)
    buttons = [{"text": "Site", "url": "https://a.b"}, {"text": "Go", "callback_data": "g"}]
    markup = {"inline_keyboard": [buttons]}
    sent = await ok(http, "sendMessage", chat_id=1001, text="x", reply_markup=markup)
    with pytest.raises(LookupError, match="not a callback button"):
        await alice.tap("Site")
    await ok(http, "editMessageReplyMarkup", chat_id=1001, message_id=sent["message_id"])
    with pytest.raises(LookupError, match="no button labelled 'Go'"):
        await alice.tap("Go")


async def test_next_message_order_drain_and_timeout(emu: BotApiEmulator, http) -> None:
    alice = await known_user(emu)
    waiter = asyncio.create_task(alice.next_message(timeout=30))
    await ok(http, "sendMessage", chat_id=1001, text="one")
    assert (await waiter).plain == "one"
    await ok(http, "sendMessage", chat_id=1001, text="two")
    await ok(http, "sendMessage", chat_id=1001, text="three")
    assert (await alice.next_message()).plain == "two"
    alice.drain()
    await rejected(http, "sendMessage", chat_id=1001, text="<oops>", parse_mode="HTML")
    with pytest.raises(TimeoutError, match="Unsupported start tag") as timeout:
        await alice.next_message(timeout=0.05)
    assert "three" in str(timeout.value)
    assert [o.plain for o in alice.messages] == ["one", "two", "three"]
    assert isinstance(alice.last_message, Output) and alice.last_message.plain == "three"


async def test_groups_have_their_own_outputs(emu: BotApiEmulator, http) -> None:
    alice = emu.user(1001)
    group = emu.group(-100555, title="Friends")
    await group.send(alice, "/start")
    await ok(
        http,
        "sendMessage",
        chat_id=-100555,
        text="private only",
        reply_markup=keyboard([("OK", "ok")]),
    )
    assert (await group.next_message()).plain == "private only"
    assert emu.outputs(-100555) == group.messages and alice.messages == []
    await group.tap(alice, "OK")
    emu.block(-100555)
    assert await rejected(http, "sendMessage", chat_id=-100555, text="x") == (
        403,
        "Forbidden: bot was kicked from the supergroup chat",
    )


# --- faults -------------------------------------------------------------------------------


async def test_blocked_user_gets_403_until_unblocked(emu: BotApiEmulator, http) -> None:
    await known_user(emu)
    sent = await ok(http, "sendMessage", chat_id=1001, text="x")
    emu.block(1001)
    forbidden = (403, "Forbidden: bot was blocked by the user")
    assert await rejected(http, "sendMessage", chat_id=1001, text="y") == forbidden
    assert (
        await rejected(
            http, "editMessageText", chat_id=1001, message_id=sent["message_id"], text="z"
        )
        == forbidden
    )
    emu.unblock(1001)
    await ok(http, "sendMessage", chat_id=1001, text="y")


async def test_flood_every_second_send(emu: BotApiEmulator, http) -> None:
    await known_user(emu)
    emu.flood(retry_after=2, every=2)
    statuses = []
    for _ in range(4):
        status, body = await call(http, "sendMessage", chat_id=1001, text="x")
        statuses.append(status)
    assert statuses == [200, 429, 200, 429]
    assert body == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 2",
        "parameters": {"retry_after": 2},
    }
    await ok(http, "getMe")  # not a send: never flooded
    emu.flood(None)
    await ok(http, "sendMessage", chat_id=1001, text="x")
    assert emu.sent_to(1001) == 3


async def test_rate_limits(emu: BotApiEmulator, http) -> None:
    await known_user(emu)
    await known_user(emu, 1002)
    emu.per_chat_rate_limit = 2
    assert [(await call(http, "sendMessage", chat_id=1001, text="x"))[0] for _ in range(3)] == [
        200,
        200,
        429,
    ]
    await ok(http, "sendMessage", chat_id=1002, text="x")
    emu.per_chat_rate_limit = None
    emu.overall_rate_limit = 2
    statuses = [(await call(http, "sendMessage", chat_id=1002, text="x"))[0] for _ in range(3)]
    assert statuses == [200, 200, 429]


async def test_outage(emu: BotApiEmulator, http) -> None:
    emu.outage(502)
    response = await http.post("getMe")
    assert response.status_code == 502
    assert response.json() == {"ok": False, "error_code": 502, "description": "Bad Gateway"}
    assert emu.requests["getMe"] == 1, "a request refused by the outage still counts"
    emu.outage(None)
    await ok(http, "getMe")
    assert emu.requests["getMe"] == 2


async def test_go_offline_refuses_connections_then_comes_back(emu: BotApiEmulator) -> None:
    port = emu.port
    async with httpx.AsyncClient(base_url=f"{emu.base_url}{TOKEN}/") as client:
        poll = asyncio.create_task(call(client, "getUpdates", timeout=5))
        await emu.wait_until_polling()
        await emu.go_offline()
        assert await poll == (200, {"ok": True, "result": []})
        with pytest.raises(httpx.ConnectError):
            await client.post("getMe")
        await emu.go_online()
        assert emu.port == port
        assert (await client.post("getMe")).status_code == 200


# --- the real Application, end to end -----------------------------------------------------


async def test_ptb_application_round_trip(emu: BotApiEmulator) -> None:
    async def start(update: Update, context: object) -> None:
        await present(update.message).reply_text(
            "<b>Stay friends?</b>",
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data="y")]]),
        )

    async def answer(update: Update, context: object) -> None:
        query = present(update.callback_query)
        await query.answer("Noted")
        await query.edit_message_text(f"You chose <i>{query.data}</i>")

    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(emu.base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(answer))
    async with app:
        updater = present(app.updater)
        await updater.start_polling(poll_interval=0, timeout=1)
        await app.start()
        alice = emu.user(1001)
        await alice.send("/start")
        welcome = await alice.next_message()
        assert (welcome.plain, welcome.buttons, welcome.parse_mode) == (
            "Stay friends?",
            [["Yes"]],
            "HTML",
        )
        await alice.tap("Yes")
        assert (await alice.next_callback_answer()).text == "Noted"
        edit = await alice.next_message()
        assert (edit.kind, edit.plain, edit.buttons) == ("edit", "You chose y", [])
        await updater.stop()
        await app.stop()
    assert not emu.errors


async def test_command_line_serves_until_sigterm() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "emulator",
        "--port",
        "0",
        "--token",
        TOKEN,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stdin=asyncio.subprocess.DEVNULL,
    )
    try:
        stdout = present(proc.stdout)
        base_url = (await asyncio.wait_for(stdout.readline(), 10)).decode().strip()
        async with httpx.AsyncClient() as client:
            response = await client.post(f"{base_url}{TOKEN}/getMe")
        assert response.json()["result"]["username"] == "friend_or_ex_bot"
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 10) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
