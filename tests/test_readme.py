"""The README's commands work as written on a fresh clone, in the order a newcomer needs them."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def shell_commands(readme: str) -> list[str]:
    """Every command the README shows: lines of sh blocks, `$ ` lines of console blocks and
    inline code that starts like a command."""
    found = []
    for lang, body in re.findall(r"```(sh|console)\n(.*?)```", readme, flags=re.S):
        for line in body.splitlines():
            if lang == "console" and not line.startswith("$ "):
                continue
            found.append(line.removeprefix("$ ").split("  #", 1)[0].strip())
    prose = re.sub(r"```.*?```", "", readme, flags=re.S)
    found += [c for c in re.findall(r"`([^`\n]+)`", prose) if re.match(r"[\w./=-]+ ", c)]
    return [c for c in found if c]


def programs(command: str) -> list[list[str]]:
    """The words of each program in a pipeline, without leading VAR=value settings."""
    runs = []
    for part in re.split(r"\||&&", command):
        words = shlex.split(part, posix=True) if part.count("'") % 2 == 0 else part.split()
        while words and re.match(r"^[A-Z_]+=", words[0]):
            words.pop(0)
        if words:
            runs.append(words)
    return runs


def test_no_command_needs_the_virtual_environment_activated():
    # A bare `python bot.py` runs the system Python, which has none of the dependencies.
    bare = [
        command
        for command in shell_commands(README)
        for words in programs(command)
        if words[0] in ("python", "python3") and any(w.endswith(".py") for w in words)
    ]
    assert bare == []


def test_every_script_the_readme_runs_exists_and_is_executable():
    for command in shell_commands(README):
        for words in programs(command):
            if words[0].startswith(("scripts/", ".ci/", ".venv/bin/")):
                if words[0].startswith(".venv/"):
                    script = next((w for w in words[1:] if w.endswith(".py")), None)
                    assert script is None or (ROOT / script).is_file(), command
                else:
                    assert os.access(ROOT / words[0], os.X_OK), command


def test_sections_come_in_the_order_a_newcomer_needs_them():
    headings = re.findall(r"^## (.+)$", README, flags=re.M)
    order = [
        next(i for i, h in enumerate(headings) if h.startswith(start))
        for start in ("Try it", "Create your bot", "Run it", "Commands", "Configuration")
    ]
    assert order == sorted(order), headings


def test_the_finder_sees_the_readmes_shapes():
    sample = (
        "```sh\nscripts/run --console   # or this\n```\n"
        "```console\n$ printf 'a\\nb' | python bot.py --console\nbot> hi\n```\n"
        "Run `python bot.py --help`, or `TELEGRAM_BOT_TOKEN=x scripts/run`; see `/help`.\n"
    )
    assert shell_commands(sample) == [
        "scripts/run --console",
        "printf 'a\\nb' | python bot.py --console",
        "python bot.py --help",
        "TELEGRAM_BOT_TOKEN=x scripts/run",
    ]
    assert programs("printf 'a' | python bot.py --console") == [
        ["printf", "a"],
        ["python", "bot.py", "--console"],
    ]
