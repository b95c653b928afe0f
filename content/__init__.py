"""Every sentence the bot says, kept as data in content/*.toml and checked once at start-up.

Writers edit the TOML files; code asks for texts by dotted key, e.g.
`content.text("start.welcome")` reads key `welcome` of start.toml. Values put into a
text with `{name}` placeholders are HTML-escaped unless wrapped in `Html`.

English is the source: content/*.toml. Each other language is a folder content/<code>/ with
files of the same names and the same keys; a key it lacks falls back to English (one warning
per language at start-up), and a key English lacks, or a placeholder English doesn't have,
is an error.
"""

from __future__ import annotations

import copy
import html
import logging
import string
import tomllib
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_skeleton
from babel.numbers import format_decimal

from core.checkin import MILESTONES
from core.telegram_html import check_telegram_html, html_to_plain

log = logging.getLogger(__name__)

CONTENT_DIR = Path(__file__).parent
SOURCE_LANGUAGE = "en"
# Word lists a language fills in its own way (how people type "skip"), not one for one.
FREE_LENGTH_LISTS = frozenset({"talk.skip_words"})
# Data that is not text to say (validated by its own module).
NOT_TEXTS = frozenset({"helplines"})
MAX_TEXT = 4096
AIM_TEXT = 700  # DESIGN: messages under about 700 characters
MAX_BUTTON_LABEL = 64


class ContentError(ValueError):
    """The content files break a rule; the message lists every problem found."""


class Html(str):
    """A fragment that is already valid Telegram HTML and must not be escaped again."""


def escape(value: object) -> str:
    """Make any value safe to place inside a Telegram HTML message."""
    if isinstance(value, Html):
        return value
    return html.escape(str(value), quote=False)


class Content:
    """Read-only access to the loaded texts."""

    def __init__(
        self,
        data: dict[str, Any],
        lang: str = SOURCE_LANGUAGE,
        untranslated: frozenset[str] = frozenset(),
    ) -> None:
        self._data = data
        self.lang = lang
        self._untranslated = untranslated
        self._warned: set[str] = set()

    def checking(self) -> Content:
        """The same texts, read without the untranslated-text warnings (for start-up checks)."""
        return Content(self._data, self.lang)

    def raw(self, key: str) -> Any:
        """The value at a dotted key (a string, list or table)."""
        if key in self._untranslated and key not in self._warned:
            self._warned.add(key)
            log.warning(
                "%s is not translated into %s yet; shown in English", key, self.lang
            )
        node: Any = self._data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise KeyError(f"no content at {key!r}")
            node = node[part]
        return node

    def has(self, key: str) -> bool:
        """Whether a dotted key exists."""
        try:
            self.raw(key)
        except KeyError:
            return False
        return True

    def text(self, key: str, **values: object) -> str:
        """A text with its placeholders filled in (values escaped)."""
        template = self.raw(key)
        if not isinstance(template, str):
            raise KeyError(f"content at {key!r} is not a text")
        return Html(_fill(template, values)) if values else Html(template)

    def plural(self, key: str, count: int, **values: object) -> str:
        """The form of a plural text that CLDR's rules choose for `count` in this language;
        `{count}` is the number as this language writes it."""
        forms = self.raw(key)
        if not is_plural(forms):
            raise KeyError(f"content at {key!r} is not a plural table")
        form = forms.get(plural_category(self.lang, count)) or forms["other"]
        number = format_decimal(count, locale=self.lang)
        return Html(_fill(form, {"count": number, **values}))

    def day(self, day: date) -> str:
        """A date short, as this language writes it: "23 Nov", "23 нояб.", "23. Nov."."""
        return format_skeleton("MMMd", day, locale=self._dates)

    def full_day(self, day: date) -> str:
        """A date with its weekday and year: "Mon, 23 Nov 2026", "пн, 23 нояб. 2026 г."."""
        return format_skeleton("yMMMEd", day, locale=self._dates)

    def number(self, value: int) -> str:
        """A number as this language writes it: 2,000 / 2 000 / 2.000."""
        return format_decimal(value, locale=self.lang)

    def weekday(self, day: date) -> str:
        """A short weekday name in this language: "Tue", "вт", "Di."."""
        return format_skeleton("E", day, locale=self._dates)

    def stamp(self, instant: datetime) -> str:
        """A local date and time: "Mon, 23 Nov 2026, 20:15" in this language."""
        return f"{self.full_day(instant.date())}, {instant:%H:%M}"

    @property
    def _dates(self) -> str:
        # English dates read "23 Nov", as the bot always wrote them, not the US "Nov 23".
        return "en_GB" if self.lang == SOURCE_LANGUAGE else self.lang

    def texts(self, key: str) -> list[str]:
        """A list of texts (for rotating messages and tips)."""
        value = self.raw(key)
        if not isinstance(value, list):
            raise KeyError(f"content at {key!r} is not a list")
        return [Html(item) if isinstance(item, str) else item for item in value]

    def table(self, key: str) -> dict[str, Any]:
        """A TOML table as a dict."""
        value = self.raw(key)
        if not isinstance(value, dict):
            raise KeyError(f"content at {key!r} is not a table")
        return value


