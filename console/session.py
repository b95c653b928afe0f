"""One console session: the production Application polling the in-process emulator, one
emulated user typing at the terminal, and a clock the user moves by hand."""

from __future__ import annotations

import asyncio
import logging
import os
import stat
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TextIO

from telegram.ext import Application

import application
from console.commands import (
    HELP,
    Action,
    ClockAt,
    ClockBy,
    ClockShow,
    Help,
    Hint,
    Lang,
    Quit,
    Say,
    Tap,
    TapLabel,
    parse_line,
)
from console.render import (
    USER_LABEL,
    Button,
    buttons_of,
    match_label,
    render_output,
    render_toast,
    style,
)
from core import schedule
from core.clock import RunningClock
from emulator import BotApiEmulator, EmulatedUser, Output
from handlers.context import Services
from handlers.updates import HandledUpdates

log = logging.getLogger(__name__)

# Made up: the emulator accepts only this token, and Telegram never sees it.
CONSOLE_TOKEN = "100000:console-offline-token-never-sent-to-telegram"
CONSOLE_USER_ID = 1
SETTLE_TIMEOUT = 30.0
# How often the console looks for messages the bot sent on its own.
ARRIVALS_POLL = 0.5
# A runaway due queue (a row that never leaves) must not spin the time travel forever.
MAX_TRAVEL_STEPS = 5000


