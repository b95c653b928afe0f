"""Friend or Ex: the one entry point. Reads configuration, builds the Application, runs it.

Run `python bot.py --help` for every option. Each option has an environment variable;
the command-line flag wins over it.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import secrets
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ContextTypes,
    Defaults,
    Updater,
)

import handlers
from content import ContentError, Locales
from core.clock import Clock, SystemClock
from core.locale import BOT_LANGUAGES
from handlers.context import BotContext, Services
from handlers.keyboard_check import load_checked_locales
from handlers.updates import PerUserUpdateProcessor
from storage import StorageUnavailable, is_shared, open_storage
from storage.postgres import DEFAULT_POOL_SIZE

log = logging.getLogger("friend_or_ex")

TOKEN_PATTERN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{20,100}$")
DEFAULT_DATABASE_URL = "sqlite:///data/friend-or-ex.sqlite3"
CONSOLE_DATABASE = "data/console.sqlite3"
NO_TOKEN = (
    "No bot token: set TELEGRAM_BOT_TOKEN to the token @BotFather gives you "
    "(in Telegram, message @BotFather and send /newbot), or try the bot offline "
    "with `python bot.py --console`."
)
BAD_WEBHOOK_URL = (
    "The webhook URL must start with https:// (Telegram only delivers to HTTPS), "
    "like https://example.org/hook."
)
SHARED_DATABASE_NEEDS_SECRET = (
    "With PostgreSQL every replica must share one webhook secret: set WEBHOOK_SECRET "
    "(letters, digits, _ and -), e.g. WEBHOOK_SECRET=$(openssl rand -hex 32)."
)
DATABASE_UNAVAILABLE = (
    "Could not open the database ({reason}): check DATABASE_URL and that the server is up."
)
BAD_WEBHOOK_SECRET = (
    "WEBHOOK_SECRET may hold only letters, digits, _ and -, 1 to 256 of them; "
    "leave it out and one is made up at random."
)
WEBHOOK_SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
BAD_TOKEN = (
    "That bot token doesn't look right (it should be digits, a colon and about 35 letters, "
    "like 123456789:AAE...): copy it again from @BotFather, /mybots → API Token."
)
REJECTED_TOKEN = (
    "Telegram rejected the bot token (revoked or mistyped?): copy the current one from "
    "@BotFather, /mybots → API Token, into TELEGRAM_BOT_TOKEN."
)
NOT_BOT_API = (
    "The address {where} answered, but not as a Telegram Bot API server: check "
    "TELEGRAM_BASE_URL (a self-hosted server's ends in /bot, e.g. http://127.0.0.1:8081/bot) "
    "and start the bot again."
)
UNREACHABLE = (
    "Could not reach the Telegram Bot API at {where}: check the network (or TELEGRAM_BASE_URL) "
    "and start the bot again."
)
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
DATABASE_WITHOUT_CONSOLE = (
    "--database names the console's own file and works only with --console; the bot's "
    "database is set with DATABASE_URL or --database-url, e.g. sqlite:///data/bot.sqlite3."
)


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


def log_level(text: str) -> str:
    """A LOG_LEVEL name, in any case."""
    if text.upper() not in LOG_LEVELS:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a log level: use one of {', '.join(LOG_LEVELS)}, e.g. INFO"
        )
    return text.upper()


def number_between(low: float, high: float, example: str) -> Callable[[str], float]:
    """An argparse type for a number in [low, high], with an example in its error."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            value = float("nan")
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a number from {low:g} to {high:g}, e.g. {example}"
            )
        return value

    return parse


def port(text: str) -> int:
    """A TCP port number."""
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number, e.g. 8443")
    return int(text)


def database_url(text: str) -> str:
    """A DATABASE_URL this version can open: a SQLite file or a PostgreSQL database."""
    if not (text.startswith("sqlite:///") or is_shared(text)):
        raise argparse.ArgumentTypeError(
            f"{text.split(':', 1)[0]!r} is not a database this bot knows: use "
            f"e.g. {DEFAULT_DATABASE_URL} or postgresql://user@host/database"
        )
    return text


def console_language(value: str) -> str:
    """A language code as Telegram sends it ("ru", "pt-br"); a wrong one is one clear line."""
    code = value.strip().lower()
    if not re.fullmatch(r"[a-z]{2}(?:-[a-z]{2,4})?", code):
        raise argparse.ArgumentTypeError(f"{value!r} is not a language code; try --lang ru")
    return code


