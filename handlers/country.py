"""/country: whose helplines the bot shows. Offered with buttons the first time help is shown
with a guessed country; the choice is stored with the user (in /mydata, removed by /forget).

Callback data:
  s:cp:<lang>            show the picker (from a "Not in ...?" button under help)
  s:co:<CC>:<lang>       this country
  s:co:other:<lang>      somewhere else: how to send a code
"""

from __future__ import annotations

from babel import Locale
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from content import Content
from content.helplines import load_helplines
from core.country import COUNTRIES_BY_LANGUAGE
from handlers.common import (
    Button,
    Command,
    Feature,
    answer_tap,
    command_arg,
    keyboard,
    reply,
    tapped,
)
from handlers.context import BotContext
from handlers.period_common import prepare
from handlers.safety import (
    COUNTRY_PICKER_PREFIX,
    Help,
    country_name,
    render_help,
    tapped_language,
)

CHOOSE_PREFIX = "s:co:"
PER_ROW = 3


def picker(content: Content) -> InlineKeyboardMarkup:
    """The countries most likely for the user's language, then "somewhere else"."""
    lang = content.lang
    codes = COUNTRIES_BY_LANGUAGE.get(lang, COUNTRIES_BY_LANGUAGE["en"])
    buttons: list[Button] = [(country_name(c, lang), f"{CHOOSE_PREFIX}{c}:{lang}") for c in codes]
    rows = [buttons[i : i + PER_ROW] for i in range(0, len(buttons), PER_ROW)]
    rows.append([(content.text("safety.country_other_button"), f"{CHOOSE_PREFIX}other:{lang}")])
    return keyboard(rows)


def parse_country(text: str, lang: str) -> str | None:
    """A two-letter code, or a country's name in English or the user's language."""
    given = " ".join(text.split()).casefold()
    english = Locale.parse("en")
    if len(given) == 2 and given.isalpha():
        code = given.upper()
        return code if code in english.territories and code != "ZZ" else None
    for locale in {Locale.parse(lang), english}:
        for code, name in locale.territories.items():
            if len(code) == 2 and name.casefold() == given:
                return code
    return None


def _content_for(update: Update, context: BotContext) -> Content:
    """The texts in the language the tapped help was written in."""
    return context.services.locales.content(tapped_language(update, context))


async def country(update: Update, context: BotContext) -> None:
    """/country [code or name]: set the country, or pick it with buttons."""
    content = context.services.locales.content(context.help_locale)
    arg = command_arg(context)
    if not arg:
        await reply(update, content.text("safety.country_prompt"), picker(content))
        return
    code = parse_country(arg, content.lang)
    if code is None:
        await reply(update, content.text("safety.country_unknown"), picker(content))
        return
    await _choose(update, context, content, code)


async def show_picker(update: Update, context: BotContext) -> None:
    """ "Not in ...?" under help: the picker."""
    await answer_tap(context, update)
    content = _content_for(update, context)
    await reply(update, content.text("safety.country_prompt"), picker(content))


async def tap_country(update: Update, context: BotContext) -> None:
    """A country button, or "somewhere else"."""
    await answer_tap(context, update)
    content = _content_for(update, context)
    code = (tapped(update).data or "")[len(CHOOSE_PREFIX) :].split(":", 1)[0]
    if code == "other":
        await reply(update, content.text("safety.country_other"))
        return
    await _choose(update, context, content, code)


async def _choose(update: Update, context: BotContext, content: Content, code: str) -> None:
    """Store the country and show its lines at once: whoever asks may need them now."""
    uid, _ = await prepare(update, context)
    await context.users.set_country(uid, code)
    name = country_name(code, content.lang)
    known = load_helplines().get(code) is not None
    key = "safety.country_set" if known else "safety.country_no_lines"
    await reply(update, content.text(key, country=name))
    settings = await context.users.user_settings(uid)
    await reply(update, *render_help(context.services, content.lang, settings, Help.ON_DEMAND))


def feature() -> Feature:
    """/country and its buttons."""
    return Feature(
        commands=[Command("country", country)],
        handlers=[
            CallbackQueryHandler(show_picker, pattern=rf"^{COUNTRY_PICKER_PREFIX}[a-z]{{2}}$"),
            CallbackQueryHandler(
                tap_country, pattern=rf"^{CHOOSE_PREFIX}(?:[A-Z]{{2}}|other):[a-z]{{2}}$"
            ),
        ],
    )
