"""Run updates of different users side by side, but one user's updates strictly in order."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import Application, BaseUpdateProcessor, TypeHandler


def _owner(update: object) -> int | None:
    if isinstance(update, Update):
        if update.effective_user:
            return update.effective_user.id
        if update.effective_chat:
            return update.effective_chat.id
    return None


UNBOUNDED = 1 << 30


class PerUserUpdateProcessor(BaseUpdateProcessor):
    """Concurrency across users, order within a user: a double tap is handled after the first.

    A user's turn comes before a slot among the updates handled at once, so one user's flood
    waits in that user's own line and never takes the slots everyone else needs."""

    def __init__(self, max_concurrent_updates: int = 64) -> None:
        # PTB's own bound (its final process_update) would be taken before the user's turn, so
        # it is set out of the way and the real bound, `_slots`, is taken after it.
        super().__init__(UNBOUNDED)
        self._slots = asyncio.Semaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}
        self._in_flight = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        owner = _owner(update)
        self._in_flight += 1
        self._idle.clear()
        try:
            if owner is None:
                async with self._slots:
                    await coroutine
                return
            lock = self._locks.setdefault(owner, asyncio.Lock())
            self._waiting[owner] = self._waiting.get(owner, 0) + 1
            try:
                async with lock, self._slots:
                    await coroutine
            finally:
                self._waiting[owner] -= 1
                if not self._waiting[owner]:
                    # Forget idle users so memory does not grow with the number of users.
                    del self._waiting[owner]
                    del self._locks[owner]
        finally:
            self._in_flight -= 1
            if not self._in_flight:
                self._idle.set()

    async def wait_idle(self) -> None:
        """Until no update is being processed (tests use it to know the bot is done)."""
        await self._idle.wait()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""


class HandledUpdates:
    """Which updates have reached the handlers, so a driver knows when the bot is done.

    Tests and the console send updates through the emulator, then `settle` until every one of
    them has been handled completely. It observes processing and never alters it, and it
    outlives a restarted Application (`watch` the new one).
    """

    def __init__(self) -> None:
        self._seen: set[int] = set()
        self._changed = asyncio.Event()

    def watch(self, app: Application) -> None:
        """Record every update this application starts handling (before any other handler)."""
        app.add_handler(TypeHandler(Update, self._record), group=-100)

    async def _record(self, update: Update, context: object) -> None:
        self._seen.add(update.update_id)
        self._changed.set()

    async def settle(
        self, app: Application, sent_ids: Callable[[], set[int]], timeout: float = 5.0
    ) -> None:
        """Until every update in `sent_ids()` has reached the handlers and all have finished."""
        async with asyncio.timeout(timeout):
            while not sent_ids() <= self._seen:
                self._changed.clear()
                await self._changed.wait()
            processor = app.update_processor
            assert isinstance(processor, PerUserUpdateProcessor)
            await processor.wait_idle()
