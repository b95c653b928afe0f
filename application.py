"""The bot as a python-telegram-bot Application: its settings, how it is built, started and
stopped, and its logging. `bot.py` (the command line) and `console/` both build it here."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ContextTypes,
    Defaults,
    Updater,
)

import handlers
from content import Locales
from core.clock import Clock, SystemClock
from core.locale import BOT_LANGUAGES
from handlers.context import BotContext, Services
from handlers.keyboard_check import load_checked_locales
from handlers.updates import PerUserUpdateProcessor
from storage import open_storage
from storage.postgres import DEFAULT_POOL_SIZE
from telegram_http import AiohttpRequest

log = logging.getLogger("friend_or_ex")

DEFAULT_DATABASE_URL = "sqlite:///data/friend-or-ex.sqlite3"
CONSOLE_DATABASE = "data/console.sqlite3"


@dataclass(frozen=True)
class Settings:
    """Everything configurable, after flags and environment are merged."""

    token: str | None
    base_url: str | None = None
    database_url: str = DEFAULT_DATABASE_URL
    log_level: str = "INFO"
    rate_limit: float = 25.0
    dispatch_interval: float = 15.0
    console: bool = False
    console_database: str = CONSOLE_DATABASE
    console_lang: str = "en"
    webhook_url: str | None = None  # set: serve updates by webhook instead of polling
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret: str | None = None  # None: a random one for this process
    database_pool_size: int = DEFAULT_POOL_SIZE  # PostgreSQL connections per process


class RedactSecrets(logging.Filter):
    """Libraries log request URLs, which contain the token: blank it out of every record."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self._secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self._secret in message:
            record.msg = message.replace(self._secret, "<token>")
            record.args = None
        if record.exc_info:
            # Exceptions quote the token too (InvalidToken, URLs in HTTP errors): format the
            # traceback here, redacted, so the handler prints this text instead.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text and self._secret in record.exc_text:
            record.exc_text = record.exc_text.replace(self._secret, "<token>")
        if record.stack_info and self._secret in record.stack_info:
            record.stack_info = record.stack_info.replace(self._secret, "<token>")
        return True


class ShortStartupFailures(logging.Filter):
    """A rejected token, an unreachable API or a server that isn't one at start-up: main()
    says so in one sentence, so PTB's log lines about it keep their first line and lose the
    chained tracebacks (and the web page a wrong address answered with)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and "Bootstrap" in record.getMessage():
            error = record.exc_info[1]
            if isinstance(error, TelegramError):
                if not answered_as_bot_api(error):
                    return False  # PTB would call it an invalid token; main() says what it is
                record.exc_info = None
                record.exc_text = None
        elif record.exc_info and isinstance(record.exc_info[1], ValueError):
            if record.name == "telegram.request.BaseRequest":
                record.msg, record.args = "The server's answer was not JSON", None
                record.exc_info = record.exc_text = None
        return True


class RetryAfterInOneLine(logging.Filter):
    """PTB's rate limiter logs a traceback when a 429 outlasts its retries. The caller handles
    the RetryAfter it raises (the sweep tries that check-in again after retry_after), so a
    flood from Telegram is one warning line, not a traceback that looks like a crash."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, RetryAfter):
            record.msg, record.args = f"{record.getMessage()}: {error}", None
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


RETRY_AFTER_IN_ONE_LINE = RetryAfterInOneLine()


