"""The Bot API methods the emulator serves, with Telegram's checks in Telegram's order.

Each method takes the emulator and the call and returns the JSON `result`, or raises ApiError.
The order of checks follows the real Bot API server: the text and reply markup are parsed
before the chat is looked up, so a malformed message fails the same way for any chat.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Literal

from tornado.httputil import HTTPServerRequest

from core.telegram_html import ParsedHtml, TelegramHtmlError, parse_telegram_html, utf16_length
from emulator.errors import ApiError, bad_request
from emulator.markup import parse_reply_markup
from emulator.params import Params
from emulator.state import CallbackAnswer, Chat, Output

if TYPE_CHECKING:
    from emulator.server import BotApiEmulator

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_ANSWER = 200
MAX_RAW_TEXT_BYTES = 1 << 15  # the Bot API refuses longer input before even parsing it
MAX_COMMANDS = 100
CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice",
        "upload_voice", "upload_document", "choose_sticker", "find_location",
        "record_video_note", "upload_video_note",
    }
)  # fmt: skip
# Calls that flood control and the optional rate limits apply to.
SEND_METHODS = frozenset(
    {"sendMessage", "sendDocument", "sendPhoto", "editMessageText", "editMessageReplyMarkup"}
)
_COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")

CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)


class Call:
    """One HTTP request to a method; `closed` turns true if the client hangs up."""

    __slots__ = ("closed", "method", "params", "request", "token")

    def __init__(self, token: str, method: str, request: HTTPServerRequest) -> None:
        self.token = token
        self.method = method
        self.request = request
        self.params = Params({})
        self.closed = False


Method = Callable[["BotApiEmulator", Call], Awaitable[Any]]
METHODS: dict[str, tuple[str, Method]] = {}  # lower-case name -> (canonical name, handler)


def api_method(name: str) -> Callable[[Method], Method]:
    """Register a method; Telegram matches method names case-insensitively."""

    def register(handler: Method) -> Method:
        METHODS[name.lower()] = (name, handler)
        return handler

    return register


# --- helpers ---------------------------------------------------------------------------


def target_chat(emu: BotApiEmulator, p: Params) -> Chat:
    """The chat named by chat_id, if the bot may write there."""
    raw = p.get("chat_id")
    if raw is None:
        raise bad_request("chat_id is empty")
    try:
        chat = emu._chats.get(int(raw))
    except (TypeError, ValueError):
        chat = None  # "@channelname" and the like: no such public chats here
    if chat is None or not chat.known:
        raise bad_request("chat not found")
    if chat.id in emu._blocked:
        raise ApiError(403, chat.forbidden)
    return chat


def formatted(p: Params, raw: str, entities_field: str) -> ParsedHtml:
    """Visible text and entities of a text or caption under the call's parse_mode."""
    if len(raw.encode("utf-8", "surrogatepass")) > MAX_RAW_TEXT_BYTES:
        raise bad_request("text is too long")
    mode = (p.text("parse_mode") or "").lower()
    if mode in ("", "none"):
        entities = p.json(entities_field, "can't parse MessageEntity JSON object") or []
        if not isinstance(entities, list):
            raise bad_request("can't parse MessageEntity JSON object")
        return ParsedHtml(raw, entities)
    if mode == "html":
        try:
            return parse_telegram_html(raw)
        except TelegramHtmlError as error:
            raise bad_request(error.description) from None
    if mode in ("markdown", "markdownv2"):
        return ParsedHtml(raw)  # accepted unchecked: this bot speaks HTML
    raise bad_request("unsupported parse_mode")


def check_text(parsed: ParsedHtml) -> None:
    """Telegram's limits on a message text, counted on what the reader sees."""
    if not parsed.text.strip():
        raise bad_request("message text is empty")
    if utf16_length(parsed.text) > MAX_TEXT:
        raise bad_request("message is too long")