def parse_settings(argv: Sequence[str] | None, environ: Mapping[str, str]) -> Settings:
    """Merge command-line flags over environment variables."""
    parser = argparse.ArgumentParser(
        prog="bot.py",
        description="Friend or Ex: a Telegram bot for deciding whether to stay friends "
        "with an ex, and for getting through no contact.",
    )
    parser.add_argument(
        "--token",
        default=environ.get("TELEGRAM_BOT_TOKEN"),
        help="bot token from @BotFather (env TELEGRAM_BOT_TOKEN; required to run on Telegram)",
    )
    parser.add_argument(
        "--base-url",
        default=environ.get("TELEGRAM_BASE_URL"),
        help="self-hosted Bot API server, e.g. http://127.0.0.1:8081/bot; the token is "
        "appended (env TELEGRAM_BASE_URL; default Telegram's own)",
    )
    parser.add_argument(
        "--database-url",
        default=environ.get("DATABASE_URL", DEFAULT_DATABASE_URL),
        type=database_url,
        help=f"where to store data (env DATABASE_URL; default {DEFAULT_DATABASE_URL})",
    )
    parser.add_argument(
        "--log-level",
        default=environ.get("LOG_LEVEL", "INFO"),
        type=log_level,
        help="how much to log: DEBUG, INFO, WARNING or ERROR (env LOG_LEVEL; default INFO)",
    )
    parser.add_argument(
        "--rate-limit",
        # A string default goes through `type`, so a bad environment value gets the same
        # one-line error as a bad flag.
        type=number_between(1, 1000, "25"),
        default=environ.get("RATE_LIMIT", "25"),
        help="most messages a second overall, for check-ins too (env RATE_LIMIT; default 25)",
    )
    parser.add_argument(
        "--console",
        action="store_true",
        help="try the bot in this terminal: no token, no network (Telegram is emulated)",
    )
    parser.add_argument(
        "--database",
        default=CONSOLE_DATABASE,
        metavar="PATH",
        help=f"the console's own SQLite file (default {CONSOLE_DATABASE}; only with --console)",
    )
    parser.add_argument(
        "--lang",
        default="en",
        metavar="CODE",
        type=console_language,
        help="the console user's Telegram language, e.g. ru or pt-br (only with --console)",
    )
    parser.add_argument(
        "--dispatch-interval",
        type=number_between(0, 60, "15"),  # over 60 would break "within a minute"
        default=environ.get("DISPATCH_INTERVAL", "15"),
        help="seconds between sweeps of the check-in queue; 0 turns the sweep off "
        "(env DISPATCH_INTERVAL; default 15)",
    )
    parser.add_argument(
        "--database-pool-size",
        type=lambda text: int(number_between(1, 100, "10")(text)),
        default=environ.get("DATABASE_POOL_SIZE", str(DEFAULT_POOL_SIZE)),
        help="PostgreSQL connections each process keeps (env DATABASE_POOL_SIZE; default "
        f"{DEFAULT_POOL_SIZE}; SQLite uses one)",
    )
    add_webhook_arguments(parser, environ)
    args = parser.parse_args(argv)
    return Settings(
        token=args.token.strip() if args.token else None,
        base_url=args.base_url,
        database_url=args.database_url,
        log_level=args.log_level,
        rate_limit=args.rate_limit,
        console=args.console,
        console_database=args.database,
        console_lang=args.lang,
        dispatch_interval=args.dispatch_interval,
        webhook_url=args.webhook_url or None,
        webhook_listen=args.listen,
        webhook_port=args.port,
        webhook_secret=args.webhook_secret or None,
        database_pool_size=args.database_pool_size,
    )


def add_webhook_arguments(parser: argparse.ArgumentParser, environ: Mapping[str, str]) -> None:
    """The flags of webhook mode (without --webhook-url the bot polls)."""
    parser.add_argument(
        "--webhook-url",
        default=environ.get("WEBHOOK_URL"),
        help="serve updates by webhook at this public HTTPS URL instead of polling, e.g. "
        "https://example.org/hook (env WEBHOOK_URL; default: long polling)",
    )
    parser.add_argument(
        "--listen",
        default=environ.get("WEBHOOK_LISTEN", "0.0.0.0"),
        help="address the webhook server listens on; Telegram (or your reverse proxy) must "
        "reach it (env WEBHOOK_LISTEN; default 0.0.0.0, every interface)",
    )
    parser.add_argument(
        "--port",
        type=port,
        default=environ.get("WEBHOOK_PORT", "8443"),
        help="port of the webhook server (env WEBHOOK_PORT; default 8443)",
    )
    parser.add_argument(
        "--webhook-secret",
        default=environ.get("WEBHOOK_SECRET"),
        help="secret Telegram sends in X-Telegram-Bot-Api-Secret-Token; requests without "
        "it get 403 (env WEBHOOK_SECRET; required with PostgreSQL, where every replica "
        "shares it; default with SQLite: a random one at each start)",
    )


