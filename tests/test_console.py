"""`python bot.py --console`: parsing typed lines, rendering, time travel, pipes and terminals."""

from __future__ import annotations

import asyncio
import io
import os
import pty
import re
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO

import pytest
from telegram import CopyTextButton, InlineKeyboardButton, InlineKeyboardMarkup

import application
import bot
from console import Console, run_console
from console.commands import (
    ClockAt,
    ClockBy,
    ClockShow,
    Help,
    Hint,
    Quit,
    Say,
    Tap,
    TapLabel,
    parse_line,
)
from console.render import (
    Button,
    buttons_of,
    keep_numbers,
    match_label,
    render_output,
    render_text,
)
from emulator import Output
from tests.harness import START

ROOT = Path(__file__).resolve().parent.parent
BOLD = "\x1b[1m"


# --- what a typed line means ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "action"),
    [
        ("", None),
        ("   ", None),
        ("/start", Say("/start")),
        ("  hello there ", Say("hello there")),
        ("3", Tap(3)),
        ("12", Tap(12)),
        ("٣", Say("٣")),  # not an ASCII digit: a message, not a tap
        (":tap Not sure", TapLabel("Not sure")),
        (":say 30", Say("30")),
        (":clock", ClockShow()),
        (":clock +1d", ClockBy(timedelta(days=1))),
        (":clock +2h", ClockBy(timedelta(hours=2))),
        (":clock +1d2h30m", ClockBy(timedelta(days=1, hours=2, minutes=30))),
        (":clock + 10m", ClockBy(timedelta(minutes=10))),
        (":clock 20:00", ClockAt(20 * 60)),
        (":clock 7:05", ClockAt(7 * 60 + 5)),
        (":CLOCK +1D", ClockBy(timedelta(days=1))),
        (":help", Help()),
        (":quit", Quit()),
        (":q", Quit()),
    ],
)
def test_parse_line(line, action):
    assert parse_line(line) == action


@pytest.mark.parametrize(
    "line",
    [":clock -1d", ":clock +0d", ":clock +500d", ":clock +99999999999999999d", ":clock 25:00",
     ":clock 7 o clock", ":clock tomorrow", ":frobnicate", ":tap", ":say"],
)  # fmt: skip
def test_bad_console_commands_get_a_one_line_hint(line):
    action = parse_line(line)
    assert isinstance(action, Hint)
    assert "\n" not in action.message and action.message


# --- rendering --------------------------------------------------------------------------


def test_render_text_styles_nested_entities_and_counts_utf16():
    # "💛 bold italic": the emoji takes two UTF-16 units, so "bold" starts at offset 3.
    plain = "💛 bold italic"
    entities = [
        {"type": "bold", "offset": 3, "length": 11},
        {"type": "italic", "offset": 8, "length": 6},
    ]
    assert render_text(plain, entities, color=False) == plain
    styled = render_text(plain, entities, color=True)
    assert styled == "💛 \x1b[1mbold \x1b[0m\x1b[1;3mitalic\x1b[0m"


def test_render_text_shows_link_addresses_and_quotes():
    plain = "see here\nquoted\nlines"
    entities = [
        {"type": "text_link", "offset": 4, "length": 4, "url": "https://example.org/"},
        {"type": "blockquote", "offset": 9, "length": 12},
    ]
    assert render_text(plain, entities, color=False) == (
        "see here (https://example.org/)\n│ quoted\n│ lines"
    )


def _output(kind="message", text="Hi", markup=None, **extra) -> Output:
    return Output(kind, 1, 7, text, text, markup, **extra)


def test_render_output_numbers_buttons_across_rows():
    markup = {
        "inline_keyboard": [
            [{"text": "Yes", "callback_data": "g:1:y"}, {"text": "No", "callback_data": "g:1:n"}],
            [{"text": "Read more", "url": "https://example.org"}],
        ]
    }
    output = _output(text="Healed?\nTake your time.", markup=markup)
    assert render_output(output, color=False) == (
        "bot> Healed?\n     Take your time.\n     [1] Yes  [2] No\n"
        "     [3] Read more (https://example.org)"
    )
    assert buttons_of(output) == [
        Button(1, "Yes", "callback", "g:1:y"),
        Button(2, "No", "callback", "g:1:n"),
        Button(3, "Read more", "url", "https://example.org"),
    ]
    reply_keyboard = _output(markup={"keyboard": [["14"], [{"text": "30"}]]})
    assert buttons_of(reply_keyboard) == [Button(1, "14"), Button(2, "30")]


