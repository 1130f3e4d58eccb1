"""Webhook mode: only Telegram (who knows the secret) can post updates."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Callable

import aiohttp
from pydantic import SecretStr
from sqlalchemy import Engine

from bot.settings import Settings
from handlers.app import build_application
from handlers.running import webhook_arguments
from offline_api.server import OfflineBotApi
from tests.handlers.conftest import COORDINATOR

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


async def test_updates_without_the_secret_are_refused(
    sample_database: Engine, make_settings: Callable[..., Settings]
) -> None:
    api = OfflineBotApi()
    await api.start()
    coordinator = api.person(COORDINATOR, "Eva")
    settings = make_settings(
        telegram_token=SecretStr(api.token), bot_api_base_url=api.base_url, webhook_secret=SecretStr(SECRET)
    )
    application = build_application(settings, engine=sample_database)
    port = free_port()
    await application.initialize()
    assert application.post_init is not None and application.updater is not None
    await application.post_init(application)
    await application.start()
    arguments = webhook_arguments(
        settings, url="https://spojka.example/telegram/hook", listen="127.0.0.1", port=port
    )
    await application.updater.start_webhook(**arguments)
    hook = f"http://127.0.0.1:{port}/telegram/hook"
    try:
        assert api.webhook["url"] == "https://spojka.example/telegram/hook"
        assert api.webhook["secret_token"] == SECRET
        async with aiohttp.ClientSession() as session:
            headers = {"Content-Type": "application/json"}
            async with session.post(
                hook, data=json.dumps(forged_invitation_request(1)), headers=headers
            ) as r:
                without = r.status
            wrong = {**headers, "X-Telegram-Bot-Api-Secret-Token": "guess"}
            async with session.post(hook, data=json.dumps(forged_invitation_request(2)), headers=wrong) as r:
                guessed = r.status
            await api.settle()
            assert (without, guessed) == (403, 403)
            assert coordinator.received == []  # no invitation was created in the coordinator's name

            right = {**headers, "X-Telegram-Bot-Api-Secret-Token": SECRET}
            async with session.post(hook, data=json.dumps(forged_invitation_request(3)), headers=right) as r:
                assert r.status == 200
        for _ in range(100):  # the webhook answers at once and the update is handled after
            if coordinator.received:
                break
            await asyncio.sleep(0.05)
        assert coordinator.last.plain.startswith("Pozvánka – Koordinátor/ka")
    finally:
        await application.updater.stop()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
        await application.stop()
        await application.shutdown()
        await api.stop()