def _fill(template: str, values: dict[str, object]) -> str:
    return template.format_map({name: escape(value) for name, value in values.items()})


PLURAL_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})


def is_plural(node: Any) -> bool:
    """A table of CLDR plural forms: {one = "...", other = "..."} (other always there)."""
    return isinstance(node, dict) and "other" in node and set(node) <= PLURAL_CATEGORIES


def plural_category(lang: str, count: int) -> str:
    """CLDR's plural category of `count` in `lang` ("one", "few", "many", "other", ...)."""
    return Locale.parse(lang).plural_form(count)


def required_plural_forms(lang: str) -> set[str]:
    return set(Locale.parse(lang).plural_form.tags) | {"other"}


def _plural_tables(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, str]]]:
    if is_plural(node):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _plural_tables(value, f"{path}.{key}" if path else key)


def plural_problems(data: dict[str, Any], lang: str) -> list[str]:
    """Plural texts lacking a form CLDR's rules use in this language."""
    needed = required_plural_forms(lang)
    return [
        f"{key}: lacks the plural form{'s' if len(needed - set(forms)) > 1 else ''} "
        + ", ".join(sorted(needed - set(forms)))
        for key, forms in _plural_tables(data)
        if needed - set(forms)
    ]


def _placeholders(template: str) -> list[str]:
    return [field for _, field, _, _ in string.Formatter().parse(template) if field]