def test_render_output_marks_edits_and_files(tmp_path):
    assert render_output(_output("edit", "Changed"), color=False) == "bot (edited)> Changed"
    document = _output("document", "", document=b"{}" * 600, filename="export.json")
    saved = tmp_path / "export.json"
    assert render_output(document, color=False, saved_to=saved) == (
        f"bot> [document export.json, 1,200 bytes, saved to {saved}]"
    )


@pytest.mark.parametrize(
    ("query", "labels"),
    [
        ("No", ["❌ No"]),
        ("no", ["❌ No"]),
        ("Not sure", ["🤔 Not sure"]),
        ("sure", ["🤔 Not sure"]),
        ("YES", ["✅ Yes"]),
        ("o", ["🤔 Not sure", "❌ No"]),
        ("maybe", []),
    ],
)
def test_tap_by_label_prefers_the_whole_words(query, labels):
    buttons = [Button(1, "✅ Yes"), Button(2, "🤔 Not sure"), Button(3, "❌ No")]
    assert [b.label for b in match_label(query, buttons)] == labels


# --- a session in-process (stdin and stdout as text streams) ---------------------------


def make_console(tmp_path: Path, script: str, *, color: bool = False, start=START) -> Console:
    return Console(
        application.Settings(token=None),
        tmp_path / "console.sqlite3",
        stdin=io.StringIO(script),
        stdout=io.StringIO(),
        color=color,
        start=start,
        user_name="Alice",
    )


def assert_clock_near(console: Console, expected: datetime) -> None:
    """The console's clock runs on in real time after a jump: allow the test's own seconds."""
    assert expected <= console.clock.now() < expected + timedelta(seconds=30)


async def run_script(console: Console) -> str:
    assert await console.run() == 0
    assert list(console.emu.errors) == []
    assert isinstance(console.out, io.StringIO)  # make_console writes into one
    return console.out.getvalue()


async def test_start_shows_welcome_with_numbered_buttons_and_a_number_taps(tmp_path):
    out = await run_script(make_console(tmp_path, "/start\n4\n"))
    assert "You are Alice (user 1)" in out
    assert "you> /start\nbot> Hi, I'm Friend or Ex." in out
    assert "[1] 🧭 Should we stay friends?" in out and "[4] ❓ All commands" in out
    # 4 taps "All commands": the help text follows the second prompt.
    assert "/help – " in out.split("you> 4", 1)[1]
    assert "\x1b[" not in out  # not a terminal: no styles


async def test_console_commands_and_hints(tmp_path):
    script = "9\n:help\n:frobnicate\n/start\n9\n:tap nothing like it\n:quit\n/help\n"
    out = await run_script(make_console(tmp_path, script))
    assert "There are no buttons to tap yet" in out
    assert ":clock 20:00" in out  # the :help text
    assert "Unknown console command :frobnicate. Type :help for the list." in out
    assert "No button 9: the newest message has buttons 1 to 4 (to send 9 as a message" in out
    assert "No button matches 'nothing like it'" in out
    assert "you> /help" not in out  # nothing is read after :quit


async def test_a_button_keeps_its_number_when_the_screen_changes(tmp_path):
    # Typing 1 three times must mean "Next tip" three times, never "Previous" on page 2.
    out = await run_script(make_console(tmp_path, "/boundaries\n1\n1\n1\n"))
    pages = re.findall(r"Boundary tip (\d) of", out)
    assert pages == ["1", "2", "3", "4"]
    assert out.count("[1] Next tip ›") == 4
    assert "[3] ‹ Previous" in out  # a new button takes a free number


def test_kept_numbers_rule():
    assert keep_numbers(["a", "b"], {}) == [1, 2]
    assert keep_numbers(["prev", "next", "all"], {"next": 1, "all": 2}) == [3, 1, 2]
    assert keep_numbers(["next", "all"], {"prev": 3, "next": 1, "all": 2}) == [1, 2]
    assert keep_numbers(["x", "x"], {"x": 2}) == [1, 2]  # twin labels: in order


async def test_a_silent_answer_says_no_reply_and_copy_buttons_print_their_text(tmp_path):
    """A tap the bot answers without a word still gets a line, so nobody waits in vain."""
    console = make_console(tmp_path, "1\n:tap Copy\n")
    await console.open()
    await console.perform(Say("/start"))
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("Nothing yet", callback_data="m:no-such-command")],
            [InlineKeyboardButton("📋 Copy", copy_text=CopyTextButton("Hope you're well."))],
        ]
    )
    await console.app.bot.send_message(1, "Pick one", reply_markup=markup)
    out = await run_script(console)
    assert "you> 1\n(no reply)" in out
    copied = "Copied (Telegram puts this on your clipboard):\nHope you're well."
    assert f"you> :tap Copy\n{copied}" in out