def configure_logging(level: str, token: str | None) -> None:
    """Module loggers to stderr, noisy libraries turned down, the token never printed."""
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True
    )
    for noisy in ("httpx", "httpcore", "apscheduler", "telegram.ext.Updater"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    logging.getLogger("telegram.ext.AIORateLimiter").addFilter(RETRY_AFTER_IN_ONE_LINE)
    for handler in logging.getLogger().handlers:
        handler.addFilter(ShortStartupFailures())
        if token:
            handler.addFilter(RedactSecrets(token))


async def on_startup(app: Application) -> None:
    """Open storage, check content, publish the command menu, start the features' jobs."""
    settings: Settings = app.bot_data["settings"]
    locales = load_checked_locales()
    storage = await open_storage(settings.database_url, pool_size=settings.database_pool_size)
    app.bot_data["services"] = Services(
        storage=storage, clock=app.bot_data["clock"], locales=locales, settings=settings
    )
    await publish_menus(app, locales)
    for hook in app.bot_data["startup_hooks"]:
        await hook(app)
    log.info("Friend or Ex is ready")


async def publish_menus(app: Application, locales: Locales) -> None:
    """Telegram's command menu: the English one by default, and one per language the bot
    speaks, each shown to users whose Telegram is set to it (command names stay the same)."""
    english = locales.content(None).table("commands")
    await app.bot.set_my_commands(handlers.menu_commands(app, english))
    for lang in BOT_LANGUAGES[1:]:
        described = locales.content(lang).checking().table("commands")
        await app.bot.set_my_commands(handlers.menu_commands(app, described), language_code=lang)


async def on_shutdown(app: Application) -> None:
    """Close the database after the last handler has finished."""
    services: Services | None = app.bot_data.get("services")
    if services is not None:
        await services.storage.close()
    log.info("Friend or Ex stopped")


# Updates handled at once (one per user at a time): enough to keep two cores busy while
# Telegram answers, few enough that each has an HTTP connection of its own.
CONCURRENT_UPDATES = 64
SWEEP_CONNECTIONS = 8


def build_application(settings: Settings, *, clock: Clock | None = None) -> Application:
    """The whole bot as a python-telegram-bot Application, not yet running."""
    builder = (
        ApplicationBuilder()
        .token(settings.token or "")
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .context_types(ContextTypes(context=BotContext))
        .concurrent_updates(PerUserUpdateProcessor(CONCURRENT_UPDATES))
        # HTTP over aiohttp (see telegram_http). A connection for every update handled at
        # once, and a few for the check-in sweep: a slow Bot API then makes replies wait for
        # Telegram, never for a free connection. getUpdates has its own single connection, so a
        # long poll never takes one of those (PTB adds the poll's timeout to its read timeout).
        .request(AiohttpRequest(connection_pool_size=CONCURRENT_UPDATES + SWEEP_CONNECTIONS))
        .get_updates_request(AiohttpRequest(connection_pool_size=1))
        # Two budgets: the check-in sweep paces its bulk sends itself (RATE_LIMIT, see
        # dispatch/sweep.Pacer); replies to someone who just wrote are never queued behind
        # it, only held back by Telegram's own 429s (max_retries: wait retry_after, try again).
        .rate_limiter(AIORateLimiter(overall_max_rate=0, max_retries=3))
        .post_init(on_startup)
        .post_shutdown(on_shutdown)
    )
    if settings.base_url:
        builder = builder.base_url(settings.base_url).base_file_url(
            settings.base_url.replace("/bot", "/file/bot", 1)
        )
    app = builder.build()
    app.bot_data["settings"] = settings
    app.bot_data["clock"] = clock or SystemClock()
    handlers.install(app)
    return app


def _updater(app: Application) -> Updater:
    """The app's polling updater (build_application always makes one)."""
    assert app.updater is not None
    return app.updater


async def start_in_running_loop(app: Application) -> None:
    """Start polling inside an event loop that is already running (tests, the console).

    `run_polling` owns its loop and calls post_init itself; this does the same steps by hand
    for an app from build_application (so its post_init is on_startup).
    """
    try:
        await app.initialize()
        await on_startup(app)
        await _updater(app).start_polling(poll_interval=0, timeout=1)
        await app.start()
    except BaseException:
        # Nobody stops an app that never started: close its HTTP sessions here (PTB's
        # shutdown skips an app whose initialize failed, so the bot's is called too).
        if _updater(app).running:
            await _updater(app).stop()
        if not app.running:
            await app.shutdown()
        await app.bot.shutdown()
        raise


async def stop_in_running_loop(app: Application) -> None:
    """Stop like SIGTERM does: in-flight handlers finish, then storage closes."""
    await _updater(app).stop()
    await app.stop()
    await on_shutdown(app)
    await app.shutdown()


def answered_as_bot_api(exc: TelegramError) -> bool:
    """False when the server's answer was not the Bot API's: a body that isn't JSON, or a 404
    (with a well-formed token, Telegram answers 404 only for a path that isn't its API)."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ValueError):  # PTB's JSON parsing failed on the way
            return False
        if isinstance(cause, InvalidToken) and not isinstance(cause.__cause__, InvalidToken):
            # The server's own words: PTB wraps them in a sentence of its own about the token.
            return cause.message == "Unauthorized"
        cause = cause.__cause__
    return True
