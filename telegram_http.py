"""AiohttpRequest: python-telegram-bot's HTTP layer on aiohttp instead of httpx.

PTB's own HTTPXRequest spends most of its time, when many requests are waiting for a
connection, in httpcore's pool bookkeeping (it scans every waiting request each time a
connection frees up, so the cost grows with the square of the queue). aiohttp's connector
does the same job in constant time per request.

Everything else stays PTB's: `BaseRequest.post` turns the (status, body) this returns into
RetryAfter, Forbidden, BadRequest, InvalidToken and the rest. This class only turns transport
failures into TimedOut (every timeout) and NetworkError (anything else aiohttp raises), as
HTTPXRequest does.

Timeouts, with HTTPXRequest's names and defaults:
- pool: waiting for one of the `connection_pool_size` connections (a request that times out
  here was never sent, as PTB's message for it says);
- connect: opening a new connection;
- read: silence while waiting for the answer, counted once the request is written;
- write: aiohttp has no timeout per write. Only an upload is bigger than the socket buffers, so
  only an upload can stall while being written: for those (`media_write_timeout`, 20 s, as in
  PTB) the whole exchange ends in TimedOut after connect + write + read seconds at the latest,
  even if the server stops reading. Other requests are written at once and not bounded as a
  whole (a download may take as long as it keeps receiving), as with httpx.
"""

from __future__ import annotations

import asyncio
import ssl
from functools import lru_cache

import aiohttp
import certifi
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput, UploadFileDict
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

POOL_TIMEOUT_MESSAGE = (
    "Pool timeout: All connections in the connection pool are occupied. Request was *not* "
    "sent to Telegram. Consider adjusting the connection pool size or the pool timeout."
)


class AiohttpRequest(BaseRequest):
    """A `telegram.request.BaseRequest` on one aiohttp ClientSession; see the module docs.

    Give it to `ApplicationBuilder().request(...)` (and another instance, usually with a pool
    of one, to `.get_updates_request(...)`). The session is opened by `initialize` and closed
    by `shutdown`, which PTB calls when the bot starts and stops.
    """

    __slots__ = (
        "_connect_timeout",
        "_media_write_timeout",
        "_pool_size",
        "_pool_timeout",
        "_read_timeout",
        "_session",
        "_slots",
        "_write_timeout",
    )

    def __init__(
        self,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        if connection_pool_size < 1:
            raise ValueError("connection_pool_size must be at least 1")
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        # Made in initialize(): both belong to the event loop that runs the bot.
        self._session: aiohttp.ClientSession | None = None
        self._slots: asyncio.Semaphore | None = None

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout (PTB adds a long poll's own timeout to it)."""
        return self._read_timeout

    @property
    def http_version(self) -> str:
        """aiohttp speaks HTTP/1.1 only."""
        return "1.1"

    @property
    def connection_pool_size(self) -> int:
        return self._pool_size

    async def initialize(self) -> None:
        """Open the session (again, after a shutdown); does nothing if it is open."""
        if self._session is not None and not self._session.closed:
            return
        connector = aiohttp.TCPConnector(
            limit=self._pool_size,
            limit_per_host=0,
            # The same certificate authorities as httpx, whatever the system has installed.
            ssl=ssl.create_default_context(cafile=certifi.where()),
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            headers={"User-Agent": self.USER_AGENT},
            cookie_jar=aiohttp.DummyCookieJar(),  # the Bot API sets none
        )
        self._slots = asyncio.Semaphore(self._pool_size)

    async def shutdown(self) -> None:
        """Close the session and its connections; does nothing if it is closed."""
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One HTTP request: (status code, body), or TimedOut / NetworkError."""
        session, slots = self._session, self._slots
        if session is None or session.closed or slots is None:
            raise RuntimeError("This AiohttpRequest is not initialized!")

        files = request_data.multipart_data if request_data else None
        fields = request_data.json_parameters if request_data else None
        if isinstance(read_timeout, DefaultValue):
            read_timeout = self._read_timeout
        if isinstance(connect_timeout, DefaultValue):
            connect_timeout = self._connect_timeout
        if isinstance(pool_timeout, DefaultValue):
            pool_timeout = self._pool_timeout
        if isinstance(write_timeout, DefaultValue):
            write_timeout = self._media_write_timeout if files else self._write_timeout
        timeout = _client_timeout(connect_timeout, read_timeout, write_timeout if files else None)
        body: aiohttp.FormData | dict[str, str] | None = (
            _multipart(fields or {}, files) if files else fields or None
        )

        if slots.locked():
            try:
                async with asyncio.timeout(pool_timeout):
                    await slots.acquire()
            except TimeoutError:
                raise TimedOut(POOL_TIMEOUT_MESSAGE) from None
        else:
            await slots.acquire()  # a free slot: no waiting, so no timer either
        try:
            async with session.request(method, url, data=body, timeout=timeout) as response:
                return response.status, await response.read()
        except TimeoutError as exc:  # aiohttp's ServerTimeoutError is one too
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            # The class name says what failed when aiohttp's message is empty.
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
        finally:
            slots.release()


@lru_cache(maxsize=32)
def _client_timeout(
    connect: float | None, read: float | None, upload_write: float | None
) -> aiohttp.ClientTimeout:
    """aiohttp's timeouts for PTB's (see the module docs); a few combinations recur.

    `upload_write` is the write timeout of a request that uploads files, None for the others.
    """
    total = None
    if connect is not None and read is not None and upload_write is not None:
        total = connect + upload_write + read
    return aiohttp.ClientTimeout(total=total, connect=connect, sock_connect=connect, sock_read=read)


def _multipart(fields: dict[str, str], files: UploadFileDict) -> aiohttp.FormData:
    """multipart/form-data as httpx builds it: the parameters, then the files."""
    # Unquoted: names and file names go out as UTF-8, as browsers and httpx send them.
    form = aiohttp.FormData(quote_fields=False)
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in files.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