async def test_clock_moves_forward_and_to_a_local_time(tmp_path):
    console = make_console(tmp_path, ":clock\n:clock +1d2h\n:clock 20:00\n:clock 09:30\n")
    await console.open()
    await console.services.storage.ensure_user(1, START)
    await console.services.storage.set_timezone(1, "Europe/Berlin")
    out = await run_script(console)
    assert "clock: Mon 23 Nov 2026 13:00 Europe/Berlin" in out  # START is 12:00 UTC
    assert "clock: Tue 24 Nov 2026 15:00 Europe/Berlin" in out
    assert "clock: Tue 24 Nov 2026 20:00 Europe/Berlin" in out
    assert "clock: Wed 25 Nov 2026 09:30 Europe/Berlin" in out
    assert_clock_near(console, datetime(2026, 11, 25, 8, 30, tzinfo=UTC))


async def test_clock_travel_stops_at_every_due_instant_on_the_way(tmp_path):
    """Three reminders due on three evenings: +3d delivers each at its own time, in order."""
    console = make_console(tmp_path, ":clock +1d\n:clock +2d\n", color=True)
    await console.open()
    await console.perform(Say("/start"))  # Telegram lets a bot write only once you did

    async def reminder(job, services):
        return f"<b>Reminder</b> {job.kind} at {services.clock.now():%d %H:%M}", None

    console.app.bot_data["dispatcher"].renderers.update(r1=reminder, r2=reminder, r3=reminder)
    for day, kind in enumerate(["r1", "r2", "r3"]):
        due = datetime(2026, 11, 23, 20, 0, tzinfo=UTC) + timedelta(days=day)
        await console.services.storage.schedule_once(1, kind, due)
    out = await run_script(console)
    assert re.findall(r"Reminder\x1b\[0m (r\d) at (\d\d \d\d:\d\d)", out) == [
        ("r1", "23 20:00"),
        ("r2", "24 20:00"),
        ("r3", "25 20:00"),
    ]
    assert f"{BOLD}Reminder" in out  # styled, since this console pretends to be a terminal
    assert "── Mon 23 Nov 2026 20:00 UTC ──" in out and "── Wed 25 Nov 2026 20:00 UTC ──" in out
    assert out.index("r1 at") < out.index("clock: Tue 24 Nov 2026 12:00 UTC") < out.index("r2 at")
    assert_clock_near(console, START + timedelta(days=3))


async def test_clock_travel_delivers_a_daily_check_in_each_day(tmp_path):
    console = make_console(tmp_path, ":clock +1d\n:clock +2d\n", color=True)
    await console.open()
    await console.perform(Say("/start"))
    storage = console.services.storage
    await storage.start_period(1, START, date(2026, 11, 23), 30)
    await storage.schedule_checkin(1, datetime(2026, 11, 23, 20, 0, tzinfo=UTC))
    out = await run_script(console)
    assert re.findall(r"Day (\d+) of 30", out) == ["1", "2", "3"]
    assert f"{BOLD}Day 1 of 30" in out
    assert "[1]" in out.split("Day 3 of 30")[1]  # the check-in's buttons are numbered too


async def test_toasts_edits_and_documents_are_shown(tmp_path):
    console = make_console(tmp_path, "1\n")
    await console.open()
    await console.perform(Say("/start"))  # Telegram lets a bot write only once you did
    app_bot = console.app.bot
    first = await app_bot.send_message(1, "Version <b>one</b>")
    await app_bot.edit_message_text("Version <b>two</b>", chat_id=1, message_id=first.message_id)
    old = InlineKeyboardMarkup([[InlineKeyboardButton("Old", callback_data="zz:old")]])
    await app_bot.send_message(1, "An old question", reply_markup=old)
    await app_bot.send_document(1, b'{"moods": []}', filename="export.json")
    out = await run_script(console)
    assert "bot> Version one" in out and "bot (edited)> Version two" in out
    saved = tmp_path / "console-downloads" / "5-export.json"
    assert f"bot> [document export.json, 13 bytes, saved to {saved}]" in out
    assert saved.read_bytes() == b'{"moods": []}'
    assert oct(saved.stat().st_mode & 0o777) == "0o600"
    # "1" taps "Old" (the newest message with buttons); nobody knows it: a toast says so.
    assert "you> 1\n  (toast: This button has expired.)" in out