def text_fields(parsed: ParsedHtml, key: str = "text") -> dict[str, Any]:
    """Message fields for a text or caption (entities only when there are some)."""
    fields: dict[str, Any] = {key: parsed.text}
    if parsed.entities:
        fields["entities" if key == "text" else "caption_entities"] = parsed.entities
    return fields


def markup_field(markup: dict[str, Any] | None) -> dict[str, Any]:
    """Messages carry inline keyboards only; reply keyboards live in the client."""
    return {"reply_markup": markup} if markup and "inline_keyboard" in markup else {}


def reply_fields(chat: Chat, p: Params) -> dict[str, Any]:
    """reply_to_message for reply_parameters / reply_to_message_id, if the target exists."""
    parameters = p.json("reply_parameters", "can't parse reply parameters JSON object")
    if isinstance(parameters, dict):
        message_id = parameters.get("message_id")
        allow_missing = bool(parameters.get("allow_sending_without_reply"))
    else:
        message_id = p.integer("reply_to_message_id")
        allow_missing = p.flag("allow_sending_without_reply")
    if message_id is None:
        return {}
    replied = chat.messages.get(message_id) if isinstance(message_id, int) else None
    if replied is None:
        if allow_missing:
            return {}
        raise bad_request("message to be replied not found")
    return {"reply_to_message": {k: v for k, v in replied.items() if k != "reply_to_message"}}


def message_to_edit(emu: BotApiEmulator, p: Params) -> tuple[Chat, dict[str, Any]]:
    if p.get("chat_id") is None:
        if p.get("inline_message_id") is None:
            raise bad_request("message identifier is not specified")
        raise bad_request("MESSAGE_ID_INVALID")  # no inline messages exist here
    chat = target_chat(emu, p)
    message_id = p.integer("message_id")
    message = chat.messages.get(message_id) if message_id is not None else None
    if message is None:
        raise bad_request("message to edit not found")
    if message.get("from", {}).get("id") != emu.bot_id:
        raise bad_request("message can't be edited")
    return chat, message


def not_modified() -> ApiError:
    return bad_request(
        "message is not modified: specified new message content and reply markup are exactly "
        "the same as a current content and reply markup of the message"
    )


