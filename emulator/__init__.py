"""A strict Telegram Bot API emulator for end-to-end tests, the console mode and benchmarks.

    emu = BotApiEmulator(token=TOKEN)
    await emu.start()                       # emu.base_url -> ApplicationBuilder().base_url(...)
    alice = emu.user(1001, first_name="Alice")
    await alice.send("/start")
    reply = await alice.next_message()      # an Output: reply.plain, reply.buttons, ...
    await alice.tap("Yes")
    await emu.stop()

In webhook mode the bot does not poll: `async with WebhookPusher(emu, urls)` POSTs what
the users do to the bot's webhook server(s), as Telegram would.

`python -m emulator --port 8081` serves one standalone. It checks HTML texts with
`core.telegram_html`, the same checker the bot's content validator uses.
"""

from emulator.actors import ChatView, EmulatedGroup, EmulatedUser
from emulator.errors import ApiError
from emulator.server import DEFAULT_TOKEN, BotApiEmulator
from emulator.state import CallbackAnswer, Output, UploadedFile
from emulator.webhook import Delivery, WebhookPusher

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "BotApiEmulator",
    "CallbackAnswer",
    "ChatView",
    "Delivery",
    "EmulatedGroup",
    "EmulatedUser",
    "Output",
    "UploadedFile",
    "WebhookPusher",
]