def webhook_problem(settings: Settings) -> str | None:
    """One sentence if the webhook settings cannot work, else None."""
    if settings.webhook_url is None:
        return None
    if not settings.webhook_url.startswith("https://") or not urlsplit(settings.webhook_url).netloc:
        return BAD_WEBHOOK_URL
    if settings.webhook_secret and not WEBHOOK_SECRET_PATTERN.match(settings.webhook_secret):
        return BAD_WEBHOOK_SECRET
    if not settings.webhook_secret and is_shared(settings.database_url):
        # A random secret per replica: Telegram knows only the last one set, and every
        # other replica would answer its deliveries with 403.
        return SHARED_DATABASE_NEEDS_SECRET
    return None


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
            # Exceptions quote the token too (InvalidToken, URLs in httpx errors): format the
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
        # A connection for every update handled at once, and a few for the check-in sweep:
        # a slow Bot API then makes replies wait for Telegram, never for a free connection.
        .connection_pool_size(CONCURRENT_UPDATES + SWEEP_CONNECTIONS)
        # Two budgets: the check-in sweep paces its bulk sends itself (RATE_LIMIT, see
        # handlers/checkins.Pacer); replies to someone who just wrote are never queued behind
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


class WithholdUpdatePayload(logging.Filter):
    """PTB logs a webhook body it cannot parse in full, at CRITICAL: keep users' words out."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.CRITICAL and record.args:
            record.args = tuple("<update withheld>" for _ in record.args)
        return True


def run_webhook(app: Application, settings: Settings) -> None:
    """Serve updates by webhook: register the URL with Telegram, then listen until stopped.

    PTB answers 403 to any request without the right X-Telegram-Bot-Api-Secret-Token, before
    reading its body, so a stranger who finds the URL cannot feed the bot updates.
    """
    secret = settings.webhook_secret or secrets.token_urlsafe(32)
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactSecrets(secret))
    logging.getLogger("telegram.ext._utils.webhookhandler").addFilter(WithholdUpdatePayload())
    url = settings.webhook_url or ""
    log.info("serving updates by webhook on %s:%d", settings.webhook_listen, settings.webhook_port)
    app.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=urlsplit(url).path.lstrip("/"),
        webhook_url=url,
        secret_token=secret,
        allowed_updates=Update.ALL_TYPES,
        drop_pending_updates=False,
    )


def _updater(app: Application) -> Updater:
    """The app's polling updater (build_application always makes one)."""
    assert app.updater is not None
    return app.updater


async def start_in_running_loop(app: Application) -> None:
    """Start polling inside an event loop that is already running (tests, the console).

    `run_polling` owns its loop and calls post_init itself; this does the same steps by hand
    for an app from build_application (so its post_init is on_startup).
    """
    await app.initialize()
    await on_startup(app)
    await _updater(app).start_polling(poll_interval=0, timeout=1)
    await app.start()


async def stop_in_running_loop(app: Application) -> None:
    """Stop like SIGTERM does: in-flight handlers finish, then storage closes."""
    await _updater(app).stop()
    await app.stop()
    await on_shutdown(app)
    await app.shutdown()


def main(argv: Sequence[str] | None = None) -> int:
    """Start the bot with long polling (or a webhook); returns the process exit status."""
    settings = parse_settings(argv, os.environ)
    if settings.console:
        from console import run_console  # the console imports this module

        return run_console(settings)
    if settings.console_database != CONSOLE_DATABASE:
        print(DATABASE_WITHOUT_CONSOLE, file=sys.stderr)
        return 2
    if not settings.token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    if not TOKEN_PATTERN.match(settings.token):
        print(BAD_TOKEN, file=sys.stderr)
        return 2
    problem = webhook_problem(settings)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.token)
    try:
        load_checked_locales()
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 1
    app = build_application(settings)
    try:
        if settings.webhook_url:
            run_webhook(app, settings)
        else:
            app.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    except StorageUnavailable as exc:
        print(DATABASE_UNAVAILABLE.format(reason=exc), file=sys.stderr)
        return 1
    except TelegramError as exc:
        # The host comes from PTB's own base URL (its path holds the token, so only the host).
        where = urlsplit(app.bot.base_url).netloc
        if not answered_as_bot_api(exc):
            print(NOT_BOT_API.format(where=where), file=sys.stderr)
            return 2
        if isinstance(exc, InvalidToken):
            print(REJECTED_TOKEN, file=sys.stderr)
            return 2
        if isinstance(exc, NetworkError):
            # Nothing was served yet: a service manager's restart is the right retry.
            print(UNREACHABLE.format(where=where), file=sys.stderr)
            return 1
        raise
    return 0


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


if __name__ == "__main__":
    sys.exit(main())
