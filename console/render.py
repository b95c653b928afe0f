"""What the bot sent, as terminal text: Telegram formatting as ANSI styles (or plain), buttons
as a numbered list, files as a line saying where they were saved."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emulator import Output

RESET = "\x1b[0m"
# Select Graphic Rendition codes per Telegram entity type; nested entities combine.
STYLES: dict[str, tuple[str, ...]] = {
    "bold": ("1",),
    "italic": ("3",),
    "underline": ("4",),
    "strikethrough": ("9",),
    "spoiler": ("2",),
    "code": ("36",),
    "pre": ("36",),
    "text_link": ("4", "34"),
    "blockquote": ("3",),
    "expandable_blockquote": ("3",),
}
QUOTE_MARK = "│ "
BOT_LABEL = "bot"
USER_LABEL = "you"
INDENT = " " * (len(BOT_LABEL) + 2)


@dataclass(frozen=True)
class Button:
    """One button as the console numbers it; `kind` says what tapping it does."""

    number: int
    label: str
    kind: str = "reply"  # callback, url, copy (copy_text), reply (sends its label), other
    value: str = ""  # the callback_data, the address or the text to copy


def buttons_of(output: Output, kept: Mapping[str, int] | None = None) -> list[Button]:
    """The message's buttons in reading order, numbered from 1; with `kept` (label -> number
    as this message showed them before an edit) a button that stays keeps its number."""
    markup = output.reply_markup or {}
    inline = bool(markup.get("inline_keyboard"))
    rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
    specs = [spec for row in rows for spec in row]
    labels = [spec["text"] if isinstance(spec, dict) else str(spec) for spec in specs]
    numbers = keep_numbers(labels, kept or {})
    return [_button(n, spec, inline) for n, spec in zip(numbers, specs, strict=True)]


def keep_numbers(labels: Sequence[str], kept: Mapping[str, int]) -> list[int]:
    """Numbers for buttons in reading order: a label shown before keeps its number (so a
    typed number never lands on another button after the screen changed), the others take
    the lowest free numbers."""
    if len(set(labels)) != len(labels):
        return list(range(1, len(labels) + 1))  # twin labels can't be told apart
    taken = {kept[label] for label in labels if label in kept}
    free = (n for n in itertools.count(1) if n not in taken)
    return [kept[label] if label in kept else next(free) for label in labels]


def _button(number: int, spec: Any, inline: bool) -> Button:
    if not isinstance(spec, dict):
        return Button(number, str(spec))
    label = spec["text"]
    if "callback_data" in spec:
        return Button(number, label, "callback", spec["callback_data"])
    url = spec.get("url") or (spec.get("web_app") or spec.get("login_url") or {}).get("url")
    if url:
        return Button(number, label, "url", url)
    if "copy_text" in spec:
        return Button(number, label, "copy", spec["copy_text"].get("text", ""))
    return Button(number, label, "other" if inline else "reply")


def match_label(query: str, buttons: Sequence[Button]) -> list[Button]:
    """Buttons `query` names: the exact label, else the label without its emoji and
    punctuation ("No" for "❌ No"), else every label containing it (ignoring case)."""
    exact = [b for b in buttons if b.label == query]
    if exact:
        return exact
    words = _words(query)
    same = [b for b in buttons if _words(b.label) == words]
    if same:
        return same
    wanted = query.casefold()
    return [b for b in buttons if wanted in b.label.casefold()]


def _words(label: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in label.casefold()).split())


def style(text: str, codes: str, color: bool) -> str:
    """`text` in the given SGR codes when colour is on, unchanged otherwise."""
    return f"\x1b[{codes}m{text}{RESET}" if color and text else text


def render_text(plain: str, entities: Sequence[dict[str, Any]], *, color: bool) -> str:
    """Visible text with its Telegram entities as ANSI styles; links get their address added.

    Entity offsets count UTF-16 code units, as in the Bot API.
    """
    if not entities:
        return plain
    index = _utf16_to_index(plain)
    spans = [
        (index[e["offset"]], index[e["offset"] + e["length"]], e)
        for e in entities
        if e["offset"] + e["length"] <= len(index) - 1
    ]
    out: list[str] = []
    current = ""
    for i in range(len(plain) + 1):
        for start, end, entity in spans:
            if end == i and entity["type"] == "text_link" and entity.get("url"):
                if entity["url"] not in (plain[start:end], f"http://{plain[start:end]}"):
                    out.append(f" ({entity['url']})")
        if i == len(plain):
            break
        codes = sorted(
            {c for s, e, ent in spans if s <= i < e for c in STYLES.get(ent["type"], ())}
        )
        wanted = ";".join(codes)
        if color and wanted != current:
            out.append(RESET if current else "")
            out.append(f"\x1b[{wanted}m" if wanted else "")
            current = wanted
        if _starts_quoted_line(plain, i, spans):
            out.append(QUOTE_MARK)
        out.append(plain[i])
    if color and current:
        out.append(RESET)
    return "".join(out)


def _starts_quoted_line(plain: str, i: int, spans: list[tuple[int, int, dict]]) -> bool:
    if i and plain[i - 1] != "\n":
        return False
    return any(s <= i < e and "blockquote" in ent["type"] for s, e, ent in spans)


def _utf16_to_index(text: str) -> list[int]:
    """Python string index for every UTF-16 offset 0..len (astral characters take two units)."""
    index: list[int] = []
    for position, char in enumerate(text):
        index.append(position)
        if ord(char) > 0xFFFF:
            index.append(position)
    index.append(len(text))
    return index


def render_output(
    output: Output,
    *,
    color: bool,
    saved_to: Path | None = None,
    kept: Mapping[str, int] | None = None,
) -> str:
    """One bot output (message, edit, document or photo) as indented terminal lines."""
    label = BOT_LABEL + (" (edited)" if output.kind == "edit" else "")
    lines: list[str] = []
    if output.kind in ("document", "photo"):
        size = len(output.document or b"")
        where = f", saved to {saved_to}" if saved_to is not None else ""
        lines.append(f"[{output.kind} {output.filename or 'file'}, {size:,} bytes{where}]")
    body = render_text(output.plain, output.entities, color=color)
    if body:
        lines.extend(body.split("\n"))
    for row in _rows(output, kept):
        lines.append("  ".join(_render_button(button, color) for button in row))
    head = style(f"{label}>", "1;35", color)
    if not lines:
        return head
    rendered = [f"{head} {lines[0]}"]
    rendered += [f"{INDENT}{line}" if line else "" for line in lines[1:]]
    return "\n".join(rendered)


def _rows(output: Output, kept: Mapping[str, int] | None) -> list[list[Button]]:
    """Buttons grouped by keyboard row, numbered across rows (see buttons_of)."""
    markup = output.reply_markup or {}
    rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
    numbered = iter(buttons_of(output, kept))
    return [[next(numbered) for _ in row] for row in rows]


def _render_button(button: Button, color: bool) -> str:
    number = style(f"[{button.number}]", "1;33", color)
    link = f" ({button.value})" if button.kind == "url" else ""
    return f"{number} {button.label}{link}"


def render_toast(text: str, *, alert: bool, color: bool) -> str:
    """A callback answer: Telegram shows it briefly over the chat (or as an alert box)."""
    kind = "alert" if alert else "toast"
    return style(f"  ({kind}: {text})", "2", color)
