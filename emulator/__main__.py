"""`python -m emulator`: serve the emulator on its own, for manual use and fault drills.

Prints the base_url on the first line of stdout, then serves until SIGINT or SIGTERM. With
`--user ID`, each line typed on stdin is sent as a message from that user, and the bot's
replies to them are printed (taps: a line `tap: <label>`).
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from collections.abc import Sequence

from emulator.server import DEFAULT_TOKEN, BotApiEmulator
from emulator.state import Output


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m emulator", description="A strict Telegram Bot API emulator."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8081, help="port (0 picks a free one)")
    parser.add_argument("--token", default=DEFAULT_TOKEN, help="the only token accepted")
    parser.add_argument(
        "--user", type=int, metavar="ID", help="chat as this user through stdin/stdout"
    )
    return parser.parse_args(argv)


def show(output: Output) -> None:
    """One line per bot output, for a human at the terminal."""
    buttons = " | ".join(" ".join(f"[{label}]" for label in row) for row in output.buttons)
    extra = (
        f" (file {output.filename}, {len(output.document or b'')} bytes)" if output.document else ""
    )
    print(f"bot> {output.kind} #{output.message_id}: {output.plain}{extra} {buttons}".rstrip())
    sys.stdout.flush()


async def chat_from_stdin(emu: BotApiEmulator, user_id: int) -> None:
    """Send every stdin line as a message from the user; `tap: label` taps a button."""
    user = emu.user(user_id)
    emu.output_listeners.append(lambda out: show(out) if out.chat_id == user_id else None)
    reader = asyncio.StreamReader()
    loop = asyncio.get_running_loop()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while raw := await reader.readline():  # b"" only at end of input
        line = raw.decode().strip()
        if not line:
            continue
        try:
            if line.startswith("tap:"):
                await user.tap(line.removeprefix("tap:").strip())
            else:
                await user.send(line)
        except LookupError as error:
            print(f"emulator> {error}", flush=True)


async def serve(args: argparse.Namespace) -> None:
    emu = BotApiEmulator(token=args.token)
    await emu.start(args.host, args.port)
    print(emu.base_url, flush=True)
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stopped.set)
    chatting = asyncio.create_task(chat_from_stdin(emu, args.user)) if args.user else None
    try:
        await stopped.wait()
    finally:
        if chatting is not None:
            chatting.cancel()
        await emu.stop()


def main(argv: Sequence[str] | None = None) -> int:
    asyncio.run(serve(parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
