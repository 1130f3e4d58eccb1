"""The real bot against the offline Bot API server, on a fresh in-memory sample database."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine
from telegram.ext import Application

from bot.settings import Settings
from handlers.app import build_application
from offline_api.server import OfflineBotApi, Person

COORDINATOR = 900


@dataclass
class Chat:
    """A running bot and the server it talks to."""

    api: OfflineBotApi
    application: Application  # type: ignore[type-arg]
    engine: Engine

    def person(self, user_id: int = 1, first_name: str = "Jana", language_code: str = "cs") -> Person:
        return self.api.person(user_id, first_name, language_code=language_code)

    def _busy(self) -> int:
        return (
            self.application.update_queue.qsize()
            + self.application.update_processor.current_concurrent_updates
        )

    async def settle(self) -> None:
        """Until every update was fetched and handled, and the bot has gone quiet.

        Idle is checked twice, 50 ms apart: between taking an update off the queue and
        starting to handle it, PTB is briefly neither queued nor busy.
        """
        for _ in range(400):
            await self.api.settle()
            if not self._busy():
                await asyncio.sleep(0.05)
                if not self._busy():
                    await self.api.settle()
                    if not self._busy():
                        return
            await asyncio.sleep(0.02)
        raise TimeoutError("the bot did not settle")


@pytest.fixture
def make_settings() -> Callable[..., Settings]:
    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {"coordinator_ids": [COORDINATOR], **overrides}
        return Settings(**values)  # type: ignore[arg-type]

    return make


@pytest.fixture
async def chat(fresh_database: Engine, make_settings: Callable[..., Settings]) -> AsyncIterator[Chat]:
    sample_database = fresh_database
    api = OfflineBotApi()
    await api.start()
    settings = make_settings(telegram_token=SecretStr(api.token), bot_api_base_url=api.base_url)
    application = build_application(settings, engine=sample_database)
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        yield Chat(api, application, sample_database)
        await api.settle()
        # Whatever a test did, the bot never made a call Telegram would refuse, and answered
        # every button press.
        assert api.rejected == [] or all(
            status in (403, 429) or status >= 500 for _, status, _ in api.rejected
        )
        assert api.unanswered_callbacks() == []
    finally:
        await application.updater.stop()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)
        await application.stop()
        await application.shutdown()
        await api.stop()
