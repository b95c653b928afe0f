"""Method parameters as the Bot API receives them: query string, form, multipart or JSON.

PTB sends application/x-www-form-urlencoded (or multipart/form-data when uploading files)
where every value is a string and objects such as reply_markup are JSON-encoded strings.
Other clients send a JSON body with typed values; the accessors below accept both.
"""

from __future__ import annotations

import json
from typing import Any

from tornado.httputil import HTTPServerRequest

from emulator.errors import bad_request
from emulator.state import UploadedFile

_TRUE = frozenset({"true", "True", "1"})


class Params:
    """The parameters of one call; empty strings count as absent, as in the Bot API."""

    __slots__ = ("files", "values")

    def __init__(self, values: dict[str, Any], files: dict[str, UploadedFile] | None = None):
        self.values = values
        self.files = files or {}

    @classmethod
    def from_request(cls, request: HTTPServerRequest) -> Params:
        """Decode a tornado request; raises ApiError for bodies Telegram would refuse."""
        try:
            values = {k: v[-1].decode("utf-8") for k, v in request.query_arguments.items()}
            content_type = request.headers.get("Content-Type", "")
            if content_type.startswith("application/json"):
                body = json.loads(request.body or b"{}")
                if not isinstance(body, dict):
                    raise bad_request("JSON object expected")
                values.update(body)
            else:
                values.update((k, v[-1].decode("utf-8")) for k, v in request.body_arguments.items())
        except UnicodeDecodeError:
            raise bad_request("strings must be encoded in UTF-8") from None
        except ValueError:
            raise bad_request("can't parse JSON object") from None
        files = {
            name: UploadedFile(f[0].filename, f[0].body, f[0].content_type)
            for name, f in request.files.items()
        }
        return cls(values, files)

    def get(self, name: str) -> Any:
        """The raw value, or None if missing or empty."""
        value = self.values.get(name)
        return None if value == "" else value

    def text(self, name: str) -> str | None:
        """A string parameter (JSON numbers are turned into text)."""
        value = self.get(name)
        return value if value is None or isinstance(value, str) else str(value)

    def integer(self, name: str, error: str | None = None) -> int | None:
        """An integer parameter; a malformed one raises `error` (or counts as absent)."""
        value = self.get(name)
        if value is None or isinstance(value, bool):
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            if error is None:
                return None
            raise bad_request(error) from None

    def number(self, name: str) -> float | None:
        """A numeric parameter such as a timeout; malformed counts as absent."""
        value = self.get(name)
        try:
            return None if value is None else float(value)
        except (TypeError, ValueError):
            return None

    def flag(self, name: str) -> bool:
        """A Boolean parameter: PTB sends "true"/"false", JSON bodies send true/false."""
        value = self.get(name)
        return value is True or (isinstance(value, str) and value in _TRUE) or value == 1

    def json(self, name: str, error: str) -> Any:
        """A JSON-valued parameter, decoded; raises `error` if it is not valid JSON."""
        value = self.get(name)
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(error) from None

    def file(self, name: str) -> UploadedFile | str | None:
        """An uploaded part, or a string (file_id, URL); resolves attach://<part> references."""
        if name in self.files:
            return self.files[name]
        value = self.text(name)
        if value is not None and value.startswith("attach://"):
            return self.files.get(value.removeprefix("attach://"))
        return value

    def as_dict(self) -> dict[str, Any]:
        """Everything received, files included, for `BotApiEmulator.calls`."""
        return {**self.values, **self.files}
