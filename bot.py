"""Friend or Ex: the one entry point. Reads configuration, then runs the Application
(application.py builds it) on Telegram, by polling or webhook, or in the console.

Run `python bot.py --help` for every option. Each option has an environment variable;
the command-line flag wins over it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import re
import secrets
import sys
from collections.abc import Callable, Mapping, Sequence
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from application import (
    CONSOLE_DATABASE,
    DEFAULT_DATABASE_URL,
    RedactSecrets,
    Settings,
    answered_as_bot_api,
    build_application,
    configure_logging,
)
from content import ContentError
from handlers.keyboard_check import load_checked_locales
from storage import StorageUnavailable, is_shared
from storage.postgres import DEFAULT_POOL_SIZE

log = logging.getLogger("friend_or_ex")

TOKEN_PATTERN = re.compile(r"^\d{3,20}:[A-Za-z0-9_-]{20,100}$")
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
        close_loop=False,  # main() closes it
    )


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
    # PTB runs the bot in this loop and leaves it open, so that the bot's HTTP sessions are
    # closed below even when start-up failed: PTB skips its own shutdown then, and an aiohttp
    # session left open complains when the process exits.
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        return _run(app, settings)
    finally:
        loop.run_until_complete(app.bot.shutdown())
        loop.close()


def _run(app: Application, settings: Settings) -> int:
    """Polling or webhook until stopped; a start-up failure becomes one sentence and a status."""
    try:
        if settings.webhook_url:
            run_webhook(app, settings)
        else:
            app.run_polling(
                allowed_updates=Update.ALL_TYPES, drop_pending_updates=False, close_loop=False
            )
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




if __name__ == "__main__":
    sys.exit(main())