async def test_end_of_input_quits_and_the_clock_carries_over(tmp_path):
    first = make_console(tmp_path, "/start\n:clock +3d\n")
    await run_script(first)
    later = Console(
        application.Settings(token=None),
        tmp_path / "console.sqlite3",
        stdin=io.StringIO("/start\n"),
        stdout=io.StringIO(),
        color=False,
        user_name="Alice",
    )
    out = await run_script(later)
    assert later.clock.now() >= START + timedelta(days=3)
    assert "Welcome back" in out  # same database


# --- the real process: a pipe and a pseudo-terminal ------------------------------------


def console_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env.pop("NO_COLOR", None)
    return env


def run_piped(script: str, database: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "bot.py", "--console", "--database", str(database)],
        input=script,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=console_env(),
        timeout=60,
    )


def test_piped_script_gives_a_plain_transcript(tmp_path):
    done = run_piped("/start\n4\n:clock 08:00\n:clock +1d\n:bogus\n", tmp_path / "c.sqlite3")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    out = done.stdout
    assert "you> /start\nbot> Hi, I'm Friend or Ex." in out
    assert "/help – " in out and "[4] ❓ All commands" in out
    assert re.search(r"clock: \w{3} \d\d \w{3} \d{4} 08:00 UTC", out)
    assert "Unknown console command :bogus." in out
    assert "\x1b[" not in out and "Traceback" not in out
    assert (tmp_path / "c.sqlite3").exists()


def run_with_stdin(stdin: int | IO[str], database: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "bot.py", "--console", "--database", str(database)],
        stdin=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=console_env(),
        timeout=60,
    )


@pytest.mark.parametrize(
    "script", [None, "", "/start\n"], ids=["dev-null", "empty-file", "script-file"]
)
def test_any_stdin_that_is_not_a_terminal_runs_the_script_and_exits_0(tmp_path, script):
    database = tmp_path / "c.sqlite3"
    if script is None:
        done = run_with_stdin(subprocess.DEVNULL, database)
    else:
        (tmp_path / "script.txt").write_text(script)
        with (tmp_path / "script.txt").open() as stdin:
            done = run_with_stdin(stdin, database)
    assert (done.returncode, done.stderr) == (0, "")
    assert "Friend or Ex, offline" in done.stdout


def test_a_closed_stdin_is_an_empty_script(tmp_path):
    done = subprocess.run(
        [sys.executable, "bot.py", "--console", "--database", str(tmp_path / "c.sqlite3")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=console_env(),
        timeout=60,
        # The shell's `<&-`: the process starts with descriptor 0 closed.
        preexec_fn=lambda: os.close(0),
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert "Friend or Ex, offline" in done.stdout


def test_piped_script_through_the_guide_and_no_contact_to_a_check_in(tmp_path):
    script = "\n".join(
        [
            ":clock 08:00",
            "/decide",
            ":tap I want us to be friends",
            ":tap No",  # threatened, frightened or hurt
            ":tap No",  # healed
            ":tap Yes",  # boundaries
            ":tap Yes",  # same page
            ":tap Yes",  # them dating someone new
            ":tap Yes",  # adds to my life
            ":tap Yes",  # hoping for romance
            *[":tap No"] * 4,  # warning signs
            "/nocontact 30",
            "/timezone UTC",
            ":clock +1d",
            ":quit",
        ]
    )
    done = run_piped(script + "\n", tmp_path / "c.sqlite3")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Wait" in out
    assert re.search(r"\[\d+\][^\[\n]*no contact", out, re.IGNORECASE)  # the result's button
    assert re.search(r"Day \d+ of 30", out.split(":clock +1d", 1)[1])
    assert "No button" not in out and "Traceback" not in out


def read_until(fd: int, marker: bytes, timeout: float = 20.0) -> bytes:
    """Read a pseudo-terminal until `marker` shows up (the console's prompt)."""
    data = b""
    deadline = time.monotonic() + timeout
    while marker not in data:
        if time.monotonic() > deadline:
            raise TimeoutError(f"no {marker!r} in {data[-500:]!r}")
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        data += chunk
    return data


def test_terminal_session_styles_text_and_prompts(tmp_path):
    """A pseudo-terminal: a prompt, then /start, then the welcome with ANSI bold."""
    parent, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "bot.py", "--console", "--database", str(tmp_path / "c.sqlite3")],
        stdin=child,
        stdout=child,
        stderr=child,
        cwd=ROOT,
        env=console_env(),
        close_fds=True,
    )
    os.close(child)
    try:
        prompt = b"you> "
        banner = read_until(parent, prompt)
        assert b"Friend or Ex" in banner
        os.write(parent, b"/start\n")
        reply = read_until(parent, prompt)
        assert BOLD.encode() in reply and b"Friend or Ex" in reply
        assert b"[4]" in reply
        os.write(parent, b":quit\n")
        proc.wait(timeout=20)
        assert proc.returncode == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(parent)


