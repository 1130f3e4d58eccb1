"""Webhook mode: only Telegram (who knows the secret) can post updates."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

import aiohttp
import pytest
from pydantic import SecretStr
from sqlalchemy import Engine

from bot.settings import Settings
from handlers.app import build_application
from handlers.running import webhook_arguments
from handlers.webhook import SECRET_HEADER, WebhookServer
from offline_api.server import OfflineBotApi
from tests.handlers.conftest import COORDINATOR, until

SECRET = "k3Jd9-fA0_qLm2Zr8TwY5vXe1NbC7uHs"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def forged_invitation_request(update_id: int) -> dict[str, object]:
    user = {"id": COORDINATOR, "is_bot": False, "first_name": "Eva"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1,
            "chat": {"id": COORDINATOR, "type": "private", "first_name": "Eva"},
            "from": user,
            "text": "/pozvanka koordinator 90 500",
            "entities": [{"type": "bot_command", "offset": 0, "length": 9}],
        },
    }


@asynccontextmanager
async def webhook(
    database: Engine, make_settings: Callable[..., Settings]
) -> AsyncIterator[tuple[OfflineBotApi, str]]:
    """The bot behind its webhook endpoint; yields the Bot API stand-in and the endpoint's URL."""
    api = OfflineBotApi()
    await api.start()
    settings = make_settings(
        telegram_token=SecretStr(api.token), bot_api_base_url=api.base_url, webhook_secret=SecretStr(SECRET)
    )
    application = build_application(settings, engine=database)
    port = free_port()
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    await application.start()
    arguments = webhook_arguments(
        settings, url="https://spojka.example/telegram/hook", listen="127.0.0.1", port=port
    )
    server = WebhookServer(application, arguments["url_path"], SECRET, "127.0.0.1", port)
    await server.start()
    try:
        yield api, f"http://127.0.0.1:{port}/telegram/hook"
    finally:
        await server.stop()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
        await application.stop()
        await application.shutdown()
        await api.stop()


async def test_updates_without_the_secret_are_refused(
    sample_database: Engine, make_settings: Callable[..., Settings]
) -> None:
    async with webhook(sample_database, make_settings) as (api, hook):
        coordinator = api.person(COORDINATOR, "Eva")
        async with aiohttp.ClientSession() as session:
            headers = {"Content-Type": "application/json"}
            async with session.post(
                hook, data=json.dumps(forged_invitation_request(1)), headers=headers
            ) as r:
                without = r.status
            wrong = {**headers, SECRET_HEADER: "guess"}
            async with session.post(hook, data=json.dumps(forged_invitation_request(2)), headers=wrong) as r:
                guessed = r.status
            await api.settle()
            assert (without, guessed) == (403, 403)
            assert coordinator.received == []  # no invitation was created in the coordinator's name

            right = {**headers, SECRET_HEADER: SECRET}
            async with session.post(hook, data=json.dumps(forged_invitation_request(3)), headers=right) as r:
                assert r.status == 200
        # the webhook answers at once and the update is handled after
        await until(api, lambda: bool(coordinator.received))
        assert coordinator.last.plain.startswith("Pozvánka – Koordinátor/ka")


async def raw_post(hook: str, headers: dict[str, str], first_bytes: bytes) -> int:
    """Send the headers and only the first bytes of the body; the status the server answers."""
    url = urlsplit(hook)
    reader, writer = await asyncio.open_connection(url.hostname, url.port)
    lines = [f"POST {url.path} HTTP/1.1", f"Host: {url.hostname}", *(f"{k}: {v}" for k, v in headers.items())]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + first_bytes)
    await writer.drain()
    try:
        status_line = await asyncio.wait_for(reader.readline(), timeout=3)
    finally:
        writer.close()
    return int(status_line.split()[1])


async def test_a_stranger_is_refused_before_the_body_is_read(
    sample_database: Engine, make_settings: Callable[..., Settings]
) -> None:
    async with webhook(sample_database, make_settings) as (_, hook):
        # 40 MB announced, 10 bytes sent: a server that read the body first would still be waiting
        announced = {"Content-Type": "application/json", "Content-Length": str(40 * 2**20)}
        assert await raw_post(hook, announced, b'{"update_"') == 403
        # with the secret, a body larger than any update is refused before it is read too
        assert await raw_post(hook, {**announced, SECRET_HEADER: SECRET}, b'{"update_"') == 413


@pytest.mark.parametrize(
    "body",
    [b"", b"not json", b"[1, 2]", b'{"message": "no update id"}', b"[" * 50_000 + b"]" * 50_000],
)
async def test_a_body_that_is_not_an_update_gets_400(
    sample_database: Engine, make_settings: Callable[..., Settings], body: bytes
) -> None:
    async with webhook(sample_database, make_settings) as (api, hook):
        async with aiohttp.ClientSession() as session:
            headers = {"Content-Type": "application/json", SECRET_HEADER: SECRET}
            async with session.post(hook, data=body, headers=headers) as r:
                assert r.status == 400
            # the endpoint still works afterwards
            async with session.post(
                hook, data=json.dumps(forged_invitation_request(9)), headers=headers
            ) as r:
                assert r.status == 200
        coordinator = api.person(COORDINATOR, "Eva")
        await until(api, lambda: bool(coordinator.received))
        assert coordinator.last.plain.startswith("Pozvánka – Koordinátor/ka")
