"""How requests reach the Bot API: as JSON bodies, not forms.

PTB sends every request as an HTML form. A form percent-encodes each Czech letter into six
characters, and httpx encodes the form in Python, byte by byte: an answer page of ~800
characters and 19 buttons became a 3.9 KB body, and building it cost more than the rest of the
send. The Bot API takes the same parameters as a JSON body (all but file uploads, which stay
multipart): answers left ~2 ms sooner at the median (bench/bench_latency.py, docs/benchmarks.md).
"""

from __future__ import annotations

import json

import httpx
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

JSON_HEADERS = {"User-Agent": HTTPXRequest.USER_AGENT, "Content-Type": "application/json"}


class JsonRequest(HTTPXRequest):
    """HTTPXRequest that sends requests without files as JSON (files: as PTB does)."""

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
        if request_data is None or request_data.contains_files or self._client.is_closed:
            return await super().do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
            )
        defaults = self._client.timeout
        timeout = httpx.Timeout(
            connect=_or(connect_timeout, defaults.connect),
            read=_or(read_timeout, defaults.read),
            write=_or(write_timeout, defaults.write),
            pool=_or(pool_timeout, defaults.pool),
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
                    message="Pool timeout: all connections are occupied; the request was not sent."
                ) from error
            raise TimedOut from error
        except httpx.HTTPError as error:
            raise NetworkError(f"httpx.{error.__class__.__name__}: {error}") from error
        return response.status_code, response.content


def _or(given: ODVInput[float], default: float | None) -> float | None:
    return default if isinstance(given, DefaultValue) else given
