"""Every content file follows Telegram's rules, and so does every keyboard the bot can build.

When a feature adds a keyboard, add its builder to handlers/keyboard_check.sample_keyboards:
its callback_data and labels are then checked at start-up and here.
"""

from __future__ import annotations

import copy
import re
import string
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from telegram import InlineKeyboardMarkup

from content import (
    AIM_TEXT,
    CONTENT_DIR,
    MAX_BUTTON_LABEL,
    MAX_TEXT,
    Content,
    ContentError,
    Locales,
    load_content,
    problems,
    read_content_files,
)
from core.checkin import MILESTONES
from core.decision import Outcome
from core.quickhelp import MessageKind, TipPage
from core.telegram_html import check_telegram_html, html_to_plain, utf16_length
from handlers import keyboard_check, tips
from handlers.common import MENU_PREFIX, keyboard
from handlers.keyboard_check import MAX_CALLBACK_DATA_BYTES, MAX_COPY_TEXT

COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")

content = load_content()
data = read_content_files()
commands = content.table("commands")


def walk(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every value in the content tree with its dotted path, containers included."""
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{path}[{index}]")


def filled(template: str) -> str:
    names = [name for _, name, _, _ in string.Formatter().parse(template) if name]
    return template.format_map({name: "x" for name in names})


TEXTS = [(path, value) for path, value in walk(data) if isinstance(value, str)]


def test_loader_finds_no_problems():
    assert problems(data) == []


@pytest.mark.parametrize(("path", "template"), TEXTS, ids=[path for path, _ in TEXTS])
def test_every_text_is_telegram_html_within_the_limit(path, template):
    text = filled(template)
    assert text.strip(), f"{path} is empty"
    assert check_telegram_html(text) is None
    assert utf16_length(html_to_plain(text)) <= MAX_TEXT


def test_a_missing_milestone_text_fails_at_load(tmp_path):
    for path in CONTENT_DIR.glob("*.toml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    checkin = tmp_path / "checkin.toml"
    lines = checkin.read_text(encoding="utf-8").splitlines(keepends=True)
    checkin.write_text("".join(ln for ln in lines if not ln.startswith("d30 =")), encoding="utf-8")
    with pytest.raises(ContentError, match=r"checkin\.milestones\.d30: missing"):
        load_content(tmp_path)


def test_every_milestone_has_a_text():
    for day in MILESTONES:
        assert content.text(f"checkin.milestones.d{day}").strip(), day


# Promises the bot can't keep: the chat stays on the phone and the answers are stored.
SECRECY_PROMISES = re.compile(
    r"between us|never see|nobody but you|no one but you|no one else|only you can"
    r"|(stays|is|keeps? (it|them)) private|private note|goes nowhere|keep (it|that) safe"
    r"|safe with me|stays here",
    re.IGNORECASE,
)


def test_no_text_promises_secrecy():
    promises = [
        (path, found.group(0))
        for path, value in TEXTS
        if (found := SECRECY_PROMISES.search(html_to_plain(filled(value))))
    ]
    assert promises == []


def test_the_secrecy_check_catches_the_old_promises():
    old = [
        "Last one, and it stays between us: have they ever hurt you?",
        "Write it in your next message: it stays private, just for you.",
        "I show it to nobody but you, and /forget deletes it.",
        "I'll keep it as an unsent message; they will never see it.",
        "It stays here and goes nowhere.",
    ]
    assert all(SECRECY_PROMISES.search(text) for text in old)


def test_no_check_in_makes_a_slip_read_as_failing_oneself():
    """Days without contact are not the only days someone looks after themselves."""
    checkin = [value for path, value in TEXTS if path.startswith("checkin.")]
    for words in ("chose yourself", "choosing yourself", "without reaching out is"):
        assert not any(words in text for text in checkin), words


def test_no_empty_entries():
    empty = [path for path, value in walk(data) if value in ("", [], {}) or value is None]
    assert empty == []


def test_long_texts_are_flagged():
    """DESIGN aims for under ~700 characters a message; say so (not fail) for any text over."""
    for path, template in TEXTS:
        visible = len(html_to_plain(filled(template)))
        if visible > AIM_TEXT:
            warnings.warn(f"{path}: {visible} characters (aim under {AIM_TEXT})", stacklevel=1)


def test_commands_have_descriptions_telegram_accepts():
    assert commands
    for name, description in commands.items():
        assert COMMAND_NAME.match(name), name
        assert 3 <= len(description) <= 256, name
        assert check_telegram_html(description) is None and "<" not in description, name


def test_every_command_has_a_menu_button_label_or_none():
    labels = content.table("common.buttons")
    assert set(labels) <= set(commands)


# --- every message and keyboard the quick-help pages can show --------------------------

ALL_COMMANDS = set(commands)
OUTCOMES = [None, *Outcome]


def quick_help_pages() -> list[tuple[str, tuple[str, InlineKeyboardMarkup]]]:
    count = tips.tip_count(content)
    pages = [(f"tip {i}", tips.boundary_tip(content, TipPage(i, count))) for i in range(count)]
    pages.append(("all tips", tips.all_tips(content, ALL_COMMANDS)))
    pages.append(("reply kinds", tips.reply_kinds(content, ALL_COMMANDS)))
    for outcome in OUTCOMES:
        pages.append((f"say {outcome}", tips.say_lines(content, outcome, ALL_COMMANDS)))
        for kind in MessageKind:
            rendered = tips.reply_answers(content, kind, outcome, ALL_COMMANDS)
            pages.append((f"reply {kind.value} {outcome}", rendered))
    for name in ("why", "walkaway", "selfcare", "safety"):
        pages.append((name, tips.page(content, name, ALL_COMMANDS)))
    return pages


PAGES = quick_help_pages()


@pytest.mark.parametrize(("name", "page"), PAGES, ids=[name for name, _ in PAGES])
def test_quick_help_messages_are_short_and_valid(name, page):
    text, _ = page
    assert check_telegram_html(text) is None
    assert len(html_to_plain(text)) < AIM_TEXT  # quick help is skimmed, not read


def test_ready_to_send_lines_are_plain_and_fit_a_copy_button():
    lines = [
        line for variant in content.table("tips.say.lines").values() for line in variant.values()
    ]
    lines += [
        line for kind in content.table("tips.reply.replies").values() for line in kind.values()
    ]
    for line in lines:
        assert "<" not in line and "&" not in line, line  # shown as HTML, copied as is
        assert 1 <= len(line) <= MAX_COPY_TEXT, line


def test_every_outcome_has_its_texts():
    for outcome in OUTCOMES:
        key = outcome.value if outcome else "none"
        assert content.has(f"tips.say.intro.{key}") and content.has(f"tips.say.lines.{key}")
        assert content.has(f"tips.reply.fits.{key}")
    for kind in MessageKind:
        assert content.has(f"tips.reply.kinds.{kind.value}")
        assert set(content.table(f"tips.reply.replies.{kind.value}")) == set(
            content.table("tips.reply.tones")
        )


# --- every callback_data and label the bot can build -----------------------------------


def built_keyboards() -> list[InlineKeyboardMarkup]:
    return [markup for _, markup in keyboard_check.sample_keyboards(content, commands)]


def test_every_callback_data_fits_in_64_bytes():
    built = [
        button.callback_data
        for markup in built_keyboards()
        for row in markup.inline_keyboard
        for button in row
        if button.callback_data is not None
    ]
    built += [f"{MENU_PREFIX}{name}" for name in commands]
    assert built
    for data_ in built:
        assert 1 <= len(data_.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES, data_


def test_every_button_label_is_non_empty_and_short():
    for markup in built_keyboards():
        for row in markup.inline_keyboard:
            assert row
            for button in row:
                assert button.text.strip()
                assert len(button.text) <= MAX_BUTTON_LABEL, button.text
    for path, value in walk(data):
        if isinstance(value, str) and (".buttons." in f".{path}" or path.endswith("_button")):
            assert value.strip(), path


# --- the start-up check refuses what would break at run time -----------------------------


def test_start_up_check_rejects_empty_lists_and_tables(tmp_path):
    found = problems({"tips": {"boundaries": {"tips": []}, "say": {"names": {}}}})
    assert [problem for problem in found if "empty" in problem] == [
        "tips.boundaries.tips: empty list or table",
        "tips.say.names: empty list or table",
    ]
    (tmp_path / "tips.toml").write_text('title = "Tips"\n[boundaries]\ntips = []\n')
    with pytest.raises(ContentError, match=r"tips\.boundaries\.tips: empty"):
        load_content(tmp_path)


def with_say_line(line: str) -> Content:
    changed = copy.deepcopy(data)
    lines = changed["tips"]["say"]["lines"]["none"]
    lines[next(iter(lines))] = line
    return Content(changed)


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("x" * (MAX_COPY_TEXT + 1), "over 256 characters"),
        ("Tea &amp; a talk?", "holds HTML"),
    ],
)
def test_start_up_check_rejects_copy_text_telegram_or_the_user_cannot_use(
    monkeypatch, line, problem
):
    assert problems(with_say_line(line)._data) == []  # valid text: only the button is wrong
    found = keyboard_check.markup_problems(
        keyboard_check.sample_keyboards(with_say_line(line), commands)
    )
    assert found and all("copy_text" in f and problem in f for f in found)
    monkeypatch.setattr(
        keyboard_check, "load_locales", lambda: Locales({"en": with_say_line(line)})
    )
    with pytest.raises(ContentError, match="copy_text"):
        keyboard_check.load_checked_locales()


def test_start_up_check_rejects_callback_data_over_64_bytes():
    fits = keyboard([[("Fits", "t:" + "a" * (MAX_CALLBACK_DATA_BYTES - 2))]])
    too_long = keyboard([[("Too long", "t:" + "ä" * 32)]])  # 66 bytes in 34 characters
    assert keyboard_check.markup_problems([("fits", fits)]) == []
    [found] = keyboard_check.markup_problems([("long", too_long)])
    assert "long" in found and "callback_data over 64 bytes" in found


def test_start_up_check_passes_the_real_content_and_covers_the_guide():
    built = keyboard_check.sample_keyboards(content, commands)
    assert keyboard_check.markup_problems(built) == []
    names = {name for name, _ in built}
    assert {"guide safety", "result walk_away safety", "say wait", "tip 1"} <= names
    assert keyboard_check.load_checked_locales().content("en") is content
