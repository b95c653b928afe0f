"""The real bot talking over HTTP to the project's Telegram emulator, with a clock tests move."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from telegram.ext import Application

import application
from core.clock import FakeClock
from core.throttle import ThrottleRule
from emulator import BotApiEmulator
from handlers.checkins import checkin_due
from handlers.throttle import THROTTLE_KEY, Throttle
from handlers.updates import HandledUpdates
from storage.repositories import Storage
from storage.sqlite import sqlite_path_from_url

TEST_TOKEN = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz123"
# A fixed, ordinary Monday evening in UTC; tests move it as they need.
START = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


class BotHarness:
    """Starts, stops and restarts the real Application against one emulator and one database."""

    def __init__(self, emu: BotApiEmulator, database_url: str, clock: FakeClock) -> None:
        self.emu = emu
        self.database_url = database_url
        self.clock = clock
        self.app: Application | None = None
        self._handled = HandledUpdates()

    @property
    def settings(self) -> application.Settings:
        return application.Settings(
            token=TEST_TOKEN,
            base_url=self.emu.base_url,
            database_url=self.database_url,
            rate_limit=1000,
            dispatch_interval=0,  # tests run the sweep themselves with harness.tick()
        )

    async def start(self, **overrides: object) -> Application:
        """Build and start the bot exactly as bot.py does, but polling from inside the test."""
        settings = self.settings
        for name, value in overrides.items():
            settings = _replace(settings, name, value)
        app = application.build_application(settings, clock=self.clock)
        self._handled.watch(app)
        # Tests tap through flows far faster than a person can: no per-user throttle, except
        # in the tests of the throttle itself (tests/test_hostile_input.py puts it back).
        app.bot_data[THROTTLE_KEY] = Throttle(ThrottleRule(burst=1_000_000))
        await application.start_in_running_loop(app)
        self.app = app
        return app

    async def stop(self) -> None:
        """Stop like SIGTERM does: finish in-flight handlers, then close storage."""
        app, self.app = self.app, None
        if app is None:
            return
        await application.stop_in_running_loop(app)

    async def restart(self) -> Application:
        """A new process's worth of bot on the same database."""
        await self.stop()
        return await self.start()

    async def settle(self, timeout: float = 5.0) -> None:
        """Until every update sent so far has been fully handled by the bot."""
        assert self.app is not None
        await self._handled.settle(self.app, self.emu.update_ids, timeout)

    async def tick(self):
        """Run the check-in sweep once, as the repeating job would at this clock time."""
        return await self.app.bot_data["dispatcher"].tick()

    @property
    def storage(self) -> Storage:
        assert self.app is not None
        return self.app.bot_data["services"].storage

    async def sql(self, statement: str, *args: object) -> list[tuple]:
        """Run one statement (`?` placeholders) on either backend, for set-up and checks."""
        assert self.app is not None
        database = self.app.bot_data["services"].storage.db
        async with database.write() as session:
            return [tuple(row) for row in await session.fetchall(statement, *args)]

    @property
    def db_path(self) -> Path:
        """The SQLite file (only for tests that read it directly)."""
        return sqlite_path_from_url(self.database_url)


def _replace(settings: application.Settings, name: str, value: object) -> application.Settings:
    from dataclasses import replace

    return replace(settings, **{name: value})  # type: ignore[arg-type]


def answered_as_free_text(content, message) -> bool:
    """Whether a reply came from the free-text layer (handlers/talk.py: a reading answered or
    asked about), not from a flow that took the text as its answer."""
    from content import _walk, html_to_plain

    starts = [html_to_plain(text)[:25] for _, text in _walk(content.table("talk"), "")]
    starts += [
        html_to_plain(content.text(key))[:25] for key in ("sos.urge", "nocontact.slip_question")
    ]
    return any(message.plain.startswith(start) for start in starts if start)


def plain(content, key: str, **values) -> str:
    """A text as the user reads it (no HTML)."""
    from content import html_to_plain

    return html_to_plain(content.text(key, **values))


def unread(user) -> list:
    """The bot's outputs the test has not looked at yet, marked as seen."""
    new = user.chat.outputs[user.chat.consumed :]
    user.drain()
    return new


async def reschedule(harness: BotHarness, uid: int) -> None:
    """Put the user's next check-in row in place as a settings change would (test set-up)."""
    settings = await harness.storage.user_settings(uid)
    period = await harness.storage.active_period(uid)
    if settings is None or settings.blocked:
        return
    due = checkin_due(settings, period, harness.clock.now())
    if due is not None:
        await harness.storage.schedule_checkin(uid, due)
