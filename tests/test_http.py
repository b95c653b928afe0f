"""AiohttpRequest (telegram_http.py), PTB's HTTP layer here, end to end against the emulator:
answers and Telegram's errors come back as PTB's exceptions, transport failures as TimedOut or
NetworkError, uploads arrive whole, and many sends at once all complete."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)

import application
from emulator import BotApiEmulator
from telegram_http import AiohttpRequest
from tests.harness import TEST_TOKEN

ALICE = 1001
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def make_bot(base_url: str, **request: object) -> Bot:
    return Bot(
        TEST_TOKEN,
        base_url=base_url,
        request=AiohttpRequest(**request),  # type: ignore[arg-type]
        get_updates_request=AiohttpRequest(connection_pool_size=1),
    )


@pytest.fixture
async def bot(emu: BotApiEmulator) -> AsyncIterator[Bot]:
    emu.user(ALICE).chat.known = True  # as if Alice had written to the bot
    async with make_bot(emu.base_url, connection_pool_size=8) as bot:
        yield bot


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def seconds(value: int | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else value


async def test_a_send_returns_the_message_telegram_made(bot: Bot, emu: BotApiEmulator) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Yes ✅", callback_data="y")]])
    message = await bot.send_message(
        ALICE, "Héllo <b>there</b> 👋", parse_mode="HTML", reply_markup=markup
    )
    assert isinstance(message, Message)
    assert message.chat.id == ALICE and message.text == "Héllo there 👋"
    [output] = emu.outputs(ALICE)
    assert output.message_id == message.message_id and output.buttons == [["Yes ✅"]]


async def test_flood_control_is_retry_after_with_telegrams_wait(
    bot: Bot, emu: BotApiEmulator
) -> None:
    emu.flood(retry_after=7)
    with pytest.raises(RetryAfter) as raised:
        await bot.send_message(ALICE, "hi")
    assert seconds(raised.value.retry_after) == 7


async def test_a_blocked_chat_is_forbidden(bot: Bot, emu: BotApiEmulator) -> None:
    emu.block(ALICE)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(ALICE, "hi")


async def test_a_refused_call_is_bad_request_with_telegrams_words(bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(424242, "hi")
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await bot.send_message(ALICE, "<b>unclosed", parse_mode="HTML")


async def test_a_wrong_token_is_invalid_token(emu: BotApiEmulator) -> None:
    bot = Bot("654321:WRONG-token_abcdefghijklmnopqrstuvwxyz12", base_url=emu.base_url,
              request=AiohttpRequest())  # fmt: skip
    with pytest.raises(InvalidToken):
        async with bot:
            pass


async def test_an_http_outage_is_a_network_error(bot: Bot, emu: BotApiEmulator) -> None:
    emu.outage(502)
    with pytest.raises(NetworkError, match="Bad Gateway") as raised:
        await bot.send_message(ALICE, "hi")
    assert not isinstance(raised.value, TimedOut)
    emu.outage(None)
    assert (await bot.send_message(ALICE, "back")).text == "back"


async def test_a_closed_port_is_a_network_error() -> None:
    async with AiohttpRequest() as request:
        bot = Bot(TEST_TOKEN, base_url=f"http://127.0.0.1:{closed_port()}/bot", request=request)
        with pytest.raises(NetworkError, match="ClientConnectorError") as raised:
            await bot.get_me()
    assert not isinstance(raised.value, TimedOut)


async def test_a_server_that_goes_away_is_a_network_error(bot: Bot, emu: BotApiEmulator) -> None:
    await emu.go_offline()
    with pytest.raises(NetworkError) as raised:
        await bot.send_message(ALICE, "hi")
    assert not isinstance(raised.value, TimedOut)
    await emu.go_online()
    assert (await bot.send_message(ALICE, "back")).text == "back"


async def test_a_connection_dropped_mid_request_is_a_network_error(
    bot: Bot, emu: BotApiEmulator
) -> None:
    release = emu.hold(ALICE)
    sending = asyncio.create_task(bot.send_message(ALICE, "hi", read_timeout=30))
    await emu.held.wait()
    await emu.go_offline()  # closes every connection, the one waiting for the answer too
    release()
    with pytest.raises(NetworkError, match="ServerDisconnected") as raised:
        await sending
    assert not isinstance(raised.value, TimedOut)


async def test_no_answer_within_the_read_timeout_is_timed_out(
    bot: Bot, emu: BotApiEmulator
) -> None:
    release = emu.hold(ALICE)
    try:
        with pytest.raises(TimedOut):
            await bot.send_message(ALICE, "hi", read_timeout=0.2)
    finally:
        release()
    # The connection is given back: the next send has the whole pool again.
    assert (await bot.send_message(ALICE, "again")).text == "again"


async def test_an_upload_the_server_stops_reading_is_timed_out() -> None:
    async def never_read(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(30)  # accepts the connection, then reads nothing

    server = await asyncio.start_server(never_read, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    # More than the kernel buffers on both ends hold, so the upload stalls part way.
    data = bytes(64 * 2**20)
    timeouts = {"connect_timeout": 0.2, "read_timeout": 0.2, "media_write_timeout": 0.4}
    try:
        async with AiohttpRequest(**timeouts) as request:  # type: ignore[arg-type]
            bot = Bot(TEST_TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=request)
            # Without a bound on the upload it would wait here until the server hung up.
            with pytest.raises(TimedOut):
                async with asyncio.timeout(30):
                    await bot.send_document(ALICE, data, filename="big.bin")
    finally:
        server.close()


async def test_a_long_poll_waits_past_the_read_timeout(emu: BotApiEmulator) -> None:
    async with make_bot(emu.base_url) as bot:
        # PTB adds the poll's own timeout to the read timeout: 0.3 s of silence is allowed on
        # top of a 1 s poll, and the poll ends empty instead of timing out.
        assert await bot.get_updates(timeout=1, read_timeout=0.3) == ()


async def test_waiting_longer_than_the_pool_timeout_for_a_connection_is_timed_out(
    emu: BotApiEmulator,
) -> None:
    emu.user(ALICE).chat.known = True
    async with make_bot(emu.base_url, connection_pool_size=1) as bot:
        release = emu.hold(ALICE)
        first = asyncio.create_task(bot.send_message(ALICE, "first"))
        await emu.held.wait()  # it has the only connection
        with pytest.raises(TimedOut, match="Pool timeout"):
            await bot.send_message(ALICE, "second", pool_timeout=0.1)
        release()
        assert (await first).text == "first"
        assert [o.text for o in emu.outputs(ALICE)] == ["first"]  # the second never went out


async def test_files_are_uploaded_whole_with_their_names_and_parameters(
    bot: Bot, emu: BotApiEmulator
) -> None:
    data = bytes(range(256)) * 1000  # every byte value, 256 kB
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Done", callback_data="d")]])
    document = await bot.send_document(
        ALICE,
        data,
        filename="mes données ✓.bin",
        caption="Voilà <i>ça</i>",
        parse_mode="HTML",
        reply_markup=markup,
    )
    photo = await bot.send_photo(ALICE, PNG, filename="progress.png")
    assert document.caption == "Voilà ça" and photo.photo
    sent_document, sent_photo = emu.outputs(ALICE)
    assert sent_document.document == data and sent_document.filename == "mes données ✓.bin"
    assert sent_document.buttons == [["Done"]]
    assert sent_photo.document == PNG and sent_photo.filename == "progress.png"


async def test_two_hundred_sends_at_once_all_complete(emu: BotApiEmulator) -> None:
    chats = range(5000, 5200)
    for chat in chats:
        emu.user(chat).chat.known = True
    pool = application.CONCURRENT_UPDATES + application.SWEEP_CONNECTIONS
    # A pool timeout long enough for a slow machine: this is about completing, not speed.
    async with make_bot(emu.base_url, connection_pool_size=pool, pool_timeout=30) as bot:
        sent = await asyncio.gather(*(bot.send_message(chat, f"n{chat}") for chat in chats))
    assert [m.chat.id for m in sent] == list(chats)
    assert all(emu.sent_to(chat) == 1 for chat in chats)


async def test_the_session_opens_and_closes_with_the_bot(emu: BotApiEmulator) -> None:
    request = AiohttpRequest()
    bot = Bot(TEST_TOKEN, base_url=emu.base_url, request=request)
    with pytest.raises(NetworkError, match="not initialized"):
        await bot.get_me()
    for _ in range(2):  # a bot can be started again after it stopped
        async with bot:
            await request.initialize()  # a second initialize keeps the open session
            assert (await bot.get_me()).username == emu.bot_user["username"]
        await request.shutdown()  # and a second shutdown does nothing
    with pytest.raises(NetworkError, match="not initialized"):
        await bot.get_me()


async def test_a_start_that_fails_closes_the_http_sessions(tmp_path) -> None:
    settings = application.Settings(
        token=TEST_TOKEN,
        base_url=f"http://127.0.0.1:{closed_port()}/bot",
        database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
    )
    app = application.build_application(settings)
    with pytest.raises(NetworkError):
        await application.start_in_running_loop(app)
    # PTB shuts nothing down after a failed initialize; start_in_running_loop does.
    assert app.bot.request._session is None  # type: ignore[attr-defined]


def test_the_application_talks_over_aiohttp() -> None:
    app = application.build_application(application.Settings(token=TEST_TOKEN))
    request = app.bot.request
    assert isinstance(request, AiohttpRequest)
    assert request.connection_pool_size == (
        application.CONCURRENT_UPDATES + application.SWEEP_CONNECTIONS
    )
