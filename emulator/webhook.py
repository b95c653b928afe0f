"""Telegram's side of webhook mode: every queued update POSTed to the bot's webhook server.

    async with WebhookPusher(emu, ["http://127.0.0.1:8443/hook", "http://127.0.0.1:8444/hook"]):
        await alice.send("/start")          # queued, then POSTed to one of the URLs
        reply = await alice.next_message()

The emulator cannot reach the public HTTPS URL the bot registers, so the test names the
addresses the bot listens on: several of them stand for replicas behind a load balancer.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx

from emulator.state import Signal

if TYPE_CHECKING:
    from emulator.server import BotApiEmulator

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


@dataclass(frozen=True, slots=True)
class Delivery:
    """An update a webhook server accepted: its id, the URL that answered 200, and when
    (wall-clock seconds, to line up with other processes' logs)."""

    update_id: int
    url: str
    at: float


class WebhookPusher:
    """POSTs every update the emulator queues to `urls`, taking turns, while a webhook is set.

    As on Telegram, each update is a JSON body with the secret given to setWebhook in
    X-Telegram-Bot-Api-Secret-Token, and counts as delivered once a POST answers 200 (what
    the bot does with it afterwards is the bot's business). A refused connection, a timeout
    or any other status sends it to the next URL after `retry_delay`, as a load balancer
    fails over and Telegram retries; it keeps trying until the pusher stops. One chat's
    updates go out one at a time, in order; different chats' side by side, up to
    `max_connections` (Telegram's default is 40).
    """

    def __init__(
        self,
        emu: BotApiEmulator,
        urls: Sequence[str],
        *,
        max_connections: int = 40,
        retry_delay: float = 0.1,
        timeout: float = 10.0,
    ) -> None:
        if not urls:
            raise ValueError("a pusher needs at least one URL")
        self._emu = emu
        self.urls = list(urls)
        self._turns = itertools.cycle(range(len(self.urls)))
        self._max_connections = max_connections
        self._limit = asyncio.Semaphore(max_connections)
        self._retry_delay = retry_delay
        self._timeout = timeout
        self._client: httpx.AsyncClient | None = None
        self._runner: asyncio.Task[None] | None = None
        self._deliveries: set[asyncio.Task[None]] = set()
        self._last_of_chat: dict[int, asyncio.Task[None]] = {}
        self._taken = 0
        self.delivered: dict[int, Delivery] = {}  # by update id
        self._delivered_signal = Signal()
        self.failures: list[tuple[int, str, str]] = []  # (update id, URL, what went wrong)

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("the pusher is already running")
        self._client = httpx.AsyncClient(
            timeout=self._timeout,
            limits=httpx.Limits(max_connections=self._max_connections),
        )
        self._runner = asyncio.create_task(self._run())

    async def stop(self) -> None:
        """Stop pushing; updates not yet accepted are dropped, not put back."""
        tasks = [t for t in (self._runner, *self._deliveries) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._runner = None
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def __aenter__(self) -> WebhookPusher:
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
    def in_flight(self) -> int:
        """Updates taken off the queue and not accepted by any URL yet."""
        return self._taken - len(self.delivered)

    async def wait_until_delivered(self, update_id: int, timeout: float = 5.0) -> Delivery:
        """Until the update with this id has been accepted by one of the URLs."""
        try:
            async with asyncio.timeout(timeout):
                while update_id not in self.delivered:
                    await self._delivered_signal.wait()
        except TimeoutError:
            raise TimeoutError(
                f"update {update_id} not accepted within {timeout} s; last failures: "
                f"{self.failures[-3:]}"
            ) from None
        return self.delivered[update_id]

    def delivered_to(self, url: str) -> list[Delivery]:
        """What the server at `url` accepted, in the order it did."""
        return [d for d in self.delivered.values() if d.url == url]

    async def _run(self) -> None:
        while True:
            await self._emu.wait_for_webhook_updates()
            for update in self._emu.take_updates():
                self._taken += 1
                chat = _chat_of(update)
                task = asyncio.create_task(self._deliver(update, self._last_of_chat.get(chat)))
                self._last_of_chat[chat] = task
                self._deliveries.add(task)
                task.add_done_callback(functools.partial(self._forget, chat=chat))

    def _forget(self, task: asyncio.Task[None], chat: int) -> None:
        self._deliveries.discard(task)
        if self._last_of_chat.get(chat) is task:
            del self._last_of_chat[chat]

    async def _deliver(self, update: dict[str, Any], previous: asyncio.Task[None] | None) -> None:
        if previous is not None:
            await asyncio.wait([previous])  # the chat's earlier update first, however it ended
        body = json.dumps(update, ensure_ascii=False).encode()
        update_id = update["update_id"]
        async with self._limit:
            while True:
                url = self.urls[next(self._turns)]
                problem = await self._post(url, body)
                if problem is None:
                    self.delivered[update_id] = Delivery(update_id, url, time.time())
                    self._delivered_signal.wake()
                    return
                self.failures.append((update_id, url, problem))
                await asyncio.sleep(self._retry_delay)

    async def _post(self, url: str, body: bytes) -> str | None:
        """None when the server accepted the update, else what went wrong."""
        assert self._client is not None
        headers = {"Content-Type": "application/json"}
        if self._emu.webhook_secret:
            headers[SECRET_HEADER] = self._emu.webhook_secret
        try:
            response = await self._client.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return type(exc).__name__
        return None if response.status_code == 200 else f"HTTP {response.status_code}"


def _chat_of(update: dict[str, Any]) -> int:
    """The chat an update belongs to (its sender's for a callback query), 0 if none."""
    payload: dict[str, Any] = next((v for k, v in update.items() if k != "update_id"), {})
    chat = payload.get("chat") or (payload.get("message") or {}).get("chat") or {}
    sender = payload.get("from") or {}
    return int(chat.get("id") or sender.get("id") or 0)
