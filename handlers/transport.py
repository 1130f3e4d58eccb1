"""How requests reach the Bot API: as JSON bodies, not forms.

PTB sends every request as an HTML form. A form percent-encodes each Czech letter into six
characters, and httpx encodes the form in Python, byte by byte: an answer page of ~800
characters and 19 buttons became a 4.4 KB body (2.4 KB as JSON) costing ~0.3 ms more CPU per
answer, on the event loop every other person waits behind. The Bot API takes the same
parameters as a JSON body (all but file uploads, which stay multipart); what it did to reply
latency end to end: docs/benchmarks.md, "JSON bodies". For the same reason a sent message's
own keyboard is not read back (`parse_json_payload`).

Built on PTB 22's HTTPXRequest and two of its private names (its `_client`, DefaultValue);
tests/handlers/test_transport.py holds the behaviour that must stay PTB's (timeouts given per
call, errors) against a server that does not answer.

The two clients (answers and the long poll) share one TLS context, verifying as httpx does by
default: building one reads the whole CA bundle (~25 ms each time a bot starts). httpcore sets
the context's ALPN protocols on every connection; both clients speak HTTP/1.1, so they set the
same (a client on HTTP/2 would need a context of its own).
"""

from __future__ import annotations

import json
import os
import ssl
from functools import cache
from typing import Any

import certifi
import httpx
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

JSON_HEADERS = {"User-Agent": HTTPXRequest.USER_AGENT, "Content-Type": "application/json"}


class JsonRequest(HTTPXRequest):
    """HTTPXRequest that sends requests without files as JSON (files: as PTB does)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["httpx_kwargs"] = {"verify": tls_context(), **(kwargs.get("httpx_kwargs") or {})}
        super().__init__(*args, **kwargs)

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
        # uploads as PTB sends them; a closed client gets PTB's own "not initialized" error
        if request_data is None or request_data.contains_files or self._client.is_closed:
            return await super().do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
            )
        defaults = self._client.timeout
        timeout = httpx.Timeout(
            connect=_given_or_default(connect_timeout, defaults.connect),
            read=_given_or_default(read_timeout, defaults.read),
            write=_given_or_default(write_timeout, defaults.write),
            pool=_given_or_default(pool_timeout, defaults.pool),
        )
        # PTB's own mapping of httpx's errors (HTTPXRequest.do_request)
        try:
            response = await self._client.request(
                method=method,
                url=url,
                headers=JSON_HEADERS,
                timeout=timeout,
                content=json.dumps(
                    request_data.parameters, ensure_ascii=False, separators=(",", ":")
                ).encode(),
            )
        except httpx.TimeoutException as error:
            if isinstance(error, httpx.PoolTimeout):
                raise TimedOut(
                    message=(
                        "Pool timeout: All connections in the connection pool are occupied. "
                        "Request was *not* sent to Telegram. Consider adjusting the connection "
                        "pool size or the pool timeout."
                    )
                ) from error
            raise TimedOut from error
        except httpx.HTTPError as error:
            raise NetworkError(f"httpx.{error.__class__.__name__}: {error}") from error
        return response.status_code, response.content

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        """As PTB parses it, less the keyboard Telegram echoes back in a message the bot sent
        or edited: Spojka never reads it from there (it built it), and PTB would build an object
        of every button (~0.5 ms an answer page; docs/benchmarks.md, "Keyboards as JSON").
        Keyboards of messages in updates (a pressed button's message) are kept. (PTB's
        `arbitrary_callback_data`, off here, would need the keyboard back: turning it on means
        keeping it.)"""
        parsed: dict[str, Any] = HTTPXRequest.parse_json_payload(payload)
        result = parsed.get("result")
        if isinstance(result, dict) and "message_id" in result:
            result.pop("reply_markup", None)
        return parsed


def _given_or_default(given: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(given, DefaultValue) else given


@cache
def tls_context() -> ssl.SSLContext:
    """What httpx builds for `verify=True` (its create_ssl_context), once per process."""
    if os.environ.get("SSL_CERT_FILE"):
        return ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
    if os.environ.get("SSL_CERT_DIR"):
        return ssl.create_default_context(capath=os.environ["SSL_CERT_DIR"])
    return ssl.create_default_context(cafile=certifi.where())
