"""`python bot.py --console`: talk to the bot in a terminal, with no token and no network.

The production Application (same handlers, storage and dispatcher) polls the project's
in-process Telegram emulator on 127.0.0.1; one emulated user types at stdin and what the bot
sends is printed (styled on a terminal, plain through a pipe). `:clock +1d` moves the injected
clock and runs the due-queue sweep at every instant something falls due on the way.
"""

from __future__ import annotations

import asyncio
import io
import os
import sys
from pathlib import Path
from typing import TextIO

import application
from console.session import CONSOLE_TOKEN, CONSOLE_USER_ID, Console
from content import ContentError
from handlers.keyboard_check import load_checked_locales
from storage import StorageUnavailable

__all__ = ["CONSOLE_TOKEN", "CONSOLE_USER_ID", "Console", "run_console"]


def _user_name() -> str:
    """The login name as the console user's first name; a made-up one for root or none."""
    name = os.environ.get("USER", "").strip()
    usable = name.isprintable() and 0 < len(name) <= 32 and name not in ("root", "admin")
    return name.capitalize() if usable else "Sam"


def _color(stdout: TextIO) -> bool:
    # https://no-color.org: any non-empty NO_COLOR turns styles off.
    return stdout.isatty() and not os.environ.get("NO_COLOR")


def run_console(
    settings: application.Settings, stdin: TextIO | None = sys.stdin, stdout: TextIO = sys.stdout
) -> int:
    """Run a console session until :quit or end of input; returns the exit status."""
    if stdin is None:
        stdin = io.StringIO()  # started with standard input closed (`<&-`): nothing to read
    # Only warnings and errors on stderr unless asked for DEBUG: they would drown the chat.
    application.configure_logging("DEBUG" if settings.log_level == "DEBUG" else "WARNING", None)
    try:
        load_checked_locales()
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 1
    console = Console(
        settings,
        Path(settings.console_database),
        stdin=stdin,
        stdout=stdout,
        color=_color(stdout),
        user_name=_user_name(),
    )
    try:
        return asyncio.run(console.run())
    except KeyboardInterrupt:
        stdout.write("\n")
        return 0
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, as command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stdout.fileno())
        return 0
    except (OSError, StorageUnavailable) as exc:
        # e.g. a --database folder that can't be created: one sentence, no traceback.
        print(f"The console stopped: {exc}", file=sys.stderr)
        return 1