def edited(emu: BotApiEmulator, message: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A copy of a message with fields replaced (None removes one) and a new edit_date."""
    updated = {k: v for k, v in message.items() if k not in changes}
    updated.update((k, v) for k, v in changes.items() if v is not None)
    updated["edit_date"] = emu._now()
    return updated


# --- getting updates and bot settings -----------------------------------------------------


@api_method("getMe")
async def get_me(emu: BotApiEmulator, call: Call) -> Any:
    return {
        **emu.bot_user,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": False,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


@api_method("getUpdates")
async def get_updates(emu: BotApiEmulator, call: Call) -> Any:
    if emu._webhook_url:
        raise ApiError(409, CONFLICT_WEBHOOK)
    p = call.params
    offset = p.integer("offset") or 0
    limit = min(max(p.integer("limit") or 100, 1), 100)
    timeout = max(p.number("timeout") or 0.0, 0.0)
    return await emu._long_poll(call, offset, limit, timeout)


@api_method("setWebhook")
async def set_webhook(emu: BotApiEmulator, call: Call) -> Any:
    url = call.params.text("url") or ""
    if url and not url.startswith("https://"):
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    if call.params.flag("drop_pending_updates"):
        emu._drop_updates()
    emu._webhook_url = url
    emu._webhook_secret = (call.params.text("secret_token") or "") if url else ""
    emu._updates_signal.wake()  # a waiting getUpdates ends in a conflict; a pusher starts
    return True


@api_method("deleteWebhook")
async def delete_webhook(emu: BotApiEmulator, call: Call) -> Any:
    if call.params.flag("drop_pending_updates"):
        emu._drop_updates()
    emu._webhook_url = ""
    emu._webhook_secret = ""
    return True


@api_method("getWebhookInfo")
async def get_webhook_info(emu: BotApiEmulator, call: Call) -> Any:
    info: dict[str, Any] = {
        "url": emu._webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": len(emu._updates),
    }
    if emu._webhook_url:
        info["max_connections"] = 40
    return info


def _command_scope(p: Params) -> tuple[str, str]:
    scope = p.json("scope", "can't parse BotCommandScope JSON object") or {"type": "default"}
    return json.dumps(scope, sort_keys=True), p.text("language_code") or ""


@api_method("setMyCommands")
async def set_my_commands(emu: BotApiEmulator, call: Call) -> Any:
    p = call.params
    commands = p.json("commands", "can't parse commands JSON object") or []
    if not isinstance(commands, list):
        raise bad_request("expected an Array of BotCommand")
    stored = []
    for command in commands:
        if not isinstance(command, dict):
            raise bad_request("can't parse BotCommand: expected an Object")
        for field in ("command", "description"):
            if not isinstance(command.get(field), str):
                raise bad_request(
                    f'can\'t parse BotCommand: Field "{field}" must be of type String'
                )
        if not _COMMAND_NAME.fullmatch(command["command"]):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(command["description"].strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        stored.append({"command": command["command"], "description": command["description"]})
    if len(stored) > MAX_COMMANDS:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    emu._command_sets[_command_scope(p)] = stored
    return True


@api_method("getMyCommands")
async def get_my_commands(emu: BotApiEmulator, call: Call) -> Any:
    return emu._command_sets.get(_command_scope(call.params), [])


@api_method("deleteMyCommands")
async def delete_my_commands(emu: BotApiEmulator, call: Call) -> Any:
    emu._command_sets.pop(_command_scope(call.params), None)
    return True


@api_method("logOut")
async def log_out(emu: BotApiEmulator, call: Call) -> Any:
    return True


@api_method("close")
async def close(emu: BotApiEmulator, call: Call) -> Any:
    return True


# --- messages --------------------------------------------------------------------------


@api_method("sendMessage")
async def send_message(emu: BotApiEmulator, call: Call) -> Any:
    p = call.params
    raw = p.text("text")
    if raw is None:
        raise bad_request("message text is empty")
    parsed = formatted(p, raw, "entities")
    markup = parse_reply_markup(p.get("reply_markup"))
    chat = target_chat(emu, p)
    check_text(parsed)
    content = {**text_fields(parsed), **markup_field(markup), **reply_fields(chat, p)}
    message = emu._bot_message(chat, content)
    emu._output(
        Output(
            "message", chat.id, message["message_id"], raw, parsed.text, markup,
            parse_mode=p.text("parse_mode"), entities=parsed.entities,
        )
    )  # fmt: skip
    emu._sent[chat.id] += 1
    return message


@api_method("editMessageText")
async def edit_message_text(emu: BotApiEmulator, call: Call) -> Any:
    p = call.params
    raw = p.text("text")
    if raw is None:
        raise bad_request("message text is empty")
    parsed = formatted(p, raw, "entities")
    markup = parse_reply_markup(p.get("reply_markup"), inline_only=True)
    chat, message = message_to_edit(emu, p)
    check_text(parsed)
    if "text" not in message:
        raise bad_request("there is no text in the message to edit")
    if (
        message["text"] == parsed.text
        and message.get("entities", []) == parsed.entities
        and message.get("reply_markup") == markup
    ):
        raise not_modified()
    # Like Telegram, an edit without reply_markup removes the keyboard.
    updated = edited(
        emu, message, text=parsed.text, entities=parsed.entities or None, reply_markup=markup
    )
    emu._replace_message(chat, updated)
    emu._output(
        Output(
            "edit", chat.id, updated["message_id"], raw, parsed.text, markup,
            parse_mode=p.text("parse_mode"), entities=parsed.entities,
        )
    )  # fmt: skip
    return updated


@api_method("editMessageReplyMarkup")
async def edit_message_reply_markup(emu: BotApiEmulator, call: Call) -> Any:
    p = call.params
    markup = parse_reply_markup(p.get("reply_markup"), inline_only=True)
    chat, message = message_to_edit(emu, p)
    if message.get("reply_markup") == markup:
        raise not_modified()
    updated = edited(emu, message, reply_markup=markup)
    emu._replace_message(chat, updated)
    previous = chat.current[updated["message_id"]]
    emu._output(dataclasses.replace(previous, kind="edit", reply_markup=markup))
    return updated


@api_method("deleteMessage")
async def delete_message(emu: BotApiEmulator, call: Call) -> Any:
    p = call.params
    chat = target_chat(emu, p)
    message_id = p.integer("message_id")
    if message_id is None:
        raise bad_request("message identifier is not specified")
    if chat.messages.pop(message_id, None) is None:
        raise bad_request("message to delete not found")
    chat.deleted.append(message_id)
    return True


@api_method("sendChatAction")
async def send_chat_action(emu: BotApiEmulator, call: Call) -> Any:
    if call.params.text("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    target_chat(emu, call.params)
    return True


@api_method("answerCallbackQuery")
async def answer_callback_query(emu: BotApiEmulator, call: Call) -> Any:
    p = call.params
    text = p.text("text")
    if text is not None and utf16_length(text) > MAX_CALLBACK_ANSWER:
        raise bad_request("MESSAGE_TOO_LONG")
    query_id = p.text("callback_query_id") or ""
    user = emu._open_queries.pop(query_id, None)
    if user is None:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    user._add_answer(
        CallbackAnswer(
            query_id=query_id,
            text=text,
            show_alert=p.flag("show_alert"),
            url=p.text("url"),
            cache_time=p.integer("cache_time") or 0,
        )
    )
    return True


# --- files -----------------------------------------------------------------------------


def _image_size(body: bytes) -> tuple[int, int]:
    """Width and height from a PNG header; a plausible size for other images."""
    if body.startswith(_IMAGE_MAGIC[0]) and len(body) >= 24:
        return int.from_bytes(body[16:20], "big"), int.from_bytes(body[20:24], "big")
    return 800, 600


async def _send_file(emu: BotApiEmulator, call: Call, kind: Literal["document", "photo"]) -> Any:
    p = call.params
    upload = p.file(kind)
    if upload is None:
        raise bad_request(f"there is no {kind} in the request")
    raw_caption = p.text("caption")
    parsed = formatted(p, raw_caption, "caption_entities") if raw_caption else ParsedHtml("")
    markup = parse_reply_markup(p.get("reply_markup"))
    chat = target_chat(emu, p)
    if utf16_length(parsed.text) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    file = emu._files.get(upload) if isinstance(upload, str) else upload
    if file is None:
        raise bad_request("wrong file identifier/HTTP URL specified")
    if not file.body:
        raise bad_request("file must be non-empty")
    if kind == "photo" and not (file.body.startswith(_IMAGE_MAGIC) or file.body[8:12] == b"WEBP"):
        raise bad_request("IMAGE_PROCESS_FAILED")
    file_id, unique_id = emu._store_file(file)
    ids = {"file_id": file_id, "file_unique_id": unique_id, "file_size": len(file.body)}
    if kind == "photo":
        width, height = _image_size(file.body)
        media: Any = [{**ids, "width": width, "height": height}]
    else:
        media = {**ids, "file_name": file.filename, "mime_type": file.content_type}
    caption = text_fields(parsed, "caption") if parsed.text else {}
    content = {kind: media, **caption, **markup_field(markup), **reply_fields(chat, p)}
    message = emu._bot_message(chat, content)
    emu._output(
        Output(
            kind, chat.id, message["message_id"],
            raw_caption or "", parsed.text, markup, document=file.body, filename=file.filename,
            parse_mode=p.text("parse_mode"), entities=parsed.entities,
        )
    )  # fmt: skip
    emu._sent[chat.id] += 1
    return message


@api_method("sendDocument")
async def send_document(emu: BotApiEmulator, call: Call) -> Any:
    return await _send_file(emu, call, "document")


@api_method("sendPhoto")
async def send_photo(emu: BotApiEmulator, call: Call) -> Any:
    return await _send_file(emu, call, "photo")
