"""Telegram's HTML parse mode, reimplemented to reject exactly what the Bot API rejects.

The tag and attribute rules, the error texts and the byte offsets follow Telegram's own
parser (TDLib's `parse_html`), so a text that passes here is accepted by Telegram and an error
here reads like the `400 Bad Request` Telegram would send. One deliberate difference makes
this parser stricter: Telegram keeps a stray `&` (and entities missing their `;`) as literal
text, but here every `&` must start a complete entity (`&lt;` `&gt;` `&amp;` `&quot;`
`&#NNN;` `&#xHH;`), so unescaped user input is caught before it reaches Telegram.

Public functions:

* `check_telegram_html(text)` returns None if Telegram accepts the text, else the error as
  Telegram words it after "Bad Request: ", e.g.
  `can't parse entities: Unsupported start tag "foo" at byte offset 12`.
* `html_to_plain(text)` returns the visible text (tags removed, entities decoded).
* `parse_telegram_html(text)` returns both the visible text and Bot API MessageEntity dicts.
* `utf16_length(text)` counts like Telegram does for length limits and entity offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ParsedHtml",
    "TelegramHtmlError",
    "check_telegram_html",
    "html_to_plain",
    "parse_telegram_html",
    "utf16_length",
]

SUPPORTED_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
        "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote",
    }
)  # fmt: skip
_SPACES = frozenset(" \t\r\n\v\f")
_SPECIAL = re.compile(r"[<&]")
_ENTITY = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SIMPLE_ENTITY_TYPES = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic",
    "u": "underline", "ins": "underline",
    "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "tg-spoiler": "spoiler", "span": "spoiler",
}  # fmt: skip
# Telegram orders entities starting at the same place by length, then by this priority.
_PRIORITY = {
    "blockquote": 0, "expandable_blockquote": 0, "pre": 11, "code": 20, "text_link": 49,
    "bold": 90, "italic": 91, "underline": 92, "strikethrough": 93, "spoiler": 94,
    "custom_emoji": 99,
}  # fmt: skip
_URL_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_LINK_SCHEMES = frozenset({"http", "https", "tg", "ton", "tonsite"})
_BARE_HOST = re.compile(r"^[\w-]+(\.[\w-]+)+(:\d+)?([/?#]\S*)?$")


class TelegramHtmlError(ValueError):
    """Telegram would reject the text; `description` is the part after "Bad Request: "."""

    def __init__(self, reason: str) -> None:
        self.description = f"can't parse entities: {reason}"
        super().__init__(self.description)


@dataclass(frozen=True, slots=True)
class ParsedHtml:
    """What Telegram stores for an HTML text: the visible text and its formatting entities."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's limits and entity offsets."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def check_telegram_html(text: str) -> str | None:
    """None if Telegram accepts `text` in HTML parse mode, else the reason it would give.

    The reason is what follows "Bad Request: " in Telegram's answer, for example
    `can't parse entities: Can't find end tag corresponding to start tag "b"`.
    """
    try:
        parse_telegram_html(text)
    except TelegramHtmlError as error:
        return error.description
    return None


def html_to_plain(text: str) -> str:
    """The text a reader sees: tags dropped, entities decoded. Raises TelegramHtmlError."""
    return parse_telegram_html(text).text


def parse_telegram_html(text: str) -> ParsedHtml:
    """Parse like Telegram's HTML mode; raises TelegramHtmlError where Telegram would refuse."""
    return _Parser(text).parse()


@dataclass(slots=True)
class _OpenTag:
    name: str
    argument: str
    expandable: bool
    offset: int  # UTF-16 offset of the tag's content in the visible text
    chunk: int  # index into the output chunks where the content starts


