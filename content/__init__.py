"""Every sentence the bot says, kept as data in content/*.toml and checked once at start-up.

Writers edit the TOML files; code asks for texts by dotted key, e.g.
`content.text("start.welcome")` reads key `welcome` of start.toml. Values put into a
text with `{name}` placeholders are HTML-escaped unless wrapped in `Html`.
"""

from __future__ import annotations

import html
import string
import tomllib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from core.checkin import MILESTONES
from emulator.telegram_html import check_telegram_html, html_to_plain

CONTENT_DIR = Path(__file__).parent
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

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def raw(self, key: str) -> Any:
        """The value at a dotted key (a string, list or table)."""
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
        with path.open("rb") as handle:
            data[path.stem] = tomllib.load(handle)
    return data


@cache
def load_content(folder: Path = CONTENT_DIR) -> Content:
    """Load and validate the content once; raises ContentError listing every problem."""
    data = read_content_files(folder)
    found = problems(data)
    if found:
        raise ContentError("content problems:\n" + "\n".join(found))
    return Content(data)
