"""Webhook mode: bot.py as a process, updates POSTed to it, with and without the secret."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import sys
import time

import httpx
import pytest

import bot
from tests.harness import TEST_TOKEN
from tests.test_cli import ROOT, clean_env

SECRET = "s3cret-for_tests"
HOOK = "https://example.org/hook"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def wait_for(condition, timeout: float = 20.0) -> None:
    """Until the subprocess is up: poll a condition (start-up time is not ours to move)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the bot did not come up in webhook mode")
        await asyncio.sleep(0.02)


def port_open(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


async def test_webhook_accepts_only_requests_with_the_secret(emu, database_url):
    port = free_port()
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TEST_TOKEN,
        TELEGRAM_BASE_URL=emu.base_url,
        DATABASE_URL=database_url,
        WEBHOOK_URL=HOOK,
        WEBHOOK_PORT=str(port),
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_SECRET=SECRET,
        LOG_LEVEL="INFO",
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
        await wait_for(lambda: emu._webhook_url == HOOK and port_open(port))
        alice = emu.user(4001)
        url = f"http://127.0.0.1:{port}/hook"

        async def post(text: str, headers: dict[str, str]) -> httpx.Response:
            message = await alice.send(text)  # the emulator builds the update Telegram would
            update = {"update_id": emu.last_update_id, "message": message}
            async with httpx.AsyncClient() as client:
                return await client.post(
                    url,
                    content=json.dumps(update),
                    headers={"Content-Type": "application/json", **headers},
                )

        no_secret = await post("/help", {})
        wrong_secret = await post("/help", {"X-Telegram-Bot-Api-Secret-Token": "guess"})
        assert no_secret.status_code == 403 and wrong_secret.status_code == 403
        right = await post("/start", {"X-Telegram-Bot-Api-Secret-Token": SECRET})
        assert right.status_code == 200
        assert "Friend or Ex" in (await alice.next_message(timeout=10)).plain
        # One user's updates are handled in order, so the rejected ones would have come first.
        assert len(alice.messages) == 1
        proc.send_signal(signal.SIGTERM)
        out, _ = await asyncio.wait_for(proc.communicate(), 10)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    log = out.decode()
    assert proc.returncode == 0, log
    assert "webhook" in log
    assert SECRET not in log and TEST_TOKEN not in log


def test_webhook_settings_from_flags_and_environment():
    settings = bot.parse_settings(
        ["--webhook-url", HOOK, "--port", "9000"],
        {"WEBHOOK_LISTEN": "127.0.0.1", "WEBHOOK_SECRET": "abc"},
    )
    assert settings.webhook_url == HOOK and settings.webhook_port == 9000
    assert settings.webhook_listen == "127.0.0.1" and settings.webhook_secret == "abc"
    default = bot.parse_settings([], {})
    assert default.webhook_url is None and default.webhook_listen == "0.0.0.0"
    assert default.webhook_port == 8443 and default.webhook_secret is None
    assert bot.webhook_problem(default) is None and bot.webhook_problem(settings) is None


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["--webhook-url", "http://example.org/hook"], "https://"),
        (["--webhook-url", "https://"], "https://"),
        (["--webhook-url", HOOK, "--webhook-secret", "no spaces allowed"], "letters, digits"),
        (["--webhook-url", HOOK, "--webhook-secret", "x" * 257], "letters, digits"),
    ],
)
def test_webhook_settings_that_cannot_work_are_named(args, problem):
    settings = bot.parse_settings(args, {"TELEGRAM_BOT_TOKEN": TEST_TOKEN})
    assert problem in bot.webhook_problem(settings)


def test_bad_webhook_url_exits_2_with_one_sentence(monkeypatch, capsys):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TEST_TOKEN)
    assert bot.main(["--webhook-url", "http://example.org/hook"]) == 2
    err = capsys.readouterr().err
    assert "https://" in err and len(err.strip().splitlines()) == 1


def test_help_documents_the_webhook_options(capsys):
    with pytest.raises(SystemExit):
        bot.parse_settings(["--help"], {})
    out = capsys.readouterr().out
    for flag, env_name in [
        ("--webhook-url", "WEBHOOK_URL"),
        ("--listen", "WEBHOOK_LISTEN"),
        ("--port", "WEBHOOK_PORT"),
        ("--webhook-secret", "WEBHOOK_SECRET"),
    ]:
        assert flag in out and env_name in out


def test_a_random_secret_is_made_when_none_is_given():
    calls = []

    class FakeApp:
        def run_webhook(self, **kwargs):
            calls.append(kwargs)

    settings = bot.parse_settings(["--webhook-url", "https://example.org/bot/hook"], {})
    bot.run_webhook(FakeApp(), settings)
    bot.run_webhook(FakeApp(), settings)
    first, second = calls
    assert first["url_path"] == "bot/hook" and first["webhook_url"].endswith("/bot/hook")
    assert first["listen"] == "0.0.0.0" and first["port"] == 8443
    assert bot.WEBHOOK_SECRET_PATTERN.match(first["secret_token"])
    assert len(first["secret_token"]) >= 32 and first["secret_token"] != second["secret_token"]
