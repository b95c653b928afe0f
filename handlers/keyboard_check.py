"""Every keyboard the guide and quick help can build, built once at start-up and checked
against Telegram's limits, so content or code that breaks them stops the bot before a user
meets a rejected message."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

from telegram import InlineKeyboardMarkup

from content import MAX_BUTTON_LABEL, Content, ContentError, Locales, load_locales
from core import decision
from core.checkin import SNOOZE_CHOICES
from core.decision import QUESTION_ORDER, Outcome
from core.quickhelp import MessageKind, tip_page
from handlers import basics, decide, tips
from handlers.checkins import checkin_keyboard, last_day_keyboard, later_data
from handlers.common import keyboard
from storage.models import GuideRun

MAX_CALLBACK_DATA_BYTES = 64
MAX_COPY_TEXT = 256  # Telegram's limit for CopyTextButton.text
BIGGEST_ID = 2**63 - 1  # ids that go into callback_data are SQLite integers at most this big


def sample_keyboards(
    content: Content, commands: Iterable[str]
) -> list[tuple[str, InlineKeyboardMarkup]]:
    """Each keyboard the guide, the check-ins and quick help can show, with ids at their
    longest and every outcome and message kind, named for the problem report."""
    available = set(commands)
    built = [("main menu", basics.main_menu(content))]
    built.append(("check-in", checkin_keyboard(content, BIGGEST_ID, date.max)))
    built.append(("last day", last_day_keyboard(content, BIGGEST_ID)))
    later = [[("Later", later_data(BIGGEST_ID, date.max, h)) for h in SNOOZE_CHOICES]]
    built.append(("later choices", keyboard(later)))
    count = tips.tip_count(content)
    for index in range(count):
        page = tip_page(index, count)
        if page is not None:
            built.append((f"tip {index + 1}", tips.boundary_tip(content, page)[1]))
    built.append(("all tips", tips.all_tips(content, available)[1]))
    built.append(("reply kinds", tips.reply_kinds(content, available)[1]))
    for outcome in [None, *Outcome]:
        named = outcome.value if outcome else "none"
        built.append((f"say {named}", tips.say_lines(content, outcome, available)[1]))
        for kind in MessageKind:
            markup = tips.reply_answers(content, kind, outcome, available)[1]
            built.append((f"reply {kind.value} {named}", markup))
    for name in ("why", "walkaway", "selfcare", "safety"):
        built.append((name, tips.page(content, name, available)[1]))
    for question in QUESTION_ORDER:
        earlier = {question: decision.choices(question)[-1]}
        view = decide.question_view(content, BIGGEST_ID, question, earlier)
        built.append((f"guide {question.name.lower()}", view[1]))
    now = datetime(2026, 1, 1, tzinfo=UTC)
    for outcome in Outcome:
        run = GuideRun(BIGGEST_ID, 0, "done", now, now, outcome.value, None, None, {})
        for safety in (False, True):
            markup = decide.outcome_keyboard(content, run, outcome, safety, discreet=False)
            built.append((f"result {outcome.value}{' safety' if safety else ''}", markup))
    return built


def markup_problems(built: Iterable[tuple[str, InlineKeyboardMarkup]]) -> list[str]:
    """Every button that breaks a limit: callback_data over 64 bytes, copy_text empty, over 256
    characters or holding HTML (it is copied as is), a label empty or over 64 characters."""
    found = []
    for name, markup in built:
        for row in markup.inline_keyboard:
            for button in row:
                where = f"{name}, button {button.text!r}"
                if not button.text.strip() or len(button.text) > MAX_BUTTON_LABEL:
                    found.append(f"{where}: label empty or over {MAX_BUTTON_LABEL} characters")
                data = button.callback_data
                if isinstance(data, str) and not 1 <= len(data.encode()) <= MAX_CALLBACK_DATA_BYTES:
                    found.append(f"{where}: callback_data over {MAX_CALLBACK_DATA_BYTES} bytes")
                copy = button.copy_text.text if button.copy_text else None
                if copy is not None and not 1 <= len(copy) <= MAX_COPY_TEXT:
                    found.append(f"{where}: copy_text empty or over {MAX_COPY_TEXT} characters")
                if copy is not None and ("<" in copy or "&" in copy):
                    found.append(f"{where}: copy_text holds HTML, which would be copied as is")
    return found


def load_checked_locales() -> Locales:
    """The content in every language (see content.load_locales), refused with ContentError
    when a keyboard built from it breaks a limit."""
    locales = load_locales()
    found = []
    for lang in sorted(locales.languages):
        content = locales.content(lang).checking()
        found += [
            f"{lang}: {p}"
            for p in markup_problems(sample_keyboards(content, content.table("commands")))
        ]
    if found:
        raise ContentError("keyboard problems:\n" + "\n".join(found))
    return locales
