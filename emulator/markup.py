"""Checks a reply_markup parameter the way the Bot API does, plus a little more strictness.

Stricter than Telegram on purpose: an inline button must carry exactly one action (Telegram
silently uses the first it finds), so ambiguous buttons built by mistake are caught in tests.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from emulator.errors import bad_request

INLINE_ACTIONS = (
    "url", "callback_data", "callback_game", "pay", "switch_inline_query",
    "switch_inline_query_chosen_chat", "switch_inline_query_current_chat", "login_url",
    "web_app", "copy_text",
)  # fmt: skip
MAX_CALLBACK_DATA_BYTES = 64
MAX_BUTTONS = 100  # Telegram answers REPLY_MARKUP_TOO_LONG beyond this
_BUTTON_URL = re.compile(r"^(?:(?:https?|tg)://\S+|[\w-]+(?:\.[\w-]+)+(?:[:/?#]\S*)?)$", re.I)


def parse_reply_markup(raw: Any, *, inline_only: bool = False) -> dict[str, Any] | None:
    """The validated markup (inline keyboards normalised to their rows), or None if absent.

    `raw` is the parameter as received: a JSON string from a form, or a decoded object from
    a JSON body. Raises ApiError with Telegram's wording. `inline_only` is for edits, which
    can only carry an inline keyboard. The result may be shared between messages: never
    modify it.
    """
    if raw is None or raw == "":
        return None
    if isinstance(raw, str):
        return _parse_json_markup(raw, inline_only)
    return _checked(raw, inline_only)


@lru_cache(maxsize=1024)
def _parse_json_markup(raw: str, inline_only: bool) -> dict[str, Any] | None:
    """Bots resend the same few keyboards: parse each once and share the (unmodified) result."""
    try:
        value = json.loads(raw)
    except ValueError:
        raise bad_request("can't parse reply keyboard markup JSON object") from None
    return _checked(value, inline_only)


def _checked(value: Any, inline_only: bool) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        raise bad_request("object expected as reply markup")

    keyboard = _rows(value, "keyboard", 'Field "keyboard" must be an Array of Arrays')
    inline = _rows(
        value,
        "inline_keyboard",
        'Field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
    )
    for row in keyboard:
        for button in row:
            _check_keyboard_button(button)
    for row in inline:
        for button in row:
            _check_inline_button(button)
    if sum(map(len, keyboard or inline)) > MAX_BUTTONS:
        raise bad_request("reply markup is too long")

    if keyboard and not inline_only:
        return {**value, "keyboard": keyboard}
    if inline:
        return {"inline_keyboard": inline}
    if inline_only:
        if keyboard or value.get("remove_keyboard") or value.get("force_reply"):
            raise bad_request("inline keyboard expected")
        return None
    if value.get("remove_keyboard") or value.get("force_reply"):
        return value
    return None  # an empty keyboard is no keyboard, as on Telegram


def _rows(value: dict[str, Any], name: str, not_rows: str) -> list[list[Any]]:
    rows = value.get(name)
    if rows is None:
        return []
    if not isinstance(rows, list):
        raise bad_request(f'field "{name}" must be of type Array')
    if not all(isinstance(row, list) for row in rows):
        raise bad_request(not_rows)
    return [row for row in rows if row]


def _check_keyboard_button(button: Any) -> None:
    if isinstance(button, str):
        return
    if not isinstance(button, dict):
        raise bad_request(
            "can't parse keyboard button: KeyboardButton must be a String or an Object"
        )
    if not isinstance(button.get("text"), str):
        raise bad_request('can\'t parse keyboard button: Field "text" must be of type String')


def _check_inline_button(button: Any) -> None:
    prefix = "can't parse inline keyboard button: "
    if not isinstance(button, dict):
        raise bad_request(prefix + "InlineKeyboardButton must be an Object")
    if "text" not in button:
        raise bad_request(prefix + 'Can\'t find field "text"')
    if not isinstance(button["text"], str):
        raise bad_request(prefix + 'Field "text" must be of type String')
    if not button["text"].strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    # Like Telegram, an empty url or callback_data counts as not given.
    actions = [k for k in INLINE_ACTIONS if k in button and button[k] not in ("", None)]
    if not actions:
        raise bad_request(prefix + "Text buttons are unallowed in the inline keyboard")
    if len(actions) > 1:
        raise bad_request(prefix + "InlineKeyboardButton must have exactly one optional field")
    action, payload = actions[0], button[actions[0]]
    if action == "callback_data":
        if not isinstance(payload, str):
            raise bad_request(prefix + 'Field "callback_data" must be of type String')
        if len(payload.encode("utf-8")) > MAX_CALLBACK_DATA_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
    elif action == "url":
        if not isinstance(payload, str) or not _BUTTON_URL.match(payload):
            raise bad_request("BUTTON_URL_INVALID")
    elif action == "copy_text":
        if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
            raise bad_request(prefix + 'Field "text" must be of type String')