def _walk(node: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{path}[{index}]")


def required_texts() -> list[str]:
    """Texts whose keys the code builds at run time, so a missing one would only show up on
    the day it is needed: one message of its own for every check-in milestone."""
    return [f"checkin.milestones.d{day}" for day in MILESTONES]


def _lookup(data: dict[str, Any], key: str) -> Any:
    node: Any = data
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _empty_containers(node: Any, path: str) -> Iterator[str]:
    if isinstance(node, dict):
        if not node:
            yield path
        for key, value in node.items():
            yield from _empty_containers(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list):
        if not node:
            yield path
        for index, value in enumerate(node):
            yield from _empty_containers(value, f"{path}[{index}]")


def problems(data: dict[str, Any]) -> list[str]:
    """Every rule a text breaks: empty, unparseable HTML, too long, a button label too long;
    every empty list or table (code that pages through one would have nothing to show); and
    a required text missing."""
    found = [f"{key}: empty list or table" for key in _empty_containers(data, "")]
    found += [
        f"{key}: missing (required)"
        for key in required_texts()
        if not isinstance(_lookup(data, key), str)
    ]
    for key, template in _walk(data, ""):
        if not template.strip():
            found.append(f"{key}: empty text")
            continue
        try:
            sample = _fill(template, {name: "x" for name in _placeholders(template)})
        except (KeyError, IndexError, ValueError) as exc:
            found.append(f"{key}: bad placeholder ({exc})")
            continue
        error = check_telegram_html(sample)
        if error:
            found.append(f"{key}: {error}")
            continue
        visible = html_to_plain(sample)
        label = ".buttons." in f".{key}" or key.endswith("_button") or ".labels." in f".{key}"
        if label and len(visible) > MAX_BUTTON_LABEL:
            found.append(f"{key}: button label over {MAX_BUTTON_LABEL} characters")
        if len(visible) > MAX_TEXT:
            found.append(f"{key}: {len(visible)} characters, Telegram allows {MAX_TEXT}")
    return found


def read_content_files(folder: Path = CONTENT_DIR) -> dict[str, Any]:
    """Parse every TOML file of the folder into one tree keyed by file name."""
    data: dict[str, Any] = {}
    for path in sorted(folder.glob("*.toml")):
        if path.stem in NOT_TEXTS:
            continue
        with path.open("rb") as handle:
            data[path.stem] = tomllib.load(handle)
    return data


def translation_folders(folder: Path = CONTENT_DIR) -> dict[str, Path]:
    """Each translation's folder, by language code (content/es, content/ru, ...)."""
    return {
        path.name: path
        for path in sorted(folder.iterdir())
        if path.is_dir() and len(path.name) == 2 and path.name.isalpha() and path.name.islower()
    }


def _overlay(source: Any, translation: Any) -> Any:
    """The source tree with every text the translation has put in its place."""
    if isinstance(source, dict) and isinstance(translation, dict):
        merged = dict(source)
        for key, value in translation.items():
            merged[key] = _overlay(source[key], value) if key in source else value
        return merged
    return copy.deepcopy(translation)


def translation_problems(
    source: dict[str, Any], translation: dict[str, Any], lang: str
) -> list[str]:
    """Keys English lacks, texts whose placeholders differ, and lists of another length."""
    found = []
    english = dict(_walk(source, ""))
    plurals = dict(_plural_tables(source))
    for key, text in _walk(translation, ""):
        parent, _, form = key.rpartition(".")
        if parent in plurals and form in PLURAL_CATEGORIES:
            # A language may need forms English lacks ("few"): they match English "other".
            # The number itself may go unsaid ("один день"), the other placeholders not.
            expected = set(_placeholders(plurals[parent]["other"]))
            if not expected - {"count"} <= set(_placeholders(text)) <= expected:
                found.append(f"{lang}: {key}: placeholders differ from English")
        elif key.split("[", 1)[0] in FREE_LENGTH_LISTS:
            continue
        elif key not in english:
            found.append(f"{lang}: {key}: no such key in English")
        elif sorted(set(_placeholders(text))) != sorted(set(_placeholders(english[key]))):
            found.append(f"{lang}: {key}: placeholders differ from English")
    return found


def missing_translations(source: dict[str, Any], translation: dict[str, Any]) -> frozenset[str]:
    """Keys (texts, and the lists and tables holding them) the translation lacks: each is shown
    in English, with one warning the first time it is."""
    return frozenset(_containers(source)) - frozenset(_containers(translation))


def _containers(node: Any, path: str = "") -> Iterator[str]:
    """Every dotted key of a tree: texts, lists and tables alike."""
    if isinstance(node, dict):
        for key, value in node.items():
            child = f"{path}.{key}" if path else key
            yield child
            yield from _containers(value, child)


class Locales:
    """The content in every language, each complete (falling back to English key by key)."""

    def __init__(self, by_lang: dict[str, Content]) -> None:
        self._by_lang = by_lang

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(self._by_lang)

    def content(self, lang: str | None) -> Content:
        """The content for `lang`, English for a language the bot has no texts in."""
        return self._by_lang.get(lang or SOURCE_LANGUAGE) or self._by_lang[SOURCE_LANGUAGE]


def load_locales(folder: Path = CONTENT_DIR) -> Locales:
    """Load and validate every language once; raises ContentError listing every problem."""
    return _load_locales(folder)


@cache
def _load_locales(folder: Path) -> Locales:
    source = read_content_files(folder)
    found = problems(source) + plural_problems(source, SOURCE_LANGUAGE)
    by_lang = {SOURCE_LANGUAGE: Content(source)}
    for lang, path in translation_folders(folder).items():
        translation = read_content_files(path)
        found += translation_problems(source, translation, lang)
        merged = _overlay(source, translation)
        found += [f"{lang}: {problem}" for problem in problems(merged)]
        found += [f"{lang}: {problem}" for problem in plural_problems(translation, lang)]
        by_lang[lang] = Content(merged, lang, missing_translations(source, translation))
    if found:
        raise ContentError("content problems:\n" + "\n".join(found))
    return Locales(by_lang)


def load_content(folder: Path = CONTENT_DIR) -> Content:
    """The English content (the source every language falls back to)."""
    return load_locales(folder).content(SOURCE_LANGUAGE)
