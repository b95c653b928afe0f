"""Fair under load: one user's burst never takes the slots everyone else needs, and replies are
never queued behind the check-in sweep's broadcast budget."""

from __future__ import annotations

import asyncio

from telegram import Chat, Message, Update, User

import application
import bot
from handlers.updates import PerUserUpdateProcessor
from telegram_http import AiohttpRequest
from tests.harness import TEST_TOKEN


def update_from(user_id: int, update_id: int) -> Update:
    user = User(user_id, "U", is_bot=False)
    chat = Chat(user_id, Chat.PRIVATE)
    message = Message(update_id, None, chat, from_user=user, text="hi")  # type: ignore[arg-type]
    return Update(update_id, message=message)


async def test_one_users_flood_waits_in_their_own_line_not_in_everyones_slots():
    processor = PerUserUpdateProcessor(max_concurrent_updates=2)
    release = asyncio.Event()
    started: list[int] = []

    async def work(user_id: int) -> None:
        started.append(user_id)
        if user_id == 1:
            await release.wait()

    flood = [
        asyncio.create_task(processor.process_update(update_from(1, n), work(1)))
        for n in range(5)
    ]
    await asyncio.sleep(0)
    quiet = asyncio.create_task(processor.process_update(update_from(2, 99), work(2)))
    await asyncio.wait_for(quiet, timeout=5)  # generous: only stops a hang
    assert started == [1, 2]  # the quiet user ran while the flood's first update still held on
    release.set()
    await asyncio.gather(*flood)
    assert started.count(1) == 5


async def test_order_within_one_user_is_kept():
    processor = PerUserUpdateProcessor(max_concurrent_updates=8)
    seen: list[int] = []

    async def work(n: int) -> None:
        await asyncio.sleep(0)
        seen.append(n)

    await asyncio.gather(
        *(processor.process_update(update_from(1, n), work(n)) for n in range(10))
    )
    assert seen == list(range(10))


def test_replies_are_not_held_to_the_broadcast_budget():
    settings = bot.parse_settings(["--token", TEST_TOKEN, "--rate-limit", "2"], {})
    app = application.build_application(settings)
    limiter = app.bot.rate_limiter
    # The sweep paces itself at RATE_LIMIT (dispatch/sweep.Pacer); the limiter every call
    # goes through keeps only the 429 retries, no overall rate a reply would queue behind.
    assert limiter is not None and limiter._base_limiter is None and limiter._max_retries == 3
    assert app.update_processor._slots._value == application.CONCURRENT_UPDATES
    request = app.bot.request
    assert isinstance(request, AiohttpRequest)
    assert request.connection_pool_size >= application.CONCURRENT_UPDATES