class _Parser:
    """One pass over the text, keeping open tags on a stack (tags may not overlap)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.chunks: list[str] = []
        self.utf16 = 0
        self.entities: list[dict[str, Any]] = []
        self.stack: list[_OpenTag] = []

    def parse(self) -> ParsedHtml:
        text, pos = self.text, 0
        while (match := _SPECIAL.search(text, pos)) is not None:
            self._emit(text[pos : match.start()])
            pos = match.start()
            if text[pos] == "&":
                char, pos = self._entity(pos)
                self._emit(char)
            elif self._at(pos + 1) == "/":
                pos = self._end_tag(pos)
            else:
                pos = self._start_tag(pos)
        self._emit(text[pos:])
        if self.stack:
            name = self.stack[-1].name
            raise TelegramHtmlError(f'Can\'t find end tag corresponding to start tag "{name}"')
        for entity in self.entities:
            if entity["type"] == "code":
                entity.pop("language", None)  # a language only counts inside <pre>
        self.entities.sort(key=lambda e: (e["offset"], -e["length"], _PRIORITY[e["type"]]))
        return ParsedHtml("".join(self.chunks), self.entities)

    def _at(self, index: int) -> str:
        """The character at index, or "" past the end (TDLib reads a terminating NUL there)."""
        return self.text[index] if index < len(self.text) else ""

    def _offset(self, index: int) -> int:
        """Telegram reports positions as byte offsets into the UTF-8 text."""
        return len(self.text[:index].encode("utf-8", "surrogatepass"))

    def _emit(self, chunk: str) -> None:
        if chunk:
            self.chunks.append(chunk)
            self.utf16 += utf16_length(chunk)

    def _skip_spaces(self, index: int) -> int:
        while self._at(index) in _SPACES:
            index += 1
        return index

    def _entity(self, pos: int) -> tuple[str, int]:
        """Decode the character entity at pos; stricter than Telegram (see module docstring)."""
        match = _ENTITY.match(self.text, pos)
        if match is not None:
            name, decimal, hexadecimal = match.groups()
            if name:
                return _NAMED[name], match.end()
            code = int(decimal, 10) if decimal else int(hexadecimal, 16)
            if 0 < code < 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
                return chr(code), match.end()
        raise TelegramHtmlError(f"Character entity expected at byte offset {self._offset(pos)}")

    def _start_tag(self, begin: int) -> int:
        at, offset = self._at, self._offset(begin)
        i = begin + 1
        while at(i) and at(i) not in _SPACES and at(i) != ">":
            i += 1
        if not at(i):
            raise TelegramHtmlError(f"Unclosed start tag at byte offset {offset}")
        name = self.text[begin + 1 : i].lower()
        if name not in SUPPORTED_TAGS:
            raise TelegramHtmlError(f'Unsupported start tag "{name}" at byte offset {offset}')

        argument, expandable = "", False
        while at(i) != ">":
            i = self._skip_spaces(i)
            if at(i) == ">":
                break
            start = i
            while at(i) and at(i) not in _SPACES and at(i) not in "=>":
                i += 1
            attribute = self.text[start:i]
            if not attribute:
                raise TelegramHtmlError(
                    f'Empty attribute name in the tag "{name}" at byte offset {offset}'
                )
            i = self._skip_spaces(i)
            if at(i) != "=":
                if name == "blockquote" and attribute == "expandable":
                    expandable = True
                    continue
                raise TelegramHtmlError(
                    "Expected equal sign in declaration of an attribute of the tag "
                    f'"{name}" at byte offset {offset}'
                )
            i = self._skip_spaces(i + 1)
            if not at(i):
                raise TelegramHtmlError(f'Unclosed start tag "{name}" at byte offset {offset}')
            value, i = self._attribute_value(i)
            if not at(i):
                raise TelegramHtmlError(f"Unclosed start tag at byte offset {offset}")
            argument = _tag_argument(name, attribute, value, argument)

        if name == "span" and argument != "spoiler":
            raise TelegramHtmlError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {offset}'
            )
        self.stack.append(_OpenTag(name, argument, expandable, self.utf16, len(self.chunks)))
        return i + 1

    def _attribute_value(self, i: int) -> tuple[str, int]:
        """A quoted string (entities decoded) or an unquoted name token (lower-cased)."""
        at = self._at
        quote = at(i)
        if quote not in ("'", '"'):
            start = i
            while at(i) and (at(i) in ".-" or (at(i).isascii() and at(i).isalnum())):
                i += 1
            if at(i) and at(i) not in _SPACES and at(i) != ">":
                raise TelegramHtmlError(
                    f"Unexpected end of name token at byte offset {self._offset(start)}"
                )
            return self.text[start:i].lower(), i
        i += 1
        parts: list[str] = []
        while at(i) and at(i) != quote:
            if at(i) == "&":
                char, i = self._entity(i)
                parts.append(char)
            else:
                parts.append(at(i))
                i += 1
        if at(i) == quote:
            i += 1
        return "".join(parts), i

    def _end_tag(self, begin: int) -> int:
        at, offset = self._at, self._offset(begin)
        if not self.stack:
            raise TelegramHtmlError(f"Unexpected end tag at byte offset {offset}")
        i = begin + 2
        while at(i) and at(i) not in _SPACES and at(i) != ">":
            i += 1
        end_name = self.text[begin + 2 : i].lower()
        i = self._skip_spaces(i)
        if at(i) != ">":
            raise TelegramHtmlError(f"Unclosed end tag at byte offset {offset}")
        tag = self.stack[-1]
        # Telegram accepts a bare "</>" as closing whatever tag is open.
        if end_name and end_name != tag.name:
            raise TelegramHtmlError(
                f'Unmatched end tag at byte offset {offset}, expected "</{tag.name}>", '
                f'found "</{end_name}>"'
            )
        if self.utf16 > tag.offset:
            self._close(tag)
        self.stack.pop()
        return i + 1

    def _close(self, tag: _OpenTag) -> None:
        """Turn a closed, non-empty tag into a MessageEntity the way Telegram does."""
        entity: dict[str, Any] = {"offset": tag.offset, "length": self.utf16 - tag.offset}
        last = self.entities[-1] if self.entities else None
        # The entity closed just before, when it covers exactly this tag's text.
        twin = (
            last
            if last is not None
            and last["offset"] == entity["offset"]
            and last["length"] == entity["length"]
            else None
        )
        if tag.name in _SIMPLE_ENTITY_TYPES:
            entity["type"] = _SIMPLE_ENTITY_TYPES[tag.name]
        elif tag.name == "tg-emoji":
            if not tag.argument.isdigit() or not 0 < int(tag.argument) < 2**63:
                raise TelegramHtmlError("Invalid custom emoji identifier specified")
            entity.update(type="custom_emoji", custom_emoji_id=tag.argument)
        elif tag.name == "a":
            url = _checked_link(tag.argument or "".join(self.chunks[tag.chunk :]))
            if url is None:
                return  # Telegram silently drops links it cannot use
            entity.update(type="text_link", url=url)
        elif tag.name == "blockquote":
            entity["type"] = "expandable_blockquote" if tag.expandable else "blockquote"
        elif tag.name == "pre" and twin and twin["type"] == "code" and "language" in twin:
            twin["type"] = "pre"  # <pre><code class="language-x">: one pre entity with a language
            return
        elif tag.name == "pre":
            entity["type"] = "pre"
        elif twin and twin["type"] == "pre" and tag.argument:
            twin["language"] = tag.argument
            return
        else:
            entity["type"] = "code"
            if tag.argument:
                entity["language"] = tag.argument  # removed below unless a <pre> claims it
        self.entities.append(entity)


def _tag_argument(tag: str, attribute: str, value: str, current: str) -> str:
    """The one attribute Telegram keeps per tag; all other attributes are ignored."""
    if tag == "a" and attribute == "href":
        return value
    if tag == "code" and attribute == "class" and value.startswith("language-"):
        return value[len("language-") :]
    if tag == "span" and attribute == "class" and value.startswith("tg-"):
        return value[len("tg-") :]
    if tag == "tg-emoji" and attribute == "emoji-id":
        return value
    return current


def _checked_link(url: str) -> str | None:
    """A usable link target, or None; like Telegram, a bare host gets an http:// prefix."""
    url = url.strip()
    scheme = _URL_SCHEME.match(url)
    if scheme is not None:
        return url if scheme.group(1).lower() in _LINK_SCHEMES else None
    if _BARE_HOST.match(url):
        return f"http://{url}"
    return None
