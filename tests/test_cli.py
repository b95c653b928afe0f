"""bot.py as a process: configuration errors, the token kept secret, clean shutdown."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

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


async def test_sigterm_stops_cleanly_and_token_never_logged(emu, tmp_path):
    db = tmp_path / "bot.sqlite3"
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,
        TELEGRAM_BASE_URL=emu.base_url,
        DATABASE_URL=f"sqlite:///{db}",
        LOG_LEVEL="DEBUG",
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "bot.py",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        alice = emu.user(2001)
        await alice.send("/start")
        assert "Friend or Ex" in (await alice.next_message(timeout=30)).plain
        proc.send_signal(signal.SIGTERM)
        out, _ = await asyncio.wait_for(proc.communicate(), 10)
    finally:
        if proc.returncode is None:
            proc.kill()
    log = out.decode()
    assert proc.returncode == 0, log
    assert TEST_TOKEN not in log and TEST_TOKEN.split(":")[1] not in log
    assert "stopped" in log
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 1


RATE_LIMITER_GIVES_UP = """
import logging
from telegram.error import RetryAfter
import bot
bot.configure_logging("INFO", None)
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
