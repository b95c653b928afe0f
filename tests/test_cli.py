"""bot.py as a process: configuration errors, the token kept secret, clean shutdown."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

import bot
from tests.harness import TEST_TOKEN

ROOT = Path(__file__).resolve().parent.parent


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env.update(extra)
    return env


async def run_bot(*args: str, env: dict[str, str]) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "bot.py",
        *args,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode is not None  # communicate() returns once the process has exited
    return proc.returncode, out.decode()


async def test_missing_token_exits_2_with_one_clear_sentence():
    code, out = await run_bot(env=clean_env())
    assert code == 2
    assert "TELEGRAM_BOT_TOKEN" in out and "@BotFather" in out and "--console" in out
    assert "Traceback" not in out and len(out.strip().splitlines()) == 1


@pytest.mark.parametrize("token", ["nonsense", "777", "abc:defghijklmnopqrstuvwxyz0123456789"])
async def test_malformed_token_exits_2(token):
    code, out = await run_bot(env=clean_env(TELEGRAM_BOT_TOKEN=token))
    assert code == 2 and "@BotFather" in out and "Traceback" not in out
    assert token not in out


async def test_help_documents_every_option():
    code, out = await run_bot("--help", env=clean_env())
    assert code == 0
    for flag, env_name in [
        ("--token", "TELEGRAM_BOT_TOKEN"),
        ("--base-url", "TELEGRAM_BASE_URL"),
        ("--database-url", "DATABASE_URL"),
        ("--log-level", "LOG_LEVEL"),
    ]:
        assert flag in out and env_name in out


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT], ids=["TERM", "INT"])
async def test_signal_stops_cleanly_after_in_flight_work_and_token_never_logged(
    emu, tmp_path, stop_signal
):
    db = tmp_path / "bot.sqlite3"
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,
        TELEGRAM_BASE_URL=emu.base_url,
        DATABASE_URL=f"sqlite:///{db}",
        LOG_LEVEL="DEBUG",
    )
    alice = emu.user(2001)
    # Queued before the bot starts, so its first getUpdates takes all three at once: when the
    # reply to /start arrives, the other two are already in the bot's hands.
    await alice.send("/start")
    await alice.send("/journal The day I stopped checking his profile")
    await alice.send("/mydata")
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "bot.py",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        assert "Friend or Ex" in (await alice.next_message(timeout=30)).plain
        proc.send_signal(stop_signal)
        out, _ = await asyncio.wait_for(proc.communicate(), 60)
    finally:
        if proc.returncode is None:
            proc.kill()
    log = out.decode()
    assert proc.returncode == 0, log
    replies = [await alice.next_message(), await alice.next_message()]
    assert replies[-1].kind == "document" and replies[-1].filename.endswith(".json"), replies
    assert TEST_TOKEN not in log and TEST_TOKEN.split(":")[1] not in log
    assert "stopped" in log
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 1
        assert raw.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 1


async def test_rejected_token_exits_2_with_one_sentence_and_never_prints_it(emu, tmp_path):
    wrong = "999999:WRONG-token_abcdefghijklmnopqrstuvwxyz"  # well formed, unknown to Telegram
    code, out = await run_bot(
        env=clean_env(
            TELEGRAM_BOT_TOKEN=wrong,
            TELEGRAM_BASE_URL=emu.base_url,
            DATABASE_URL=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
            LOG_LEVEL="DEBUG",
        )
    )
    assert code == 2, out
    assert "rejected the bot token" in out.strip().splitlines()[-1]
    assert wrong not in out and wrong.split(":")[1] not in out
    assert "Traceback" not in out


async def test_unreachable_telegram_says_so_in_one_sentence(tmp_path):
    code, out = await run_bot(
        env=clean_env(
            TELEGRAM_BOT_TOKEN=TEST_TOKEN,
            TELEGRAM_BASE_URL="http://127.0.0.1:9/bot",  # the discard port: nobody listens
            DATABASE_URL=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        )
    )
    assert code == 1
    assert "Could not reach the Telegram Bot API at 127.0.0.1:9" in out.strip().splitlines()[-1]
    assert TEST_TOKEN not in out and "Traceback" not in out


async def serve_one_answer(status: str, body: bytes) -> asyncio.Server:
    """A web server on 127.0.0.1 that answers every request the same way, as a web site or a
    mistyped address would."""

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            (
                int(line.split(b":")[1])
                for line in head.lower().split(b"\r\n")
                if line.startswith(b"content-length:")
            ),
            0,
        )
        await reader.readexactly(length)
        writer.write(
            f"HTTP/1.1 {status}\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n".encode()
            + body
        )
        await writer.drain()
        writer.close()

    return await asyncio.start_server(answer, "127.0.0.1", 0)


PAGE = b"<!DOCTYPE html><html><body><h1>Not here</h1></body></html>"


@pytest.mark.parametrize(
    ("status", "body"),
    [("404 Not Found", PAGE), ("200 OK", PAGE), ("404 Not Found", b'{"detail": "Not Found"}')],
    ids=["404-page", "200-page", "404-json"],
)
async def test_an_address_that_is_not_a_bot_api_server_is_named_not_the_token(
    tmp_path, status, body
):
    server = await serve_one_answer(status, body)
    port = server.sockets[0].getsockname()[1]
    try:
        code, out = await run_bot(
            env=clean_env(
                TELEGRAM_BOT_TOKEN=TEST_TOKEN,
                TELEGRAM_BASE_URL=f"http://127.0.0.1:{port}/bot",
                DATABASE_URL=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
            )
        )
    finally:
        server.close()
    assert code == 2, out
    last = out.strip().splitlines()[-1]
    assert f"127.0.0.1:{port} answered, but not as a Telegram Bot API server" in last
    assert "token" not in out.lower().replace("telegram_bot_token", "")
    assert "Traceback" not in out and "<html>" not in out
    assert TEST_TOKEN not in out


async def test_the_emulator_at_a_wrong_path_is_not_a_bot_api_server(emu, tmp_path):
    code, out = await run_bot(
        env=clean_env(
            TELEGRAM_BOT_TOKEN=TEST_TOKEN,
            TELEGRAM_BASE_URL=emu.base_url.replace("/bot", "/api/bot"),
            DATABASE_URL=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        )
    )
    assert code == 2, out
    assert "answered, but not as a Telegram Bot API server" in out.strip().splitlines()[-1]
    assert "rejected the bot token" not in out and "Traceback" not in out


@pytest.mark.parametrize(
    ("variable", "value", "words"),
    [
        ("LOG_LEVEL", "verbose", "not a log level"),
        ("RATE_LIMIT", "fast", "not a number from 1 to 1000"),
        ("DISPATCH_INTERVAL", "600", "not a number from 0 to 60"),
        ("DISPATCH_INTERVAL", "-1", "not a number from 0 to 60"),
        ("DISPATCH_INTERVAL", "nan", "not a number from 0 to 60"),
        ("WEBHOOK_PORT", "http", "not a port number"),
        ("DATABASE_URL", "mysql://db/friends", "is not a database this bot knows"),
        ("DATABASE_POOL_SIZE", "0", "not a number from 1 to 100"),
    ],
)
async def test_bad_environment_values_get_one_clear_line(variable, value, words):
    code, out = await run_bot(env=clean_env(TELEGRAM_BOT_TOKEN=TEST_TOKEN, **{variable: value}))
    assert code == 2 and "Traceback" not in out
    assert words in out and "e.g." in out


async def test_several_replicas_need_one_webhook_secret():
    code, out = await run_bot(
        env=clean_env(
            TELEGRAM_BOT_TOKEN=TEST_TOKEN,
            DATABASE_URL="postgresql://127.0.0.1/test",
            WEBHOOK_URL="https://example.org/hook",
        )
    )
    assert code == 2 and "Traceback" not in out
    assert "WEBHOOK_SECRET" in out and "e.g." in out


async def test_an_unreachable_database_is_one_clear_line(emu):
    code, out = await run_bot(
        env=clean_env(
            TELEGRAM_BOT_TOKEN=TEST_TOKEN,
            TELEGRAM_BASE_URL=emu.base_url,
            DATABASE_URL="postgresql://127.0.0.1:1/nowhere",
        )
    )
    assert code == 1 and "Traceback" not in out, out
    assert "Could not open the database" in out.strip().splitlines()[-1]


def test_flags_win_over_environment():
    environ = {
        "TELEGRAM_BOT_TOKEN": "1:env",
        "TELEGRAM_BASE_URL": "http://env/bot",
        "DATABASE_URL": "sqlite:///env.sqlite3",
        "LOG_LEVEL": "ERROR",
        "RATE_LIMIT": "10",
        "DISPATCH_INTERVAL": "30",
    }
    from_env = bot.parse_settings([], environ)
    assert (from_env.token, from_env.base_url, from_env.database_url) == (
        "1:env",
        "http://env/bot",
        "sqlite:///env.sqlite3",
    )
    assert (from_env.log_level, from_env.rate_limit, from_env.dispatch_interval) == (
        "ERROR",
        10,
        30,
    )
    flags = bot.parse_settings(
        [
            "--token", " 2:flag ",
            "--base-url", "http://flag/bot",
            "--database-url", "sqlite:///flag.sqlite3",
            "--log-level", "debug",
            "--rate-limit", "20",
            "--dispatch-interval", "5",
        ],
        environ,
    )  # fmt: skip
    assert (flags.token, flags.base_url, flags.database_url) == (
        "2:flag",
        "http://flag/bot",
        "sqlite:///flag.sqlite3",
    )
    assert (flags.log_level, flags.rate_limit, flags.dispatch_interval) == ("DEBUG", 20, 5)


async def test_console_database_flag_without_console_is_explained():
    code, out = await run_bot("--database", "x.sqlite3", env=clean_env())
    assert code == 2 and "only with --console" in out and "Traceback" not in out


RATE_LIMITER_GIVES_UP = """
import logging
from telegram.error import RetryAfter
import application
import bot
application.configure_logging("INFO", None)
limiter = logging.getLogger("telegram.ext.AIORateLimiter")
limiter.exception("Rate limit hit after maximum of %d retries", 3, exc_info=RetryAfter(2))
"""


async def test_a_429_that_outlasts_the_rate_limiters_retries_is_one_line():
    # What PTB's AIORateLimiter logs in a 429 storm; the sweep retries that check-in later.
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", RATE_LIMITER_GIVES_UP, cwd=ROOT, stderr=asyncio.subprocess.PIPE
    )
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    [line] = err.decode().splitlines()
    assert "WARNING" in line and "Rate limit hit after maximum of 3 retries" in line
    assert "Retry in 2 seconds" in line