def test_console_flags_parse_and_are_documented(capsys):
    settings = bot.parse_settings(["--console", "--database", "/tmp/x.sqlite3"], {})
    assert settings.console and settings.console_database == "/tmp/x.sqlite3"
    assert bot.parse_settings([], {}).console_database == "data/console.sqlite3"
    with pytest.raises(SystemExit):
        bot.parse_settings(["--help"], {})
    out = capsys.readouterr().out
    assert "--console" in out and "--database" in out and "data/console.sqlite3" in out


def test_a_database_folder_that_cannot_be_made_is_one_sentence(monkeypatch, capsys):
    monkeypatch.setattr(application, "configure_logging", lambda level, token: None)
    settings = application.Settings(
        token=None, console=True, console_database="/proc/nope/c.sqlite3"
    )
    code = run_console(settings, stdin=io.StringIO("/start\n"), stdout=io.StringIO())
    err = capsys.readouterr().err
    assert code == 1 and "The console stopped" in err and "/proc/nope" in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


async def test_the_clock_runs_on_and_what_the_bot_sends_on_its_own_is_printed(tmp_path):
    """No :clock at all: the production sweep job runs, and ten minutes (moved here, as real
    time would move them) after /sos the follow-up appears between prompts by itself."""
    read_end, write_end = os.pipe()
    stdin = os.fdopen(read_end, "r")
    console = Console(
        application.Settings(token=None, dispatch_interval=0.2),
        tmp_path / "console.sqlite3",
        stdin=stdin,
        stdout=WatchedOutput(),
        color=False,
        start=START,
        user_name="Alice",
    )
    running = asyncio.create_task(console.run())
    try:
        os.write(write_end, b"/sos\n")
        await wait_for_output(console.out, "ten minutes")
        before = console.clock.now()
        assert console.clock.now() > before  # it runs on by itself
        console.clock.advance(timedelta(minutes=10))
        out = await wait_for_output(console.out, "Checking in: how are you doing now?")
        assert out.rindex("── ") > out.rindex("you> /sos")  # printed as an arrival
    finally:
        os.write(write_end, b":quit\n")
        os.close(write_end)
        assert await asyncio.wait_for(running, 30) == 0
        stdin.close()
    assert list(console.emu.errors) == []


class WatchedOutput(io.StringIO):
    """Console output a test can wait on: every write wakes the waiters."""

    def __init__(self) -> None:
        super().__init__()
        self.written = asyncio.Event()

    def write(self, text: str) -> int:
        self.written.set()
        return super().write(text)


async def wait_for_output(out: WatchedOutput, words: str, timeout: float = 15.0) -> str:
    async with asyncio.timeout(timeout):
        while words not in out.getvalue():
            out.written.clear()
            await out.written.wait()
    return out.getvalue()


async def test_the_readme_transcript_is_what_the_console_prints(tmp_path):
    """The README's "Try it in 10 seconds" transcript, replayed: it must stay real."""
    readme = (ROOT / "README.md").read_text()
    block = readme.split("```console\n", 1)[1].split("```\n", 1)[0]
    command, expected = block.split("\n", 1)
    script = command.split("printf '", 1)[1].split("' |", 1)[0].encode().decode("unicode_escape")
    banner_clock = re.search(r"Clock: (.+ UTC)\.", expected).group(1)
    console = Console(
        application.Settings(token=None),
        tmp_path / "console.sqlite3",
        stdin=io.StringIO(script),
        stdout=io.StringIO(),
        color=False,
        start=datetime.strptime(banner_clock, "%a %d %b %Y %H:%M UTC").replace(tzinfo=UTC),
        user_name="Sam",
    )
    out = await run_script(console)
    assert out.replace(str(tmp_path / "console.sqlite3"), "data/console.sqlite3") == expected