class LineSource:
    """Lines from stdin without blocking the event loop.

    Pipes and terminals are awaited with the loop's reader (the descriptor is left blocking,
    which a terminal shared with stdout needs); regular files, /dev/null and in-memory streams
    are read directly, as they never block.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._fd = _pollable_fd(stream)
        self._buffer = b""
        self._eof = False

    async def readline(self) -> str | None:
        """The next line without its line break, or None at the end of input."""
        fd = self._fd
        if fd is None:
            text = self._stream.readline()
            return text.rstrip("\r\n") if text else None
        while b"\n" not in self._buffer and not self._eof:
            await _readable(fd)
            chunk = os.read(fd, 65536)
            if chunk:
                self._buffer += chunk
            else:
                self._eof = True
        if not self._buffer:
            return None
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line.decode("utf-8", "replace").rstrip("\r")


async def _readable(fd: int) -> None:
    """Wait until `fd` has something to read (or is at its end)."""
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[None] = loop.create_future()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    loop.add_reader(fd, wake)
    try:
        await ready
    finally:
        loop.remove_reader(fd)


def _pollable_fd(stream: TextIO) -> int | None:
    try:
        fd = stream.fileno()
        mode = os.fstat(fd).st_mode
    except (AttributeError, OSError, ValueError):
        return None
    # Other character devices (/dev/null) never block, and epoll refuses them.
    waits = stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or os.isatty(fd)
    return fd if waits else None


class Console:
    """The bot in a terminal: type as the user, read what the bot sends, move time."""

    def __init__(
        self,
        settings: application.Settings,
        database: Path,
        *,
        stdin: TextIO,
        stdout: TextIO,
        color: bool,
        start: datetime | None = None,
        user_name: str | None = None,
    ) -> None:
        self.database = database
        self.clock_file = database.with_name(database.name + ".clock")
        self.downloads = database.parent / "console-downloads"
        self.clock = RunningClock(start or max(datetime.now(UTC), self._saved_clock()))
        self.emu = BotApiEmulator(token=CONSOLE_TOKEN, clock=self.clock.now)
        self.settings = settings
        self.user_name = user_name or "You"
        self.lines = LineSource(stdin)
        self.out = stdout
        self.color = color
        self.interactive = stdin.isatty()
        self._app: Application | None = None
        self._user: EmulatedUser | None = None
        self._handled = HandledUpdates()
        self._outputs_shown = 0
        self._turn = asyncio.Lock()  # one turn prints at a time: the user's or the bot's own
        self._answers_shown = 0
        # message id -> {label: number} as last printed, so an edit keeps a button's number
        self._numbers: dict[int, dict[str, int]] = {}
        self._blank = True

    # --- lifecycle ------------------------------------------------------------------------

    async def open(self) -> None:
        """Start the emulator, then the production Application polling it."""
        await self.emu.start("127.0.0.1", 0)
        settings = replace(
            self.settings,
            token=CONSOLE_TOKEN,
            base_url=self.emu.base_url,
            database_url=f"sqlite:///{self.database}",
        )  # the production sweep job runs too; :clock also sweeps at each instant it passes
        app = application.build_application(settings, clock=self.clock)
        self._handled.watch(app)
        await application.start_in_running_loop(app)
        self._app = app
        self._user = self.emu.user(
            CONSOLE_USER_ID, first_name=self.user_name, language_code=self.settings.console_lang
        )

    async def close(self) -> None:
        """Stop like SIGTERM does, then the emulator; remember the clock for next time."""
        app, self._app = self._app, None
        if app is not None:
            await application.stop_in_running_loop(app)
        await self.emu.stop()
        if self._user is None:
            return  # never got going: keep the clock file as it was
        try:
            fd = os.open(self.clock_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as file:
                file.write(self.clock.now().isoformat() + "\n")
        except OSError as exc:
            log.warning("could not save the console clock: %s", exc)

    def _saved_clock(self) -> datetime:
        """Where the last session left the clock (so stored check-ins still make sense)."""
        try:
            saved = datetime.fromisoformat(self.clock_file.read_text().strip())
        except (OSError, ValueError):
            return datetime.min.replace(tzinfo=UTC)
        return saved if saved.tzinfo else saved.replace(tzinfo=UTC)

    @property
    def app(self) -> Application:
        """The bot's Application, from open() until close()."""
        assert self._app is not None
        return self._app

    @property
    def user(self) -> EmulatedUser:
        """The emulated person typing at the console, from open() on."""
        assert self._user is not None
        return self._user

    @property
    def services(self) -> Services:
        return self.app.bot_data["services"]

    # --- the loop -------------------------------------------------------------------------

    async def run(self) -> int:
        """Read lines until :quit or the end of input; returns the exit status."""
        arrivals: asyncio.Task[None] | None = None
        try:
            if self._app is None:
                await self.open()
            await self._banner()
            await self._sweep()
            arrivals = asyncio.create_task(self._show_arrivals())
            while True:
                if self.interactive:
                    self._prompt()
                line = await self.lines.readline()
                if line is None:
                    if self.interactive:
                        self._write("")
                    break
                async with self._turn:
                    if not self.interactive:
                        self._echo(line)
                    action = parse_line(line)
                    if isinstance(action, Quit):
                        break
                    if action is not None:
                        await self.perform(action)
                        self._gap()
        finally:
            if arrivals is not None:
                arrivals.cancel()
            await self.close()
        return 0

    async def _show_arrivals(self) -> None:
        """Print what the bot sends on its own while the user reads or types (the production
        sweep's check-ins and follow-ups, as the clock runs on), then the prompt again."""
        while True:
            await asyncio.sleep(ARRIVALS_POLL)
            if self._turn.locked() or not self._unshown():
                continue
            async with self._turn:
                if self.interactive:
                    self._write("")  # off the half-written prompt line
                self._note(f"── {await self._clock_text()} ──")
                self._show_new(quiet=True)
                self._gap()
                if self.interactive:
                    self._prompt()

    def _echo(self, line: str) -> None:
        """Through a pipe, the line the user typed goes into the transcript after the prompt."""
        self._write(f"{style(f'{USER_LABEL}>', '1;32', self.color)} {line}".rstrip())

    def _prompt(self) -> None:
        self._write(style(f"{USER_LABEL}> ", "1;32", self.color), end="")

    async def perform(self, action: Action) -> None:
        """Do what one typed line asked for and print what came of it."""
        if isinstance(action, Say):
            await self.user.send(action.text)
            await self._settle_and_show()
        elif isinstance(action, Tap):
            await self._tap_number(action.number)
        elif isinstance(action, TapLabel):
            await self._tap_label(action.label)
        elif isinstance(action, ClockShow):
            self._note(f"clock: {await self._clock_text()}")
        elif isinstance(action, ClockBy):
            await self.travel(self.clock.now() + action.delta)
        elif isinstance(action, ClockAt):
            spec = await self._user_zone_spec()
            await self.travel(schedule.next_checkin_at(self.clock.now(), spec, action.minute, None))
        elif isinstance(action, Lang):
            self.user.info["language_code"] = action.code
            self._note(f"Telegram now reports your language as {action.code}.")
        elif isinstance(action, Help):
            self._write(HELP)
        elif isinstance(action, Hint):
            self._note(action.message)

    async def _tap_number(self, number: int) -> None:
        found = self._newest_buttons()
        if found is None:
            self._note("There are no buttons to tap yet: type a message or a /command.")
            return
        message_id, buttons = found
        chosen = [button for button in buttons if button.number == number]
        if not chosen:
            shown = sorted(button.number for button in buttons)
            which = (
                f"1 to {len(shown)}"
                if shown == list(range(1, len(shown) + 1))
                else ", ".join(map(str, shown))
            )
            self._note(
                f"No button {number}: the newest message has buttons {which}"
                f" (to send {number} as a message: :say {number})."
            )
            return
        await self._press(message_id, chosen[0])

    async def _tap_label(self, label: str) -> None:
        found = self._newest_buttons()
        if found is None:
            self._note("There are no buttons to tap yet: type a message or a /command.")
            return
        message_id, buttons = found
        matches = match_label(label, buttons)
        if len(matches) != 1:
            labels = ", ".join(button.label for button in (matches or buttons))
            which = "Several buttons match" if matches else "No button matches"
            self._note(f"{which} {label!r}; the newest buttons: {labels}.")
            return
        await self._press(message_id, matches[0])

    async def _press(self, message_id: int, button: Button) -> None:
        """Do what tapping the button does in Telegram."""
        if button.kind == "callback":
            await self.user.tap_data(button.value, message_id=message_id)
        elif button.kind == "reply":
            await self.user.send(button.label)  # a reply-keyboard button sends its label
        elif button.kind == "copy":
            self._note("Copied (Telegram puts this on your clipboard):")
            self._write(button.value)
            return
        elif button.kind == "url":
            self._note(f"That button opens {button.value} (Telegram would open a browser).")
            return
        else:
            self._note("The console can't tap that kind of button.")
            return
        await self._settle_and_show()

    def _newest_buttons(self) -> tuple[int, list[Button]] | None:
        """The newest bot message that still has buttons (edits applied), with its buttons."""
        chat = self.user.chat
        for message_id in reversed(chat.bot_message_ids):
            if message_id in chat.messages:
                buttons = buttons_of(chat.current[message_id], self._numbers.get(message_id))
                if buttons:
                    return message_id, buttons
        return None

    # --- time travel ----------------------------------------------------------------------

    async def travel(self, target: datetime) -> None:
        """Move the clock to `target`, stopping at every instant something falls due on the way,
        so check-ins and follow-ups arrive as if the bot had been running all along."""
        storage = self.services.storage
        previous: datetime | None = None
        for _ in range(MAX_TRAVEL_STEPS):
            due = await storage.next_claimable_at()
            if due is None or due > target or (due == previous and due <= self.clock.now()):
                break
            previous = due
            if due > self.clock.now():
                self.clock.set(due)
            if not await self._sweep():
                break
        else:
            self._note("Stopped moving the clock: something stays due however often it is sent.")
        if target > self.clock.now():
            self.clock.set(target)
        await self._sweep()
        self._note(f"clock: {await self._clock_text()}")

    async def _sweep(self) -> bool:
        """Run the dispatcher once, as its repeating job would; print what it sent."""
        try:
            await self.app.bot_data["dispatcher"].tick()
        except Exception:
            log.exception("the check-in sweep failed")
            self._note("The check-in sweep failed (see the log above).")
            return False
        if self._unshown():
            self._gap()
            self._note(f"── {await self._clock_text()} ──")
        self._show_new(quiet=True)
        return True

    async def _user_zone_spec(self) -> str:
        """The console user's time zone as the bot stored it, else UTC."""
        settings = await self.services.users.user_settings(CONSOLE_USER_ID)
        return (settings.tz if settings else None) or "UTC"

    async def _clock_text(self) -> str:
        spec = await self._user_zone_spec()
        zone: tzinfo = schedule.zone(spec)
        local = self.clock.now().astimezone(zone)
        return f"{local:%a %d %b %Y %H:%M} {spec}"

    # --- output ---------------------------------------------------------------------------

    async def _settle_and_show(self) -> None:
        try:
            await self._handled.settle(self.app, self.emu.update_ids, SETTLE_TIMEOUT)
        except TimeoutError:
            self._note(f"The bot has not finished within {SETTLE_TIMEOUT:.0f} s.")
        self._show_new(quiet=False)

    def _unshown(self) -> bool:
        return len(self.user.chat.outputs) > self._outputs_shown

    def _show_new(self, *, quiet: bool) -> None:
        """Print the toasts and bot outputs not shown yet (or "(no reply)")."""
        answers = self.user.callback_answers[self._answers_shown :]
        outputs = self.user.chat.outputs[self._outputs_shown :]
        self._answers_shown += len(answers)
        self._outputs_shown += len(outputs)
        for answer in answers:
            if answer.text:
                self._write(render_toast(answer.text, alert=answer.show_alert, color=self.color))
        for number, output in enumerate(outputs):
            saved = self._save_file(output) if output.document is not None else None
            if number:
                self._gap()
            kept = self._numbers.get(output.message_id) if output.kind == "edit" else None
            buttons = buttons_of(output, kept)
            self._numbers[output.message_id] = {b.label: b.number for b in buttons}
            self._write(render_output(output, color=self.color, saved_to=saved, kept=kept))
        if not outputs and not quiet and not any(a.text for a in answers):
            self._note("(no reply)")

    def _save_file(self, output: Output) -> Path | None:
        """Keep a document or photo the bot sent, privately (exports hold personal data)."""
        name = Path(output.filename or "file").name or "file"
        path = self.downloads / f"{output.message_id}-{name}"
        try:
            self.downloads.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as file:
                file.write(output.document or b"")
        except OSError as exc:
            log.warning("could not save %s: %s", name, exc)
            return None
        return path

    async def _banner(self) -> None:
        lines = [
            "Friend or Ex, offline: the real bot, talking to a stand-in for Telegram on this "
            "machine.",
            f"You are {self.user_name} (user {CONSOLE_USER_ID}). Data: {self.database}. "
            f"Clock: {await self._clock_text()}.",
            "Type a message or a /command (try /start), a number to tap a button, :help for more.",
        ]
        self._write(style(lines[0], "1", self.color))
        for line in lines[1:]:
            self._write(line)
        self._gap()

    def _gap(self) -> None:
        """One blank line between turns and between bot messages, never two."""
        if not self._blank:
            self._write("")

    def _note(self, text: str) -> None:
        self._write(style(text, "2", self.color))

    def _write(self, text: str, end: str = "\n") -> None:
        self.out.write(text + end)
        self.out.flush()
        self._blank = text == "" and end == "\n"
